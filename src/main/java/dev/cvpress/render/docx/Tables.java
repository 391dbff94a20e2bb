package dev.cvpress.render.docx;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Markdown table as a Word table, in the text or in a footnote: the text's width, hairlines between rows, its head
 * repeated on each page.
 */
final class Tables {
  private final XWPFDocument doc;
  private final Look look;
  private final Runs runs;

  Tables(XWPFDocument doc, Look look, Runs runs) {
    this.doc = doc;
    this.look = look;
    this.runs = runs;
  }

  void table(Block.Table t, boolean breakBefore) {
    if (t.head().size() + t.body().size() == 0) return;
    if (breakBefore) doc.createParagraph().setPageBreak(true);
    fill(doc.createTable(t.head().size() + t.body().size(), columns(t)), t, null);
    // A paragraph after the table keeps the next table or heading apart from it, as Word itself does.
    doc.createParagraph().setSpacingAfter(0);
  }

  /**
   * A table in a footnote, as in the text, its cells in the note's text style. Word ends a note, as a cell, with a
   * paragraph: the one after the table, which also keeps it apart from what follows.
   */
  void table(XWPFFootnote note, Block.Table t) {
    if (t.head().size() + t.body().size() == 0) return;
    fill(note.createTable(t.head().size() + t.body().size(), columns(t)), t, WordStyles.FOOTNOTE_TEXT);
    XWPFParagraph after = note.createParagraph();
    after.setStyle(WordStyles.FOOTNOTE_TEXT);
    after.setSpacingAfter(0);
  }

  private static int columns(Block.Table t) {
    int columns = 1;
    for (var row : t.head()) columns = Math.max(columns, row.size());
    for (var row : t.body()) columns = Math.max(columns, row.size());
    return columns;
  }

  /** The table's width, hairlines, padding and cells, each cell's paragraph in {@code style} (null: Normal). */
  private void fill(XWPFTable table, Block.Table t, String style) {
    table.setWidth("100%");
    table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, look.ruleColour());
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, look.ruleColour());
    int pad = (int) Math.round(0.2 * look.bodyPt() * 20);
    table.setCellMargins(pad, 0, pad, 3 * pad);
    int r = 0;
    for (var row : t.head()) {
      XWPFTableRow wordRow = table.getRow(r++);
      wordRow.setRepeatHeader(true);
      wordRow.setCantSplitRow(true);
      cells(wordRow, row, t.align(), true, style);
    }
    for (var row : t.body()) {
      XWPFTableRow wordRow = table.getRow(r++);
      wordRow.setCantSplitRow(true);
      cells(wordRow, row, t.align(), false, style);
    }
  }

  private void cells(XWPFTableRow row, List<List<Inline>> cells, List<String> align, boolean head, String style) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      if (style != null) p.setStyle(style);
      p.setSpacingAfter(0);
      String a = i < align.size() ? align.get(i) : "";
      if (a.equals("center")) p.setAlignment(ParagraphAlignment.CENTER);
      else if (a.equals("right")) p.setAlignment(ParagraphAlignment.RIGHT);
      runs.write(p, cells.get(i), head ? Runs.Format.PLAIN.withWeight(look.weights().th()) : Runs.Format.PLAIN, null);
    }
  }
}
