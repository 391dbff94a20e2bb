package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, through {@link Main#run} with its output captured. */
class MainTest {
  private static final String BAD_YAML = "---\ntitle: \"About Me\"\ndate: 2016-01-01T23:49:46+08:00 : x\n---\n\nHi\n";

  @TempDir Path dir;
  private Path aboutMe;
  private String out;
  private String err;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void copyReference() throws IOException {
    aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
    aboutMe.toFile().setWritable(true);
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e), env);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertPdf(Path file) throws IOException {
    assertTrue(Files.isRegularFile(file), file + " was not written");
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
      assertTrue(doc.getNumberOfPages() >= 1);
    }
  }

  /** Files in the folder other than the inputs: no temporary or partial files may be left behind. */
  private List<String> leftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted().toList();
    }
  }

  // ---- success ----

  @Test
  void writesThePdfNextToTheInput() throws Exception {
    assertEquals(0, run(aboutMe.toString()), err);
    assertPdf(dir.resolve("about-me.pdf"));
    assertTrue(out.contains("about-me.pdf"), out);
    assertEquals("", err);
    assertEquals(List.of("about-me.pdf"), leftovers(dir));
  }

  @Test
  void renderSubcommandIsTheDefault() throws Exception {
    assertEquals(0, run("render", aboutMe.toString()), err);
    assertPdf(dir.resolve("about-me.pdf"));
  }

  @Test
  void outputOption() throws Exception {
    Path target = dir.resolve("out/cv.pdf");
    assertEquals(0, run("-o", target.toString(), aboutMe.toString()), err);
    assertPdf(target);
    assertFalse(Files.exists(dir.resolve("about-me.pdf")), "-o replaces the default location");
  }

  @Test
  void dirOption() throws Exception {
    Path folder = dir.resolve("pdfs");
    assertEquals(0, run("-d", folder.toString(), aboutMe.toString()), err);
    assertPdf(folder.resolve("about-me.pdf"));
    assertFalse(Files.exists(dir.resolve("about-me.pdf")));
  }

  @Test
  void defaultDatesAreInHouseStyle() throws Exception {
    assertEquals(0, run(aboutMe.toString()), err);
    String text = PdfInspect.text(Files.readAllBytes(dir.resolve("about-me.pdf")));
    assertTrue(text.contains("Jun 2021 – Present"), text);
    assertFalse(text.contains("2021.6 ~ Now"), text);
  }

  @Test
  void setDateFormatOriginalKeepsTheAuthorsDates() throws Exception {
    assertEquals(0, run("--set", "date-format=original", aboutMe.toString()), err);
    String text = PdfInspect.text(Files.readAllBytes(dir.resolve("about-me.pdf")));
    assertTrue(text.contains("2021.6 ~ Now"), text);
    assertFalse(text.contains("Jun 2021 – Present"), text);
  }

  @Test
  void sourceDateEpochFromTheEnvironment() throws Exception {
    env.put("SOURCE_DATE_EPOCH", "1700000000");
    assertEquals(0, run(aboutMe.toString()), err);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve("about-me.pdf")))) {
      assertEquals(1_700_000_000_000L, doc.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  @Test
  void themesListsTheDefault() {
    assertEquals(0, run("themes"));
    assertTrue(out.lines().anyMatch(l -> l.startsWith("classic") && l.endsWith("(default)")), out);
    assertTrue(out.contains("modern"), out);
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, run("--version"));
    assertTrue(out.startsWith("cvpress "), out);
    assertEquals(0, run("--help"));
    assertTrue(out.contains("Usage: cvpress"), out);
    assertTrue(out.contains("Exit codes"), out);
    assertEquals(0, run("render", "--help"));
    assertTrue(out.contains("--output"), out);
  }

  @Test
  void eachCommandInTheHelpIsDescribedByAWholeSentence() {
    assertEquals(0, run("--help"));
    String commands = out.substring(out.indexOf("Commands:\n") + 10, out.indexOf("\n\n", out.indexOf("Commands:")));
    // A description wrapped by picocli continues on lines indented past the command names.
    java.util.Map<String, String> described = new java.util.LinkedHashMap<>();
    String last = null;
    for (String line : commands.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        last = line.strip().split("\\s+", 2)[0];
        described.put(last, line.strip().substring(last.length()).strip());
      } else {
        described.put(last, described.get(last) + " " + line.strip());
      }
    }
    assertEquals(RootCommand.COMMANDS, List.copyOf(described.keySet()), out);
    described.forEach((command, text) -> assertTrue(text.matches("[A-Z].*[^,;:]\\.") && !text.contains(". "),
        command + " is described by more or less than one sentence: " + text));
  }

  @Test
  void aMistypedCommandOrOptionIsAUsageErrorSayingWhatWasMeant() {
    assertEquals(2, run("rendr", aboutMe.toString()));
    assertEquals("cvpress: error: unknown command `rendr`\nhint: did you mean `cvpress render`? `cvpress --help` lists"
        + " the commands\n", err);
    assertEquals(2, run("--vresion"));
    assertEquals("cvpress render: error: unknown option `--vresion`\nhint: did you mean `--version`? `cvpress render"
        + " --help` lists the options and the values they take\n", err);
    assertEquals(0, run(aboutMe.toString()), "a résumé is never taken for a command: " + err);
    assertEquals(2, run("watch", aboutMe.toString()));
    assertTrue(err.startsWith("cvpress: error: unknown command `watch`\nhint: did you mean `cvpress --watch FILE`?"),
        err);
    assertEquals(2, run("help", "rendr"));
    assertTrue(err.endsWith("error: unknown command `rendr`\nhint: did you mean `cvpress help render`? the commands"
        + " are: " + String.join(", ", RootCommand.COMMANDS) + "\n"), err);
    assertEquals(2, run("help", "nope"));
    assertFalse(err.contains("Unknown subcommand"), err);
  }

  @Test
  void noArgumentsPrintsUsage() {
    assertEquals(0, run());
    assertTrue(out.contains("Usage: cvpress"), out);
  }

  // ---- bad input: exit 1 ----

  @Test
  void missingFile() throws Exception {
    Path missing = dir.resolve("nope.md");
    assertEquals(1, run(missing.toString()));
    assertTrue(err.startsWith(missing + ": error: file not found"), err);
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void badYamlIsPositionedWithCaretAndHint() throws Exception {
    Path bad = write("bad.md", BAD_YAML);
    assertEquals(1, run(bad.toString()));
    List<String> lines = err.lines().toList();
    assertTrue(lines.get(0).startsWith(bad + ":3:33: error: front matter is not valid YAML"), err);
    assertEquals("    date: 2016-01-01T23:49:46+08:00 : x", lines.get(1));
    assertEquals(lines.get(1).lastIndexOf(':'), lines.get(2).indexOf('^'), "caret under the second colon:\n" + err);
    assertTrue(lines.get(2).strip().equals("^"), err);
    assertTrue(lines.get(3).startsWith("hint: "), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + err);
    assertFalse(Files.exists(dir.resolve("bad.pdf")), "no PDF for a failed render");
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void failedRenderLeavesTheExistingOutputUntouched() throws Exception {
    Path bad = write("bad.md", BAD_YAML);
    byte[] previous = "%PDF- an earlier, good render".getBytes(StandardCharsets.US_ASCII);
    Path pdf = Files.write(dir.resolve("bad.pdf"), previous);
    assertEquals(1, run(bad.toString()));
    assertArrayEquals(previous, Files.readAllBytes(pdf));
    Path other = Files.write(dir.resolve("other.pdf"), previous);
    assertEquals(1, run("-o", other.toString(), bad.toString()));
    assertArrayEquals(previous, Files.readAllBytes(other));
    assertEquals(List.of("bad.pdf", "other.pdf"), leftovers(dir));
  }

  @Test
  void oneBadInputDoesNotStopTheOthers() throws Exception {
    Path bad = write("bad.md", BAD_YAML);
    assertEquals(1, run(aboutMe.toString(), bad.toString()));
    assertPdf(dir.resolve("about-me.pdf"));
    assertFalse(Files.exists(dir.resolve("bad.pdf")));
    assertTrue(err.contains("bad.md:3:33"), err);
  }

  @Test
  void unknownThemeListsTheThemes() {
    assertEquals(2, run("--theme", "nope", aboutMe.toString()));
    assertTrue(err.contains("unknown theme `nope`"), err);
    String hint = err.lines().filter(l -> l.startsWith("hint: ")).findFirst().orElse("");
    for (String theme : List.of("modern", "classic", "compact")) assertTrue(hint.contains(theme), err);
    assertFalse(Files.exists(dir.resolve("about-me.pdf")));
  }

  @Test
  void themesListsEveryThemeTheHintOffers() {
    run("--theme", "nope", aboutMe.toString());
    String hint = err.lines().filter(l -> l.startsWith("hint: ")).findFirst().orElseThrow();
    String offered = hint.replaceFirst(".*the themes are: ", "").replaceFirst(" \\(.*", "");
    run("themes");
    for (String theme : offered.split(",\\s*")) {
      assertTrue(out.lines().anyMatch(l -> l.startsWith(theme + " ")), theme + " is offered but not listed:\n" + out);
    }
  }

  @Test
  void unknownThemeIsAUsageErrorNamingTheOptionOnce() {
    assertEquals(2, run("--theme", "modrn", aboutMe.toString(), aboutMe.toString()));
    assertEquals("cvpress render: error: --theme: unknown theme `modrn`\nhint: did you mean `modern`? the themes are: "
        + String.join(", ", dev.cvpress.style.Theme.BUILT_IN) + " (see `cvpress themes`), or a path to a .css file\n",
        err);
  }

  @Test
  void unwritableOutputFolder() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(locked), "running as root: a read-only folder is still writable");
      assertEquals(1, run("-d", locked.toString(), aboutMe.toString()));
      assertTrue(err.contains("cannot write output"), err);
      assertTrue(err.contains("hint: "), err);
      try (Stream<Path> files = Files.list(locked)) {
        assertEquals(0, files.count());
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void outputThatIsADirectory() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("cv.pdf"));
    assertEquals(2, run("-o", folder.toString(), aboutMe.toString()));
    assertTrue(err.startsWith("cvpress render: error: -o " + folder + " is a folder; -o names the output file\n"
        + "hint: write into the folder with `-d " + folder + "`"), err);
  }

  @Test
  void outputHasTheUsualFilePermissions() throws Exception {
    Path probe = Files.createFile(dir.resolve("probe.txt"));
    assertEquals(0, run(aboutMe.toString()), err);
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir.resolve("about-me.pdf")));
  }

  // ---- usage errors: exit 2 ----

  @Test
  void outputWithSeveralInputsIsAUsageError() throws Exception {
    Path other = write("other.md", "# Ada\n");
    assertEquals(2, run("-o", dir.resolve("a.pdf").toString(), aboutMe.toString(), other.toString()));
    assertTrue(err.contains("-o takes one input"), err);
    assertEquals(List.of(), leftovers(dir), "nothing rendered");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("--bogus", aboutMe.toString()));
    assertTrue(err.contains("unknown option `--bogus`"), err);
  }

  @Test
  void outputAndDirTogetherIsAUsageError() {
    assertEquals(2, run("-o", dir.resolve("a.pdf").toString(), "-d", dir.toString(), aboutMe.toString()));
  }

  @Test
  void badOptionValueIsAUsageError() {
    assertEquals(2, run("--paper", "a5", aboutMe.toString()));
    assertEquals(2, run("--format", "odt", aboutMe.toString()));
  }

  @Test
  void aFormatListWithNoFormatInItIsAUsageError() throws Exception {
    for (String list : List.of(",", ",,")) {
      assertEquals(2, run("--format", list, aboutMe.toString()), err);
      assertTrue(err.contains("--format needs at least one of pdf, html, txt, png or docx"), err);
      assertFalse(err.contains("internal error"), err);
    }
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void aJunkSourceDateEpochIsQuotedWithItsEscapeSequencesShownNotSent() throws Exception {
    env.put("SOURCE_DATE_EPOCH", "\u001b[2J\u001b]0;x\u0007");
    assertEquals(0, run(aboutMe.toString()));
    assertFalse(err.contains("\u001b"), err);
    assertTrue(err.contains("SOURCE_DATE_EPOCH is not a number of seconds (\\x1B[2J\\x1B]0;x\\x07); ignored"), err);
  }

  @Test
  void outputMayNotOverwriteTheInput() throws Exception {
    Path notes = write("notes.txt", "# Ada\n\nplain text résumé\n");
    byte[] before = Files.readAllBytes(notes);
    assertEquals(1, run("--format", "txt", notes.toString()));
    assertTrue(err.contains("would overwrite the input"), err);
    assertArrayEquals(before, Files.readAllBytes(notes));
  }

  // ---- checks: exit 3 ----

  @Test
  void maxPagesExceededIsACheckFailure() throws Exception {
    assertEquals(3, run("--max-pages", "1", aboutMe.toString()));
    assertTrue(err.contains("more than --max-pages 1"), err);
    assertEquals(List.of(), leftovers(dir), "nothing written when the check fails");
  }
}
