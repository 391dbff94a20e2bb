package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.render.pdf.PdfInspect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--lang` on render, check and convert, and `lang:` in a manifest: one output per language of one source. */
class LanguagesCliTest {
  @TempDir Path dir;
  private Path cv;

  @BeforeEach
  void copy() throws Exception {
    cv = Files.copy(Path.of("examples/bilingual.md"), dir.resolve("cv.md"));
  }

  private static String pdfText(Path pdf) throws Exception {
    return PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(pdf)));
  }

  @Test
  void aManifestBuildsOneOutputPerLanguage() throws Exception {
    Path m = Files.writeString(dir.resolve("cvpress.yaml"), """
        outputs:
          - input: cv.md
            output: out/{name}-{lang}.pdf
            lang: [en, de]
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    String en = pdfText(dir.resolve("out/cv-en.pdf"));
    String de = pdfText(dir.resolve("out/cv-de.pdf"));
    assertTrue(en.contains("Experience") && en.contains("Mar 2021 – Present") && !en.contains("Berufserfahrung"), en);
    assertTrue(de.contains("Berufserfahrung") && de.contains("März 2021 – heute") && !de.contains("Experience"), de);
  }

  @Test
  void langInAnOutputPathNeedsLangInTheOutput() throws Exception {
    Path m = Files.writeString(dir.resolve("cvpress.yaml"), """
        outputs:
          - input: cv.md
            output: out/{name}-{lang}.pdf
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cvpress.yaml:3:13: error: `output: out/{name}-{lang}.pdf` names {lang}"), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
  }

  @Test
  void aBadLanguageInAManifestIsAnErrorAtItsValue() throws Exception {
    Path m = Files.writeString(dir.resolve("cvpress.yaml"), "outputs:\n  - input: cv.md\n    lang: [en, de/x]\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cvpress.yaml:3:11: error: `lang: de/x` is not a language"), r.err());
  }

  @Test
  void renderAndCheckTakeLang() throws Exception {
    Path out = dir.resolve("de.pdf");
    Cli r = Cli.run("render", cv.toString(), "--lang", "de", "-o", out.toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(pdfText(out).contains("Berufserfahrung"));
    assertEquals(0, Cli.run("check", cv.toString(), "--lang", "de").code());
    Cli fr = Cli.run("check", cv.toString(), "--lang", "fr");
    assertEquals(3, fr.code(), fr.both());
    assertTrue(fr.err().contains("--lang fr: warning: nothing in the résumé is in `fr`"), fr.err());
  }

  @Test
  void aLangThatIsNoLanguageTagIsAUsageError() {
    Cli r = Cli.run("render", cv.toString(), "--lang", "../de");
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("expected a language tag such as en, de or pt-BR"), r.err());
  }

  @Test
  void convertWritesOneLanguageToJsonResume() throws Exception {
    Path json = dir.resolve("cv.json");
    Cli r = Cli.run("convert", cv.toString(), "--lang", "de", "-o", json.toString());
    assertEquals(0, r.code(), r.both());
    String text = Files.readString(json, StandardCharsets.UTF_8);
    JsonNode root = new ObjectMapper().readTree(text);
    assertEquals("Backend-Entwicklerin · Zahlungs- und Datenplattformen", root.at("/basics/label").asText());
    assertEquals(List.of("Senior Backend-Entwicklerin", "Backend-Entwicklerin"),
        List.of(root.at("/work/0/position").asText(), root.at("/work/1/position").asText()));
    assertEquals("de", root.at("/meta/cvpress/lang").asText());
    assertFalse(text.contains("lang=") || text.contains("lang:") || text.contains("Fintory GmbH | Mar"),
        "one language, no marks: " + text);
  }

  @Test
  void convertingToJsonResumeWithoutLangNamesTheLanguagesLeftOut() throws Exception {
    Path json = dir.resolve("cv.json");
    Cli r = Cli.run("convert", cv.toString(), "--to", "json");
    assertEquals(0, r.code(), r.both());
    assertTrue(r.err().contains(cv + ": warning: a JSON Resume holds one language: this is the `en` version; `de` is"
        + " left out"), r.err());
    assertTrue(r.err().contains("hint: convert each language with --lang, e.g. `--lang de -o cv.de.json`"), r.err());
    assertEquals("Backend engineer · payments and data platforms",
        new ObjectMapper().readTree(Files.readString(json)).at("/basics/label").asText());
    // Asked for one language, or Markdown that keeps them all: nothing is left out unasked.
    Cli de = Cli.run("convert", cv.toString(), "--lang", "de", "-o", dir.resolve("de.json").toString());
    assertFalse(de.err().contains("left out"), de.err());
    Cli md = Cli.run("convert", cv.toString(), "-o", dir.resolve("all.md").toString());
    assertFalse(md.err().contains("left out"), md.err());
  }

  @Test
  void aResumeInOneLanguageConvertsWithoutThatWarning() throws Exception {
    Path one = Files.writeString(dir.resolve("one.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\n---\n\n"
        + "## Experience\n\n- Wrote the first program.\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("convert", one.toString(), "--to", "json");
    assertEquals(0, r.code(), r.both());
    assertFalse(r.err().contains("warning"), r.err());
  }

  @Test
  void langOnAJsonResumeSaysItHoldsOneLanguage() throws Exception {
    Path json = dir.resolve("cv.json");
    assertEquals(0, Cli.run("convert", cv.toString(), "--lang", "en", "-o", json.toString()).code());
    Cli convert = Cli.run("convert", json.toString(), "--lang", "de", "-o", dir.resolve("back.md").toString());
    assertEquals(0, convert.code(), convert.both());
    assertTrue(convert.err().contains("--lang de: warning: a JSON Resume holds one language, and this one is in `en`:"
        + " there is no `de` version to choose; it is converted as it is"), convert.err());
    Cli render = Cli.run("render", json.toString(), "--lang", "de", "--format", "txt");
    assertEquals(0, render.code(), render.both());
    assertTrue(render.err().contains("--lang de: warning: a JSON Resume holds one language, and this one is in `en`"),
        render.err());
    // Its own language is no mistake.
    Cli en = Cli.run("convert", json.toString(), "--lang", "en", "-o", dir.resolve("en.md").toString());
    assertFalse(en.err().contains("holds one language"), en.err());
  }
}
