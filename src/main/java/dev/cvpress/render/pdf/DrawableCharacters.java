package dev.cvpress.render.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The characters a document may draw, worked out before layout: which faces' glyph substitutions can change
 * anything, and which characters no bundled face draws, depend on it.
 */
final class DrawableCharacters {
  private DrawableCharacters() {}

  /**
   * Every character a document may draw: its text and attribute values, its style sheets, what case transforms
   * can make of them, and what the engine adds itself (list markers, numbers, hyphens). Null when a style sheet
   * is imported from elsewhere, so that nothing about the text can be assumed.
   */
  static Set<Integer> of(org.jsoup.nodes.Document doc) {
    StringBuilder all = new StringBuilder(32 * 1024);
    for (org.jsoup.nodes.Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Node n : e.childNodes()) {
        if (n instanceof org.jsoup.nodes.TextNode t) all.append(t.getWholeText());
        else if (n instanceof org.jsoup.nodes.DataNode d) all.append(d.getWholeData());
      }
      for (org.jsoup.nodes.Attribute a : e.attributes()) all.append(a.getValue());
      if (e.normalName().equals("link")) return null;
    }
    String text = all.toString();
    if (text.contains("@import")) return null;
    Set<Integer> out = new HashSet<>();
    text.codePoints().forEach(out::add);
    for (int cp : List.copyOf(out)) {
      String s = new String(Character.toChars(cp));
      for (Locale l : CASE_LOCALES) {
        s.toUpperCase(l).codePoints().forEach(out::add);
        s.toLowerCase(l).codePoints().forEach(out::add);
      }
      out.add(Character.toTitleCase(cp));
    }
    for (int c = 0x20; c < 0x7F; c++) out.add(c);
    for (int c : ENGINE_CHARS) out.add(c);
    return out;
  }

  /** Locales whose case rules differ from the root's (dotted and dotless i, Lithuanian accents). */
  private static final List<Locale> CASE_LOCALES = List.of(Locale.ROOT, Locale.forLanguageTag("tr"),
      Locale.forLanguageTag("az"), Locale.forLanguageTag("lt"));

  /** What the engine may draw that no document spells out: list markers, hyphens, ellipsis. */
  private static final int[] ENGINE_CHARS = {0x2022, 0x25E6, 0x25AA, 0x25A0, 0x25CF, 0x25CB, 0x2010, 0x2011,
      0x2012, 0x2013, 0x2014, 0x2026, 0x00AD, 0x00A0};
}
