package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a document's text as runs of one font and size, in the order the pages draw them: the raw material a
 * résumé parser works from (a PDF.js-based parser sees the same runs, with the same positions and fonts).
 */
final class TextItems extends PDFTextStripper {
  private final List<TextItem> items = new ArrayList<>();

  private TextItems() throws IOException {
    setSortByPosition(false);
  }

  static List<TextItem> of(PDDocument doc) throws IOException {
    TextItems stripper = new TextItems();
    stripper.getText(doc);
    return List.copyOf(stripper.items);
  }

  /** Called once per word the stripper finds; a word whose letters change font is split where they do. */
  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    int from = 0;
    for (int i = 1; i <= positions.size(); i++) {
      if (i < positions.size() && sameRun(positions.get(i - 1), positions.get(i))) continue;
      add(positions.subList(from, i));
      from = i;
    }
  }

  private void add(List<TextPosition> run) {
    if (run.isEmpty()) return;
    StringBuilder text = new StringBuilder();
    for (TextPosition p : run) text.append(p.getUnicode());
    if (text.toString().isBlank()) return;
    TextPosition first = run.get(0);
    TextPosition last = run.get(run.size() - 1);
    items.add(new TextItem(getCurrentPageNo(), first.getXDirAdj(), first.getYDirAdj(),
        last.getXDirAdj() + last.getWidthDirAdj(), first.getFontSizeInPt(), bold(first.getFont()),
        text.toString()));
  }

  private static boolean sameRun(TextPosition a, TextPosition b) {
    return a.getFont() == b.getFont() && Math.abs(a.getFontSizeInPt() - b.getFontSizeInPt()) < 0.1f
        && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f;
  }

  /** Bold as a parser tells it: by the face's name, else by the weight its descriptor gives. */
  private static boolean bold(PDFont font) {
    if (font == null) return false;
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold") || name.contains("black") || name.contains("heavy")) return true;
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.getFontWeight() >= 600 || d.isForceBold());
  }
}
