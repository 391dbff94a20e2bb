package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A face's character maps, finding glyphs as the font's own do, with the characters each glyph reads back as
 * (what PDFBox writes into the PDF's text map) changed: the one place a face's extracted text is decided.
 */
final class ReadBackCmap extends CmapSubtable {
  private final CmapSubtable real;
  private final UnaryOperator<List<Integer>> readAs;

  private ReadBackCmap(CmapSubtable real, UnaryOperator<List<Integer>> readAs) {
    this.real = real;
    this.readAs = readAs;
    setPlatformId(real.getPlatformId());
    setPlatformEncodingId(real.getPlatformEncodingId());
  }

  /** Replaces every character map of {@code ttf}: a glyph the font maps to {@code codes} reads back as readAs(codes). */
  static void apply(TrueTypeFont ttf, UnaryOperator<List<Integer>> readAs) throws IOException {
    CmapTable table = ttf.getCmap();
    if (table == null) return;
    CmapSubtable[] subtables = table.getCmaps();
    CmapSubtable[] changed = new CmapSubtable[subtables.length];
    for (int i = 0; i < subtables.length; i++) changed[i] = new ReadBackCmap(subtables[i], readAs);
    table.setCmaps(changed);
  }

  @Override
  public int getGlyphId(int characterCode) {
    return real.getGlyphId(characterCode);
  }

  @Override
  public List<Integer> getCharCodes(int gid) {
    List<Integer> codes = real.getCharCodes(gid);
    return codes == null ? null : readAs.apply(codes);
  }
}
