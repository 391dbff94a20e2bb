package dev.cvpress.render.docx;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Section;
import dev.cvpress.render.Labels;
import dev.cvpress.render.html.Links;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The résumé's sections, entries and blocks as Word paragraphs, each in a named style: no text boxes, no
 * tables for layout, nothing that falls apart when a line is edited. Markdown tables stay tables ({@link Tables}).
 */
final class BodyWriter {
  /** Where a block is set: its paragraph style, its left indent in twips, and the list level it sits under. */
  private record Place(String style, long indent, int listLevel) {
    static final Place BODY = new Place(null, 0, -1);
  }

  private final XWPFDocument doc;
  private final Look look;
  private final Labels labels;
  private final boolean originalDates;
  private final Runs runs;
  private final WordLists lists;
  private final Tables tables;
  /** A page break asked for before the next paragraph. */
  private boolean breakBefore;
  /** The style of the paragraph written last ("Normal" for a body paragraph), for the space between the two. */
  private String lastStyle = "";

  BodyWriter(XWPFDocument doc, Look look, String lang, boolean originalDates, Runs runs) {
    this.doc = doc;
    this.look = look;
    this.labels = Labels.forLang(lang);
    this.originalDates = originalDates;
    this.runs = runs;
    this.lists = runs.lists();
    this.tables = new Tables(doc, look, runs);
  }

  void section(Section s) {
    List<Block> blocks = s.blocks();
    if (!blocks.isEmpty() && blocks.get(0) instanceof Block.PageBreak) {
      breakBefore = true;
      blocks = blocks.subList(1, blocks.size());
    }
    if (!s.title().isBlank() && TitleRules.beside(look)) {
      TitleRules.write(paragraph(WordStyles.SECTION), s.title(), look);
    } else if (!s.title().isBlank()) {
      paragraph(WordStyles.SECTION).createRun().setText(s.title());
    }
    blocks(blocks, Place.BODY);
  }

  void blocks(List<Block> blocks) {
    blocks(blocks, Place.BODY);
  }

  /** The notes no mark led to, after everything else, as the printed page sets all its notes. */
  void notes(List<Block.Footnote> notes) {
    for (Block.Footnote f : notes) {
      XWPFParagraph p = paragraph(WordStyles.FOOTNOTE_TEXT);
      p.createRun().setText(f.mark() + " ");
      runs.write(p, f.text());
      blocks(f.more(), new Place(WordStyles.FOOTNOTE_TEXT, 0, -1));
    }
  }

  private void blocks(List<Block> blocks, Place at) {
    for (Block b : blocks) block(b, at);
  }

