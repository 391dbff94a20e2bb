package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `cvpress completion SHELL` prints a script written from the command model; the bash script is run in bash and
 * completes commands, the default command's options, option values and files; zsh and fish read theirs.
 */
class CompletionTest {
  @TempDir Path dir;

  private static boolean onPath(String tool) {
    for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, tool))) return true;
    }
    return false;
  }

  private record Run(int exit, String out) {}

  private Run shell(String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out);
  }

  /** What bash offers for the command line {@code words}, the last being the word under the cursor. */
  private List<String> complete(Path script, String... words) throws Exception {
    StringBuilder quoted = new StringBuilder();
    for (String w : words) quoted.append(" '").append(w).append("'");
    String program = "source '" + script + "'\nCOMP_WORDS=(" + quoted + ")\nCOMP_CWORD=" + (words.length - 1)
        + "\n_cvpress\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Run r = shell("bash", "-c", program);
    assertEquals(0, r.exit(), r.out());
    List<String> offered = new ArrayList<>(r.out().lines().filter(l -> !l.isEmpty()).toList());
    offered.sort(null);
    return offered;
  }

  @Test
  void theCommandPrintsEachShellsScript() {
    for (String shell : CompletionScripts.SHELLS) {
      Cli r = Cli.run("completion", shell);
      assertEquals(0, r.code(), r.both());
      assertEquals(CompletionScripts.of(shell, CompletionModel.read()), r.out());
    }
    Cli wrong = Cli.run("completion", "tcsh");
    assertEquals(2, wrong.code(), wrong.both());
    assertTrue(wrong.err().contains("bash, zsh, fish"), wrong.err());
    Cli none = Cli.run("completion");
    assertEquals(2, none.code(), none.both());
    assertTrue(none.err().startsWith("cvpress completion: error: name the shell: cvpress completion"
        + " bash|zsh|fish\nhint: "), none.both());
    assertEquals("", none.out(), "no script for no shell");
  }

  @Test
  void bashCompletesCommandsOptionsValuesAndFiles() throws Exception {
    assumeTrue(onPath("bash"), "bash is needed");
    Path script = Files.writeString(Files.createTempFile("cvpress", ".bash"),
        CompletionScripts.bash(CompletionModel.read()));
    script.toFile().deleteOnExit();
    Files.writeString(dir.resolve("cv.md"), "# Ada\n");
    Files.createDirectories(dir.resolve("cvs"));
    assertEquals(List.of("render"), complete(script, "cvpress", "rend"));
    assertEquals(List.of("check", "completion", "convert", "cv.md", "cvs"), complete(script, "cvpress", "c"),
        "commands and files: the first word may be a résumé");
    assertEquals(List.of("--theme"), complete(script, "cvpress", "cv.md", "--th"), "render's options by default");
    assertEquals(List.of("classic", "compact", "cv.md", "cvs"), complete(script, "cvpress", "render", "--theme", "c"),
        "a built-in theme or a CSS file");
    assertEquals(List.of("a4", "legal", "letter"), complete(script, "cvpress", "cv.md", "--paper", ""));
    assertEquals(List.of("always", "auto"), complete(script, "cvpress", "build", "--color", "a"));
    assertEquals(List.of("bash"), complete(script, "cvpress", "completion", "b"));
    assertEquals(List.of("cvs"), complete(script, "cvpress", "cv.md", "-d", "c"), "-d takes a folder");
    assertEquals(List.of("cv.md", "cvs"), complete(script, "cvpress", "check", "c"));
    List<String> build = complete(script, "cvpress", "build", "--");
    assertTrue(build.contains("--quiet") && build.contains("--debug") && !build.contains("--theme"), build.toString());
  }

  @Test
  void zshAndFishReadTheirScripts() throws Exception {
    CompletionModel model = CompletionModel.read();
    String zsh = CompletionScripts.zsh(model);
    assertTrue(zsh.startsWith("#compdef cvpress\n"));
    String fish = CompletionScripts.fish(model);
    for (String command : model.names()) {
      assertTrue(zsh.contains("_cvpress_" + command + "()"), command);
      assertTrue(fish.contains("-a " + command + " -d"), command);
    }
    if (onPath("zsh")) {
      Path file = Files.writeString(dir.resolve("_cvpress"), zsh);
      Run r = shell("zsh", "-n", file.toString());
      assertEquals(0, r.exit(), r.out());
      // Loaded as a user's .zshrc would, it registers itself for cvpress.
      Run loaded = shell("zsh", "-c", "autoload -U compinit && compinit -u -D && source " + file
          + " && print -r -- ${_comps[cvpress]}");
      assertEquals(0, loaded.exit(), loaded.out());
      assertEquals("_cvpress", loaded.out().strip());
    }
    if (onPath("fish")) {
      Path file = Files.writeString(dir.resolve("cvpress.fish"), fish);
      Run r = shell("fish", "-n", file.toString());
      assertEquals(0, r.exit(), r.out());
      Run offered = shell("fish", "-c", "source " + file + "; complete -C 'cvpress render --paper '");
      assertEquals(0, offered.exit(), offered.out());
      assertEquals(List.of("a4", "legal", "letter"),
          offered.out().lines().map(l -> l.split("\t")[0]).sorted().toList(), offered.out());
      Run command = shell("fish", "-c", "source " + file + "; complete -C 'cvpress chec'");
      assertTrue(command.out().startsWith("check\t"), command.out());
      Files.createDirectories(dir.resolve("out"));
      Run folders = shell("fish", "-c", "source " + file + "; complete -C 'cvpress cv.md -d '");
      assertEquals(List.of("out/"), folders.out().lines().map(l -> l.split("\t")[0]).toList(), folders.out());
    }
  }

  @Test
  void everyOptionOfEveryCommandIsOffered() {
    CompletionModel model = CompletionModel.read();
    String bash = CompletionScripts.bash(model);
    for (CompletionModel.Command c : model.commands()) {
      for (CompletionModel.Arg o : c.options()) {
        for (String name : o.names()) assertTrue(bash.contains(name), c.name() + " " + name);
      }
    }
    assertFalse(Arrays.asList(model.names().toArray()).isEmpty());
  }
}
