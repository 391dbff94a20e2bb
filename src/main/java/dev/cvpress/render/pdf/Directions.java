package dev.cvpress.render.pdf;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives right-to-left paragraphs their direction. A paragraph, list item or heading whose first strong letter is
 * Arabic or Hebrew is laid out right to left and aligned right, so its punctuation, numbers and brackets land
 * where its reader expects them; a document whose language is right-to-left is right-to-left throughout.
 */
final class Directions {
  private Directions() {}

  private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "iw", "ur", "yi", "ps", "ckb", "dv",
      "sd", "ug");
  private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, blockquote";

  static void apply(Document doc) {
    String lang = doc.select("html").attr("lang").toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (RTL_LANGUAGES.contains(lang)) {
      doc.body().attr("dir", "rtl");
      style(doc.body(), "direction: rtl;");
    }
    for (Element e : doc.body().select(BLOCKS)) {
      int d = firstStrong(e.text());
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        e.attr("dir", "rtl");
        style(e, "direction: rtl; text-align: right;");
        if (e.normalName().equals("li")) giveMarkerALine(e);
      } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT && doc.body().hasAttr("dir")) {
        e.attr("dir", "ltr");
        style(e, "direction: ltr;");
      }
    }
  }

  /**
   * A right-to-left bullet is placed against the item's first line; an item that opens with a table or a nested
   * list has none, and the engine fails drawing its bullet. Such an item gets an empty first line.
   */
  private static void giveMarkerALine(Element li) {
    for (org.jsoup.nodes.Node n : li.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t && t.isBlank()) continue;
      if (n instanceof Element first && Set.of("table", "ul", "ol", "dl").contains(first.normalName())) {
        li.prependText("\u00A0");
      }
      return;
    }
  }

  private static void style(Element e, String css) {
    String old = e.attr("style");
    e.attr("style", old.isBlank() ? css : css + " " + old);
  }

  private static int firstStrong(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return d;
      }
      i += Character.charCount(cp);
    }
    return Character.DIRECTIONALITY_UNDEFINED;
  }
}
