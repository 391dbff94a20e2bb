package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: each gets a clear, positioned error and exit code 1, never a stack trace,
 * never a hang, never a partial output file, and never damage to an output that was already there.
 */
class HostileInputTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run cvpress(String... args) {
    return cvpressWith(Map.of(), args);
  }

  private Run cvpressWith(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Main.run(args, new PrintWriter(out), new PrintWriter(err), env));
    return new Run(code, out.toString(), err.toString());
  }

  /** Renders {@code input} to a PDF that must come out; returns the PDF's text. */
  private String renders(Path input, Map<String, String> env) throws IOException {
    Path pdf = dir.resolve(input.getFileName() + ".pdf");
    Run r = cvpressWith(env, input.toString(), "-o", pdf.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 1);
      return new PDFTextStripper().getText(doc);
    }
  }

  private Instant created(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getDocumentInformation().getCreationDate().toInstant();
    }
  }

  /** Renders {@code input} into an output that already holds known bytes, and checks they survive the failure. */
  private String fails(Path input, String... extra) throws IOException {
    Path output = dir.resolve("existing.pdf");
    byte[] before = "previous good PDF".getBytes(StandardCharsets.US_ASCII);
    Files.write(output, before);
    List<String> args = new ArrayList<>(List.of(input.toString(), "-o", output.toString()));
    args.addAll(List.of(extra));
    Run r = cvpress(args.toArray(String[]::new));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error:"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertFalse(r.err().matches("(?s).*\\n\\s+at [\\w.$]+\\(.*"), "no stack trace:\n" + r.err());
    assertArrayEquals(before, Files.readAllBytes(output), "the existing output is untouched");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
          "no temporary file is left behind");
    }
    return r.err();
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void missingFile() throws IOException {
    String err = fails(dir.resolve("nope.md"));
    assertTrue(err.contains("nope.md: error: file not found"), err);
  }

  @Test
  void directory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("folder.md"));
    assertTrue(fails(sub).contains("is a directory"));
  }

  @Test
  void unreadableFile() throws IOException {
    Path p = write("secret.md", "# Secret\n");
    Assumptions.assumeTrue(p.toFile().setReadable(false, false));
    Assumptions.assumeFalse(Files.isReadable(p), "root reads everything; this case needs a normal user");
    assertTrue(fails(p).contains("permission denied"));
  }

  @Test
  void namedPipeDoesNotHang() throws Exception {
    Path fifo = dir.resolve("pipe.md");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is available");
    assertTrue(fails(fifo).contains("is not a regular file"));
  }

  @Test
  void emptyFile() throws IOException {
    assertTrue(fails(write("empty.md", "")).contains("file is empty"));
    assertTrue(fails(write("blank.md", " \n\n\t\n")).contains("file is empty"));
  }

  @Test
  void binaryData() throws IOException {
    Path png = dir.resolve("photo.md");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    String err = fails(png);
    assertTrue(err.contains("binary data") && err.contains("byte offset 8"), err);
  }

  @Test
  void invalidUtf8SaysTheByteOffset() throws IOException {
    Path latin1 = dir.resolve("latin1.md");
    Files.write(latin1, "# Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    String err = fails(latin1);
    assertTrue(err.contains("latin1.md:1:6: error: file is not UTF-8; it looks like Latin-1 (Windows-1252): "
        + "byte 0xE9 at byte offset 5 would be `é`"), err);
    assertTrue(err.contains("hint: convert it: iconv -f WINDOWS-1252 -t UTF-8 latin1.md > latin1-utf8.md"), err);
  }

  @Test
  void fileOverFiveMegabytes() throws IOException {
    String err = fails(write("huge.md", "# Huge\n\n" + "word ".repeat(1_100_000)));
    assertTrue(err.contains("too large for a résumé"), err);
  }

  /**
   * Ten thousand levels of each kind of nesting: a limit at its place, not a stack overflow (which would be
   * "nested too deeply to lay out", with no line) nor a hang. Lists and quotes opened on one line are refused
   * before the Markdown is parsed, so each of these takes well under a second of work.
   */
  @Test
  void tenThousandLevelsOfNesting() throws IOException {
    String tooDeep = "error: lists or quotes are nested more than 32 levels deep";
    assertTrue(fails(write("quotes.md", "# Deep\n\n" + ">".repeat(10_000) + " x\n")).contains("quotes.md:3:33: "
        + tooDeep));
    assertTrue(fails(write("lists.md", "# Deep\n\n" + "- ".repeat(10_000) + "x\n")).contains("lists.md:3:65: "
        + tooDeep));
    assertTrue(fails(write("ordered.md", "# Deep\n\n" + "1. ".repeat(10_000) + "x\n")).contains("ordered.md:3:97: "
        + tooDeep));
    assertTrue(fails(write("mixed.md", "# Deep\n\n" + "> - ".repeat(5_000) + "x\n")).contains("mixed.md:3:65: "
        + tooDeep));
    StringBuilder indented = new StringBuilder("# Deep\n\n");
    for (int level = 0; level < 400; level++) indented.append("  ".repeat(level)).append("- x\n");
    assertTrue(fails(write("indented.md", indented.toString())).contains("indented.md:35:65: " + tooDeep));
    String html = fails(write("html.md", "# Deep\n\n" + "<ul><li>".repeat(10_000) + "x" + "</li></ul>".repeat(10_000)
        + "\n"));
    assertTrue(html.contains("html.md:3:1: error: "), html);
    String emphasis = fails(write("emph.md", "# Deep\n\n" + "*a ".repeat(1_500) + "x" + " b*".repeat(1_500)));
    assertTrue(emphasis.contains("emph.md:3:") && emphasis.contains("nested more than"), emphasis);
  }

  @Test
  void fiveHundredColumnTable() throws IOException {
    String row = "|" + "x|".repeat(500) + "\n";
    String err = fails(write("wide.md", "# Wide\n\n## Data\n\n" + row + "|" + "---|".repeat(500) + "\n" + row));
    assertTrue(err.contains("wide.md:5:1: error: the table has 500 columns"), err);
  }

  @Test
  void fiftyThousandLineList() throws IOException {
    StringBuilder md = new StringBuilder("# Long\n\n## Items\n\n");
    for (int i = 0; i < 50_000; i++) md.append("- item ").append(i).append('\n');
    assertTrue(fails(write("list.md", md.toString())).contains("error: the document is too long for a résumé"));
    StringBuilder items = new StringBuilder("# Long\n\n## Items\n\n");
    for (int i = 0; i < 5_001; i++) items.append("- x\n");
    String err = fails(write("items.md", items.toString()));
    assertTrue(err.contains("items.md:5003:1: error: the document has more than 5000 paragraphs"), err);
  }

  @Test
  void brokenYamlFrontMatter() throws IOException {
    String err = fails(write("y.md", "---\nname: Ada\ntitle: Engineer: backend\n---\n# Ada\n"));
    assertTrue(err.contains("y.md:3:") && err.contains("not valid YAML"), err);
  }

  @Test
  void yamlBombIsRefused() throws IOException {
    StringBuilder y = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      y.append("]\n");
    }
    y.append("---\n# Bomb\n");
    assertTrue(fails(write("bomb.md", y.toString())).contains("not valid YAML"));
  }

  @Test
  void brokenTomlFrontMatter() throws IOException {
    String err = fails(write("t.md", "+++\ntitle = \"About\nname = 3\n+++\n# Ada\n"));
    assertTrue(err.contains("t.md:2:") && err.contains("not valid TOML"), err);
  }

  @Test
  void brokenJsonFrontMatter() throws IOException {
    String err = fails(write("j.md", "{\n  \"name\": \"Ada\",\n  \"title\" \"x\"\n}\n# Ada\n"));
    assertTrue(err.contains("j.md:") && err.contains("not valid JSON"), err);
  }

  @Test
  void unclosedFrontMatter() throws IOException {
    assertTrue(fails(write("u.md", "---\nname: Ada\n\n# Ada\n")).contains("no closing `---`"));
    assertTrue(fails(write("u2.md", "+++\nname = \"Ada\"\n# Ada\n")).contains("no closing `+++`"));
  }

  @Test
  void unknownTheme() throws IOException {
    // In the file, bad input (exit 1) at its line; on the command line, a usage error (exit 2), nothing written.
    assertTrue(fails(write("t.md", "---\nstyle:\n  theme: moden\n---\n# Ada\n")).contains("unknown theme `moden`"));
    Path output = dir.resolve("none.pdf");
    Run r = cvpress(write("a.md", "# Ada\n").toString(), "-o", output.toString(), "--theme", "moden");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("unknown theme `moden`") && r.err().contains("did you mean `modern`?"), r.err());
    assertFalse(Files.exists(output));
  }

  @Test
  void unknownFont() throws IOException {
    String err = fails(write("f.md", "---\nstyle:\n  font: Comic Sands\n---\n# Ada\n"));
    assertTrue(err.contains("f.md:3:") && err.contains("unknown font `Comic Sands`"), err);
  }

  @Test
  void openTypeCffFontIsRefused() throws IOException {
    Files.write(dir.resolve("fancy.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 1, 0, 0});
    String err = fails(write("o.md", "---\nstyle:\n  font: fancy.otf\n---\n# Ada\n"));
    assertTrue(err.contains("OpenType/CFF"), err);
  }

  @Test
  void unwritableOutputFolder() throws IOException {
    Path input = write("w.md", "# Ada\n");
    Path notAFolder = write("file.txt", "x");
    Run r = cvpress(input.toString(), "-o", notAFolder.resolve("out.pdf").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error: cannot write output"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());

    Path locked = Files.createDirectory(dir.resolve("locked"));
    Assumptions.assumeTrue(locked.toFile().setWritable(false, false));
    Assumptions.assumeFalse(Files.isWritable(locked), "root writes everywhere; this case needs a normal user");
    Run r2 = cvpress(input.toString(), "-o", locked.resolve("out.pdf").toString());
    assertEquals(1, r2.code());
    assertTrue(r2.err().contains("permission denied"), r2.err());
  }

  @Test
  void diskFullWhileWriting() throws Exception {
    Path full = Files.createDirectory(dir.resolve("full"));
    // Smaller than the PDF (about 14 KB since fonts are embedded without hinting).
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", full.toString())
        .redirectErrorStream(true).start();
    Assumptions.assumeTrue(mount.waitFor() == 0, "a tiny tmpfs can be mounted (root on Linux)");
    try {
      Path input = write("d.md", "# Ada Lovelace\n\n## Work\n\n" + "Analytical engine notes. ".repeat(400));
      Path output = full.resolve("d.pdf");
      Run r = cvpress(input.toString(), "-o", output.toString());
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("the disk is full"), r.err());
      assertFalse(r.err().contains("internal error"), r.err());
      try (Stream<Path> files = Files.list(full)) {
        assertEquals(List.of(), files.toList(), "neither a partial PDF nor a temporary file is left");
      }
    } finally {
      new ProcessBuilder("umount", full.toString()).start().waitFor();
    }
  }

  @Test
  void aParagraphOfOneInvisibleCharacterRenders() throws IOException {
    for (String invisible : List.of("\u200B", "\u200D", "\u00AD", "\u202E", "\uFE0F", "\u2060")) {
      String text = renders(write("invisible.md", "# Ada\n\nBefore.\n\n" + invisible + "\n\n## Work\n\n- "
          + invisible + "\n\nAfter.\n"), Map.of());
      assertTrue(text.contains("Before.") && text.contains("After."), text);
    }
  }

  @Test
  void aParagraphOfEmptyAngleBracketsRenders() throws IOException {
    String text = renders(write("angles.md", "# Ada\n\n<>\n\n## Work\n\nPhone: <>\n\n[](x) | <>\n\nDone.\n"),
        Map.of());
    assertTrue(text.contains("Done."), text);
  }

  @Test
  void aTwelveColumnTableWithAnUnbreakableHeaderRenders() throws IOException {
    String table = "|" + "H".repeat(900) + "|" + "h|".repeat(11) + "\n|" + "---|".repeat(12) + "\n"
        + ("|" + "cell|".repeat(12) + "\n").repeat(3);
    String text = renders(write("wide.md", "# Ada\n\n## Data\n\n" + table), Map.of());
    assertTrue(text.contains("cell"), text);
  }

  @Test
  void datesNoPdfCanHoldFallBackToTheFixedEpoch() throws IOException {
    Path far = write("far.md", "---\nname: Ada\ndate: \"+999999999-12-31T23:59:59Z\"\n---\n# Ada\n");
    renders(far, Map.of());
    assertEquals(Instant.parse("2000-01-01T00:00:00Z"), created(dir.resolve("far.md.pdf")));
    Path plain = write("plain.md", "---\nname: Ada\ndate: 2024-05-01\n---\n# Ada\n");
    for (String epoch : List.of("99999999999999999999", "9223372036854775807", "-86400", "garbage", "1e9", "")) {
      renders(plain, Map.of("SOURCE_DATE_EPOCH", epoch));
      assertEquals(Instant.parse("2024-05-01T00:00:00Z"), created(dir.resolve("plain.md.pdf")),
          "SOURCE_DATE_EPOCH=" + epoch + " is passed over for the front matter's date");
    }
  }

  @Test
  void anUnclosedCodeFenceOf200KilobytesIsAnError() throws IOException {
    String err = fails(write("fence.md", "# Ada\n\n## Code\n\n```\n" + "x = 1\n".repeat(35_000)));
    assertTrue(err.contains("fence.md:5:1: error: the code blocks hold more than 2,000 lines"), err);
  }

  @Test
  void aTableOf2400RowsIsAnError() throws IOException {
    String table = "|" + "h|".repeat(40) + "\n|" + "---|".repeat(40) + "\n" + ("|" + "x|".repeat(40) + "\n").repeat(2400);
    String err = fails(write("table.md", "# Ada\n\n" + table));
    assertTrue(err.contains("table.md:3:1: error: a paragraph or table runs over more than 1,000 lines"), err);
  }

  @Test
  void aResumeOfHundredsOfPagesIsAnErrorBeforeAnythingIsWritten() throws IOException {
    StringBuilder md = new StringBuilder("# Ada\n\n## Notes\n\n");
    for (int i = 0; i < 4_000; i++) md.append("Note ").append(i).append(".\n\n");
    String err = fails(write("pages.md", md.toString()));
    assertTrue(err.matches("(?s).*pages.md: error: the résumé would be [\\d,]+ pages; the limit is 50\n.*"), err);
  }

  @Test
  void twentyThousandShortcodesOnOneLinePrintAFewKilobytes() throws IOException {
    Path input = write("codes.md", "# Ada\n\n" + "{{< x >}}".repeat(20_000) + "\n");
    Run r = cvpress(input.toString(), "-o", dir.resolve("codes.pdf").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().length() < 20_000, "stderr is " + r.err().length() + " characters");
    assertTrue(r.err().contains("warning: … and 19,980 more like this: Hugo shortcode `{{< x >}}` removed"), r.err());
  }

  @Test
  void escapeSequencesFromTheResumeNeverReachTheTerminal() throws IOException {
    // YAML's own escapes, \\e and \\a, are the way such bytes get into a front-matter value.
    Path input = write("esc.md", "---\nstyle:\n  theme: \"\\e[2J\\e]0;pwned\\a\"\n---\n# Ada\n\n{{< \u001b[31m >}}\n");
    Run r = cvpress(input.toString(), "-o", dir.resolve("esc.pdf").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("unknown theme `\\x1B[2J\\x1B]0;pwned\\x07`"), r.err());
    assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), r.err());
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyFile() throws IOException {
    Path bom = dir.resolve("bom.md");
    Files.write(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '});
    assertTrue(fails(bom).contains("bom.md:1:1: error: file is empty"));
  }

  @Test
  void utf32IsNamed() throws IOException {
    Path utf32 = dir.resolve("utf32.md");
    Files.write(utf32, "# Ada\n".getBytes(java.nio.charset.Charset.forName("UTF-32")));
    assertTrue(fails(utf32).contains("error: file is UTF-32BE; cvpress reads UTF-8"));
  }

  @Test
  void glitchTextIsAnErrorAtItsPlace() throws IOException {
    String err = fails(write("zalgo.md", "# Ada\n\nHe" + "\u0336\u0301".repeat(100_000) + "llo\n"));
    assertTrue(err.contains("zalgo.md:3:33: error: more than 30 combining marks"), err);
    assertTrue(err.length() < 2_000, err);
  }

  @Test
  void inlineConstructsRepeatedTo200KilobytesRenderOrFailCleanly() throws IOException {
    for (String unit : List.of("&amp;", "``` ", "`` x ", "*a_ ", "[", "![", "<", "<a ", "a@b.c ", "\u2764\uFE0F ", "\\")) {
      Path input = write("inline.md", "# Ada\n\n" + (unit.repeat(2_000) + "\n\n").repeat(200_000 / (unit.length() * 2_000)));
      Run r = cvpress(input.toString(), "-o", dir.resolve("inline.pdf").toString());
      assertFalse(r.err().contains("internal error"), unit + ": " + r.err());
      assertTrue(r.code() == 0 || r.err().contains("inline.md:"), unit + ": " + r.err());
    }
  }

  @Test
  void aRightToLeftListItemThatOpensWithATableOrAListRenders() throws IOException {
    String text = renders(write("rtl.md", "# Ada\n\n- \u062a a | b |\n|---|---|\n\n- - \u062a\u0645 x\n\nEnd.\n"), Map.of());
    assertTrue(text.contains("End."), text);
  }
}
