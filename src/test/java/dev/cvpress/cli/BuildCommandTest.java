package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress build MANIFEST`: every output a manifest lists, in one process, paths relative to the manifest. */
class BuildCommandTest {
  private static final String BACKEND_HEADLINE = "Backend engineer — Go, Kafka";

  @TempDir Path dir;

  @BeforeEach
  void copyResume() throws IOException {
    Files.copy(TaggedResume.SOURCE, dir.resolve("resume.md"));
  }

  private Path manifest(String yaml) throws IOException {
    return Files.writeString(dir.resolve("m.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> withHeadline(List<String> lines, String headline) {
    List<String> out = new ArrayList<>(lines);
    out.set(1, headline);
    return out;
  }

  @Test
  void threeVariantsGiveThreePdfsThatDifferByTheTaggedContent() throws Exception {
    // The working directory is the project, not the manifest's folder: paths must be read relative to the manifest.
    Path m = manifest("""
        defaults:
          theme: modern
        outputs:
          - input: resume.md
            output: out/{name}-backend.pdf
            tags: [backend]
            set: {headline: "%s"}
          - input: resume.md
            output: out/{name}-{tags}-{paper}.pdf
            paper: letter
            tags: cloud
            format: [pdf, txt]
          - input: resume.md
            output: out/{name}-{theme}-current.pdf
            exclude-tags: [old]
        """.formatted(BACKEND_HEADLINE));
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    Path out = dir.resolve("out");
    assertEquals(List.of("resume-backend.pdf", "resume-cloud-letter.pdf", "resume-cloud-letter.txt",
        "resume-modern-current.pdf"), files(out));

    List<String> backend = TaggedResume.pdfLines(out.resolve("resume-backend.pdf"));
    List<String> cloud = TaggedResume.pdfLines(out.resolve("resume-cloud-letter.pdf"));
    List<String> current = TaggedResume.pdfLines(out.resolve("resume-modern-current.pdf"));
    assertEquals(withHeadline(TaggedResume.expected(Set.of("backend"), Set.of()), BACKEND_HEADLINE), backend,
        "`set: {headline: …}` replaces the headline; the rest is the backend version");
    assertEquals(TaggedResume.expected(Set.of("cloud"), Set.of()), cloud);
    assertEquals(TaggedResume.expected(Set.of(), Set.of("old")), current);
    assertNotEquals(cloud, current);

    String txt = Files.readString(out.resolve("resume-cloud-letter.txt"), StandardCharsets.UTF_8);
    assertTrue(txt.contains("AWS certified Solutions Architect") && !txt.contains("Kafka"), txt);

    try (PDDocument letter = Loader.loadPDF(Files.readAllBytes(out.resolve("resume-cloud-letter.pdf")));
        PDDocument a4 = Loader.loadPDF(Files.readAllBytes(out.resolve("resume-backend.pdf")))) {
      assertEquals(PDRectangle.LETTER.getWidth(), letter.getPage(0).getMediaBox().getWidth(), 1);
      assertEquals(PDRectangle.A4.getWidth(), a4.getPage(0).getMediaBox().getWidth(), 1);
    }

    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), "one line per output, then the summary\n" + r.both());
    assertTrue(lines.get(3).startsWith("build: 3 outputs written, 0 failed, 0 skipped in "), r.both());
    assertTrue(lines.get(0).contains("resume-backend.pdf") && lines.get(1).contains("resume-cloud-letter.pdf")
        && lines.get(2).contains("resume-modern-current.pdf"), "in manifest order\n" + r.both());
  }

  @Test
  void theExampleManifestBuilds() throws Exception {
    Path example = dir.resolve("example");
    Files.createDirectory(example);
    Files.copy(Path.of("examples/cvpress.yaml"), example.resolve("cvpress.yaml"));
    Files.copy(Path.of("examples/jane-doe.md"), example.resolve("jane-doe.md"));
    Files.copy(Path.of("examples/letter.md"), example.resolve("letter.md"));
    Cli r = Cli.run("build", example.resolve("cvpress.yaml").toString());
    assertEquals(0, r.code(), r.both());
    List<String> made = files(example.resolve("out"));
    assertEquals(List.of("jane-doe-backend.pdf", "jane-doe-backend.txt", "jane-doe-platform.pdf",
        "jane-doe-sre-letter.pdf", "letter-platform.pdf"), made);
    // The cover letter of the platform version: its paragraphs chosen by the same tags, the same headline.
    String letter = PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(example.resolve(
        "out/letter-platform.pdf"))));
    assertTrue(letter.startsWith("Jane Doe Staff Engineer · developer platforms, Kubernetes and delivery tooling"),
        letter);
    assertTrue(letter.contains("progressive delivery") && !letter.contains("Thanos"), letter);
    String platform = PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(example.resolve(
        "out/jane-doe-platform.pdf"))));
    String sre = PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(example.resolve("out/jane-doe-sre-letter.pdf"))));
    assertTrue(platform.contains("developer platforms, Kubernetes and delivery tooling"), platform);
    assertTrue(sre.contains("reliability, observability and incident management"), sre);
    assertTrue(platform.contains("progressive delivery") && !platform.contains("Thanos"), platform);
    assertTrue(sre.contains("Thanos") && !sre.contains("progressive delivery"), sre);
  }

  @Test
  void aCoverLetterIsNamedBesideItsResumeAndStaysInTheFolder() throws Exception {
    Files.writeString(dir.resolve("acme.md"), "---\ntype: letter\nresume: resume.md\ndate: 2026-05-02\n"
        + "recipient: Acme\nsalutation: Dear Acme,\nclosing: Sincerely,\n---\n\nA letter for Acme.\n");
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/cv.pdf
            cover-letter: acme.md
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    assertEquals(List.of("cv-acme.pdf", "cv.pdf"), files(dir.resolve("out")));
    assertTrue(PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(dir.resolve("out/cv-acme.pdf"))))
        .endsWith("A letter for Acme. Sincerely, Ada Lovelace"));
    for (String f : files(dir.resolve("out"))) Files.delete(dir.resolve("out").resolve(f));
    Files.delete(dir.resolve("out"));

    assertPositioned(Cli.run("build", manifest("""
        outputs:
          - input: resume.md
            cover-letter: ../elsewhere.md
        """).toString()), 3, "`cover-letter: ../elsewhere.md` leads out of the manifest's folder");
  }

  private static final Pattern POSITIONED = Pattern.compile("(?m)^\\S*m\\.yaml:(\\d+):(\\d+): error: ");

  private void assertPositioned(Cli r, int line, String message) {
    assertEquals(1, r.code(), r.both());
    var m = Pattern.compile("(?m)^\\S*m\\.yaml:" + line + ":(\\d+): error: [^\\n]*" + Pattern.quote(message))
        .matcher(r.err());
    assertTrue(m.find(), "expected m.yaml:" + line + ":COL: error: …" + message + "\n" + r.both());
    assertTrue(Integer.parseInt(m.group(1)) >= 1, r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing is rendered from a bad manifest");
  }

  @Test
  void invalidYamlIsPositioned() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    output: out/a.pdf: b\n");
    Cli r = Cli.run("build", m.toString());
    assertPositioned(r, 3, "manifest is not valid YAML");
    assertTrue(r.err().contains("    output: out/a.pdf: b\n"), "the source line is shown\n" + r.both());
  }

  @Test
  void unknownOutputKeyIsPositionedAtTheKey() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    tag: [backend]\n");
    Cli r = Cli.run("build", m.toString());
    assertPositioned(r, 3, "unknown output key `tag`");
    var pos = POSITIONED.matcher(r.err());
    assertTrue(pos.find());
    assertEquals("5", pos.group(2), "column of the key\n" + r.both());
    assertTrue(r.err().contains("tags"), "the hint lists the keys\n" + r.both());
  }

  @Test
  void outputWithoutInputIsPositioned() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n  - output: x.pdf\n    tags: [a]\n");
    assertPositioned(Cli.run("build", m.toString()), 3, "no `input:`");
  }

  @Test
  void notANumberIsPositioned() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    max-pages: two\n");
    assertPositioned(Cli.run("build", m.toString()), 3, "`max-pages: two` is not a page count");
  }

  @Test
  void aPageCountBelowOneIsPositioned() throws Exception {
    for (String bad : List.of("max-pages: 0", "max-pages: -1", "fit-pages: 0")) {
      Path m = manifest("outputs:\n  - input: resume.md\n    " + bad + "\n");
      Cli r = Cli.run("build", m.toString());
      assertPositioned(r, 3, "`" + bad + "` is not a page count");
      assertTrue(r.err().contains("hint: write a whole number of pages, 1 or more"), r.both());
    }
  }

  @Test
  void noOutputsIsAnError() throws Exception {
    Path m = manifest("defaults:\n  theme: modern\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("needs an `outputs:` list"), r.both());
    assertTrue(POSITIONED.matcher(r.err()).find(), r.both());
  }

  @Test
  void unknownFormatIsPositionedAtItsOutput() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    format: [pdf, odt]\n");
    assertPositioned(Cli.run("build", m.toString()), 3, "unknown format `odt`");
  }

  @Test
  void anOutputWhoseExtensionItsFormatLeavesOutIsAnErrorAtItsLine() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    output: out/good.pdf\n"
        + "  - input: resume.md\n    output: out/cv.docx\n    format: [pdf]\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith(m + ":5:13: error: `output: out/cv.docx` names a .docx file, but `format: [pdf]`"
        + " does not write one\n"), r.both());
    assertTrue(r.err().contains("hint: leave out `format:` (the extension of `output:` picks the format), or add"
        + " docx to it"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written\n" + r.both());
  }

  @Test
  void theNameOfAnyMarkdownInputLosesItsExtension() throws Exception {
    Files.copy(dir.resolve("resume.md"), dir.resolve("cv.mdown"));
    Path m = manifest("outputs:\n  - input: cv.mdown\n    output: out/{name}.txt\n    format: [txt, HTML]\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    assertEquals(List.of("cv.html", "cv.txt"), files(dir.resolve("out")));
  }

  @Test
  void twoOutputsToTheSameFileAreAnError() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    output: cv.pdf\n    tags: [backend]\n"
        + "  - input: resume.md\n    output: cv.pdf\n    tags: [cloud]\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cv.pdf"), r.both());
  }

  @Test
  void missingManifest() {
    Cli r = Cli.run("build", dir.resolve("nope.yaml").toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("manifest not found"), r.both());
  }

  @Test
  void aMissingInputFailsTheBuildBeforeAnythingIsWritten() throws Exception {
    Path m = manifest("outputs:\n  - input: resume.md\n    output: ok.pdf\n  - input: gone.md\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertFalse(Files.exists(dir.resolve("ok.pdf")), "a build known to fail writes nothing\n" + r.both());
    assertTrue(r.err().contains(m + ":4:12: error: `input: gone.md`: file not found"), r.both());
  }

  @Test
  void pageLimitInTheManifestIsACheckFailure() throws Exception {
    Files.copy(Path.of("examples/about-me.md"), dir.resolve("long.md"));
    Path m = manifest("outputs:\n  - input: long.md\n    max-pages: 1\n");
    Cli r = Cli.run("build", m.toString());
    assertEquals(3, r.code(), r.both());
    assertTrue(r.err().contains("more than --max-pages 1"), r.both());
    assertFalse(Files.exists(dir.resolve("long.pdf")), "nothing is written past the limit");
  }

  @Test
  void anOutputIsNamedAsWrittenAndItsExtensionPicksTheFormat() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/CV.PDF
          - input: resume.md
            output: out/Word.Docx
          - input: resume.md
            output: out/both.TXT
            format: [pdf, txt]
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(0, r.code(), r.both());
    assertEquals(List.of("CV.PDF", "Word.Docx", "both.TXT", "both.pdf"), files(dir.resolve("out")));
    byte[] docx = Files.readAllBytes(dir.resolve("out/Word.Docx"));
    assertEquals('P', docx[0], "a Word document (a zip), not a PDF named .Docx");
  }

  @Test
  void anOutputThatIsOnlyAnExtensionIsAnErrorAtItsLine() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/.pdf
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(m + ":3:13: error: `output: out/.pdf` names no file, only an extension"), r.both());
    assertTrue(r.err().contains("hint: name the file, e.g. `output: out/{name}.pdf`"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    assertFalse(Files.exists(dir.resolve("out.pdf")), "nothing written beside the folder");
  }

  @Test
  void anOutputNamingAFolderOrAResumesFormatIsAnErrorAtItsLine() throws Exception {
    Path m = manifest("""
        outputs:
          - input: resume.md
            output: out/
          - input: resume.md
            output: copy.md
          - input: resume.md
            output: cv.json
        """);
    Cli r = Cli.run("build", m.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(m + ":3:13: error: `output: out/` names a folder, not a file"), r.both());
    assertTrue(r.err().contains("hint: name the file in the folder, e.g. `output: out/{name}.pdf`"), r.both());
    assertTrue(r.err().contains(m + ":5:13: error: `output: copy.md` names a Markdown file, which build does not"
        + " write"), r.both());
    assertTrue(r.err().contains("hint: `cvpress convert resume.md -o copy.md` writes Markdown"), r.both());
    assertTrue(r.err().contains(m + ":7:13: error: `output: cv.json` names a JSON Resume file"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    assertFalse(Files.exists(dir.resolve("copy.md.pdf")), "nothing written");
    Path dot = manifest("outputs:\n  - input: resume.md\n    output: \".\"\n");
    Cli d = Cli.run("build", dot.toString());
    assertEquals(1, d.code(), d.both());
    assertTrue(d.err().contains("`output: .` names a folder, not a file"), d.both());
    assertFalse(Files.exists(dir.resolve("..pdf")), "no hidden file written");
  }
}
