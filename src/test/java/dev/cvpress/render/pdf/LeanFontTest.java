package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.GlyfDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeanFontTest {
  @ParameterizedTest
  @ValueSource(strings = {"LiberationSans-Regular.ttf", "LiberationSerif-BoldItalic.ttf", "DejaVuSans.ttf",
      "fa-solid-900.ttf", "SourceSans3_600SemiBold.ttf", "SourceSerif4_400Regular_Italic.ttf"})
  void keepsOutlinesMetricsAndCharacterMaps(String file) throws IOException {
    byte[] original = original(file);
    try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(LeanFont.of(original))) {
      assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
      assertEquals(before.getName(), after.getName());
      assertEquals(before.getPostScript().getItalicAngle(), after.getPostScript().getItalicAngle());
      assertEquals(before.getPostScript().getUnderlinePosition(), after.getPostScript().getUnderlinePosition());
      CmapLookup a = before.getUnicodeCmapLookup();
      CmapLookup b = after.getUnicodeCmapLookup();
      for (int cp = 0; cp <= 0x10FFFF; cp++) {
        if (a.getGlyphId(cp) != b.getGlyphId(cp)) assertEquals(a.getGlyphId(cp), b.getGlyphId(cp), "U+" + cp);
      }
      for (int gid = 0; gid < before.getNumberOfGlyphs(); gid += 7) {
        assertEquals(before.getAdvanceWidth(gid), after.getAdvanceWidth(gid), "advance of glyph " + gid);
        assertArrayEquals(outline(before, gid), outline(after, gid), "outline of glyph " + gid);
      }
    }
  }

  @Test
  void dropsHintingAndUnusedTables() throws IOException {
    try (TrueTypeFont lean = parse(FontLibrary.bytes("LiberationSans-Regular.ttf"))) {
      for (String tag : List.of("fpgm", "prep", "cvt ", "kern", "GPOS", "GDEF")) {
        assertFalse(lean.getTableMap().containsKey(tag), tag);
      }
      assertNotNull(lean.getGsub(), "glyph substitutions stay");
      for (int gid = 0; gid < lean.getNumberOfGlyphs(); gid++) {
        GlyphData glyph = lean.getGlyph().getGlyph(gid);
        if (glyph != null && glyph.getDescription() instanceof GlyfDescript d) {
          assertTrue(d.getInstructions() == null || d.getInstructions().length == 0, "instructions of glyph " + gid);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"LiberationSans-Regular.ttf", "DejaVuSans.ttf", "fa-solid-900.ttf"})
  void keepsOnlyTheWindowsCharacterMaps(String file) throws IOException {
    try (TrueTypeFont before = parse(original(file)); TrueTypeFont lean = parse(FontLibrary.bytes(file))) {
      List<String> windows = new ArrayList<>();
      for (CmapSubtable c : before.getCmap().getCmaps()) {
        if (c.getPlatformId() == 3) windows.add(c.getPlatformId() + "/" + c.getPlatformEncodingId());
      }
      List<String> kept = new ArrayList<>();
      for (CmapSubtable c : lean.getCmap().getCmaps()) kept.add(c.getPlatformId() + "/" + c.getPlatformEncodingId());
      assertTrue(before.getCmap().getCmaps().length > windows.size(), "the original has other platforms' maps");
      assertEquals(windows, kept);
    }
  }

  @Test
  void leavesWhatItCannotReadAlone() {
    byte[] notAFont = "not a font at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertSame(notAFont, LeanFont.of(notAFont));
  }

  @Test
  void isSmaller() throws IOException {
    byte[] original = original("LiberationSans-Regular.ttf");
    assertTrue(LeanFont.of(original).length < original.length * 3 / 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LiberationSans-Regular.ttf", "LiberationMono-Bold.ttf", "DejaVuSerif-Bold.ttf",
      "fa-brands-400.ttf", "SourceSans3_400Regular.ttf", "SourceSerif4_700Bold_Italic.ttf"})
  void theBundledFacesAreTheLeanCopiesMadeAtBuildTime(String file) throws IOException {
    assertArrayEquals(LeanFont.of(original(file)), FontLibrary.bytes(file));
  }

  /** A font as published, before the build made its lean copy (unpacked there by the build). */
  static byte[] original(String file) throws IOException {
    return Files.readAllBytes(Path.of("target/fonts", file));
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }

  private static double[] outline(TrueTypeFont ttf, int gid) throws IOException {
    GlyphData glyph = ttf.getGlyph().getGlyph(gid);
    List<Double> points = new ArrayList<>();
    if (glyph != null) {
      double[] c = new double[6];
      for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
        int type = it.currentSegment(c);
        points.add((double) type);
        for (double v : c) points.add(v);
      }
    }
    return points.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
