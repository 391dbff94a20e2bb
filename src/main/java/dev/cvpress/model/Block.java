package dev.cvpress.model;

import java.util.List;
import java.util.Set;

/** Body content of a section or an entry. Walk it with {@link Nodes}, which knows every kind. */
public sealed interface Block extends Node permits Block.Paragraph, Block.BulletList, Block.Table, Block.SubHeading,
    Block.CodeBlock, Block.Quote, Block.Image, Block.Rule, Block.Definition, Block.Footnote, Block.PageBreak, Entry {

  record Paragraph(List<Inline> inlines, Set<String> tags, SourcePos pos) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
      tags = Set.copyOf(tags);
    }
  }

  /**
   * A list; each item is its first line of text plus any nested blocks (sub-lists, more paragraphs). A numbered
   * list counts from {@code start}, the number its first item was written with ("3." starts at 3); a bulleted
   * list's start is 1 and means nothing.
   */
  record BulletList(boolean ordered, int start, List<ListItem> items, SourcePos pos) implements Block {
    public BulletList {
      items = List.copyOf(items);
      if (start < 0) throw new IllegalArgumentException("a list cannot start at " + start);
    }

    /** A list counting from 1. */
    public BulletList(boolean ordered, List<ListItem> items, SourcePos pos) {
      this(ordered, 1, items, pos);
    }

    /** The number item {@code index} (from 0) shows in a numbered list. */
    public long number(int index) {
      return (long) start + index;
    }
  }

  record ListItem(List<Inline> text, List<Block> children, Boolean checked, Set<String> tags, SourcePos pos)
      implements Node {
    public ListItem {
      text = List.copyOf(text);
      children = List.copyOf(children);
      tags = Set.copyOf(tags);
    }
  }

  /** A table; rows are lists of cells, cells are inline content. {@code align} holds left/center/right or "". */
  record Table(List<List<List<Inline>>> head, List<List<List<Inline>>> body, List<String> align, SourcePos pos)
      implements Block {
    public Table {
      head = head.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
      body = body.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
      align = List.copyOf(align);
    }
  }

  /** A heading inside a section or entry; level 3 to 6 as written. */
  record SubHeading(int level, List<Inline> inlines, SourcePos pos) implements Block {
    public SubHeading {
      inlines = List.copyOf(inlines);
    }
  }

  record CodeBlock(String language, String text, SourcePos pos) implements Block {}

  record Quote(List<Block> blocks, SourcePos pos) implements Block {
    public Quote {
      blocks = List.copyOf(blocks);
    }
  }

  record Image(String src, String alt, SourcePos pos) implements Block {}

  record Rule(SourcePos pos) implements Block {}

  /**
   * What follows starts on a new page. As the first block of a section, the section starts on a new page, title
   * and all. Printed pages only: text and the screen have no pages.
   */
  record PageBreak(SourcePos pos) implements Block {}

  /** A term and its descriptions, as in Markdown definition lists. */
  record Definition(List<Inline> term, List<List<Block>> descriptions, SourcePos pos) implements Block {
    public Definition {
      term = List.copyOf(term);
      descriptions = descriptions.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A footnote's text, where it is defined: its number, its first paragraph and any further blocks. Its own node,
   * so that variants and checks treat it as content rather than as a tagged paragraph.
   */
  record Footnote(int number, List<Inline> text, List<Block> more, SourcePos pos) implements Block {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public Footnote {
      text = List.copyOf(text);
      more = List.copyOf(more);
    }

    /** The mark a printed page puts before the note and at its reference: the number in superscript digits. */
    public String mark() {
      return mark(number);
    }

    public static String mark(int number) {
      String n = Integer.toString(Math.max(1, number));
      StringBuilder out = new StringBuilder(n.length());
      for (int i = 0; i < n.length(); i++) out.append(DIGITS.charAt(n.charAt(i) - '0'));
      return out.toString();
    }
  }
}
