package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.OutputFormat;
import dev.cvpress.style.BundledFamily;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertEquals("cvpress render: error: unknown option `--max-pagez`\n"
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
  void aMisspeltSetKeyIsAUsageErrorWithTheKeyMeant() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\n## Work\n\n- Wrote the first program\n");
    for (String command : new String[] {"render", "check"}) {
      Cli r = Cli.run(command, cv.toString(), "--set", "pul-back=on");
      assertEquals(2, r.code(), r.both());
      assertEquals("cvpress " + command + ": error: --set pul-back: `pul-back` is neither a style option nor a"
          + " front-matter key cvpress reads\nhint: did you mean `pull-back`? write `--set pull-back=…`\n", r.err());
    }
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing is rendered");
  }

  @Test
  void everyWrongStyleValueOnTheCommandLineIsAUsageErrorWithWhatWasMeant() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nada@example.com\n\n## Work\n\n- x\n");
    String[][] cases = {
        {"--set", "paper=a5", "--set paper: `a5` is not allowed", "did you mean `a4`?"},
        {"--set", "style.accent=zzz", "--set style.accent: `zzz` is not allowed", "use a colour"},
        {"--set", "style.colr=1", "--set style.colr: `style.colr` is neither", "the style options are"},
        {"--set", "theme=clasic", "--set theme: unknown theme `clasic`", "did you mean `classic`?"},
        {"--font", "Source Sans", "--font: unknown font `Source Sans`", "did you mean `Source Sans 3`?"},
        {"--format", "pdff", "unknown format `pdff`", "--format takes"},
        {"--paper", "a5", "Invalid value for option '--paper'", "--help"},
    };
    for (String[] c : cases) {
      for (String command : new String[] {"render", "check"}) {
        if (command.equals("check") && (c[0].equals("--font") || c[0].equals("--format"))) continue;
        Cli r = Cli.run(command, cv.toString(), c[0], c[1]);
        assertEquals(2, r.code(), r.both());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.both());
        assertTrue(lines.get(0).startsWith("cvpress " + command + ": error: ") && lines.get(0).contains(c[2]),
            r.both());
        assertTrue(lines.get(1).startsWith("hint: ") && lines.get(1).contains(c[3]), r.both());
      }
    }
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing is rendered");
  }

  @Test
  void renderingSeveralFormatsNamesEachOutputByItsPath() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nada@example.com\n\n## Work\n\n- x\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("render", cv.toString(), "--format", "pdf,html,txt", "-d", out.toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(r.out().startsWith(cv + " -> " + out.resolve("cv.pdf") + ", " + out.resolve("cv.html") + ", "
        + out.resolve("cv.txt") + " (1 page, "), r.both());
  }

  @Test
  void anOutputThatIsAFolderIsAUsageError() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nada@example.com\n\n## Work\n\n- x\n");
    Path folder = Files.createDirectory(dir.resolve("out"));
    Cli r = Cli.run("render", cv.toString(), "-o", folder.toString());
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().startsWith("cvpress render: error: -o " + folder + " is a folder"), r.both());
    assertTrue(r.err().contains("hint: write into the folder with `-d " + folder + "`"), r.both());
    assertFalse(Files.exists(dir.resolve("out.pdf")), r.both());
  }

  @Test
  void severalFilesEndWithASummary() throws Exception {
    Path a = Files.writeString(dir.resolve("a.md"), "# Ada Lovelace\n\nEngines.\n");
    Path b = Files.writeString(dir.resolve("b.md"), "# Grace Hopper\n\nCompilers.\n");
    Cli r = Cli.run(a.toString(), b.toString(), "--format", "txt");
    assertEquals(0, r.code(), r.both());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.both());
    assertTrue(lines.get(2).matches("render: 2 outputs written, 0 failed in \\d+\\.\\d s"), r.both());
    Cli one = Cli.run(a.toString(), "--format", "txt");
    assertEquals(1, one.out().lines().count(), "one file needs no summary\n" + one.both());
  }

  @Test
  void aResumeAndItsCoverLetterAreWrittenAsPdfAndWordTogether() throws Exception {
    Path cv = Files.writeString(dir.resolve("a.md"), "# Ada Lovelace\n\nEngines.\n");
    Path letter = Files.writeString(dir.resolve("letter.md"), "---\ntype: letter\nname: Ada Lovelace\n---\n\nDear"
        + " Charles,\n");
    Cli r = Cli.run(cv.toString(), letter.toString(), "--format", "pdf,docx");
    assertEquals(0, r.code(), r.both());
    for (String name : List.of("a.pdf", "a.docx", "letter.pdf", "letter.docx")) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name + "\n" + r.both());
    }
  }
}
