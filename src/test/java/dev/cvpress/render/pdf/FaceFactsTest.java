package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaceFactsTest {
  @Test
  void readsTheFactsOfEveryBundledFace() {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    assertEquals(Set.copyOf(FontLibrary.files()), bundled.keySet());
    for (Map.Entry<String, FaceFacts> e : bundled.entrySet()) {
      assertTrue(e.getValue().metrics()._ascent > 0, e.getKey() + " has an ascent");
    }
  }

  @Test
  void knowsWhichCharactersTheSubstitutionsTouch() {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    // Of the substitutions PDFBox applies to Latin text, only those whose glyph reads back as its letters are
    // used (see ReadableGlyphs): accents composed from a letter and a combining mark, which only the mark brings
    // into play. Ligatures (Source's, DejaVu's f-ligatures) and Liberation's joined tone letters are left out; the
    // icon faces substitute nothing.
    Set<Integer> serif = bundled.get("SourceSerif4_400Regular.ttf").gsubChars();
    assertTrue(serif.contains(0x0328), "combining ogonek: " + serif);
    assertFalse(serif.contains((int) 'e'), "e with a combining ogonek composes into ę, but e alone changes nothing");
    assertTrue(serif.stream().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK), serif.toString());
    assertFalse(bundled.get("SourceSans3_400Regular.ttf").gsubChars().contains((int) 'f'), "no ligatures");
    assertTrue(bundled.get("DejaVuSans.ttf").gsubChars().isEmpty(), "no ligatures");
    assertTrue(bundled.get("LiberationSans-Regular.ttf").gsubChars().isEmpty(), "no joined tone letters");
    assertTrue(bundled.get("fa-solid-900.ttf").gsubChars().isEmpty());
  }

  @Test
  void knowsWhichCharactersEachFaceDrawsAsItsCharacterMapDoes() throws java.io.IOException {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    for (String file : FontLibrary.files()) {
      FaceFacts facts = bundled.get(file);
      org.apache.fontbox.ttf.CmapLookup cmap = FontLibrary.face(file).getUnicodeCmapLookup(false);
      for (int cp = 0; cp <= 0x2FFFF; cp++) {
        if (facts.covers(cp) != (cmap.getGlyphId(cp) != 0)) {
          throw new AssertionError(file + " at U+" + Integer.toHexString(cp) + ": facts say " + facts.covers(cp));
        }
      }
    }
    assertTrue(bundled.get("SourceSerif4_400Regular.ttf").covers('é'));
    assertFalse(bundled.get("SourceSerif4_400Regular.ttf").covers(0x4E2D), "no CJK");
    assertTrue(bundled.get("fa-solid-900.ttf").covers(0xF0E0), "the envelope icon");
    assertTrue(FontLibrary.covers(0x0416), "Cyrillic, in DejaVu at least");
    assertFalse(FontLibrary.covers(0x4E2D), "no bundled face draws CJK");
  }
}
