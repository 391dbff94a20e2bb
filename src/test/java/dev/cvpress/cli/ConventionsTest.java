package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour and the progress bar follow stderr (and --color, NO_COLOR, FORCE_COLOR); --debug shows where an internal
 * error happened; -V works on every command.
 */
class ConventionsTest {
  @TempDir Path dir;

  private static final String ESC = "\u001b[";

  /** A résumé whose render warns (an image that is not there), so that a coloured label can show. */
  private Path warning() throws Exception {
    return Files.writeString(dir.resolve("cv.md"), "# Ada\n\n![photo](missing.png)\n\n## Skills\n\n- Go\n");
  }

  private StdCli render(boolean errTerminal, Map<String, String> env, String... extra) throws Exception {
    Path cv = warning();
    List<String> args = new java.util.ArrayList<>(List.of(cv.toString(), "--format", "txt"));
    args.addAll(List.of(extra));
    StdCli r = StdCli.run(new byte[0], false, errTerminal, env, args.toArray(String[]::new));
    assertEquals(0, r.code(), r.both());
    assertTrue(r.err().contains("warning:"), r.both());
    return r;
  }

  @Test
  void colourFollowsStderrAndTheSwitches() throws Exception {
    assertTrue(render(true, Map.of()).err().contains(ESC), "a terminal on stderr gets colour");
    assertFalse(render(false, Map.of()).err().contains(ESC), "stderr to a file gets none");
    assertFalse(render(true, Map.of("NO_COLOR", "1")).err().contains(ESC), "NO_COLOR");
    assertFalse(render(true, Map.of("TERM", "dumb")).err().contains(ESC), "a dumb terminal");
    assertTrue(render(false, Map.of("FORCE_COLOR", "1")).err().contains(ESC), "FORCE_COLOR");
    assertFalse(render(false, Map.of("FORCE_COLOR", "0")).err().contains(ESC), "FORCE_COLOR=0");
    assertTrue(render(false, Map.of("NO_COLOR", "1"), "--color=always").err().contains(ESC), "--color=always wins");
    assertFalse(render(true, Map.of("FORCE_COLOR", "1"), "--color", "never").err().contains(ESC),
        "--color never wins");
  }

  @Test
  void checkIsColouredAsRenderIs() throws Exception {
    Path cv = warning();
    StdCli always = StdCli.run(new byte[0], false, false, Map.of(), "check", cv.toString(), "--color=always");
    assertTrue(always.err().contains(ESC + "1;31merror:"), always.both());
    StdCli plain = StdCli.run(new byte[0], false, false, Map.of(), "check", cv.toString());
    assertFalse(plain.err().contains(ESC), plain.both());
  }

  @Test
  void helpIsColouredByColorAndNoColorToo() {
    for (String command : List.of("render", "build", "convert")) {
      StdCli always = StdCli.run(new byte[0], false, false, Map.of("NO_COLOR", "1"), command, "--help", "--color",
          "always");
      assertEquals(0, always.code(), always.both());
      assertTrue(always.out().contains(ESC), command + ": --color always colours the help\n" + always.both());
      StdCli never = StdCli.run(new byte[0], true, true, Map.of("FORCE_COLOR", "1"), command, "--color=never",
          "--help");
      assertFalse(never.out().contains(ESC), command + ": --color=never\n" + never.both());
      StdCli auto = StdCli.run(new byte[0], true, true, Map.of("NO_COLOR", "1"), command, "--help");
      assertFalse(auto.out().contains(ESC), command + ": NO_COLOR\n" + auto.both());
    }
    // Before the command, --color is still cvpress's: its help, not a render of a file named --help.
    StdCli top = StdCli.run(new byte[0], false, false, Map.of(), "--color=always", "--help");
    assertEquals(0, top.code(), top.both());
    assertTrue(top.out().contains(ESC + "1mcvpress" + ESC) && top.out().contains("Commands:"), top.both());
    StdCli topNever = StdCli.run(new byte[0], false, false, Map.of(), "--color", "never", "--help");
    assertTrue(topNever.out().startsWith("Usage: cvpress [") && !topNever.out().contains(ESC), topNever.both());
  }

  @Test
  void aWrongColourChoiceIsAUsageError() {
    StdCli r = StdCli.run(new byte[0], false, false, Map.of(), "check", "cv.md", "--color=sometimes");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("expected auto, always or never"), r.err());
  }

  @Test
  void theProgressBarFollowsStderr() throws Exception {
    for (int i = 0; i < 5; i++) Files.writeString(dir.resolve("cv" + i + ".md"), "# Person " + i + "\n\nText\n");
    String glob = dir.resolve("cv*.md").toString();
    StdCli toFile = StdCli.run(new byte[0], false, false, Map.of(), glob, "--format", "txt");
    assertEquals(0, toFile.code(), toFile.both());
    assertFalse(toFile.err().contains("\r") || toFile.err().contains("[#"), toFile.err());
    StdCli toTerminal = StdCli.run(new byte[0], false, true, Map.of(), glob, "--format", "txt");
    assertTrue(toTerminal.err().contains("\r["), toTerminal.both());
  }

  @Test
  void versionOnEveryCommand() {
    for (String command : RootCommand.COMMANDS) {
      if (command.equals("help")) continue;
      for (String flag : List.of("-V", "--version")) {
        Cli r = Cli.run(command, flag);
        assertEquals(0, r.code(), command + " " + flag + "\n" + r.both());
        assertTrue(r.out().startsWith("cvpress "), command + " " + flag + "\n" + r.both());
      }
    }
  }

  @Test
  void everyCommandTakesColorAndDebug() {
    for (String command : RootCommand.COMMANDS) {
      if (command.equals("help")) continue;
      Cli r = Cli.run(command, "--color=never", "--debug", "--help");
      assertEquals(0, r.code(), command + "\n" + r.both());
      assertTrue(r.out().contains("--color") && r.out().contains("--debug"), command + "\n" + r.out());
    }
  }

  @Test
  void debugPrintsTheStackTraceOfAnInternalError() {
    Batch.Job job = new Batch.Job(Path.of("cv.md"), Path.of("cv"));
    Batch.Work broken = j -> {
      throw new IllegalStateException("a bug");
    };
    for (boolean debug : List.of(false, true)) {
      StringWriter err = new StringWriter();
      Report report = new Report(new PrintWriter(new StringWriter()), new PrintWriter(err, true), false, false,
          false, debug);
      Batch.Outcome outcome = Batch.run(List.of(job), broken, report);
      assertEquals(1, outcome.failed());
      String text = err.toString();
      assertTrue(text.contains("cv.md: error: internal error: IllegalStateException: a bug"), text);
      assertTrue(text.contains("run with --debug"), text);
      assertEquals(debug, text.contains("\tat dev.cvpress.cli.ConventionsTest"), text);
    }
  }
}
