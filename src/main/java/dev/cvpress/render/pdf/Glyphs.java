package dev.cvpress.render.pdf;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes sure every character of a document is drawn by a real glyph. It tidies the text (invisible format
 * characters and emoji modifiers that no font draws are dropped), works out which characters the bundled fonts
 * cannot draw, finds machine fonts for them, and turns emoji that nothing can draw into their names
 * ({@code :rocket:}). What is still left is reported, never silently drawn as an empty box.
 */
final class Glyphs {
  private Glyphs() {}

  /**
   * What a document needs beyond the bundled fonts.
   *
   * @param faces machine fonts to register as fallbacks, in order
   * @param missing characters no font can draw, in order of first use
   */
  record Plan(List<SystemFonts.Face> faces, List<Integer> missing) {}

  static Plan prepare(Document doc, Path userFont) {
    Set<Integer> used = new LinkedHashSet<>();
    for (Element e : doc.body().getAllElements()) {
      for (TextNode t : e.textNodes()) {
        String tidy = tidy(t.getWholeText());
        if (!tidy.equals(t.getWholeText())) t.text(tidy);
        codePoints(ArabicShaper.shape(tidy), used);
      }
      if (e.hasAttr("alt")) codePoints(tidy(e.attr("alt")), used);
    }
    // Generated text (the page footer) lives in the style sheet.
    for (Element style : doc.select("style")) {
      style.data().codePoints().filter(cp -> cp > 0x7F).forEach(cp -> addIfVisible(cp, used));
    }
    Set<Integer> left = new LinkedHashSet<>();
    List<SystemFonts.Face> user = userFont == null ? List.of() : SystemFonts.faces(userFont);
    for (int cp : used) {
      if (bundledCovers(cp)) continue;
      if (user.stream().anyMatch(f -> f.covers(cp))) continue;
      left.add(cp);
    }
    List<SystemFonts.Face> faces = left.isEmpty() ? List.of() : SystemFonts.covering(left);
    for (SystemFonts.Face f : faces) left.removeIf(f::covers);
    // Emoji and symbols nobody can draw are written as their names, which any font can.
    Set<Integer> named = new LinkedHashSet<>();
    for (int cp : left) if (isSymbol(cp)) named.add(cp);
    if (!named.isEmpty()) {
      for (Element e : doc.body().getAllElements()) {
        for (TextNode t : e.textNodes()) {
          String text = t.getWholeText();
          if (text.codePoints().anyMatch(named::contains)) t.text(spellOut(text, named));
        }
      }
      left.removeAll(named);
    }
    return new Plan(faces, List.copyOf(left));
  }

  private static void codePoints(String s, Set<Integer> used) {
    s.codePoints().forEach(cp -> addIfVisible(cp, used));
  }

  private static void addIfVisible(int cp, Set<Integer> used) {
    if (cp < 0x20 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return;
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
        || type == Character.SURROGATE) {
      return;
    }
    used.add(cp);
  }

  /**
   * Drops what no font draws and nobody sees: format characters (soft hyphens, direction marks, zero-width
   * spaces), variation selectors and skin-tone modifiers. Joiners stay next to Arabic letters, where they
   * change how the letters join; the shaper removes them after use.
   */
  static String tidy(String text) {
    boolean clean = true;
    for (int i = 0; i < text.length() && clean; i++) {
      char c = text.charAt(i);
      clean = c < 0x80 || (Character.getType(c) != Character.FORMAT && !(c >= 0xFE00 && c <= 0xFE0F)
          && !Character.isSurrogate(c));
    }
    if (clean) return text;
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) continue; // variation selectors
      if (cp >= 0x1F3FB && cp <= 0x1F3FF) continue; // skin tones
      if (cp >= 0xE0020 && cp <= 0xE007F) continue; // flag tags
      if (Character.getType(cp) == Character.FORMAT) {
        boolean joiner = cp == 0x200C || cp == 0x200D;
        boolean arabicNear = (i > 0 && ArabicShaper.isArabic(cps[i - 1]))
            || (i + 1 < cps.length && ArabicShaper.isArabic(cps[i + 1]));
        if (!(joiner && arabicNear)) continue;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /** Emoji, pictographs and other symbols: things with a name rather than a sound. */
  static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  private static String spellOut(String text, Set<Integer> named) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      if (!named.contains(cp)) {
        out.appendCodePoint(cp);
        return;
      }
      String name = Character.getName(cp);
      out.append(':').append(name == null ? String.format("U+%04X", cp)
          : name.toLowerCase(Locale.ROOT).replace(' ', '_')).append(':');
    });
    return out.toString();
  }

  /**
   * Whether a font packed into cvpress draws {@code cp}: answered from what the build worked out of every face's
   * character map (see {@link FaceFacts}), so that no face is parsed only to learn that it is not needed.
   */
  static boolean bundledCovers(int cp) {
    return FontLibrary.covers(cp);
  }

  /** {@code U+4E2D 中}: how a diagnostic names a character. */
  static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format("U+%04X %s", cp, new String(Character.toChars(cp)))
        + (name != null ? " (" + name.toLowerCase(Locale.ROOT) + ")" : "");
  }
}
