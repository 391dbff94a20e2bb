package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build checks its whole plan before it renders: a reason known from the start (a {@code cover-letter:} that is
 * no letter, a missing input, PDF/A without a PDF, a résumé given as the manifest) fails it with every problem at its
 * line, and nothing is written, nothing that was there is touched.
 */
class BuildPlanTest {
  private static final String LETTER = """
      ---
      type: letter
      name: Ada Lovelace
      recipient: Charles Babbage
      date: 2026-03-14
      salutation: Dear Charles,
      closing: Yours,
      ---

      I would like to program the analytical engine.
      """;

  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    Files.copy(TaggedResume.SOURCE, dir.resolve("resume.md"));
    Files.writeString(dir.resolve("letter.md"), LETTER, StandardCharsets.UTF_8);
  }

  private Path manifest(String yaml) throws IOException {
    return Files.writeString(dir.resolve("m.yaml"), yaml, StandardCharsets.UTF_8);
  }

  /** An output of an earlier build, which a refused build must leave as it was. */
  private byte[] earlierOutput(String name) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out")).resolve(name);
    byte[] earlier = "%PDF-1.7 an earlier build's output".getBytes(StandardCharsets.US_ASCII);
    Files.write(out, earlier);
    return earlier;
  }

  private void onlyTheEarlierOutputIsThere(String name, byte[] earlier) throws IOException {
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(java.util.List.of(name), files.map(p -> p.getFileName().toString()).toList());
    }
    assertArrayEquals(earlier, Files.readAllBytes(dir.resolve("out").resolve(name)));
  }

  @Test
  void aRedactedBuildRedactsItsCoverLetterTooInsteadOfRefusingHalfWay() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/{name}-a.txt
            format: [txt]
          - input: resume.md
            output: out/{name}-b.txt
            format: [txt]
            cover-letter: letter.md
        """);
    Cli r = Cli.run("build", m.toString(), "--redact");
    assertEquals(0, r.code(), r.both());
    try (var files = Files.list(dir.resolve("out"))) {
      var written = files.toList();
      assertEquals(3, written.size(), "two résumés and the letter: " + written);
      for (Path p : written) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertFalse(text.contains("Lovelace"), p + " keeps the sender's name:\n" + text);
      }
    }
  }

  @Test
  void aResumeAndItsCoverLetterAreBuiltAsWordDocuments() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/{name}.docx
            format: [docx]
            cover-letter: letter.md
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    try (var files = Files.list(dir.resolve("out"))) {
      var written = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(2, written.size(), written.toString());
      assertTrue(written.stream().allMatch(n -> n.endsWith(".docx")), written.toString());
    }
  }

  @Test
  void aCoverLetterThatIsNoLetterIsRefused() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/{name}.pdf
            cover-letter: resume.md
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertFalse(r.err().contains("would both write"), "no second error about the letter's file\n" + r.both());
    assertTrue(r.err().startsWith(m + ":4:19: error: `cover-letter: resume.md` is not a cover letter: its front"
        + " matter has no `type: letter`\n        cover-letter: resume.md\n                      ^\n"
        + "hint: add `type: letter`"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), r.both());
  }

  @Test
  void everyProblemOfThePlanIsListedAndNothingIsRendered() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: good.pdf
          - input: gone.md
          - input: resume.md
            output: word.docx
            format: [docx]
            pdfa: true
          - input: resume.md
            output: x.pdf
            cover-letter: resume.md
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    String err = r.err();
    int missing = err.indexOf(m + ":4:12: error: `input: gone.md`: file not found");
    int pdfa = err.indexOf(m + ":8:11: error: `pdfa: true` makes the PDF archival, but this output writes no PDF"
        + " (format: [docx])");
    int notLetter = err.indexOf(m + ":11:19: error: `cover-letter: resume.md` is not a cover letter");
    assertTrue(missing >= 0 && pdfa > missing && notLetter > pdfa, "all three, in manifest order\n" + r.both());
    assertFalse(Files.exists(dir.resolve("good.pdf")), "the good output waits for a plan without problems");
  }

  @Test
  void aResumeGivenAsTheManifestIsSaidToBeOne() throws Exception {
    Path cv = dir.resolve("resume.md");
    Cli md = Cli.run("build", cv.toString());
    assertEquals(1, md.code(), md.both());
    assertEquals(cv + ": error: resume.md is a résumé, not a build manifest\nhint: render it with `cvpress " + cv
        + "`; a manifest (cvpress.yaml) lists the outputs to build, see examples/cvpress.yaml\n", md.err());

    Cli letter = Cli.run("build", dir.resolve("letter.md").toString());
    assertTrue(letter.err().contains("letter.md is a cover letter, not a build manifest"), letter.both());

    Path json = Files.writeString(dir.resolve("cv.json"), "{\"basics\": {\"name\": \"Ada\"}}");
    Cli jsonResume = Cli.run("build", json.toString());
    assertTrue(jsonResume.err().contains("cv.json is a résumé (JSON Resume), not a build manifest"),
        jsonResume.both());

    Path yaml = Files.writeString(dir.resolve("cv.yaml"), "# RenderCV\ncv:\n  name: Ada Lovelace\n");
    Cli renderCv = Cli.run("build", yaml.toString());
    assertEquals(1, renderCv.code(), renderCv.both());
    assertTrue(renderCv.err().startsWith(yaml + ":2:1: error: cv.yaml is a résumé (RenderCV), not a build"
        + " manifest\n    cv:\n    ^\nhint: render it with `cvpress " + yaml + "`"), renderCv.both());
  }

  @Test
  void aManifestIsNotReadFromStandardInput() {
    Cli r = Cli.run("build", "-");
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith("-: error: a manifest is read from a file, not from standard input: its paths are"
        + " relative to its folder\n"), r.both());
  }

  @Test
  void theLanguagesOfOneOutputWithoutLangInItsNameAreNamedInTheCollision() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/cv.pdf
            lang: [en, de, fr]
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith(m + ":4:11: error: `lang:` makes one output per language, but `output: out/cv.pdf`"
        + " has no {lang}: en and de would both write out/cv.pdf\n"), r.both());
    assertTrue(r.err().contains("hint: put {lang} in `output:`, e.g. `output: out/cv-{lang}.pdf`"), r.both());
    assertEquals(1, r.err().split("error: ", -1).length - 1, "said once\n" + r.both());
    assertFalse(Files.exists(dir.resolve("out")), r.both());
  }

  @Test
  void anInputWithABrokenFrontMatterFailsThePlanBeforeAnythingIsWritten() throws Exception {
    Files.writeString(dir.resolve("broken.md"), "---\nname: [Ada\n---\n\n## Work\n", StandardCharsets.UTF_8);
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/good.pdf
          - input: broken.md
            output: out/broken.pdf
          - input: broken.md
            output: out/again.pdf
        """);
    Path report = dir.resolve("report.jsonl");
    Cli r = Cli.run("build", m.toString(), "--report", report.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith(dir.resolve("broken.md") + ":3:1: error: front matter is not valid YAML"), r.both());
    assertEquals(1, r.err().split("error: ", -1).length - 1, "said once for both outputs\n" + r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing rendered, not even the good output\n" + r.both());
    String line = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(line.startsWith("{\"input\":\"" + m.toString().replace('\\', '/') + "\",\"output\":null,"
        + "\"status\":\"invalid\""), line);
    assertTrue(line.contains("\"code\":\"front-matter-invalid\""), line);
  }

  @Test
  void aJsonResumeOrRenderCvFileThatDoesNotReadFailsThePlanBeforeAnythingIsWritten() throws Exception {
    Files.writeString(dir.resolve("cv.json"), "{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cv.yaml"), "cv:\n  name: Ada\n  sections: [oops\n", StandardCharsets.UTF_8);
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/good.pdf
          - input: cv.json
            output: out/json.pdf
          - input: cv.yaml
            output: out/rendercv.pdf
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(dir.resolve("cv.json") + ":4:"), r.both());
    assertTrue(r.err().contains(dir.resolve("cv.yaml") + ":"), r.both());
    assertFalse(r.err().contains("Exception"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing rendered, not even the good output\n" + r.both());
  }

  @Test
  void anOutputsThemePaperAndSetValuesAreCheckedAtTheirKeysBeforeAnythingIsWritten() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/good.pdf
          - input: resume.md
            output: out/bad.pdf
            theme: modren
            paper: a3
            set: {accent: notacolour, colr: x}
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    String err = r.err();
    int theme = err.indexOf(m + ":6:12: error: `theme: modren`: unknown theme `modren`");
    int paper = err.indexOf(m + ":7:12: error: `paper: a3`: `a3` is not allowed");
    int accent = err.indexOf(m + ":8:10: error: `set: accent`: `notacolour` is not allowed");
    int key = err.indexOf(m + ":8:10: error: `set: colr`: `colr` is neither a style option nor a front-matter key");
    assertTrue(theme >= 0 && paper > theme && accent > paper && key > accent, "all four, in order\n" + r.both());
    assertFalse(err.contains("--set") || err.contains("--theme"), "the manifest's words, not options'\n" + r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written\n" + r.both());
  }

  @Test
  void anInputWhoseOwnStyleCannotWorkFailsThePlanBeforeAnythingIsWritten() throws Exception {
    Files.writeString(dir.resolve("styled.md"), "---\nname: Jo\nstyle:\n  theme: modren\n---\n\n## Work\n",
        StandardCharsets.UTF_8);
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/good.pdf
          - input: styled.md
            output: out/styled.pdf
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith(dir.resolve("styled.md") + ":4:3: error: unknown theme `modren`"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing rendered, not even the good output\n" + r.both());
  }

  @Test
  void aReportThatIsAFolderIsAUsageErrorBeforeAnythingIsRendered() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    output: out/cv.pdf\n");
    Path folder = Files.createDirectory(dir.resolve("reports"));
    Cli r = Cli.run("build", m.toString(), "--report", folder.toString());
    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("--report " + folder + " is a folder; --report names the file to write"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), r.both());
  }

  @Test
  void anInvalidManifestIsWrittenToTheReportToo() throws Exception {
    Path m = manifest("outputs:\n  - inptu: resume.md\n");
    Path report = dir.resolve("report.jsonl");
    Cli r = Cli.run("build", m.toString(), "--report", report.toString());
    assertEquals(1, r.code(), r.both());
    String line = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(line.contains("\"status\":\"invalid\"") && line.contains("\"line\":2")
        && line.contains("unknown output key `inptu`") && line.endsWith("}\n"), line);
    assertEquals(1, line.split("\n").length, line);
  }
}
