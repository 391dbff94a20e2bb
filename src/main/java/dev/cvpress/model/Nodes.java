package dev.cvpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one walk over the body tree: what each kind of node holds, every node in reading order, and a rebuild. Every
 * stage that looks into the tree goes through here, so a new kind of node is handled (or refused) in one place;
 * the writers, which must say how each kind looks, still ask these for the nesting.
 */
public final class Nodes {
  private Nodes() {}

  /** The nodes directly inside {@code node}, in reading order: they come after its own {@link #runs}. */
  public static List<Node> children(Node node) {
    if (node instanceof Entry e) return List.copyOf(e.body());
    if (node instanceof Block.Quote q) return List.copyOf(q.blocks());
    if (node instanceof Block.BulletList l) return List.copyOf(l.items());
    if (node instanceof Block.ListItem i) return List.copyOf(i.children());
    if (node instanceof Block.Definition d) {
      return d.descriptions().stream().flatMap(List::stream).map(Node.class::cast).toList();
    }
    if (node instanceof Block.Footnote f) return List.copyOf(f.more());
    if (node instanceof Block.Paragraph || node instanceof Block.Table || node instanceof Block.SubHeading
        || node instanceof Block.CodeBlock || node instanceof Block.Image || node instanceof Block.Rule
        || node instanceof Block.PageBreak) {
      return List.of();
    }
    throw unknown(node);
  }

  /** The runs of inline content {@code node} holds itself (not through its children), in reading order. */
  public static List<List<Inline>> runs(Node node) {
    if (node instanceof Block.Paragraph p) return List.of(p.inlines());
    if (node instanceof Block.ListItem i) return List.of(i.text());
    if (node instanceof Block.SubHeading h) return List.of(h.inlines());
    if (node instanceof Block.Definition d) return List.of(d.term());
    if (node instanceof Block.Footnote f) return List.of(f.text());
    if (node instanceof Block.Table t) {
      return Stream.concat(t.head().stream(), t.body().stream()).flatMap(List::stream).toList();
    }
    if (node instanceof Entry || node instanceof Block.Quote || node instanceof Block.BulletList
        || node instanceof Block.CodeBlock || node instanceof Block.Image || node instanceof Block.Rule
        || node instanceof Block.PageBreak) {
      return List.of();
    }
    throw unknown(node);
  }

  /**
   * Marks a language among a node's tags: content written with {@code {lang=de}} carries the tag {@code lang:de}, so
   * that it travels wherever tags do (positions, comparisons, conversions) while variants ignore it.
   */
  public static final String LANG = "lang:";

  /** The languages among {@code tags} ({@code de} for {@code lang:de}); empty for content in every language. */
  public static Set<String> languages(Set<String> tags) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String t : tags) if (t.startsWith(LANG)) out.add(t.substring(LANG.length()));
    return out;
  }

  /** {@code tags} without the languages: the variant tags that {@code --tags} selects. */
  public static Set<String> variantTags(Set<String> tags) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String t : tags) if (!t.startsWith(LANG)) out.add(t);
    return out;
  }

  /** The variant tags a node carries; kinds that cannot be tagged carry none. */
  public static Set<String> tags(Node node) {
    if (node instanceof Entry e) return e.tags();
    if (node instanceof Block.Paragraph p) return p.tags();
    if (node instanceof Block.ListItem i) return i.tags();
    return Set.of();
  }

  /** {@code nodes} and everything inside them, depth first, in reading order. */
  public static Stream<Node> stream(List<? extends Node> nodes) {
    return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), stream(children(n))));
  }

  /** Every node of the body: the introduction, then each section in order. */
  public static Stream<Node> stream(Resume resume) {
    return Stream.concat(stream(resume.intro()), resume.sections().stream().flatMap(s -> stream(s.blocks())));
  }

  /** Every inline in {@code inlines}, depth first: a link or an emphasis before what it holds. */
  public static Stream<Inline> inlines(List<Inline> inlines) {
    return inlines.stream().flatMap(i -> Stream.concat(Stream.of(i), inlines(Inline.children(i))));
  }

  /** Every inline of the node's own runs, depth first. */
  public static Stream<Inline> inlines(Node node) {
    return runs(node).stream().flatMap(Nodes::inlines);
  }

  /**
   * The blocks rebuilt from the leaves up: {@code keep} sees each node with its children already rebuilt and
   * returns it (or a replacement of the same kind of place: a block for a block, an item for an item), or null to
   * leave it out.
   */
  public static List<Block> rebuild(List<Block> blocks, UnaryOperator<Node> keep) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      Node kept = keep.apply(withRebuiltChildren(b, keep));
      if (kept != null) out.add((Block) kept);
    }
    return out;
  }

  /** The résumé with its introduction and every section's blocks rebuilt by {@code keep}. */
  public static Resume rebuild(Resume resume, UnaryOperator<Node> keep) {
    List<Section> sections = resume.sections().stream()
        .map(s -> new Section(s.id(), s.title(), rebuild(s.blocks(), keep), s.tags(), s.pos())).toList();
    return new Resume(resume.meta(), resume.header(), rebuild(resume.intro(), keep), sections);
  }

  private static Node withRebuiltChildren(Node node, UnaryOperator<Node> keep) {
    if (node instanceof Entry e) {
      return new Entry(e.title(), e.org(), e.url(), e.location(), e.role(), e.dates(), e.tags(),
          rebuild(e.body(), keep), e.pos());
    }
    if (node instanceof Block.Quote q) return new Block.Quote(rebuild(q.blocks(), keep), q.pos());
    if (node instanceof Block.BulletList l) {
      List<Block.ListItem> items = l.items().stream().map(i -> keep.apply(withRebuiltChildren(i, keep)))
          .filter(Objects::nonNull).map(Block.ListItem.class::cast).toList();
      return new Block.BulletList(l.ordered(), l.start(), items, l.pos());
    }
    if (node instanceof Block.ListItem i) {
      return new Block.ListItem(i.text(), rebuild(i.children(), keep), i.checked(), i.tags(), i.pos());
    }
    if (node instanceof Block.Definition d) {
      return new Block.Definition(d.term(), d.descriptions().stream().map(x -> rebuild(x, keep)).toList(), d.pos());
    }
    if (node instanceof Block.Footnote f) {
      return new Block.Footnote(f.number(), f.text(), rebuild(f.more(), keep), f.pos());
    }
    if (children(node).isEmpty()) return node; // a leaf, or refused there when unknown
    throw unknown(node);
  }

  private static IllegalStateException unknown(Node node) {
    return new IllegalStateException("no case for " + node.getClass().getSimpleName() + " in Nodes");
  }
}
