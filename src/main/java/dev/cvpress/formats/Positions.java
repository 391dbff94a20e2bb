package dev.cvpress.formats;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A résumé with every position in it mapped: a résumé read from Markdown that cvpress wrote from another format
 * points into that format's file, and two résumés compare as content once every position is the same.
 */
public final class Positions {
  private Positions() {}

  /** The résumé with {@code map} applied to the position of every node, inline, section and front-matter key. */
  public static Resume mapped(Resume resume, UnaryOperator<SourcePos> map) {
    Meta m = resume.meta();
    Map<String, SourcePos> stylePos = new LinkedHashMap<>();
    m.stylePos().forEach((k, v) -> stylePos.put(k, map.apply(v)));
    Meta meta = new Meta(m.title(), m.lang(), m.keywords(), m.date(), m.style(), stylePos, m.styleFromTopLevel(),
        m.styleOrigins(), m.languages());
    Header h = resume.header();
    Header.PageTitle pageTitle = h.pageTitle() == null ? null
        : new Header.PageTitle(h.pageTitle().text(), map.apply(h.pageTitle().pos()));
    Header header = new Header(h.name(), inlines(h.headline(), map), h.contacts(), h.photo(), pageTitle);
    List<Section> sections = resume.sections().stream()
        .map(s -> new Section(s.id(), s.title(), blocks(s.blocks(), map), s.tags(), map.apply(s.pos()))).toList();
    return new Resume(meta, header, blocks(resume.intro(), map), sections);
  }

  /** Every position the same: what is left to compare is what the résumé says. */
  public static Resume withoutPositions(Resume resume) {
    SourcePos none = SourcePos.file("");
    return mapped(resume, p -> none);
  }

  public static List<Block> blocks(List<Block> blocks, UnaryOperator<SourcePos> map) {
    return blocks.stream().map(b -> block(b, map)).toList();
  }

  private static Block block(Block b, UnaryOperator<SourcePos> map) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(inlines(p.inlines(), map), p.tags(), map.apply(p.pos()));
    }
    if (b instanceof Block.BulletList l) {
      return new Block.BulletList(l.ordered(), l.start(), l.items().stream().map(i -> item(i, map)).toList(), map.apply(l.pos()));
    }
    if (b instanceof Block.Table t) {
      return new Block.Table(rows(t.head(), map), rows(t.body(), map), t.align(), map.apply(t.pos()));
    }
    if (b instanceof Block.SubHeading h) {
      return new Block.SubHeading(h.level(), inlines(h.inlines(), map), map.apply(h.pos()));
    }
    if (b instanceof Block.CodeBlock c) return new Block.CodeBlock(c.language(), c.text(), map.apply(c.pos()));
    if (b instanceof Block.Quote q) return new Block.Quote(blocks(q.blocks(), map), map.apply(q.pos()));
    if (b instanceof Block.Image i) return new Block.Image(i.src(), i.alt(), map.apply(i.pos()));
    if (b instanceof Block.Rule r) return new Block.Rule(map.apply(r.pos()));
    if (b instanceof Block.PageBreak p) return new Block.PageBreak(map.apply(p.pos()));
    if (b instanceof Block.Definition d) {
      return new Block.Definition(inlines(d.term(), map),
          d.descriptions().stream().map(x -> blocks(x, map)).toList(), map.apply(d.pos()));
    }
    if (b instanceof Block.Footnote f) {
      return new Block.Footnote(f.number(), inlines(f.text(), map), blocks(f.more(), map), map.apply(f.pos()));
    }
    if (b instanceof Entry e) {
      return new Entry(e.title(), e.org(), e.url(), e.location(), e.role(), e.dates(), e.tags(),
          blocks(e.body(), map), map.apply(e.pos()));
    }
    throw new IllegalStateException("no case for " + b.getClass().getSimpleName());
  }

  private static Block.ListItem item(Block.ListItem i, UnaryOperator<SourcePos> map) {
    return new Block.ListItem(inlines(i.text(), map), blocks(i.children(), map), i.checked(), i.tags(),
        map.apply(i.pos()));
  }

  private static List<List<List<Inline>>> rows(List<List<List<Inline>>> rows, UnaryOperator<SourcePos> map) {
    return rows.stream().map(r -> r.stream().map(c -> inlines(c, map)).toList()).toList();
  }

  public static List<Inline> inlines(List<Inline> inlines, UnaryOperator<SourcePos> map) {
    return inlines.stream().map(i -> inline(i, map)).toList();
  }

  private static Inline inline(Inline i, UnaryOperator<SourcePos> map) {
    if (i instanceof Inline.Emph e) return new Inline.Emph(inlines(e.children(), map));
    if (i instanceof Inline.Strong s) return new Inline.Strong(inlines(s.children(), map));
    if (i instanceof Inline.Strike s) return new Inline.Strike(inlines(s.children(), map));
    if (i instanceof Inline.Link l) {
      return new Inline.Link(l.url(), inlines(l.children(), map), mapOrNull(l.pos(), map));
    }
    if (i instanceof Inline.Image img) return new Inline.Image(img.src(), img.alt(), mapOrNull(img.pos(), map));
    return i; // Text, Code, LineBreak hold no position
  }

  private static SourcePos mapOrNull(SourcePos pos, UnaryOperator<SourcePos> map) {
    return pos == null ? null : map.apply(pos);
  }
}
