package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a laid-out PDF read back the two ways text extractors (and applicant tracking systems) read it.
 *
 * @param inDrawingOrder the text in the order the pages' content draws it, page after page
 * @param pagesByPosition each page's text in lines from top to bottom, each line from left to right; page 1 first
 */
public record PdfText(String inDrawingOrder, List<String> pagesByPosition) {
  public PdfText {
    pagesByPosition = List.copyOf(pagesByPosition);
  }

  /** Reads the text of {@code pdf}. */
  public static PdfText read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String drawn = new PDFTextStripper().getText(doc);
      List<String> pages = new ArrayList<>();
      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        byPosition.setStartPage(page);
        byPosition.setEndPage(page);
        pages.add(byPosition.getText(doc));
      }
      return new PdfText(drawn, pages);
    }
  }

  /**
   * The document's text as runs of one font and size, with their positions, in the order the pages draw them:
   * what a résumé parser reads.
   */
  public static List<TextItem> items(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return TextItems.of(doc);
    }
  }

  /** The whole text read by position: each page top to bottom, page after page. */
  public String byPosition() {
    return String.join("", pagesByPosition);
  }

  /** The text of page {@code page} (counted from 1) by position; empty past the last page. */
  public String page(int page) {
    return page >= 1 && page <= pagesByPosition.size() ? pagesByPosition.get(page - 1) : "";
  }
}
