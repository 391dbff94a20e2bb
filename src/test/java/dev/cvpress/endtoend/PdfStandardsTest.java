package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.style.Theme;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference validator, accepts the default output as PDF/UA-1 (tagged, accessible, carrying its
 * source) and the {@code --pdfa} output as PDF/A-3u with its source as an associated file (PDF/A-2u with
 * {@code --no-embed}), still PDF/UA-1.
 */
class PdfStandardsTest {
  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Validates and, when it fails, says which rules failed, by clause, with the object each failed on. */
  static void assertConforms(byte[] pdf, PDFAFlavour flavour, String what) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) return;
      Map<String, StringBuilder> failed = new TreeMap<>();
      for (TestAssertion t : result.getTestAssertions()) {
        if (t.getStatus() != TestAssertion.Status.FAILED) continue;
        String rule = t.getRuleId().getSpecification().getId() + " clause " + t.getRuleId().getClause()
            + " test " + t.getRuleId().getTestNumber();
        StringBuilder b = failed.computeIfAbsent(rule, k -> new StringBuilder(t.getMessage()));
        if (b.toString().split("\n").length <= 3) {
          b.append("\n      at ").append(t.getLocation().getContext());
          if (t.getErrorMessage() != null) b.append(" — ").append(t.getErrorMessage());
        }
      }
      StringBuilder msg = new StringBuilder(what + " is not " + flavour + " (veraPDF):");
      failed.forEach((rule, detail) -> msg.append("\n  ").append(rule).append(": ").append(detail));
      throw new AssertionError(msg.toString());
    }
  }

  private static byte[] render(String file, boolean pdfA) throws Exception {
    return Cvpress.render(Path.of(file), Options.builder().pdfA(pdfA).build())
        .pdf();
  }

  private static byte[] renderWithoutSource(String file, boolean pdfA) throws Exception {
    return Cvpress.render(Path.of(file), Options.builder().pdfA(pdfA).embedSource(false).build()).pdf();
  }

  /** The part of PDF/A the XMP packet claims, e.g. {@code 3}. */
  private static String pdfAPart(byte[] pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      var m = java.util.regex.Pattern.compile("pdfaid:part(?:>|=\")\\s*(\\d)").matcher(xmp);
      return m.find() ? m.group(1) : "none";
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/about-me.md", "examples/jane-doe.md"})
  void pdfaWithItsSourceIsPdfA3uAndPdfUa1(String file) throws Exception {
    byte[] pdf = render(file, true);
    org.junit.jupiter.api.Assertions.assertEquals("3", pdfAPart(pdf), "an embedded source needs PDF/A-3");
    // The Markdown and its JSON Resume, each an associated file of the document.
    org.junit.jupiter.api.Assertions.assertEquals(List.of("application/json", "text/markdown"),
        Cvpress.embeddedFiles(pdf).stream().map(f -> f.mimeType()).toList());
    assertConforms(pdf, PDFAFlavour.PDFA_3_U, file + " --pdfa");
    assertConforms(pdf, PDFAFlavour.PDFUA_1, file + " --pdfa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/about-me.md", "examples/jane-doe.md", "src/test/resources/variants/tagged.md"})
  void defaultOutputIsPdfUa1(String file) throws Exception {
    assertConforms(render(file, false), PDFAFlavour.PDFUA_1, file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/about-me.md", "examples/jane-doe.md"})
  void pdfaOutputWithoutItsSourceIsPdfA2u(String file) throws Exception {
    byte[] pdf = renderWithoutSource(file, true);
    org.junit.jupiter.api.Assertions.assertEquals("2", pdfAPart(pdf));
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), Cvpress.embeddedFiles(pdf));
    assertConforms(pdf, PDFAFlavour.PDFA_2_U, file + " --pdfa --no-embed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/about-me.md"})
  void pdfaOutputWithoutItsSourceIsStillPdfUa1(String file) throws Exception {
    assertConforms(renderWithoutSource(file, true), PDFAFlavour.PDFUA_1, file + " --pdfa --no-embed");
  }

  static Stream<String> otherThemes() {
    return Theme.BUILT_IN.stream().filter(t -> !t.equals(Theme.DEFAULT));
  }

  @ParameterizedTest
  @MethodSource("otherThemes")
  void otherThemesArePdfUa1AndPdfA2u(String theme) throws Exception {
    themeConforms(theme);
  }

  private static void themeConforms(String theme) throws Exception {
    Path file = Path.of("examples/jane-doe.md");
    byte[] ua = Cvpress.render(file, Options.builder().theme(theme).build()).pdf();
    assertConforms(ua, PDFAFlavour.PDFUA_1, "jane-doe.md --theme " + theme);
    byte[] a = Cvpress.render(file, Options.builder().theme(theme).pdfA(true).build()).pdf();
    assertConforms(a, PDFAFlavour.PDFA_3_U, "jane-doe.md --theme " + theme + " --pdfa");
  }

  /** A 40×40 PNG, written by hand so that the test needs no image file. */
  static void png(Path file) throws Exception {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) img.setRGB(x, y, 0x802020 + x);
    javax.imageio.ImageIO.write(img, "png", file.toFile());
  }

  private static final String RICH = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      phone: +44 20 7946 0000
      website: https://ada.dev
      github: ada
      photo: photo.png
      ---

      Engineer. See [my notes](https://ada.dev/notes).

      ## Work

      ### Engineer — Acme (https://acme.example) | 2019 – 2021

      - Built a thing, see [the demo](https://acme.example/demo)
        - with a nested point

      ![Architecture diagram](photo.png)

      | Tool | Years |
      |---|---|
      | Go | 5 |

      > A quote from a manager

      ```
      code block
      ```

      1. first
      2. second
      """;

  @org.junit.jupiter.api.Test
  void photoImagesTablesQuotesCodeAndLinksConform(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    png(dir.resolve("photo.png"));
    Path cv = java.nio.file.Files.writeString(dir.resolve("cv.md"), RICH);
    assertConforms(Cvpress.render(cv, Options.defaults()).pdf(), PDFAFlavour.PDFUA_1, "a rich résumé");
    byte[] a = Cvpress.render(cv, Options.builder().pdfA(true).build()).pdf();
    assertConforms(a, PDFAFlavour.PDFA_3_U, "a rich résumé --pdfa");
    assertConforms(a, PDFAFlavour.PDFUA_1, "a rich résumé --pdfa");
  }

  @org.junit.jupiter.api.Test
  void imageWithoutAltTextConforms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    png(dir.resolve("photo.png"));
    Path cv = java.nio.file.Files.writeString(dir.resolve("cv.md"),
        "---\nname: Ada\nemail: a@example.com\n---\n\n## Work\n\n![](photo.png)\n");
    assertConforms(Cvpress.render(cv, Options.defaults()).pdf(), PDFAFlavour.PDFUA_1, "![](photo.png)");
  }

  /** The validator itself must be able to say no, or the tests above prove nothing. */
  @org.junit.jupiter.api.Test
  void theValidatorRejectsAPlainPdf() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
    }
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFA_3_U)) {
      AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
          () -> assertConforms(out.toByteArray(), flavour, "an untagged PDF"));
      assertTrue(e.getMessage().contains("clause"), e.getMessage());
    }
  }
}
