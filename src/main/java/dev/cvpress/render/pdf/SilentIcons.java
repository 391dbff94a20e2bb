package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;

/** Icon faces whose glyphs read back as spaces. */
final class SilentIcons {
  private SilentIcons() {}

  private static final List<Integer> SPACE = List.of(0x20);

  /**
   * Icon glyphs are pictures, not words: an icon face reads every glyph back as a space, so the text map PDFBox
   * writes for its subset makes copied text, and an applicant tracking system, see a space, never a private-use
   * character.
   */
  static void silence(TrueTypeFont ttf) throws IOException {
    ReadBackCmap.apply(ttf, codes -> SPACE);
  }
}