  private void block(Block b, Place at) {
    if (b instanceof Entry e) {
      entry(e);
    } else if (b instanceof Block.Paragraph p) {
      runs.write(paragraph(at), p.inlines());
    } else if (b instanceof Block.BulletList l) {
      list(l, at.listLevel() + 1);
    } else if (b instanceof Block.SubHeading h) {
      runs.write(paragraph(WordStyles.SUBHEADING), h.inlines());
    } else if (b instanceof Block.Table t) {
      tables.table(t, breakBefore);
      breakBefore = false;
    } else if (b instanceof Block.CodeBlock c) {
      XWPFParagraph p = paragraph(new Place(WordStyles.CODE, at.indent(), at.listLevel()));
      List<String> lines = c.text().stripTrailing().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        XWPFRun run = p.createRun();
        if (i > 0) run.addBreak();
        run.setText(lines.get(i));
      }
    } else if (b instanceof Block.Quote q) {
      blocks(q.blocks(), new Place(WordStyles.QUOTE, at.indent(), at.listLevel()));
    } else if (b instanceof Block.Footnote) {
      // Set as a Word footnote where its mark is (see Runs), not where it happens to be written.
    } else if (b instanceof Block.Image img) {
      runs.picture(paragraph(at), img.src(), img.alt());
    } else if (b instanceof Block.Rule) {
      XWPFParagraph p = paragraph(at);
      p.setBorderBottom(Borders.SINGLE);
    } else if (b instanceof Block.PageBreak) {
      breakBefore = true;
    } else if (b instanceof Block.Definition d) {
      XWPFParagraph term = paragraph(at);
      keepWithNext(term);
      runs.write(term, d.term(), Runs.Format.PLAIN.withWeight(look.weights().dt()), null);
      Place inside = new Place(at.style(), at.indent() + Math.round(1.2 * look.bodyPt() * 20), at.listLevel());
      for (List<Block> description : d.descriptions()) blocks(description, inside);
    }
  }

  private void list(Block.BulletList l, int level) {
    int depth = Math.min(level, 8);
    BigInteger numbering = l.ordered() ? lists.numbered(l.start()) : lists.bullets();
    for (Block.ListItem item : l.items()) {
      XWPFParagraph p = paragraph(WordStyles.LIST);
      p.setNumID(numbering);
      p.setNumILvl(BigInteger.valueOf(depth));
      if (item.checked() != null) p.createRun().setText(item.checked() ? "☑ " : "☐ ");
      runs.write(p, item.text());
      blocks(item.children(), new Place(WordStyles.LIST, lists.indent(depth, l.ordered()), depth));
    }
  }

  private void entry(Entry e) {
    XWPFParagraph p = paragraph(WordStyles.ENTRY);
    String titleUrl = e.org() == null ? linkable(e.url()) : null;
    if (e.title() != null) runs.text(p, e.title() + (e.org() != null ? "," : ""), Runs.Format.PLAIN, titleUrl);
    if (e.org() != null) {
      if (e.title() != null) p.createRun().setText(" ");
      XWPFRun org = runs.text(p, e.org(), Runs.Format.PLAIN, linkable(e.url()));
      if (e.title() != null) Weights.weigh(org, look, look.weights().org());
    }
    if (e.location() != null || e.dates() != null) {
      String meta = e.location() == null ? "" : e.location();
      if (e.dates() != null) meta += (meta.isEmpty() ? "" : " · ") + labels.dates(e.dates(), originalDates);
      XWPFRun tab = p.createRun();
      tab.addTab();
      XWPFRun run = p.createRun();
      run.setText(meta);
      Weights.weigh(run, look, 400);
      run.setColor(look.metaColour());
      run.setFontSize(look.metaPt());
    }
    if (e.role() != null) paragraph(WordStyles.ROLE).createRun().setText(e.role());
    blocks(e.body(), Place.BODY);
  }

  /**
   * The paragraph stays on the page of the one after it. POI's own setKeepNext fails on a paragraph that has no
   * properties yet (a plain body paragraph has none); getCTPPr makes them first.
   */
  private static void keepWithNext(XWPFParagraph p) {
    p.getCTPPr();
    p.setKeepNext(true);
  }

  private static String linkable(String url) {
    return url != null && Links.allowed(url) ? url.strip() : null;
  }

  private XWPFParagraph paragraph(String style) {
    return paragraph(new Place(style, 0, -1));
  }

  private XWPFParagraph paragraph(Place at) {
    XWPFParagraph p = doc.createParagraph();
    if (at.style() != null) p.setStyle(at.style());
    if (at.indent() > 0) p.setIndentationLeft((int) at.indent());
    if (breakBefore) {
      p.setPageBreak(true);
      breakBefore = false;
    }
    String style = at.style() == null ? "Normal" : at.style();
    // Word adds the space after one paragraph to the space before the next, where the PDF's margins collapse: an
    // entry straight under its section's title has no space of its own above it (as every theme sets it), and a
    // paragraph after a list gets the list's margin, which the list's items, set close, do not have.
    if (style.equals(WordStyles.ENTRY) && lastStyle.equals(WordStyles.SECTION)) p.setSpacingBefore(0);
    if (style.equals("Normal") && at.listLevel() < 0 && lastStyle.equals(WordStyles.LIST)) {
      p.setSpacingBefore((int) Math.round(look.lists().afterPt() * 20));
    }
    lastStyle = style;
    return p;
  }
}
