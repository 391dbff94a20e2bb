package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats a render writes: -o's extension picks one when --format is not given; an extension that --format
 * leaves out, a source format, and --pdfa or --dpi without their format are usage errors, never quietly ignored.
 */
class FormatChoiceTest {
  @TempDir Path dir;
  private Path cv;

  @BeforeEach
  void resume() throws IOException {
    cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\n## Work\n\nThe analytical engine.\n",
        StandardCharsets.UTF_8);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theExtensionOfOutputPicksTheFormat() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Cli word = Cli.run(cv.toString(), "-o", out.resolve("cv.docx").toString());
    assertEquals(0, word.code(), word.both());
    Cli text = Cli.run(cv.toString(), "-o", out.resolve("plain.txt").toString());
    assertEquals(0, text.code(), text.both());
    assertEquals(List.of("cv.docx", "plain.txt"), files(out), "a Word document and a text file, no PDF");
    byte[] docx = Files.readAllBytes(out.resolve("cv.docx"));
    assertEquals('P', docx[0], "a zip, as a .docx is");
    assertEquals('K', docx[1]);
    assertTrue(Files.readString(out.resolve("plain.txt"), StandardCharsets.UTF_8).contains("The analytical engine."));
    // The pages of the PDF layout are no truth about a file a word processor paginates itself.
    assertTrue(word.out().matches("\\Q" + cv + " -> " + out.resolve("cv.docx") + "\\E \\(\\d+ ms\\)\\n"),
        word.out());
    Cli pdf = Cli.run(cv.toString(), "-o", out.resolve("cv.pdf").toString(), "--format", "pdf,txt");
    assertEquals(0, pdf.code(), pdf.both());
    assertTrue(pdf.out().matches(".* \\(1 page, \\d+ ms\\)\\n"), pdf.out());
    assertEquals(List.of("cv.docx", "cv.pdf", "cv.txt", "plain.txt"), files(out));
  }

  @Test
  void anExtensionInCapitalsPicksTheFormatToo() throws Exception {
    Path out = Files.createDirectory(dir.resolve("caps"));
    Cli r = Cli.run(cv.toString(), "-o", out.resolve("CV.TXT").toString());
    assertEquals(0, r.code(), r.both());
    assertEquals(List.of("CV.TXT"), files(out), "the text, named as written, not CV.TXT.pdf nor CV.txt");
    Cli both = Cli.run(cv.toString(), "-o", out.resolve("Both.PDF").toString(), "--format", "pdf,txt");
    assertEquals(0, both.code(), both.both());
    assertEquals(List.of("Both.PDF", "Both.txt", "CV.TXT"), files(out), "the other format's file in its own spelling");
    Cli pages = Cli.run(cv.toString(), "-o", out.resolve("Page.Png").toString());
    assertEquals(0, pages.code(), pages.both());
    assertTrue(files(out).contains("Page-1.Png"), files(out).toString());
  }

  @Test
  void anOutputThatIsOnlyAnExtensionIsAUsageError() throws Exception {
    Path out = Files.createDirectory(dir.resolve("dot"));
    Cli r = Cli.run(cv.toString(), "-o", out.resolve(".pdf").toString());
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("-o " + out.resolve(".pdf") + " names no file, only an extension"), r.both());
    assertTrue(r.err().contains("hint: name the file, e.g. `-o " + out.resolve("cv.pdf") + "`"), r.both());
    assertEquals(List.of(), files(out), "nothing written, no .pdf.pdf");
  }

  @Test
  void anExtensionThatFormatLeavesOutIsAUsageError() {
    Path out = dir.resolve("cv.docx");
    Cli r = Cli.run(cv.toString(), "-o", out.toString(), "--format", "pdf");
    assertEquals(2, r.code(), r.both());
    assertEquals("cvpress render: error: -o " + out + " names a .docx file, but --format pdf does not write one\n"
        + "hint: leave out --format (the extension of -o picks the format), or add docx to it\n", r.err());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(dir.resolve("cv.pdf")));
  }

  @Test
  void aSourceFormatAsOutputPointsToConvert() {
    Cli md = Cli.run(cv.toString(), "-o", dir.resolve("copy.md").toString());
    assertEquals(2, md.code(), md.both());
    assertTrue(md.err().contains("names a Markdown file, which render does not write; it writes pdf, html, txt,"
        + " png or docx\nhint: `cvpress convert IN -o "), md.both());
    Cli json = Cli.run(cv.toString(), "-o", dir.resolve("cv.json").toString());
    assertTrue(json.err().contains("names a JSON Resume file"), json.both());
  }

  @Test
  void archivalOrPageImageOptionsWithoutTheirFormatAreUsageErrors() {
    Cli pdfa = Cli.run(cv.toString(), "--format", "docx", "--pdfa");
    assertEquals(2, pdfa.code(), pdfa.both());
    assertEquals("cvpress render: error: --pdfa makes the PDF archival, but --format docx writes no PDF\n"
        + "hint: add pdf to the formats (--format pdf,docx), or leave out --pdfa\n", pdfa.err());
    Cli byExtension = Cli.run(cv.toString(), "-o", dir.resolve("cv.html").toString(), "--pdfa");
    assertTrue(byExtension.err().contains("but -o " + dir.resolve("cv.html") + " writes no PDF"),
        byExtension.both());
    Cli dpi = Cli.run(cv.toString(), "--dpi", "200");
    assertEquals(2, dpi.code(), dpi.both());
    assertTrue(dpi.err().startsWith("cvpress render: error: --dpi sets the resolution of PNG pages, but the"
        + " default format, pdf, writes none\n"), dpi.both());
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing rendered");
  }
}
