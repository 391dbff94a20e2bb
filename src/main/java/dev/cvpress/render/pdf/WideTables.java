package dev.cvpress.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks tables too wide for a column of text ({@code table.wide}), so the theme can set them smaller to fit, and
 * stops the engine repeating a tall header row on every page.
 */
final class WideTables {
  private WideTables() {}

  static final int WIDE_COLUMNS = 6;

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

  static void mark(Document doc) {
    for (Element table : doc.select("table")) {
      int columns = 0;
      for (Element row : table.select("tr")) columns = Math.max(columns, row.children().size());
      if (columns > WIDE_COLUMNS) table.addClass("wide");
      int longest = 0;
      for (Element cell : table.select("thead th, thead td")) longest = Math.max(longest, cell.text().length());
      if ((long) longest * Math.max(1, columns) > (long) LINE * REPEATED_HEADER_LINES) {
        table.attr("style", "-fs-table-paginate: auto;" + table.attr("style"));
      }
    }
  }
}
