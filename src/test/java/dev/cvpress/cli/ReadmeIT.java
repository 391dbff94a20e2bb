package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell code runs as the README says, on the built jar: each {@code $ cvpress …} line of a transcript
 * and each line of a {@code sh} block that runs cvpress, in a copy of examples/ (with cv.md a copy of
 * examples/jane-doe.md unless the block writes it first). A transcript whose output shows an error must fail, any
 * other command must succeed; a transcript of an examples/ file must print the lines shown, in that order, timings
 * aside. A transcript's {@code printf … > FILE} line is run too, for the commands after it that read FILE.
 * Lines that cannot run here are left out by rule: a server (preview), a printer or a shell's own command, and files
 * the README only names as yours (resume.json, cv.yaml, a LinkedIn zip).
 */
class ReadmeIT {
  private static final Path JAR = Path.of("target/cvpress.jar").toAbsolutePath();
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
  private static final Pattern CVPRESS = Pattern.compile("^(?:\\S.*\\|\\s*)?(?:bin/)?cvpress\\b.*");
  // Every file a command reads must be in the sandbox (a style sheet made by a shell line above it is not).
  private static final Pattern FILE = Pattern.compile("(?<![\\w/.-])([\\w./-]+\\.(?:md|ya?ml|json|zip|pdf|css))\\b");
  private static final List<String> CANNOT_RUN = List.of("preview", "lpr", "| source", "--watch");

  @TempDir Path dir;

  /**
   * @param setup a shell line of a transcript that writes a file the next commands read ({@code printf … > x.css})
   */
  record Command(String line, List<String> shown, boolean transcript, boolean setup) {}

  /** A transcript's shell line that only writes a file: run, so that the commands after it can. */
  private static final Pattern WRITES_FILE = Pattern.compile("^(?:printf|echo) .* > [\\w.-]+$");

  @Test
  void theReadmesShellCodeRunsAsItSays() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = FENCE.matcher(readme);
    int ran = 0;
    int block = 0;
    while (m.find()) {
      List<Command> commands = commands(m.group(1), m.group(2));
      if (commands.isEmpty()) continue;
      Path sandbox = Files.createDirectories(dir.resolve("block-" + block++));
      copy(Path.of("examples"), sandbox.resolve("examples"));
      if (!commands.get(0).line().startsWith("cvpress init cv.md")) {
        Files.copy(Path.of("examples/jane-doe.md"), sandbox.resolve("cv.md"));
      }
      for (Command c : commands) {
        if (c.setup()) {
          Run made = run(sandbox, c.line());
          assertEquals(0, made.code, c.line() + "\n" + made.output);
          continue;
        }
        if (!runnable(c.line(), sandbox)) continue;
        ran++;
        Run r = run(sandbox, c.line());
        // An error, or a check that reports problems (exit 3), is shown as such.
        boolean error = c.shown().stream().anyMatch(l -> l.contains("error:") || l.matches(".*: \\d+ problems? \\(.*"));
        if (error) {
          assertNotEquals(0, r.code, c.line() + " shows an error but succeeded\n" + r.output);
        } else {
          assertEquals(0, r.code, c.line() + "\n" + r.output);
        }
        if (c.transcript() && c.line().contains("examples/")) {
          List<String> printed = r.output.lines().map(ReadmeIT::plain).toList();
          // Each line shown is printed, and in the order shown (other lines may come between them).
          int from = 0;
          for (String shown : c.shown()) {
            int at = printed.subList(from, printed.size()).indexOf(plain(shown));
            assertTrue(at >= 0, "the README shows `" + shown + "` for " + c.line() + (printed.contains(plain(shown))
                ? " after a line cvpress prints later" : "") + "; cvpress printed:\n" + r.output);
            from += at + 1;
          }
        }
      }
    }
    assertTrue(ran >= 8, "README commands run: " + ran);
  }

  /** The commands of one code block: `$ ` lines with the output under them, or a sh block's cvpress lines. */
  private static List<Command> commands(String lang, String body) {
    List<Command> out = new ArrayList<>();
    List<String> lines = body.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("$ ") && CVPRESS.matcher(line.substring(2)).matches()) {
        List<String> shown = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) shown.add(lines.get(j));
        out.add(new Command(line.substring(2).strip(), shown, true, false));
      } else if (line.startsWith("$ ") && WRITES_FILE.matcher(line.substring(2).strip()).matches()) {
        out.add(new Command(line.substring(2).strip(), List.of(), false, true));
      } else if ((lang.equals("sh") || lang.equals("bash")) && CVPRESS.matcher(line).matches()) {
        out.add(new Command(line.replaceFirst("\\s+#.*$", ""), List.of(), false, false));
      }
    }
    return out;
  }

  /** Whether this line can run here: no server or printer, and every file it reads is in the sandbox. */
  private static boolean runnable(String line, Path sandbox) {
    if (CANNOT_RUN.stream().anyMatch(line::contains)) return false;
    Matcher f = FILE.matcher(line.replaceAll("(-o|>)\\s+\\S+", ""));
    while (f.find()) {
      if (f.group(1).startsWith("init") || line.startsWith("cvpress init " + f.group(1))) continue;
      if (!Files.exists(sandbox.resolve(f.group(1)))) return false;
    }
    return true;
  }

  /** Timings vary from run to run. */
  private static String plain(String line) {
    return line.replaceAll("\\b\\d+ ms\\b", "N ms").replaceAll("\\bin \\d+\\.\\d s$", "in N s").strip();
  }

  record Run(int code, String output) {}

  private static Run run(Path sandbox, String line) throws IOException, InterruptedException {
    String script = "cvpress() { java -jar '" + JAR + "' \"$@\"; }\n" + line.replace("bin/cvpress", "cvpress");
    Process p = new ProcessBuilder("bash", "-c", script).directory(sandbox.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), line);
    return new Run(p.exitValue(), output);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.toString().contains("/out/") || p.endsWith("out")) continue;
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
