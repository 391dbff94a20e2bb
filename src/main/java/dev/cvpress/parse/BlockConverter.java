package dev.cvpress.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * flexmark's block nodes to the model's {@link Block}s, wherever they stand: lists, quotes, code, tables,
 * definition lists, footnote texts, images alone in a paragraph, and raw HTML nested in a list or quote.
 * Headings met here (inside a list or quote) are sub-headings; the outline of the document is not decided here.
 */
final class BlockConverter {
  private final MarkdownSource source;
  private final InlineConverter inlines;
  private final Tags tags;
  private final FootnoteNumbers footnotes;

  BlockConverter(MarkdownSource source, InlineConverter inlines, Tags tags, FootnoteNumbers footnotes) {
    this.source = source;
    this.inlines = inlines;
    this.tags = tags;
    this.footnotes = footnotes;
  }

  /** The blocks one Markdown node makes: none, one, or (for a definition list) one per term. */
  List<Block> blocksOf(Node node) {
    if (node instanceof DefinitionList dl) return definitions(dl);
    Block b = block(node);
    return b == null ? List.of() : List.of(b);
  }

  /**
   * A paragraph as a block: a lone image (blank text around it aside) is an image block, anything else a
   * paragraph with the tags written on any of its lines.
   */
  Block paragraphOrImage(List<Inline> content, Node p) {
    List<Inline> visible = content.stream()
        .filter(i -> !(i instanceof Inline.Text t && t.text().isBlank()))
        .toList();
    if (visible.size() == 1 && visible.get(0) instanceof Inline.Image img) {
      return new Block.Image(img.src(), img.alt(), source.pos(p));
    }
    return new Block.Paragraph(InlineConverter.trim(content), tagsOf(p, true), source.pos(p));
  }

  /** The variant tags written on a node's line, or on any of its lines for a paragraph. */
  Set<String> tagsOf(Node n, boolean allLines) {
    if (tags == null || tags.isEmpty()) return Set.of();
    int first = n.getStartLineNumber() + 1;
    return tags.on(first, allLines ? n.getEndLineNumber() + 1 : first);
  }

  private Block block(Node node) {
    SourcePos pos = source.pos(node);
    if (node instanceof ListBlock list) return list(list);
    if (node instanceof FootnoteBlock note) return footnote(note);
    if (node instanceof FencedCodeBlock code) {
      return new Block.CodeBlock(code.getInfo().toString().strip(), code.getContentChars().toString(), pos);
    }
    if (node instanceof IndentedCodeBlock code) return new Block.CodeBlock("", code.getContentChars().toString(), pos);
    if (node instanceof BlockQuote quote) return new Block.Quote(blocks(quote), pos);
    if (node instanceof ThematicBreak) return new Block.Rule(pos);
    if (node instanceof TableBlock table) return table(table);
    if (PageBreaks.isCommand(node)) return new Block.PageBreak(pos);
    if (node instanceof Paragraph p) return paragraphOrImage(inlines.inlines(p), p);
    if (node instanceof Heading h) return new Block.SubHeading(Math.max(3, h.getLevel()), inlines.inlines(h), pos);
    if (node instanceof HtmlCommentBlock || node instanceof Reference) return null;
    if (node instanceof HtmlBlock html) {
      // Nested in a list or a quote: its Markdown becomes blocks there, one quote when it makes several.
      List<Block> blocks = new ArrayList<>();
      source.readHtml(html.getChars().toString(), pos, n -> blocks.addAll(blocksOf(n)));
      if (blocks.isEmpty()) return null;
      return blocks.size() == 1 ? blocks.get(0) : new Block.Quote(blocks, pos);
    }
    return null;
  }

