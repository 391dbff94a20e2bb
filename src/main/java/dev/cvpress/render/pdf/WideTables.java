package dev.cvpress.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Marks tables too wide for a column of text ({@code table.wide}), so the theme can set them smaller to fit. */
final class WideTables {
  private WideTables() {}

  static final int WIDE_COLUMNS = 6;

  static void mark(Document doc) {
    for (Element table : doc.select("table")) {
      int columns = 0;
      for (Element row : table.select("tr")) columns = Math.max(columns, row.children().size());
      if (columns > WIDE_COLUMNS) table.addClass("wide");
    }
  }
}
