package dev.cvpress.render.pdf;

import dev.cvpress.render.Bookmark;
import dev.cvpress.render.Labels;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the engine needs beyond the semantic HTML it is given, added to the parsed document before layout: its
 * bookmarks element, the page footer's text, CSS for what a browser reads from attributes, and ways around two of
 * its limits. The HTML stage writes none of it, so the web page carries none of it.
 */
final class EngineMarkup {
  private EngineMarkup() {}

  /**
   * Where a theme wants the page footer's text: its page-margin box holds {@code content: page-footer;}, a value
   * the engine ignores. (A later @page rule for the same margin box would replace the theme's whole block, fonts
   * and all, so the text cannot simply be added after the theme.)
   */
  static final String FOOTER_MARKER = "content: page-footer;";

  /**
   * Characters across a page of table text, about. A header cell gets its share of them per line, so its height in
   * lines is its length times the columns over this.
   */
  private static final int LINE = 90;
  /**
   * The tallest header, in lines, that is repeated on each page a table runs onto. A taller one is prose, not
   * labels; repeated, it could outgrow the page, which the engine's tagged-PDF writer fails on.
   */
  private static final int REPEATED_HEADER_LINES = 10;

  /**
   * Adds all but the table headers' pagination (see {@link #tableHeaders}).
   *
   * @param outline the bookmarks, in order
   * @param pageFooter write "Page X of Y", in the document's language, at the foot of each page, after the
   *     person's name from page 2 on
   */
  static void add(Document doc, List<Bookmark> outline, boolean pageFooter) {
    bookmarks(doc, outline);
    if (pageFooter) pageFooter(doc);
    directions(doc);
  }

  /** The outline as the engine reads it: a {@code bookmarks} element in the head. */
  private static void bookmarks(Document doc, List<Bookmark> outline) {
    if (outline.isEmpty()) return;
    Element bookmarks = doc.head().appendElement("bookmarks");
    for (Bookmark b : outline) {
      bookmarks.appendElement("bookmark").attr("name", b.title()).attr("href", "#" + b.anchor());
    }
  }

  /**
   * Puts the footer text in the theme's margin box; a sheet without one gets a small grey footer at the right.
   * From page 2 on the footer names the person too, so that a loose page still says whose it is; page 1, under
   * the name itself, carries the page number alone. A résumé without a name gets the page number on every page.
   */
  private static void pageFooter(Document doc) {
    String pages = footerContent(Labels.forLang(doc.selectFirst("html").attr("lang")));
    Element author = doc.head().selectFirst("meta[name=author]");
    String name = author == null ? "" : cssString(author.attr("content"));
    // The separator is a string of its own: the engine sets each string of a margin box as a run of its own, so
    // in a right-to-left document it falls between the name and the number only when it stands alone.
    String later = "content: " + (name.isEmpty() ? pages : "\"" + name + "\" \"" + NAME_SEPARATOR + "\" " + pages)
        + ";";
    String first = "content: " + pages + ";";
    DataNode last = null;
    boolean placed = false;
    for (Element style : doc.head().select("style")) {
      for (DataNode css : style.dataNodes()) {
        last = css;
        String data = css.getWholeData();
        if (!data.contains(FOOTER_MARKER)) continue;
        // The first page's box is the theme's with the page number alone: the engine takes a margin box whole.
        String firstPage = later.equals(first) ? "" : firstPageBox(data, first);
        css.setWholeData(data.replace(FOOTER_MARKER, later) + firstPage);
        placed = true;
      }
    }
    if (placed) return;
    String box = "{ %s font-size: 8pt; color: #777; }";
    String rule = "\n@page { @bottom-right " + box.formatted(later) + " }\n"
        + (later.equals(first) ? "" : "@page :first { @bottom-right " + box.formatted(first) + " }\n");
    if (last != null) {
      last.setWholeData(last.getWholeData() + rule);
    } else {
      doc.head().appendElement("style").appendChild(new DataNode(rule));
    }
  }

  /** Between the name and the page number in the footer. */
  static final String NAME_SEPARATOR = " · ";
  /** The longest name a footer shows whole; a longer one (a heading taken for a name) is cut. */
  private static final int FOOTER_NAME = 60;

