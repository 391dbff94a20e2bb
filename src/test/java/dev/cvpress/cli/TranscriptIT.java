package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The main commands as a user sees them: each {@code transcripts/NAME.txt} holds command lines, each followed by its
 * exit code, standard output and standard error. They run one after another, as separate processes of the built jar,
 * in one folder holding a copy of {@code transcripts/files/}. Timings print as {@code N ms} (a build's total as {@code N s}). To add a transcript,
 * write its command lines ({@code $ cvpress ...}), run {@code mvn verify -Dgolden.update=true} and read what was
 * written.
 */
class TranscriptIT {
  private static final Path TRANSCRIPTS = Path.of("src/test/resources/transcripts");
  private static final Path JAR = Path.of("target/cvpress.jar");

  @TempDir Path dir;

  /** One command line and what it printed. */
  record Step(List<String> comments, String commandLine, int exit, String stdout, String stderr) {
    String format() {
      StringBuilder s = new StringBuilder();
      comments.forEach(c -> s.append(c).append('\n'));
      s.append("$ ").append(commandLine).append('\n').append("exit: ").append(exit).append('\n');
      s.append("--- stdout\n").append(stdout).append("--- stderr\n").append(stderr);
      return s.toString();
    }
  }

  static Stream<String> transcripts() throws IOException {
    try (Stream<Path> files = Files.list(TRANSCRIPTS)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .toList();
      assertFalse(names.isEmpty(), "no transcripts in " + TRANSCRIPTS.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transcripts")
  void printsWhatTheTranscriptShows(String name) throws Exception {
    Path file = TRANSCRIPTS.resolve(name);
    List<Step> expected = parse(Files.readString(file, StandardCharsets.UTF_8));
    assertFalse(expected.isEmpty(), name + " holds no command line");
    copy(TRANSCRIPTS.resolve("files"), dir);
    List<Step> actual = new ArrayList<>();
    for (Step step : expected) actual.add(run(step));
    String written = String.join("", actual.stream().map(Step::format).toList());
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), written);
  }

  private Step run(Step step) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    List<String> words = words(step.commandLine());
    assertTrue(!words.isEmpty() && words.get(0).equals("cvpress"), "a command line starts with cvpress: " + step);
    command.addAll(words.subList(1, words.size()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(".stdout").toFile()).redirectError(dir.resolve(".stderr").toFile());
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
    pb.environment().remove("CVPRESS_FONT_DIRS");
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after 60 s: " + step.commandLine());
    String out = plain(Files.readString(dir.resolve(".stdout"), StandardCharsets.UTF_8));
    String err = plain(Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8));
    Files.delete(dir.resolve(".stdout"));
    Files.delete(dir.resolve(".stderr"));
    return new Step(step.comments(), step.commandLine(), p.exitValue(), out, err);
  }

  /** What varies from run to run: how long a render took, and the folder it ran in. */
  private String plain(String printed) {
    return printed.replace(dir.toString() + "/", "").replaceAll("\\b\\d+ ms\\b", "N ms")
        .replaceAll("(?m)\\bin \\d+\\.\\d s$", "in N s");
  }

  static List<Step> parse(String text) {
    List<Step> steps = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i++];
      if (line.startsWith("#")) {
        comments.add(line);
      } else if (line.startsWith("$ ")) {
        // Only the command line counts: what follows it up to the next comment or command line is output.
        while (i < lines.length && !lines[i].startsWith("$ ") && !lines[i].startsWith("#")) i++;
        steps.add(new Step(List.copyOf(comments), line.substring(2), 0, "", ""));
        comments.clear();
      }
    }
    return steps;
  }

  /** The words of a command line: spaces separate them, and single or double quotes hold spaces. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) quote = 0;
        else word.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        if (word == null) word = new StringBuilder();
      } else if (c == ' ') {
        if (word != null) words.add(word.toString());
        word = null;
      } else {
        if (word == null) word = new StringBuilder();
        word.append(c);
      }
    }
    if (word != null) words.add(word.toString());
    return words;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
