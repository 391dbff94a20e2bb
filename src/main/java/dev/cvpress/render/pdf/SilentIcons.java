package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/** Icon faces whose glyphs read back as spaces. */
final class SilentIcons {
  private SilentIcons() {}

  /**
   * Icon glyphs are pictures, not words: an icon face reads every glyph back as a space, so the text map PDFBox
   * writes for its subset makes copied text, and an applicant tracking system, see a space, never a private-use
   * character.
   */
  static void silence(TrueTypeFont ttf) throws IOException {
    CmapTable table = ttf.getCmap();
    if (table == null) return;
    CmapSubtable[] subtables = table.getCmaps();
    CmapSubtable[] silent = new CmapSubtable[subtables.length];
    for (int i = 0; i < subtables.length; i++) silent[i] = new SpaceCmap(subtables[i]);
    table.setCmaps(silent);
  }

  /** A character map that finds glyphs as the font's own does, and names every glyph a space. */
  private static final class SpaceCmap extends CmapSubtable {
    private static final List<Integer> SPACE = List.of(0x20);
    private final CmapSubtable real;

    SpaceCmap(CmapSubtable real) {
      this.real = real;
      setPlatformId(real.getPlatformId());
      setPlatformEncodingId(real.getPlatformEncodingId());
    }

    @Override
    public int getGlyphId(int characterCode) {
      return real.getGlyphId(characterCode);
    }

    @Override
    public List<Integer> getCharCodes(int gid) {
      return real.getCharCodes(gid) == null ? null : SPACE;
    }
  }
}
