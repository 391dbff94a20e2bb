package dev.cvpress.render.docx;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A footnote's blocks after its first paragraph, in the footnote, in its text style: paragraphs; lists as Word
 * numbering (bullets and numbers, nested), as in the text; definition lists as the term at the theme's weight,
 * kept with its description, indented under it; tables as Word tables, as in the text; a quote's blocks indented.
 * What else a note may hold (code) is set as its paragraphs of text, in order: Word's footnotes are for a few lines
 * of text.
 */
final class NoteBlocks {
  private final XWPFFootnote note;
  private final Look look;
  private final Runs runs;
  private final WordLists lists;
  private final Tables tables;

  NoteBlocks(XWPFFootnote note, Look look, Runs runs, WordLists lists, Tables tables) {
    this.note = note;
    this.look = look;
    this.runs = runs;
    this.lists = lists;
    this.tables = tables;
  }

  void write(List<Block> blocks) {
    write(blocks, 0, -1);
  }

  /** {@code blocks} indented {@code indent} twips, inside a list item at {@code level} (-1: in none). */
  private void write(List<Block> blocks, long indent, int level) {
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        runs.write(paragraph(indent), p.inlines());
      } else if (b instanceof Block.BulletList l) {
        list(l, Math.min(level + 1, 8));
      } else if (b instanceof Block.Definition d) {
        XWPFParagraph term = paragraph(indent);
        term.getCTPPr();
        term.setKeepNext(true);
        runs.write(term, d.term(), Runs.Format.PLAIN.withWeight(look.weights().dt()), null);
        long inside = indent + Math.round(1.2 * look.bodyPt() * 20);
        for (List<Block> description : d.descriptions()) write(description, inside, level);
      } else if (b instanceof Block.Table t) {
        tables.table(note, t);
      } else if (b instanceof Block.Quote q) {
        write(q.blocks(), indent + Math.round(0.8 * look.bodyPt() * 20), level);
      } else if (!(b instanceof Block.Footnote)) {
        List<List<Inline>> texts = new ArrayList<>();
        Nodes.stream(List.of(b)).forEach(n -> texts.addAll(Nodes.runs(n)));
        for (List<Inline> text : texts) runs.write(paragraph(indent), text);
      }
    }
  }

  private void list(Block.BulletList l, int level) {
    BigInteger numbering = l.ordered() ? lists.numbered(l.start()) : lists.bullets();
    for (Block.ListItem item : l.items()) {
      XWPFParagraph p = paragraph(0);
      p.setNumID(numbering);
      p.setNumILvl(BigInteger.valueOf(level));
      if (item.checked() != null) p.createRun().setText(item.checked() ? "☑ " : "☐ ");
      runs.write(p, item.text());
      write(item.children(), lists.indent(level, l.ordered()), level);
    }
  }

  private XWPFParagraph paragraph(long indent) {
    XWPFParagraph p = note.createParagraph();
    p.setStyle(WordStyles.FOOTNOTE_TEXT);
    if (indent > 0) p.setIndentationLeft((int) indent);
    return p;
  }
}