  private List<Block> blocks(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) addAll(out, blocksOf(n));
    return out;
  }

  private static void addAll(List<Block> out, List<Block> blocks) {
    for (Block b : blocks) add(out, b);
  }

  /**
   * Adds a block after those before it: two page breaks with nothing between them are one, and footnotes defined
   * together are listed in the order of their numbers (their first references).
   */
  static void add(List<? super Block> out, Block b) {
    int at = out.size();
    if (b instanceof Block.PageBreak && at > 0 && out.get(at - 1) instanceof Block.PageBreak) return;
    if (b instanceof Block.Footnote note) {
      while (at > 0 && out.get(at - 1) instanceof Block.Footnote before && before.number() > note.number()) at--;
    }
    out.add(at, b);
  }

  /** A definition list: each term with the descriptions that follow it. */
  private List<Block> definitions(DefinitionList dl) {
    List<Block> out = new ArrayList<>();
    List<Inline> term = null;
    SourcePos termPos = source.pos(dl);
    List<List<Block>> descriptions = new ArrayList<>();
    for (Node n = dl.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof DefinitionTerm t) {
        if (term != null) out.add(new Block.Definition(term, descriptions, termPos));
        term = new ArrayList<>();
        for (Node c = t.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof Paragraph p) term.addAll(inlines.inlines(p));
          else term.addAll(inlines.inlines(c));
        }
        termPos = source.pos(t);
        descriptions = new ArrayList<>();
      } else if (n instanceof DefinitionItem item) {
        descriptions.add(blocks(item));
      }
    }
    if (term != null) out.add(new Block.Definition(term, descriptions, termPos));
    return out;
  }

  /**
   * A footnote's text, where it is defined: its first paragraph, then any further blocks; null for a note nothing
   * refers to.
   */
  private Block footnote(FootnoteBlock note) {
    if (!footnotes.referenced(note)) return null; // reported by FootnoteNumbers
    List<Inline> text = new ArrayList<>();
    List<Block> more = new ArrayList<>();
    boolean first = true;
    for (Node c = note.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Paragraph p && first && !PageBreaks.isCommand(p)) text.addAll(inlines.inlines(p));
      else addAll(more, blocksOf(c));
      first = false;
    }
    return new Block.Footnote(footnotes.of(note), text, more, source.pos(note));
  }

  private Block list(ListBlock list) {
    List<Block.ListItem> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof ListItem item)) continue;
      List<Inline> text = List.of();
      List<Block> children = new ArrayList<>();
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p && text.isEmpty() && children.isEmpty() && !PageBreaks.isCommand(p)) {
          text = inlines.inlines(p);
        } else {
          addAll(children, blocksOf(c));
        }
      }
      Boolean checked = item instanceof TaskListItem task ? task.isItemDoneMarker() : null;
      Block.ListItem converted = new Block.ListItem(text, children, checked, tagsOf(item, false), source.pos(item));
      items.add(yearLed(converted));
    }
    int start = list instanceof OrderedList ol ? Math.max(0, ol.getStartNumber()) : 1;
    return new Block.BulletList(list instanceof OrderedList, start, items, source.pos(list));
  }

  /**
   * An item that begins with a year and a dot ("- 1999. A great year") is, to CommonMark, an empty bullet holding
   * a numbered list that starts at 1999. In a résumé that is a year: the item is read as the line it was written
   * as, the year and the dot leading its text. Other numbers ("- 1. First") stay a list in the bullet.
   */
  private static Block.ListItem yearLed(Block.ListItem item) {
    if (!item.text().isEmpty() || item.children().isEmpty()
        || !(item.children().get(0) instanceof Block.BulletList inner) || !inner.ordered()
        || inner.items().size() != 1 || inner.start() < 1000 || inner.start() > 2999) {
      return item;
    }
    Block.ListItem year = inner.items().get(0);
    List<Inline> text = new ArrayList<>(year.text());
    String lead = inner.start() + ". ";
    if (!text.isEmpty() && text.get(0) instanceof Inline.Text first) text.set(0, new Inline.Text(lead + first.text()));
    else text.add(0, new Inline.Text(lead));
    List<Block> children = new ArrayList<>(year.children());
    children.addAll(item.children().subList(1, item.children().size()));
    Set<String> tags = new java.util.LinkedHashSet<>(item.tags());
    tags.addAll(year.tags());
    return new Block.ListItem(InlineConverter.trim(text), children, item.checked(), tags, item.pos());
  }

  private Block table(TableBlock table) {
    List<List<List<Inline>>> head = new ArrayList<>();
    List<List<List<Inline>>> body = new ArrayList<>();
    List<String> align = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableSeparator) continue; // the |---|:--:| line
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) continue;
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (!(cell instanceof TableCell tc)) continue;
          cells.add(inlines.inlines(tc));
          if (part instanceof TableHead && head.isEmpty()) {
            align.add(tc.getAlignment() == null ? "" : tc.getAlignment().name().toLowerCase(Locale.ROOT));
          }
        }
        (part instanceof TableHead ? head : body).add(cells);
      }
    }
    return new Block.Table(head, body, align, source.pos(table));
  }
}
