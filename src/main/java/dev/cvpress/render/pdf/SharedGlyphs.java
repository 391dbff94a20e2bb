package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Glyphs that two characters share read back as the one text uses. PDFBox gives a glyph the text of the lowest
 * character the face maps to it, and Source Serif draws the apostrophe ’ (U+2019) and the modifier letter ʼ
 * (U+02BC) with one glyph: "don’t" was copied as "donʼt", which a search or an applicant tracking system does not
 * match. For such pairs the punctuation wins.
 */
final class SharedGlyphs {
  private SharedGlyphs() {}

  /** A character, and the one it reads back as when a face draws both with one glyph. */
  static final Map<Integer, Integer> READ_AS = Map.of(
      0x02BC, 0x2019, // ʼ as ’
      0x02BB, 0x2018, // ʻ as ‘
      0x02B9, 0x2032, // ʹ as ′
      0x02BA, 0x2033); // ʺ as ″

  static void prefer(TrueTypeFont ttf) throws IOException {
    ReadBackCmap.apply(ttf, SharedGlyphs::usual);
  }

  /** The characters a glyph reads back as, without a modifier letter whose punctuation twin shares it. */
  static List<Integer> usual(List<Integer> codes) {
    if (codes.size() < 2) return codes;
    List<Integer> out = new ArrayList<>(codes);
    out.removeIf(c -> READ_AS.containsKey(c) && codes.contains(READ_AS.get(c)));
    return out;
  }
}
