package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every weight and style of a bundled family is drawn in its own face, the generic families in bundled ones. */
class FontLibraryTest {
  @TempDir static Path root;

  /** The face (PostScript name without its subset tag) each word of a one-line-per-word document is drawn in. */
  private static Map<String, String> facesOfWords(String css, String... words) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String w : words) body.append("<p class=\"").append(w).append("\">").append(w).append("</p>");
    String html = "<html><head><style>" + css + "</style></head><body>" + body + "</body></html>";
    byte[] pdf = PdfRenderer.render(html, root.toUri(),
        new PdfRenderer.Options(root, false, Instant.EPOCH, "test", null, "user")).pdf();
    Map<String, String> faces = new LinkedHashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          faces.put(text.strip(), positions.get(0).getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }.getText(doc);
    }
    return faces;
  }

  @ParameterizedTest
  @CsvSource({"Source Sans 3, SourceSans3", "Source Serif 4, SourceSerif4"})
  void everyWeightAndStyleOfASourceFamilyHasItsOwnFace(String family, String postScript) throws IOException {
    String css = "body { font-family: \"" + family + "\"; } .regular { font-weight: 400; } "
        + ".semibold { font-weight: 600; } .bold { font-weight: bold; } .italic { font-style: italic; } "
        + ".semibolditalic { font-weight: 600; font-style: italic; } "
        + ".bolditalic { font-weight: 700; font-style: italic; }";
    Map<String, String> faces = facesOfWords(css, "regular", "semibold", "bold", "italic", "semibolditalic",
        "bolditalic");
    assertEquals(Map.of("regular", postScript + "-Regular", "semibold", postScript + "-SemiBold",
        "bold", postScript + "-Bold", "italic", postScript + "-Italic",
        "semibolditalic", postScript + "-SemiBoldItalic", "bolditalic", postScript + "-BoldItalic"), faces);
  }

  @ParameterizedTest
  @CsvSource({"Liberation Sans, LiberationSans-Bold", "DejaVu Serif, DejaVuSerif-Bold"})
  void semiboldInAFamilyWithoutOneIsItsBold(String family, String bold) throws IOException {
    String css = "body { font-family: \"" + family + "\"; font-weight: 600; }";
    assertEquals(Map.of("semibold", bold), facesOfWords(css, "semibold"));
  }

  @ParameterizedTest
  @CsvSource({"serif, SourceSerif4-Regular", "sans-serif, SourceSans3-Regular",
      "monospace, LiberationMono"})
  void genericFamiliesAreBundledOnes(String generic, String face) throws IOException {
    assertEquals(Map.of("generic", face), facesOfWords("body { font-family: " + generic + "; }", "generic"));
  }

  private static Set<Integer> chars(String text) {
    return text.codePoints().boxed().collect(Collectors.toSet());
  }

  @ParameterizedTest
  @CsvSource({"SourceSerif4_400Regular.ttf", "SourceSans3_600SemiBold.ttf", "DejaVuSans.ttf"})
  void aLatinDocumentIsDrawnWithoutGlyphSubstitution(String face) {
    // Ligatures are left out, so plain Latin text (and Greek and Cyrillic in Source Serif) gives substitution
    // nothing to do: the face is parsed and drawn without it, which saves shaping every word.
    assertFalse(FontLibrary.substitutes(face, chars("Office affluent fjord: first fine flight, Zoë · Ελλάδα")));
    assertTrue(FontLibrary.substitutes(face, null), "unknown text");
  }

  @ParameterizedTest
  @CsvSource({"SourceSerif4_400Regular.ttf", "SourceSans3_400Regular.ttf"})
  void aCombiningMarkBringsSubstitutionIn(String face) {
    assertTrue(FontLibrary.substitutes(face, chars("Le\u0328k")), "e and a combining ogonek compose into ę");
  }
}