  /**
   * A rule for the first page's copy of the theme's margin box that holds the footer marker: the same box and
   * declarations, with {@code content}.
   */
  private static String firstPageBox(String css, String content) {
    int marker = css.indexOf(FOOTER_MARKER);
    int open = css.lastIndexOf('{', marker);
    int close = css.indexOf('}', marker);
    int at = css.lastIndexOf('@', open);
    if (open < 0 || close < 0 || at < 0) return "";
    String box = css.substring(at, open).strip();
    if (!box.matches("@(top|bottom|left|right)-[a-z-]+")) return "";
    String declarations = css.substring(open + 1, close).replace(FOOTER_MARKER, content);
    return "\n@page :first { " + box + " {" + declarations + "} }\n";
  }

  /** Text as the inside of a double-quoted CSS string: no quote, backslash or line break left to end it. */
  private static String cssString(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) > FOOTER_NAME) {
      s = s.substring(0, s.offsetByCodePoints(0, FOOTER_NAME - 1)).strip() + "…";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') out.append('\\').append((char) cp);
      else if (cp < 0x20 || cp == 0x7F) out.append(' ');
      else out.appendCodePoint(cp);
    });
    return out.toString();
  }

  /**
   * The footer text as a CSS {@code content} value, the page numbers as counters. In a label that reads right to
   * left the spaces around the numbers are strings of their own: the engine lays out each string as a line of its
   * own, where a space at the end of right-to-left words stays on their right (it is trailing white space, which
   * keeps the box's left-to-right direction), so "صفحة " would touch the number on its left.
   */
  static String footerContent(Labels labels) {
    String[] parts = labels.pageOf().split("%[12]\\$s", -1);
    boolean rtl = labels.pageOf().codePoints().anyMatch(EngineMarkup::rightToLeft);
    return string(parts[0], rtl) + " counter(page) " + string(parts[1], rtl) + " counter(pages) "
        + string(parts[2], rtl);
  }

  /** Label text as CSS strings: one, or, when {@code apart}, its leading and trailing spaces each on their own. */
  private static String string(String text, boolean apart) {
    if (!apart || text.isBlank()) return "\"" + text + "\"";
    String core = text.strip();
    int lead = text.indexOf(core);
    String before = text.substring(0, lead);
    String after = text.substring(lead + core.length());
    return (before.isEmpty() ? "" : "\"" + before + "\" ") + "\"" + core + "\"" + (after.isEmpty() ? "" : " \"" + after + "\"");
  }

  private static boolean rightToLeft(int codePoint) {
    byte d = Character.getDirectionality(codePoint);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /**
   * The engine takes direction from CSS alone, never from a {@code dir} attribute: each one becomes the direction
   * property (right-to-left text aligned right as well), and a right-to-left document's body runs right to left.
   */
  private static void directions(Document doc) {
    Element body = doc.body();
    if (doc.selectFirst("html").attr("dir").equals("rtl")) {
      body.attr("dir", "rtl");
      style(body, "direction: rtl;");
    }
    for (Element e : body.select("[dir]")) {
      if (e == body) continue;
      String dir = e.attr("dir");
      if (dir.equals("rtl")) {
        style(e, "direction: rtl; text-align: right;");
        if (e.normalName().equals("li")) giveMarkerALine(e);
      } else if (dir.equals("ltr")) {
        style(e, "direction: ltr;");
      }
    }
  }

  /**
   * A right-to-left bullet is placed against the item's first line; an item that opens with a table or a nested
   * list has none, and the engine fails drawing its bullet. Such an item gets an empty first line.
   */
  private static void giveMarkerALine(Element li) {
    for (Node n : li.childNodes()) {
      if (n instanceof TextNode t && t.isBlank()) continue;
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

  /**
   * Stops the engine repeating a header row on every page when the header is too tall to be labels. It measures
   * the text as it will be drawn, so it comes after {@link Glyphs} has tidied it.
   */
  static void tableHeaders(Document doc) {
    for (Element table : doc.select("table")) {
      int columns = 0;
      for (Element row : table.select("tr")) columns = Math.max(columns, row.children().size());
      int longest = 0;
      for (Element cell : table.select("thead th, thead td")) longest = Math.max(longest, cell.text().length());
      if ((long) longest * Math.max(1, columns) > (long) LINE * REPEATED_HEADER_LINES) {
        table.attr("style", "-fs-table-paginate: auto;" + table.attr("style"));
      }
    }
  }
}
