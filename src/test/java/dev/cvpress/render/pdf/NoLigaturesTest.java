package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A face's ligatures are left out: its letters are written one glyph each and read back as letters. */
class NoLigaturesTest {
  private static final String TEXT = "office affluent first after";

  /** The text of each glyph of a one-line PDF written in {@code face}, as its text map gives it. */
  private static String written(String face, boolean withoutLigatures) throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, FontLibrary.load(FontLibrary.bytes(face), true), true);
      if (withoutLigatures) assertTrue(NoLigatures.apply(font), face + " has ligatures to leave out");
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(50, 700);
        cs.showText(TEXT);
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    StringBuilder glyphs = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.append(text.getUnicode());
        }
      }.getText(doc);
    }
    return glyphs.toString();
  }

  @Test
  void aFaceWithLigaturesWouldWriteThemOtherwise() throws IOException {
    // The check below can fail: as PDFBox writes it, Source Serif's "ffi" is one glyph read back as U+FB03, and
    // its "ft" one that reads back as nothing at all.
    String ligated = written("SourceSerif4_400Regular.ttf", false);
    assertTrue(ligated.contains("\uFB03"), ligated);
    assertFalse(ligated.contains("after"), ligated);
  }

  @Test
  void lettersAreWrittenOneByOne() throws IOException {
    for (String face : new String[] {"SourceSerif4_400Regular.ttf", "SourceSerif4_600SemiBold_Italic.ttf",
        "SourceSans3_400Regular.ttf", "DejaVuSans.ttf"}) {
      assertEquals(TEXT.replace(" ", ""), written(face, true).replace(" ", ""), face);
    }
  }

  @Test
  void theOtherSubstitutionsStay() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc,
          FontLibrary.load(FontLibrary.bytes("SourceSerif4_400Regular.ttf"), true), true);
      NoLigatures.apply(font);
      GsubData data = assertInstanceOf(NoLigatures.Without.class, font.getGsubData());
      assertTrue(data.isFeatureSupported("ccmp"), "accents composed from combining marks stay");
      assertFalse(data.isFeatureSupported("liga"));
      assertFalse(data.getSupportedFeatures().contains("liga"));
      assertFalse(NoLigatures.apply(font), "applied once");
    }
  }

  @Test
  void aFaceWithoutLigaturesIsLeftAsItIs() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc,
          FontLibrary.load(FontLibrary.bytes("LiberationSans-Regular.ttf"), true), true);
      GsubData before = font.getGsubData();
      assertFalse(NoLigatures.apply(font));
      assertEquals(before, font.getGsubData());
    }
  }
}
