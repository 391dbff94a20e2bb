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
      assertTrue(bad.err().startsWith("Invalid value for option '--paper': expected one of "
          + StyleOptions.PAPER.values() + " (case-insensitive) but was 'a5'"), bad.err());
    }
  }
}
