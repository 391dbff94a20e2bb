package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.render.pdf.PdfText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --redact} on render and build, and {@code redact:} in a manifest. */
class RedactCommandTest {
  @TempDir Path dir;

  private Path resume() throws Exception {
    return Files.copy(Path.of("examples/jane-doe.md"), dir.resolve("jane-doe.md"));
  }

  private static String text(Path pdf) throws Exception {
    return PdfText.read(Files.readAllBytes(pdf)).byPosition();
  }

  @Test
  void aModeIsTakenOnlyByItsNameSoTheFileAfterTheFlagStaysTheInput() throws Exception {
    Path cv = resume();
    Cli initials = Cli.run("render", "--redact", cv.toString(), "-o", dir.resolve("a.pdf").toString());
    assertEquals(0, initials.code(), initials.both());
    assertTrue(text(dir.resolve("a.pdf")).startsWith("J. D."));
    Cli placeholder = Cli.run("render", "--redact=placeholder", cv.toString(), "-o", dir.resolve("b.pdf").toString(),
        "--format", "pdf,txt");
    assertEquals(0, placeholder.code(), placeholder.both());
    assertTrue(text(dir.resolve("b.pdf")).startsWith("Candidate"));
    String txt = Files.readString(dir.resolve("b.txt"), StandardCharsets.UTF_8);
    assertTrue(txt.startsWith("Candidate"), txt);
    assertFalse(txt.contains("jane@example.com"), txt);
    assertTrue(Cvpress.embeddedFiles(Files.readAllBytes(dir.resolve("b.pdf"))).isEmpty());
  }

  @Test
  void aManifestRedactsPerOutputAndRefusesAnUnknownMode() throws Exception {
    resume();
    Path manifest = Files.writeString(dir.resolve("cvpress.yaml"), """
        outputs:
          - input: jane-doe.md
            output: blind.pdf
            redact: placeholder
          - input: jane-doe.md
            output: named.pdf
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("build", manifest.toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(text(dir.resolve("blind.pdf")).startsWith("Candidate"));
    assertTrue(text(dir.resolve("named.pdf")).startsWith("Jane Doe"));

    Cli all = Cli.run("build", "--redact", manifest.toString());
    assertEquals(0, all.code(), all.both());
    assertTrue(text(dir.resolve("named.pdf")).startsWith("J. D."));

    Files.writeString(manifest, Files.readString(manifest).replace("redact: placeholder", "redact: maybe"));
    Cli bad = Cli.run("build", manifest.toString());
    assertEquals(1, bad.code(), bad.both());
    assertTrue(bad.err().contains("cvpress.yaml:4:13: error: `redact: maybe` is not a redaction"), bad.both());
  }

  @Test
  void aWordAfterTheFlagIsAModeAFileOrAUsageErrorNamingBoth() throws Exception {
    Path cv = resume();
    Cli neither = Cli.run("render", "--redact", dir.resolve("plaeholder").toString(), cv.toString());
    assertEquals(2, neither.code(), neither.both());
    assertTrue(neither.err().contains("after --redact is neither a redaction mode (initials, placeholder) nor an"
        + " existing file"), neither.both());
    Cli unknown = Cli.run("render", "--redact=plaeholder", cv.toString());
    assertEquals(2, unknown.code(), unknown.both());
    assertTrue(unknown.err().contains("unknown --redact mode `plaeholder`"), unknown.both());
    assertFalse(Files.exists(dir.resolve("jane-doe.pdf")), "nothing is written");
  }

  @Test
  void theExampleBuildWithItsCoverLetterIsRedactedWhole() throws Exception {
    Path examples = dir.resolve("examples");
    Files.createDirectories(examples);
    for (String f : new String[] {"cvpress.yaml", "jane-doe.md", "letter.md"}) {
      Files.copy(Path.of("examples", f), examples.resolve(f));
    }
    Cli r = Cli.run("build", examples.resolve("cvpress.yaml").toString(), "--redact");
    assertEquals(0, r.code(), r.both());
    Path letter = examples.resolve("out/letter-platform.pdf");
    String text = text(letter);
    assertTrue(text.startsWith("J. D."), text);
    assertTrue(text.contains("Priya Raman"), "the recipient stays: " + text);
    assertTrue(Cvpress.embeddedFiles(Files.readAllBytes(letter)).isEmpty());
    try (var outputs = Files.list(examples.resolve("out"))) {
      for (Path out : outputs.toList()) {
        String said = out.toString().endsWith(".pdf") ? text(out) : Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(said.matches("(?s).*\\b(Jane|Doe|janedoe)\\b.*"), out + ": " + said);
      }
    }
  }

  @Test
  void checkSearchesTheRedactedCopyOrTheCommittedPdfForThePerson() throws Exception {
    Path cv = resume();
    Cli clean = Cli.run("check", "--redact", cv.toString(), "--no-spell");
    assertEquals(0, clean.code(), clean.both());
    assertTrue(clean.err().contains("note: the redacted PDF was searched for"), clean.both());
    Path named = dir.resolve("named.pdf");
    assertEquals(0, Cli.run("render", cv.toString(), "-o", named.toString()).code());
    // A PDF that is some other render without redaction: each trace of the person in it, and out of date.
    Path other = dir.resolve("other.pdf");
    assertEquals(0, Cli.run("render", cv.toString(), "--theme", "compact", "-o", other.toString()).code());
    Cli leaky = Cli.run("check", "--redact", cv.toString(), "--no-spell", "--pdf", other.toString());
    assertEquals(3, leaky.code(), leaky.both());
    assertTrue(leaky.err().contains("error: `jane@example.com`, the person's, is still in the redacted PDF's text"),
        leaky.both());
    assertTrue(leaky.err().contains(other + ": error: out of date: it differs from a fresh render of " + cv
        + " with --redact"), leaky.both());
  }

  @Test
  void checkSaysOnceThatTheCommittedPdfIsTheRenderWithoutRedaction() throws Exception {
    Path cv = resume();
    Path named = dir.resolve("named.pdf");
    assertEquals(0, Cli.run("render", cv.toString(), "-o", named.toString()).code());
    Cli r = Cli.run("check", "--redact", cv.toString(), "--no-spell", "--pdf", named.toString());
    assertEquals(3, r.code(), r.both());
    assertEquals(named + ": error: not redacted: it is the current render of " + cv + " without --redact\n"
        + "hint: render the copy to send with `cvpress render " + cv + " --redact -o " + named + "`\n", r.err());
    assertEquals(cv + ": 1 problem (1 page)\n", r.out());
    Path blind = dir.resolve("blind.pdf");
    assertEquals(0, Cli.run("render", cv.toString(), "--redact", "-o", blind.toString()).code());
    Cli sent = Cli.run("check", "--redact", cv.toString(), "--no-spell", "--pdf", blind.toString());
    assertEquals(0, sent.code(), sent.both());
    assertTrue(sent.both().contains("is up to date"), sent.both());
  }
}
