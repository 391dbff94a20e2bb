package dev.cvpress.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes the engine draw each line's runs in reading order. It draws an element's own text first and the inline
 * elements inside it after, so "Maintainer of <em>pgqueue</em>, a job queue" goes into the content stream as
 * "Maintainer of , a job queue" and then "pgqueue": a text extractor that reads in drawing order (as one must on a
 * page of two columns, where reading by position mixes the columns) gets the words out of order. Text that shares
 * its element with inline elements is given a {@code span} of its own, so that every run is drawn as an element,
 * in order.
 */
final class InlineRuns {
  private InlineRuns() {}

  /** Where runs are put in order: a page of side-by-side columns (the sidebar layout). */
  static final String COLUMNS = "body.layout-sidebar";

  static void order(Document doc) {
    for (Element root : doc.select(COLUMNS)) wrap(root);
  }

  private static void wrap(Element element) {
    List<TextNode> loose = new ArrayList<>();
    boolean hasElements = false;
    for (Node child : element.childNodes()) {
      if (child instanceof Element e) {
        hasElements = true;
        wrap(e);
      } else if (child instanceof TextNode t && !t.isBlank()) {
        loose.add(t);
      }
    }
    if (!hasElements) return;
    for (TextNode t : loose) t.wrap("<span></span>");
  }
}
