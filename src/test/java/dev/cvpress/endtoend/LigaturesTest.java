package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import dev.cvpress.style.BundledFamily;
import dev.cvpress.style.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the theme or font, the text of the PDF is the résumé's letters: no ligature (ﬁ, ﬂ, ﬀ) that a reader,
 * copied text or an applicant tracking system would get instead of "fi", and no letters lost to a ligature that
 * has no character of its own (Source Serif's "ft"), in the regular, italic, semibold and bold faces alike.
 */
class LigaturesTest {
  @TempDir static Path dir;

  /**
   * Words with every Latin ligature the bundled faces have, in every style a theme sets them in; and letters with
   * combining marks, which make the faces' other substitutions (accents) take part, as real résumés do.
   */
  private static final String RESUME = """
      ---
      name: Fiona Affleck
      headline: Chief financial officer, fluent in fifty workflows
      ---

      ## Office affairs

      ### Staff officer, Fifth Field Office | 2019 – 2021

      *Offshore affiliate, Afghanistan*

      - Defined the efficient workflow of the official offline fleet, first in 1/10 of the time.
      - After fifty fluffy waffles, the chief afflicted a difficult shift: *first fine flight*, **efficient office**.
      - Refactored software: fjord, often, left, swiftly, halftime, affable, soft toffee, offbeat, chiffon, baffle.

      #### Difficult traffic

      **Afflux:** effortless *affixes* and ***afterthoughts*** in `office`.

      Zoe\u0308 wrote it afresh in Zu\u0308rich and Le\u0328k, col·laborant.
      """;

  static List<String> themes() {
    return Theme.BUILT_IN;
  }

  static List<String> families() {
    return BundledFamily.names();
  }

  @ParameterizedTest
  @MethodSource("themes")
  void everyThemeWritesLettersNotLigatures(String theme) throws Exception {
    assertPlainLetters(Options.builder().theme(theme).build(), theme);
  }

  @ParameterizedTest
  @MethodSource("families")
  void everyBundledFamilyWritesLettersNotLigatures(String family) throws Exception {
    assertPlainLetters(Options.builder().theme("classic").font(family).build(), family);
  }

  private static void assertPlainLetters(Options options, String what) throws Exception {
    Path md = dir.resolve("cv.md");
    if (!Files.exists(md)) Files.writeString(md, RESUME);
    Rendered r = Cvpress.render(md, options);
    String glyphs = glyphText(r.pdf());
    for (int i = 0; i < glyphs.length(); i++) {
      char c = glyphs.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        throw new AssertionError(what + ": ligature U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
            + " written near \"" + glyphs.substring(Math.max(0, i - 20), Math.min(glyphs.length(), i + 20)) + "\"");
      }
    }
    // Every letter, digit and slash (1/10) of the résumé, each as often as it is written: none lost to a ligature
    // without a character, none doubled. Case aside (themes set headings in capitals), and order aside: the
    // engine draws a line's plain words before its emphasised ones.
    assertEquals(letters(visibleText(r.html())), letters(PdfText.read(r.pdf()).inDrawingOrder()), what);
  }

  /** The text a reader sees in the HTML: the body without icons, side-by-side items as separate words. */
  private static String visibleText(String html) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    doc.select(".icon, head, style").remove();
    for (org.jsoup.nodes.Element e : doc.select(".contact, .dates, td, th, li, .title, .org")) e.appendText(" ");
    return doc.body().text();
  }

  /** The letters, digits and slashes of a text, lower-cased, without accents (composed or not), and sorted. */
  private static String letters(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    int[] kept = plain.replaceAll("[^\\p{L}\\p{N}/]", "").codePoints().sorted().toArray();
    return new String(kept, 0, kept.length);
  }

  /** The text of every glyph drawn, as the PDF's text maps give it, before any extractor tidies ligatures up. */
  private static String glyphText(byte[] pdf) throws IOException {
    StringBuilder glyphs = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.append(text.getUnicode());
        }
      }.getText(doc);
    }
    assertTrue(glyphs.length() > 200, "the résumé was drawn: " + glyphs);
    return glyphs.toString();
  }
}
