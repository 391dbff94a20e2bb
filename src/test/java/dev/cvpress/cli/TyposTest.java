package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt command, option, tag or manifest placeholder is named as such, with what was meant. */
class TyposTest {
  @TempDir Path dir;

  @Test
  void aMisspeltCommand() {
    Cli r = Cli.run("rendr", "cv.md");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().startsWith("cvpress: error: unknown command `rendr`\nhint: did you mean `cvpress render`?"), r.err());
    assertEquals(2, r.err().lines().count(), "one line and a hint:\n" + r.err());
    assertEquals(2, Cli.run("themse").code());
    assertTrue(Cli.run("chekc", "cv.md").err().contains("did you mean `cvpress check`?"));
  }

  @Test
  void aFileNamedLikeATypoIsRendered() throws Exception {
    Path old = Path.of("").toAbsolutePath();
    // A file that exists is a file, whatever it is called: `cvpress rendr` renders ./rendr.
    Path file = dir.resolve("rendr");
    Files.writeString(file, "# Ada\n\nText\n");
    assertEquals(null, UnknownCommand.meant(file.toString()), "a path is never a command");
    assertEquals("render", UnknownCommand.meant("rendr"));
    assertEquals(null, UnknownCommand.meant("resume"), "too far from every command");
    assertEquals(null, UnknownCommand.meant("cv.md"));
    assertEquals(old, Path.of("").toAbsolutePath());
  }

  @Test
  void aMisspeltOption() {
    Cli alone = Cli.run("--vresion");
    assertEquals(2, alone.code(), alone.both());
    assertTrue(alone.err().contains("error: unknown option `--vresion`"), alone.err());
    assertTrue(alone.err().contains("hint: did you mean `--version`?"), alone.err());
    assertFalse(alone.err().contains("FILE"), "not reported as a missing file:\n" + alone.err());
    Cli withFile = Cli.run("check", "cv.md", "--max-pagse", "1");
    assertEquals(2, withFile.code(), withFile.both());
    assertTrue(withFile.err().contains("did you mean `--max-pages`?"), withFile.err());
  }

  @Test
  void aTagThatMatchesNothingWarnsWithTheKnownTags() throws Exception {
    Path out = dir.resolve("cv.txt");
    Cli r = Cli.run(TaggedResume.SOURCE.toString(), "--tags", "bakend", "--format", "txt", "-o", out.toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(r.err().contains("warning: no content is tagged `bakend`"), r.err());
    assertTrue(r.err().contains("did you mean `backend`? the résumé's tags are"), r.err());
    Cli known = Cli.run(TaggedResume.SOURCE.toString(), "--tags", "backend", "--format", "txt", "-o",
        out.toString());
    assertFalse(known.err().contains("no content is tagged"), known.err());
  }

  @Test
  void aMisspeltPlaceholderIsAnErrorNotAFileName() throws Exception {
    Files.writeString(dir.resolve("cv.md"), "# Ada\n\nText\n");
    Path manifest = Files.writeString(dir.resolve("cvpress.yaml"), "outputs:\n  - input: cv.md\n"
        + "    output: out/{nmae}.txt\n    format: [txt]\n");
    Cli r = Cli.run("build", manifest.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cvpress.yaml:3:"), r.err());
    assertTrue(r.err().contains("`{nmae}` in `output: out/{nmae}.txt` is not a placeholder"), r.err());
    assertTrue(r.err().contains("did you mean `{name}`?"), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }
}
