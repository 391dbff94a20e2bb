package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many inputs in one process: every good file renders, a bad one is reported with its position and does not stop
 * the others, one line per file, colour and a progress bar only on a terminal, never colour with NO_COLOR.
 */
class BatchTest {
  /** YAML that does not parse: a value with `: ` in it, on line 3. */
  static final String BROKEN = "---\ntitle: \"Broken\"\ndate: 2016-01-01T23:49:46+08:00 : x\n---\n\nHello\n";
  /** A résumé that lays out fast, for the tests that only look at the report. */
  static final String TINY = "---\nname: Tiny Person\nemail: tiny@example.com\n---\n\n## Skills\n\n- Go\n";

  /** Any SGR (colour) escape sequence. */
  private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

  @TempDir Path dir;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> lines(String s) {
    return s.lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void twentyCopiesAndOneBrokenFileThroughAQuotedGlob() throws Exception {
    Path cv = Files.createDirectory(dir.resolve("cv"));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String name = String.format("copy%02d", i);
      Files.copy(Path.of("examples/about-me.md"), cv.resolve(name + ".md"));
      expected.add(name + ".pdf");
    }
    Files.writeString(cv.resolve("broken.md"), BROKEN, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    // The pattern is passed as the shell passes a quoted glob: unexpanded.
    Cli r = Cli.run(Map.of(), false, "render", cv + "/*.md", "-d", out + "/");

    assertEquals(1, r.code(), "one input failed, so the batch fails\n" + r.both());
    assertEquals(expected, names(out), "20 PDFs, nothing for the broken file, no temporary files");
    for (String pdf : expected) {
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve(pdf)))) {
        assertEquals(2, doc.getNumberOfPages(), pdf);
      }
    }

    // One line per rendered file on stdout: input -> output (pages, milliseconds); then the summary.
    List<String> outLines = new java.util.ArrayList<>(lines(r.out()));
    assertEquals(21, outLines.size(), r.both());
    assertTrue(outLines.remove(20).matches("render: 20 outputs written, 1 failed in \\d+\\.\\d s"), r.both());
    Pattern line = Pattern.compile("(.*[/\\\\](copy\\d\\d)\\.md) -> (.*[/\\\\](copy\\d\\d)\\.pdf) \\(2 pages, \\d+ ms\\)");
    TreeSet<String> seen = new TreeSet<>();
    for (String l : outLines) {
      Matcher m = line.matcher(l);
      assertTrue(m.matches(), "report line: " + l);
      assertEquals(m.group(2), m.group(4), "each line pairs an input with its own output: " + l);
      assertTrue(Path.of(m.group(3)).startsWith(out), l);
      seen.add(m.group(2));
    }
    assertEquals(20, seen.size(), "every input reported once: " + seen);
    assertFalse(r.out().contains("broken"), "the failure goes to stderr, not among the results\n" + r.both());

    // The broken file: a positioned error with the source line, a caret and a hint.
    assertTrue(Pattern.compile("(?m)^\\S*broken\\.md:3:\\d+: error: front matter is not valid YAML")
        .matcher(r.err()).find(), r.both());
    assertTrue(r.err().contains("    date: 2016-01-01T23:49:46+08:00 : x\n"), r.both());
    assertTrue(r.err().contains("^"), r.both());
    assertTrue(r.err().contains("hint: "), r.both());

    // Not a terminal: plain lines, no colour, no progress bar.
    assertFalse(r.err().contains("\u001B") || r.out().contains("\u001B"), "no escape codes\n" + r.both());
    assertFalse(r.err().contains("\r") || r.out().contains("\r"), "no progress bar\n" + r.both());
  }

  /** Writes a broken file and {@code good} small ones; returns their paths as arguments. */
  private List<String> smallBatch(int good) throws IOException {
    List<String> args = new ArrayList<>(List.of("render"));
    for (int i = 1; i <= good; i++) {
      args.add(Files.writeString(dir.resolve("tiny" + i + ".md"), TINY, StandardCharsets.UTF_8).toString());
    }
    args.add(Files.writeString(dir.resolve("broken.md"), BROKEN, StandardCharsets.UTF_8).toString());
    args.addAll(List.of("-d", dir.resolve("out").toString()));
    return args;
  }

  @Test
  void onATerminalErrorsAreInColourAndAProgressBarShows() throws Exception {
    Map<String, String> env = new HashMap<>(); // NO_COLOR unset
    Cli r = Cli.run(env, true, smallBatch(5).toArray(String[]::new));
    assertEquals(1, r.code(), r.both());
    assertEquals(6, lines(r.out()).size(), "five files and the summary\n" + r.both());
    assertTrue(r.err().contains("\u001B[1;31merror:\u001B[0m"), "the error label is red\n" + r.both());
    assertTrue(r.err().contains("\r["), "a progress bar on stderr for six files\n" + r.both());
    assertFalse(COLOUR.matcher(r.out()).find(), "result lines stay plain\n" + r.both());
    assertTrue(r.err().lastIndexOf("\r\u001B[K") > r.err().lastIndexOf("\r["), "the bar is cleared at the end\n"
        + r.both());
  }

  @Test
  void noColourWithNoColorSetEvenOnATerminal() throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("NO_COLOR", "1"));
    Cli r = Cli.run(env, true, smallBatch(5).toArray(String[]::new));
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("error: front matter is not valid YAML"), r.both());
    assertFalse(COLOUR.matcher(r.err()).find() || COLOUR.matcher(r.out()).find(), "no colour codes\n" + r.both());
  }

  @Test
  void noColourAndNoProgressBarOffATerminalEvenWithoutNoColor() throws Exception {
    Cli r = Cli.run(new HashMap<>(), false, smallBatch(5).toArray(String[]::new));
    assertEquals(1, r.code(), r.both());
    assertFalse(r.err().contains("\u001B") || r.err().contains("\r"), r.both());
    assertEquals(6, lines(r.out()).size(), "five files and the summary\n" + r.both());
  }

  @Test
  void allGoodIsExitZeroAndExplicitPathsMixWithAGlob() throws Exception {
    Path cv = Files.createDirectory(dir.resolve("cv"));
    Files.writeString(cv.resolve("a.md"), TINY, StandardCharsets.UTF_8);
    Files.writeString(cv.resolve("b.md"), TINY, StandardCharsets.UTF_8);
    Files.writeString(cv.resolve("notes.txt"), "not a résumé", StandardCharsets.UTF_8);
    Path solo = Files.writeString(dir.resolve("solo.md"), TINY, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli r = Cli.run(Map.of(), false, solo.toString(), cv + "/*.md", "-d", out.toString());
    assertEquals(0, r.code(), r.both());
    assertEquals(List.of("a.pdf", "b.pdf", "solo.pdf"), names(out));
    assertEquals(4, lines(r.out()).size(), "three files and the summary\n" + r.both());
    assertTrue(lines(r.out()).get(3).startsWith("render: 3 outputs written, 0 failed in "), r.both());
    assertEquals("", r.err());
  }

  @Test
  void aGlobThatMatchesNothingIsReportedAndFails() throws Exception {
    Path solo = Files.writeString(dir.resolve("solo.md"), TINY, StandardCharsets.UTF_8);
    Cli r = Cli.run(Map.of(), false, solo.toString(), dir + "/nothing/*.md", "-d", dir.resolve("out").toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("no file matches this pattern"), r.both());
    assertTrue(Files.exists(dir.resolve("out/solo.pdf")), "the other input still renders");
  }

  @Test
  void aGlobNeverTakesASymbolicLinkOutOfItsFolder() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.md"), "# SECRET-TOKEN\n", StandardCharsets.UTF_8);
    Path cv = Files.createDirectories(dir.resolve("cv"));
    Files.writeString(cv.resolve("a.md"), TINY, StandardCharsets.UTF_8);
    Files.createSymbolicLink(cv.resolve("x.md"), secret);
    Cli r = Cli.run(Map.of(), false, dir + "/cv/*.md", "--format", "txt");
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("x.md: error: is a symbolic link that leads out of"), r.both());
    assertTrue(Files.exists(cv.resolve("a.txt")), "the file inside renders");
    assertFalse(Files.exists(cv.resolve("x.txt")), "the link's target is not rendered");
  }

  @Test
  void quietPrintsOnlyProblems() throws Exception {
    Cli q = Cli.run(Map.of(), false, withQuiet(smallBatch(2)));
    assertEquals(1, q.code(), q.both());
    assertEquals("", q.out(), q.both());
    assertTrue(q.err().contains("broken.md:3:"), q.both());
  }

  private static String[] withQuiet(List<String> args) {
    List<String> a = new ArrayList<>(args);
    a.add("-q");
    return a.toArray(String[]::new);
  }

  @Test
  void aBugOrAnOutOfMemoryInOneFileIsReportedOnItsOwnLineAndTheOthersStillRender() throws Exception {
    List<Batch.Job> jobs = new ArrayList<>();
    for (String name : List.of("a.md", "oom.md", "b.md", "bug.md", "deep.md", "c.md")) {
      jobs.add(new Batch.Job(dir.resolve(name), dir.resolve(name.replace(".md", ""))));
    }
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    Report report = new Report(new java.io.PrintWriter(out), new java.io.PrintWriter(err), false, false, false);

    Batch.Outcome outcome = Batch.run(jobs, job -> {
      String name = job.input().getFileName().toString();
      switch (name) {
        case "oom.md" -> throw new OutOfMemoryError("Java heap space");
        case "bug.md" -> throw new IllegalArgumentException("kind and label\n\tat somewhere(Somewhere.java:1)");
        case "deep.md" -> throw new StackOverflowError();
        default -> {
          return Batch.Result.ok(job, List.of(), name + " -> done");
        }
      }
    }, report);

    assertEquals(new Batch.Outcome(3, 3, 0), outcome, "the exit code says failure");
    assertEquals(List.of("a.md -> done", "b.md -> done", "c.md -> done"), lines(out.toString()));
    String e = err.toString();
    assertTrue(e.contains(dir.resolve("oom.md") + ": error: internal error: OutOfMemoryError: Java heap space"), e);
    assertTrue(e.contains("CVPRESS_JAVA_OPTS"), "a hint on giving it more memory: " + e);
    assertTrue(e.contains(dir.resolve("bug.md") + ": error: internal error: IllegalArgumentException: kind and label\n"),
        "one line, the message cut at its first line break: " + e);
    assertTrue(e.contains("please report it"), e);
    assertTrue(e.contains(dir.resolve("deep.md") + ": error: the document is nested too deeply"), e);
    assertFalse(e.contains("\tat "), "no stack trace:\n" + e);
  }
}
