package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input arguments: file names that look like patterns, patterns that are broken, names that hold escapes. */
class InputsTest {
  private static final String CV = "---\nname: Ada Lovelace\n---\n# Ada Lovelace\n\nAnalyst.\n";

  @TempDir Path dir;

  @Test
  void aFileWhoseNameHoldsGlobCharactersIsThatFile() throws Exception {
    Path input = Files.writeString(dir.resolve("cv[2024] {draft}.md"), CV);
    Cli r = Cli.run(input.toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(PdfInspect.text(Files.readAllBytes(dir.resolve("cv[2024] {draft}.pdf"))).contains("Ada Lovelace"));
  }

  @Test
  void aBrokenPatternIsAnErrorNamingItAndTheOtherInputsStillRender() throws Exception {
    Path good = Files.writeString(dir.resolve("good.md"), CV);
    String broken = dir.resolve("cv[.md").toString();
    Cli r = Cli.run(broken, good.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cv[.md: error: is neither a file nor a valid pattern"), r.both());
    assertFalse(r.err().contains("internal error"), r.both());
    assertTrue(Files.isRegularFile(dir.resolve("good.pdf")), r.both());
  }

  @Test
  void patternsStillExpand() throws Exception {
    Files.writeString(dir.resolve("a.md"), CV);
    Files.writeString(dir.resolve("b.md"), CV);
    Inputs.Expanded e = Inputs.expand(List.of(dir.resolve("*.md").toString()));
    assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.md")), e.files());
  }

  @Test
  void aFileNameWithAnEscapeSequenceReachesTheReportLineEscaped() throws Exception {
    Path input = Files.writeString(dir.resolve("evil\u001b]0;pwned\u0007\u001b[2J.md"), CV);
    Cli r = Cli.run(input.toString());
    assertEquals(0, r.code(), r.both());
    assertFalse(r.out().contains("\u001b"), r.both());
    assertTrue(r.out().contains("evil\\x1B]0;pwned\\x07\\x1B[2J.md -> "), r.both());
  }
}
