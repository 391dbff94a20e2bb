package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.OutputFormat;
import dev.cvpress.style.BundledFamily;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render command's help and the options it checks itself, as the style options and defaults declare them. */
class RenderCommandTest {
  @TempDir Path dir;

  /** The help of a command with its line wrapping undone. */
  private static String help(String command) {
    Cli r = Cli.run(command, "--help");
    assertEquals(0, r.code(), r.both());
    return r.out().replaceAll("\\s+", " ");
  }

  @Test
  void theFontHelpNamesEveryBundledFamily() {
    String help = help("render");
    assertTrue(help.contains("--font=NAME|FILE.ttf Body font: a bundled family ("
        + String.join(", ", BundledFamily.names()) + ") or a TrueType file (relative to where you run cvpress)"), help);
  }

  @Test
  void theThemeHelpNamesTheBuiltIns() {
    assertTrue(help("render").contains("Built-in theme (" + String.join(", ", Theme.BUILT_IN) + ";"));
  }

  @Test
  void thePaperHelpAndTheDpiDefault() {
    for (String command : new String[] {"render", "check"}) {
      assertTrue(help(command).contains("--paper=SIZE Paper size: " + StyleOptions.PAPER.hint() + "."), command);
    }
    assertTrue(help("render").contains("Resolution of PNG previews (default " + OutputFormat.DEFAULT_DPI + ")."));
  }

  @Test
  void theReadmeStatesTheDpiDefault() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("| `--dpi N` | resolution of PNG pages (default " + OutputFormat.DEFAULT_DPI + ") |"));
    assertTrue(readme.contains("(`--dpi`, default " + OutputFormat.DEFAULT_DPI + ","));
  }

  @Test
  void paperSizesAreTheOptionsInAnyLetterCase() {
    String missing = dir.resolve("missing.md").toString();
    for (String command : new String[] {"render", "check"}) {
      for (String size : StyleOptions.PAPER.values()) {
        // Past the option, the missing file is the only problem: exit 1, not a usage error.
        Cli r = Cli.run(command, "--paper", size.toUpperCase(java.util.Locale.ROOT), missing);
        assertEquals(1, r.code(), r.both());
      }
      Cli bad = Cli.run(command, "--paper", "a5", missing);
      assertEquals(2, bad.code(), bad.both());
      assertTrue(bad.err().startsWith("cvpress " + command + ": error: Invalid value for option '--paper': expected one of "
          + StyleOptions.PAPER.values() + " (case-insensitive) but was 'a5'"), bad.err());
    }
  }

  @Test
  void aUsageErrorIsOneLineAndAHintNotTheWholeUsage() {
    String missing = dir.resolve("missing.md").toString();
    Cli r = Cli.run("render", missing, "--max-pagez", "2");
    assertEquals(2, r.code(), r.both());
    assertEquals("cvpress render: error: Unknown option: '--max-pagez'\n"
        + "hint: did you mean `--max-pages`? `cvpress render --help` lists the options and the values they take\n",
        r.err());
  }

  @Test
  void aSetWithoutAnEqualsSignSaysSoAndWhatToWrite() {
    String missing = dir.resolve("missing.md").toString();
    for (String command : new String[] {"render", "check"}) {
      Cli r = Cli.run(command, missing, "--set", "pull-back");
      assertEquals(2, r.code(), r.both());
      assertEquals("cvpress " + command + ": error: --set takes KEY=VALUE, but `pull-back` has no `=`\n"
          + "hint: write `--set pull-back=VALUE`; pull-back takes " + StyleOptions.PULL_BACK.hint() + "\n", r.err());
      Cli typo = Cli.run(command, missing, "--set", "headlin");
      assertTrue(typo.err().contains("hint: did you mean `headline`? write `--set headline=VALUE`"), typo.both());
      Cli noKey = Cli.run(command, missing, "--set", "=x");
      assertEquals(2, noKey.code(), noKey.both());
      assertTrue(noKey.err().contains("has no key before the `=`"), noKey.both());
    }
  }

  @Test
  void aMisspeltSetKeyIsAWarningWithTheKeyMeant() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\n## Work\n\n- Wrote the first program\n");
    Cli r = Cli.run("render", cv.toString(), "--set", "pul-back=on", "-o", dir.resolve("cv.pdf").toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(r.err().contains("--set pul-back: warning: `pul-back` is neither a style option nor a front-matter key"
        + " cvpress reads: it changes nothing\nhint: did you mean `pull-back` (a style option)?"), r.both());
  }
}
