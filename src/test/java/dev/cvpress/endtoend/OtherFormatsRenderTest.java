package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputNames;
import dev.cvpress.formats.linkedin.ExportFixture;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A RenderCV file and a LinkedIn export render directly to PDF, as the Markdown {@code cvpress convert} writes
 * from them: the PDF's text has what the source has, in order; a problem points into the source.
 */
class OtherFormatsRenderTest {
  @TempDir Path dir;

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void renderCvExampleRendersToPdf() throws Exception {
    Path cv = dir.resolve("cv.yaml");
    Files.copy(Path.of("src/test/resources/rendercv/John_Doe_ModerncvTheme_CV.yaml"), cv);
    Rendered r = Cvpress.render(cv, Options.defaults());
    String text = words(PdfText.read(r.pdf()).inDrawingOrder());
    int at = 0;
    for (String s : List.of("John Doe", "john.doe@email.com", "Welcome to RenderCV", "Education",
        "PhD in Computer Science", "Princeton University", "Sep 2018 – May 2023", "Experience", "Nexus AI",
        "Jun 2023 – Present", "ICML 2022 main conference paper", "FlashInfer", "Publications",
        "Sparse Mixture-of-Experts at Scale", "Selected Honors", "ML Frameworks:", "Patents", "Invited Talks",
        "Scaling Laws for Efficient Inference")) {
      int found = text.indexOf(s, at);
      assertTrue(found >= 0, "not in the PDF after the previous: " + s + "\n" + text);
      at = found;
    }
    assertEquals("ledger", String.valueOf(r.resume().meta().style().get("theme")), "moderncv maps to ledger");
  }

  @Test
  void linkedInExportRendersToPdfWithItsMarkdownInside() throws Exception {
    Path zip = dir.resolve("Basic_LinkedInDataExport_12-07-2026.zip");
    Files.write(zip, ExportFixture.zip(ExportFixture.files()));
    Rendered r = Cvpress.render(zip, Options.defaults());
    String text = words(PdfText.read(r.pdf()).inDrawingOrder());
    int at = 0;
    for (String s : List.of("Katharina Vogt", "Senior Marketing Manager", "k.vogt@example.com", "Summary",
        "Experience", "Northwind GmbH", "Jan 2020 – Present", "Cut cost per lead by 30%, in one year",
        "Contoso AG", "Education", "Universität Hamburg", "Projects", "Relaunch", "Volunteering",
        "Certifications", "Google Ads Search", "Publications", "Honors & Awards", "Skills", "B2B Marketing, SEO",
        "Languages", "German")) {
      int found = text.indexOf(s, at);
      assertTrue(found >= 0, "not in the PDF after the previous: " + s + "\n" + text);
      at = found;
    }
    assertTrue(!text.contains("Musterweg") && !text.contains("a private message"), text);
    // Not the export (it holds messages and connections too): the résumé written from it, as Markdown and JSON.
    var embedded = Cvpress.embeddedFiles(r.pdf());
    assertEquals(List.of("Basic_LinkedInDataExport_12-07-2026.json", "Basic_LinkedInDataExport_12-07-2026.md"),
        embedded.stream().map(f -> f.name()).toList());
    String md = new String(Cvpress.convert(Cvpress.Input.read(zip), InputNames.Format.MARKDOWN).bytes(),
        StandardCharsets.UTF_8);
    assertEquals(md, new String(embedded.get(1).bytes(), StandardCharsets.UTF_8));
    assertArrayEquals(Cvpress.convert(Cvpress.Input.read(zip), InputNames.Format.JSON_RESUME).bytes(),
        embedded.get(0).bytes());
  }

  @Test
  void aManifestGivenAsAResumeIsToldApart() throws Exception {
    Path manifest = dir.resolve("cvpress.yaml");
    Files.writeString(manifest, "outputs:\n  - input: cv.md\n");
    CvpressException e = org.junit.jupiter.api.Assertions.assertThrows(CvpressException.class,
        () -> Cvpress.render(manifest, Options.defaults()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Code.RENDERCV_INVALID, d.code());
    assertTrue(d.hint().contains("cvpress build"), d.hint());
  }

  @Test
  void aYamlErrorShowsItsLine() throws Exception {
    Path cv = dir.resolve("cv.yaml");
    Files.writeString(cv, "cv:\n  name: Ada\n  sections:\n    experience:\n      - company: [Acme\n");
    CvpressException e = org.junit.jupiter.api.Assertions.assertThrows(CvpressException.class,
        () -> Cvpress.render(cv, Options.defaults()));
    String shown = e.diagnostics().get(0).format();
    assertTrue(shown.startsWith(cv + ":6:1: error: not valid YAML"), shown);
  }
  @Test
  void aPhoneLabelledMobileKeepsItsKindInEveryOutputAndBack() throws Exception {
    Path md = dir.resolve("cv.md");
    Files.writeString(md, "# Ada Lovelace\n\nMobile: +44 7700 900123 | ada@example.com\n\n## Experience\n\n"
        + "### Analyst — Babbage & Co | 1842 – 1843\n\n- Wrote the first program\n");
    Rendered r = Cvpress.render(md, Options.defaults());
    assertTrue(words(PdfText.read(r.pdf()).inDrawingOrder()).contains("+44 7700 900123 (mobile)"), "the PDF");
    assertTrue(r.text().contains("+44 7700 900123 (mobile)"), r.text());
    for (InputNames.Format to : List.of(InputNames.Format.MARKDOWN, InputNames.Format.JSON_RESUME,
        InputNames.Format.RENDERCV)) {
      byte[] written = Cvpress.convert(Cvpress.Input.read(md), to).bytes();
      assertTrue(new String(written, StandardCharsets.UTF_8).contains("+44 7700 900123 (mobile)"), to.id());
      Path out = dir.resolve("out." + to.extensions().get(0));
      Files.write(out, written);
      Rendered back = Cvpress.render(out, Options.defaults());
      assertEquals(List.of("+44 7700 900123 (mobile)"), back.resume().header().contacts().stream()
          .filter(c -> c.kind() == dev.cvpress.model.Contact.Kind.PHONE).map(c -> c.label()).toList(), to.id());
    }
  }
}
