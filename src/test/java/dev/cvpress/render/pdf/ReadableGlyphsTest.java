package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The glyphs written for Latin text read back as its letters: ligatures and substitutions into glyphs without a
 * character are left out, accents composed from a letter and a combining mark stay.
 */
class ReadableGlyphsTest {
  /** A written PDF's glyphs, each as its text map gives it, and how many glyphs were drawn. */
  private record Written(String text, int glyphs) {}

  /** One line of {@code text} written in {@code face}, read back glyph by glyph. */
  private static Written write(String face, String text, boolean readable) throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, FontLibrary.load(FontLibrary.bytes(face), true), true);
      if (readable) assertTrue(ReadableGlyphs.apply(font), face + " has substitutions to leave out");
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(50, 700);
        cs.showText(text);
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    StringBuilder read = new StringBuilder();
    int[] glyphs = {0};
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition position) {
          read.append(position.getUnicode());
          glyphs[0]++;
        }
      }.getText(doc);
    }
    return new Written(read.toString(), glyphs[0]);
  }

  private static final String LIGATURES = "office affluent first after";

  @Test
  void withoutItPdfBoxWritesLigatures() throws IOException {
    // The checks below can fail: as PDFBox writes it, Source Serif's "ffi" is one glyph read back as U+FB03, and
    // its "ft" one that reads back as nothing at all.
    String ligated = write("SourceSerif4_400Regular.ttf", LIGATURES, false).text();
    assertTrue(ligated.contains("\uFB03"), ligated);
    assertFalse(ligated.contains("after"), ligated);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SourceSerif4_400Regular.ttf", "SourceSerif4_600SemiBold_Italic.ttf",
      "SourceSans3_400Regular.ttf", "SourceSans3_700Bold_Italic.ttf", "DejaVuSans.ttf"})
  void lettersAreWrittenOneByOne(String face) throws IOException {
    Written w = write(face, LIGATURES, true);
    assertEquals(LIGATURES.replace(" ", ""), w.text().replace(" ", ""));
  }

  @Test
  void aGlyphWithoutACharacterIsLeftOut() throws IOException {
    // Source Sans joins the Catalan l·l into one glyph that no character maps to.
    assertFalse(write("SourceSans3_400Regular.ttf", "col·laboració", false).text().contains("l·l"));
    assertEquals("col·laboració", write("SourceSans3_400Regular.ttf", "col·laboració", true).text());
  }

  @Test
  void anAccentComposedFromACombiningMarkStays() throws IOException {
    // e and a combining ogonek become the one glyph of ę, which reads back as ę.
    Written w = write("SourceSerif4_400Regular.ttf", "Le\u0328k", true);
    assertEquals("Lęk", w.text());
    assertEquals(3, w.glyphs());
  }

  @Test
  void theFeaturesKeepOnlyReadableSubstitutions() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc,
          FontLibrary.load(FontLibrary.bytes("SourceSerif4_400Regular.ttf"), true), true);
      GsubData whole = font.getGsubData();
      ReadableGlyphs.apply(font);
      GsubData data = assertInstanceOf(ReadableGlyphs.Readable.class, font.getGsubData());
      assertFalse(data.isFeatureSupported("liga"), "every ligature of the face reads back as another text");
      assertTrue(data.isFeatureSupported("ccmp"));
      int all = whole.getFeature("ccmp").getAllGlyphIdsForSubstitution().size();
      int kept = data.getFeature("ccmp").getAllGlyphIdsForSubstitution().size();
      assertTrue(kept > 0 && kept < all, kept + " of " + all);
      for (List<Integer> glyphs : data.getFeature("ccmp").getAllGlyphIdsForSubstitution()) {
        assertTrue(ReadableGlyphs.readsTheSame(glyphs, data.getFeature("ccmp").getReplacementForGlyphs(glyphs),
            font.getCmapLookup()), glyphs.toString());
      }
      assertFalse(ReadableGlyphs.apply(font), "applied once");
    }
  }

  @Test
  void onlyAFaceWithUnreadableSubstitutionsChanges() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      // Liberation's only substitutions join tone letters into glyphs without a character: it has some to drop.
      PDType0Font liberation = PDType0Font.load(doc,
          FontLibrary.load(FontLibrary.bytes("LiberationSans-Regular.ttf"), true), true);
      assertTrue(ReadableGlyphs.apply(liberation));
      // The icon faces substitute nothing.
      PDType0Font icons = PDType0Font.load(doc, FontLibrary.load(FontLibrary.bytes("fa-solid-900.ttf"), true), true);
      GsubData before = icons.getGsubData();
      assertFalse(ReadableGlyphs.apply(icons));
      assertSame(before, icons.getGsubData());
    }
  }
}
