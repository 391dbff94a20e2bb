package dev.cvpress.formats.rendercv;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Blocks RenderCV has no entry type for, as the lines of Markdown text it renders, so that what they say is carried
 * rather than dropped: a table's rows (its head in bold, cells between middle dots), each line of code as code, an
 * image as a link to it, a quote's text, a definition as {@code **term:** description}, a footnote after its mark,
 * a heading in bold. A rule or a page break says nothing and gives no line.
 */
final class AsText {
  private AsText() {}

  private static final Inline.Text BETWEEN_CELLS = new Inline.Text(" · ");

  /** The block as paragraphs of text, in reading order; empty for a rule or a page break. */
  static List<Block.Paragraph> of(Block b) {
    List<Block.Paragraph> out = new ArrayList<>();
    add(b, out);
    return out;
  }

  private static void add(Block b, List<Block.Paragraph> out) {
    if (b instanceof Block.Paragraph p) {
      out.add(p);
    } else if (b instanceof Block.BulletList l) {
      for (Block.ListItem item : l.items()) {
        line(item.text(), b, out);
        item.children().forEach(c -> add(c, out));
      }
    } else if (b instanceof Block.Table t) {
      t.head().forEach(row -> line(cells(row, true), b, out));
      t.body().forEach(row -> line(cells(row, false), b, out));
    } else if (b instanceof Block.CodeBlock c) {
      c.text().lines().filter(s -> !s.isBlank()).forEach(s -> line(List.of(new Inline.Code(s.strip())), b, out));
    } else if (b instanceof Block.Image i) {
      String shown = i.alt().isBlank() ? i.src() : i.alt();
      line(List.of(new Inline.Link(i.src(), List.of(new Inline.Text(shown)), i.pos())), b, out);
    } else if (b instanceof Block.Quote q) {
      q.blocks().forEach(c -> add(c, out));
    } else if (b instanceof Block.SubHeading h) {
      line(List.of(new Inline.Strong(h.inlines())), b, out);
    } else if (b instanceof Block.Definition d) {
      List<Inline> term = new ArrayList<>(d.term());
      term.add(new Inline.Text(":"));
      List<Block.Paragraph> described = new ArrayList<>();
      d.descriptions().forEach(desc -> desc.forEach(c -> add(c, described)));
      List<Inline> first = new ArrayList<>(List.of(new Inline.Strong(term)));
      if (!described.isEmpty()) {
        first.add(new Inline.Text(" "));
        first.addAll(described.remove(0).inlines());
      }
      line(first, b, out);
      out.addAll(described);
    } else if (b instanceof Block.Footnote f) {
      List<Inline> text = new ArrayList<>(List.of(new Inline.Text(Block.Footnote.mark(f.number()) + " ")));
      text.addAll(f.text());
      line(text, b, out);
      f.more().forEach(c -> add(c, out));
    }
  }

  private static List<Inline> cells(List<List<Inline>> row, boolean head) {
    List<Inline> out = new ArrayList<>();
    for (List<Inline> cell : row) {
      if (cell.isEmpty()) continue;
      if (!out.isEmpty()) out.add(BETWEEN_CELLS);
      if (head) out.add(new Inline.Strong(cell));
      else out.addAll(cell);
    }
    return out;
  }

  private static void line(List<Inline> text, Block from, List<Block.Paragraph> out) {
    if (!text.isEmpty()) out.add(new Block.Paragraph(text, Set.of(), from.pos()));
  }
}
