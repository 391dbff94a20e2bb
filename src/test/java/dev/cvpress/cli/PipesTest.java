package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.EmbeddedFile;
import dev.cvpress.render.pdf.PdfInspect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `-` as input reads standard input; `-o -` and `-o /dev/stdout` write the document to standard output. */
class PipesTest {
  @TempDir Path dir;

  private static final String RESUME = "# Ada Lovelace\n\nAnalyst\n\n## Experience\n\n"
      + "### Analyst — Engine Co | 1842 – 1843\n\n- Wrote the first program\n";

  @Test
  void stdinToStdoutIsThePdfAndNothingElse() throws Exception {
    StdCli r = StdCli.run(RESUME.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(0, r.code(), r.both());
    assertEquals("%PDF-", new String(r.stdout(), 0, 5, StandardCharsets.US_ASCII));
    String text = PdfInspect.text(r.stdout());
    assertTrue(text.contains("Ada Lovelace") && text.contains("Wrote the first program"), text);
    assertEquals("", r.out(), "stdout carries the PDF alone");
    assertTrue(r.err().contains("<stdin> -> standard output (1 page"), r.err());
    // The source travels in the PDF under a file's name, not as <stdin>.
    List<EmbeddedFile> embedded = EmbeddedFile.read(r.stdout());
    assertEquals(List.of("resume.json", "resume.md"), embedded.stream().map(EmbeddedFile::name).toList());
    assertEquals(RESUME, new String(embedded.get(1).bytes(), StandardCharsets.UTF_8));
  }

  /** Runs with a standard output that takes {@code room} bytes, then fails as the system says {@code why}. */
  private static StdCli fullStdout(int room, String why, String... args) {
    java.io.OutputStream disk = new java.io.OutputStream() {
      int used;

      @Override
      public void write(int b) throws java.io.IOException {
        if (++used > room) throw new java.io.IOException(why);
      }
    };
    StdStreams.Watched stdout = new StdStreams.Watched(disk);
    java.io.StringWriter err = new java.io.StringWriter();
    StdStreams std = new StdStreams(new java.io.ByteArrayInputStream(RESUME.getBytes(StandardCharsets.UTF_8)),
        stdout, false, false);
    int code = Main.run(args, new java.io.PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8),
        true), new java.io.PrintWriter(err, true), Map.of(), std);
    return new StdCli(code, new byte[0], "", err.toString());
  }

  @Test
  void aFullDiskUnderStandardOutputIsAFailureWhateverWritesTheOutput() {
    for (String[] args : List.of(new String[] {"-", "-o", "-"}, new String[] {"-", "-o", "-", "--format", "txt"},
        new String[] {"convert", "-", "--to", "json"}, new String[] {"schema", "manifest"})) {
      StdCli r = fullStdout(100, "No space left on device", args);
      assertEquals(1, r.code(), String.join(" ", args) + "\n" + r.both());
      assertTrue(r.err().contains("cannot write to standard output: No space left on device"),
          String.join(" ", args) + "\n" + r.both());
    }
    // A reader that stops reading (`| head`) leaves the output short: no success, but nothing to say either.
    StdCli head = fullStdout(100, "Broken pipe", "schema", "manifest");
    assertEquals(1, head.code(), head.both());
    assertEquals("", head.err(), head.both());
  }

  @Test
  void aHintAboutLanguagesFromStandardInputNamesAFileNotStdin() {
    String two = "---\nname: Ada\nlang: en\nlanguages: [en, de]\n---\n\n## Work {lang=de}\n\nText\n";
    StdCli r = StdCli.run(two.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "convert", "-", "--to", "json");
    assertEquals(0, r.code(), r.both());
    assertTrue(r.err().contains("hint: convert each language with --lang, e.g. `--lang de -o resume.de.json`"),
        r.both());
  }

  @Test
  void aJsonResumeAndARenderCvFileOnStdinAreReadAsWhatTheyAre() throws Exception {
    String json = "\n  {\"basics\": {\"name\": \"Ada Lovelace\", \"label\": \"Analyst\"},\n"
        + "   \"work\": [{\"name\": \"Engine Co\", \"position\": \"Analyst\", \"startDate\": \"1842\"}]}\n";
    StdCli fromJson = StdCli.run(json.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(0, fromJson.code(), fromJson.both());
    String text = PdfInspect.text(fromJson.stdout());
    assertTrue(text.contains("Ada Lovelace") && text.contains("Engine Co") && !text.contains("\"basics\""), text);
    assertEquals(List.of("resume.json", "resume.md"),
        EmbeddedFile.read(fromJson.stdout()).stream().map(EmbeddedFile::name).toList());

    String yaml = "cv:\n  name: Ada Lovelace\n  sections:\n    experience:\n      - company: Engine Co\n"
        + "        position: Analyst\n        start_date: 1842-01\n";
    StdCli fromYaml = StdCli.run(yaml.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(0, fromYaml.code(), fromYaml.both());
    text = PdfInspect.text(fromYaml.stdout());
    assertTrue(text.contains("Ada Lovelace") && text.contains("Engine Co") && !text.contains("sections:"), text);
    assertEquals(List.of("cv.json", "cv.md", "cv.yaml"),
        EmbeddedFile.read(fromYaml.stdout()).stream().map(EmbeddedFile::name).toList());

    // A mistake is placed in the YAML, as in a file.
    StdCli broken = StdCli.run("cv:\n  name: [Ada\n".getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(1, broken.code(), broken.both());
    assertTrue(broken.err().startsWith("<stdin>:"), broken.err());
  }

  @Test
  void stdinWithAnOutputFileAndAFolder() throws Exception {
    Path text = dir.resolve("ada.txt");
    StdCli r = StdCli.run(RESUME.getBytes(StandardCharsets.UTF_8), true, false, Map.of(), "render", "-", "-o",
        text.toString(), "--format", "txt");
    assertEquals(0, r.code(), r.both());
    assertTrue(Files.readString(dir.resolve("ada.txt")).contains("Wrote the first program"));
    assertEquals(0, r.stdout().length);
    assertTrue(r.out().contains("<stdin> -> " + dir.resolve("ada.txt")), r.out());
  }

  @Test
  void stdinResolvesImagesAgainstTheWorkingFolder() throws Exception {
    // Tests run in the project's folder: an image there is found from a résumé on stdin.
    String withImage = RESUME + "\n![photo](examples/gallery/about-me-modern.png)\n";
    StdCli found = StdCli.run(withImage.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(0, found.code(), found.both());
    assertFalse(found.err().contains("warning"), found.err());
    String missing = RESUME + "\n![photo](no-such-photo.png)\n";
    StdCli notFound = StdCli.run(missing.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertTrue(notFound.err().contains("<stdin>:11:") && notFound.err().contains("no-such-photo.png"),
        notFound.err());
  }

  @Test
  void aProblemOnStdinIsPlacedAndWritesNothing() {
    String broken = "---\nname: [Ada\n---\n" + RESUME;
    StdCli r = StdCli.run(broken.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-");
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith("<stdin>:"), r.err());
    assertEquals(0, r.stdout().length, "nothing written on a failure");
  }

  @Test
  void fileToStdoutAsTextAndThroughDevStdout() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME);
    StdCli text = StdCli.run(new byte[0], true, false, Map.of(), cv.toString(), "-o", "-", "--format", "txt");
    assertEquals(0, text.code(), text.both());
    assertTrue(new String(text.stdout(), StandardCharsets.UTF_8).contains("Wrote the first program"),
        "text may go to a terminal");
    StdCli pdf = StdCli.run(new byte[0], false, false, Map.of(), cv.toString(), "-o", "/dev/stdout");
    assertEquals(0, pdf.code(), pdf.both());
    assertEquals("%PDF-", new String(pdf.stdout(), 0, 5, StandardCharsets.US_ASCII));
    assertFalse(Files.exists(Path.of("/dev/stdout.pdf")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("cv.md"), files.map(p -> p.getFileName().toString()).toList(), "no file written");
    }
  }

  @Test
  void aPdfIsNeverWrittenToATerminal() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME);
    StdCli r = StdCli.run(new byte[0], true, false, Map.of(), cv.toString(), "-o", "-");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("refusing to write a PDF to the terminal"), r.err());
    assertTrue(r.err().contains("hint: redirect it"), r.err());
    assertEquals(0, r.stdout().length);
    StdCli word = StdCli.run(new byte[0], true, false, Map.of(), cv.toString(), "-o", "-", "--format", "docx");
    assertEquals(2, word.code(), word.both());
    assertTrue(word.err().contains("refusing to write a Word document to the terminal"), word.err());
    assertTrue(word.err().contains("> cv.docx`"), word.err());
    assertEquals(0, word.stdout().length);
  }

  @Test
  void watchingIntoStandardOutputIsAUsageError() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME);
    StdCli r = StdCli.run(new byte[0], false, false, Map.of(), cv.toString(), "--watch", "-o", "-");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("--watch writes a new output on every save, which standard output cannot hold"),
        r.err());
    assertEquals(0, r.stdout().length);
  }

  @Test
  void stdoutTakesOneOutputOfOneFile() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME);
    StdCli two = StdCli.run(new byte[0], false, false, Map.of(), cv.toString(), "-o", "-", "--format", "pdf,txt");
    assertEquals(2, two.code(), two.both());
    assertTrue(two.err().contains("standard output takes one output"), two.err());
    StdCli png = StdCli.run(new byte[0], false, false, Map.of(), cv.toString(), "-o", "-", "--format", "png");
    assertEquals(2, png.code(), png.both());
    assertTrue(png.err().contains("a file per page"), png.err());
  }

  @Test
  void checkReadsStdinToo() {
    StdCli clean = StdCli.run((RESUME.replace("# Ada Lovelace\n", "# Ada Lovelace\n\nada@example.com\n"))
        .getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "check", "-");
    assertTrue(clean.out().startsWith("<stdin>: "), clean.both());
    StdCli r = StdCli.run(RESUME.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "check", "-");
    assertEquals(3, r.code(), r.both());
    assertTrue(r.err().startsWith("<stdin>:1:1: error: no email address or phone number"), r.err());
    assertTrue(r.out().startsWith("<stdin>: 1 problem (1 page)"), r.out());
  }

  @Test
  void stdinCannotBeWatched() {
    StdCli r = StdCli.run(RESUME.getBytes(StandardCharsets.UTF_8), false, false, Map.of(), "-", "--watch");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("--watch needs a file"), r.err());
  }
}
