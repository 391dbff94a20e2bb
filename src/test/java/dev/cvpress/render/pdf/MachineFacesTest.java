package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Machine fonts are read one face at a time from their files: choosing a face reads its character map, never its
 * outlines; a face a document draws with is parsed once per process, and each PDF embeds only the glyphs it uses.
 */
class MachineFacesTest {
  @TempDir Path dir;

  private static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final Path MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  private Path bundled(String file) throws IOException {
    return Files.write(dir.resolve(file), FontLibrary.bytes(file));
  }

  @Test
  void aPlainFontIsOneFaceThatChoosingReadsForItsCharacterMapAndStyle() throws IOException {
    Path font = bundled("DejaVuSans-Bold.ttf");
    List<SystemFonts.Face> faces = SystemFonts.faces(font);
    assertEquals(1, faces.size());
    SystemFonts.Face face = faces.get(0);
    assertEquals(-1, face.index());
    assertTrue(face.weight() >= 700);
    assertTrue(face.covers('Ж') && face.covers('A'));
    assertFalse(face.covers(0x4E2D));
  }

  @Test
  void theFaceAsEmbeddedHasTheSameGlyphsAndCharacterMapAsTheFile() throws IOException {
    Path font = bundled("DejaVuSans.ttf");
    FaceImage.Directory dir = FaceImage.read(font).get(0);
    byte[] image = FaceImage.standalone(font, dir, FaceImage.EMBEDDED, false);
    try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)));
        TrueTypeFont copy = new TTFParser().parse(new RandomAccessReadBuffer(image))) {
      assertEquals(original.getNumberOfGlyphs(), copy.getNumberOfGlyphs());
      for (int cp : new int[] {'A', 'z', 'Ж', 0x05D0, 0x2022}) {
        int gid = original.getUnicodeCmapLookup().getGlyphId(cp);
        assertEquals(gid, copy.getUnicodeCmapLookup().getGlyphId(cp));
        assertEquals(original.getAdvanceWidth(gid), copy.getAdvanceWidth(gid));
        assertEquals(original.getGlyph().getGlyph(gid).getBoundingBox().toString(),
            copy.getGlyph().getGlyph(gid).getBoundingBox().toString());
      }
    }
  }

  @Test
  void whatIsNotAFontDrawsNothing() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.ttf"), "not a font at all, just some words");
    assertEquals(List.of(), SystemFonts.faces(text));
    assertThrows(IOException.class, () -> FaceImage.read(text));
    byte[] font = FontLibrary.bytes("DejaVuSans.ttf");
    Path cut = Files.write(dir.resolve("cut.ttf"), java.util.Arrays.copyOf(font, font.length / 2));
    assertThrows(IOException.class, () -> FaceImage.read(cut), "tables past the end of the file");
    assertEquals(List.of(), SystemFonts.faces(cut));
  }

  @Test
  void eachFaceOfACollectionIsReadAloneAndMatchesFontbox() throws IOException {
    assumeTrue(Files.isRegularFile(ZENHEI), "fonts-wqy-zenhei is not installed");
    List<FaceImage.Directory> dirs = FaceImage.read(ZENHEI);
    assertEquals(List.of(0, 1, 2), dirs.stream().map(FaceImage.Directory::index).toList());
    try (TrueTypeCollection ttc = new TrueTypeCollection(ZENHEI.toFile())) {
      int[] i = {0};
      ttc.processAllFonts(whole -> {
        FaceImage.Directory d = dirs.get(i[0]++);
        try (TrueTypeFont alone = new TTFParser().parse(new RandomAccessReadBuffer(
            FaceImage.standalone(ZENHEI, d, FaceImage.EMBEDDED, false)))) {
          assertEquals(whole.getName(), alone.getName());
          int gid = whole.getUnicodeCmapLookup().getGlyphId(0x4E2D);
          assertEquals(gid, alone.getUnicodeCmapLookup().getGlyphId(0x4E2D));
          assertEquals(whole.getGlyph().getGlyph(gid).getBoundingBox().toString(),
              alone.getGlyph().getGlyph(gid).getBoundingBox().toString());
        }
      });
    }
    // Choosing reads the character map, names and metrics: a small part of a 17 MB file.
    long headers = FaceImage.standalone(ZENHEI, dirs.get(0), java.util.Set.of("head", "hhea", "maxp", "OS/2",
        "name", "post", "cmap", "hmtx", "loca", "glyf"), true).length;
    assertTrue(headers < 1_000_000, "headers only: " + headers + " bytes");
  }

  @Test
  void aFaceIsParsedOncePerProcess() throws IOException {
    assumeTrue(Files.isRegularFile(MICROHEI), "fonts-wqy-microhei is not installed");
    SystemFonts.Face face = SystemFonts.faces(MICROHEI).get(0);
    assertSame(MachineFaces.parsed(face), MachineFaces.parsed(face));
  }

  @Test
  void aDocumentEmbedsOnlyTheGlyphsItDraws() throws Exception {
    assumeTrue(Files.isRegularFile(MICROHEI), "fonts-wqy-microhei is not installed");
    String html = "<html><head><title>T</title></head><body><p style=\"font-family: 'cvpress fallback 1'\">"
        + "中文简历</p></body></html>";
    byte[] pdf = PdfRenderer.render(html, dir.toUri(),
        new PdfRenderer.Options(dir, false, Instant.EPOCH, "cvpress test", null, null)).pdf();
    assertTrue(PdfInspect.collapse(PdfInspect.text(pdf)).contains("中文简历"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      boolean found = false;
      for (PDFontLike f : PdfInspect.fonts(doc)) {
        if (f.getFontDescriptor() == null || f.getFontDescriptor().getFontFile2() == null) continue;
        if (!f.getName().contains("WenQuanYi")) continue;
        found = true;
        long embedded = f.getFontDescriptor().getFontFile2().toByteArray().length;
        assertTrue(embedded < 50_000, "a subset of a few glyphs: " + embedded + " bytes");
      }
      assertTrue(found, "a WenQuanYi face is embedded");
    }
  }

  @Test
  void aRegularFaceFindsItsBoldSiblingAsFontsNameThem() throws IOException {
    Path regular = bundled("DejaVuSans.ttf");
    bundled("DejaVuSans-Bold.ttf");
    SystemFonts.Face bold = SystemFonts.bold(SystemFonts.faces(regular).get(0));
    assertTrue(bold != null && bold.weight() >= 700, "X.ttf has X-Bold.ttf");
    Path nanum = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    assumeTrue(Files.isRegularFile(nanum), "fonts-nanum is not installed");
    SystemFonts.Face nanumBold = SystemFonts.bold(SystemFonts.faces(nanum).get(0));
    assertEquals("NanumGothicBold.ttf", nanumBold.file().getFileName().toString());
  }
}
