package dev.cvpress.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Origin;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Markdown with front matter to a {@link Resume}. The one public entry of the parse stage.
 *
 * <p>Headings carry the structure: H1 is the name, H2 a section, H3 an entry (or a section before any H2, or a
 * sub-heading right after a dated entry), H4-H6 sub-headings.
 */
public final class ResumeParser {
  /** Front-matter keys that are rendering options when given at the top level or with {@code --set}. */
  public static final Set<String> STYLE_KEYS = Set.of(
      "accent", "font", "font-size", "line-height", "margins", "paper", "date-format", "section-order", "hide",
      "icons", "fit-pages", "theme", "photo-shape");

  /** The largest file read as a résumé; callers read at most one byte more, so a huge file costs nothing. */
  public static final int MAX_BYTES = SourceText.MAX_BYTES;

  private static final Parser MARKDOWN = Parser.builder(new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(
              TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
              DefinitionExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
              EmojiExtension.create()))
          // Tables as GitHub and Hugo read them: a header row is required, cells may be fewer or more.
          .set(TablesExtension.COLUMN_SPANS, false)
          .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
          .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
          .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false)
          .toImmutable())
      .customInlineParserFactory(LinearInlineParser.FACTORY)
      // flexmark adds its link-reference pre-processor only for its own inline parser: it is added back here.
      .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory())
      .build();

  /**
   * A parsed résumé with the warnings found on the way.
   *
   * @param frontMatterKeys the top-level front-matter keys as written, with where they are
   */
  public record Result(Resume resume, List<Diagnostic> warnings, Map<String, SourcePos> frontMatterKeys) {
    public Result {
      warnings = List.copyOf(Diagnostic.limitRepeats(warnings));
      frontMatterKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frontMatterKeys));
    }
  }

  private ResumeParser() {}

  /**
   * Parses one résumé.
   *
   * @param file the name used in diagnostics
   * @param overrides {@code key=value} pairs that replace front matter ({@code style.x} or a style key set a style)
   */
  public static Result parse(String file, byte[] content, Map<String, String> overrides) throws CvpressException {
    SourceText src = SourceText.decode(file, content);
    Limits.scan(src);
    // Front matter nests too (TOML and JSON arrays in arrays): it is read with the same deep stack.
    return DeepStack.call(file, () -> new Walk(src, FrontMatter.split(src), overrides).run());
  }

  /** One pass over one document; holds the state of where the next block belongs. */
  private static final class Walk {
    private final SourceText src;
    private final FrontMatter fm;
    private final Map<String, Object> data;
    private final Map<String, String> style = new LinkedHashMap<>();
    private final Map<String, SourcePos> stylePos = new LinkedHashMap<>();
    private final Set<String> fromTopLevel = new HashSet<>();
    private final Map<String, Origin> styleOrigins = new LinkedHashMap<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private Document doc;
    private Tags tags;
    private FootnoteNumbers footnotes;
    /** While walking Markdown converted from a raw HTML block: the block's position, for everything in it. */
    private SourcePos fixedPos;
    /** Offsets in the parsed text to offsets in the file (they differ after a removed shortcode). */
    private java.util.function.IntUnaryOperator toSource = i -> i;

    private String name;
    private List<Inline> headline;
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Block> intro = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private EntryBuilder entry;
    private boolean sawH2;
    private boolean expectHeadline;

    Walk(SourceText src, FrontMatter fm, Map<String, String> overrides) {
      this.src = src;
      this.fm = fm;
      this.data = new LinkedHashMap<>(fm.data());
      Object styleMap = data.get("style");
      if (styleMap instanceof Map<?, ?> m) {
        m.forEach((k, v) -> {
          style.put(String.valueOf(k), scalar(v));
          stylePos.put(String.valueOf(k), nestedKeyPos("style", String.valueOf(k)));
        });
      } else if (styleMap != null) {
        warnings.add(src.at(Diagnostic.warning(dev.cvpress.diag.Code.FRONT_MATTER_VALUE_IGNORED,
            fm.keyPos(src.file, "style"),
            "`style` is not a map of cvpress options; ignored",
            "cvpress's options go under `style:` as `key: value` lines, e.g. `style: {theme: classic}`")));
      }
      for (String key : STYLE_KEYS) {
        Object value = data.get(key);
        if (value != null && !style.containsKey(key)) {
          style.put(key, scalar(value));
          stylePos.put(key, fm.keyPos(src.file, key));
          fromTopLevel.add(key);
        }
      }
      overrides.forEach((k, v) -> {
        String key = k.startsWith("style.") ? k.substring(6) : k;
        if (k.startsWith("style.") || STYLE_KEYS.contains(k)) {
          fromTopLevel.remove(key);
          style.put(key, v);
          stylePos.put(key, SourcePos.file("--set " + k));
          styleOrigins.put(key, Origin.COMMAND_LINE);
        } else {
          data.put(k, v);
        }
      });
    }

    Result run() throws CvpressException {
      // Blank out the front matter rather than cutting it, so flexmark's offsets are offsets in the file.
      // Spaces keep every offset equal to the offset in the file, so positions need no translation.
      int bodyStart = fm.bodyLine() > 1 ? src.offsetOfLine(fm.bodyLine()) : 0;
      String body = src.text.substring(0, bodyStart).replaceAll("[^\n]", " ") + src.text.substring(bodyStart);
      Limits.paragraphLines(src, body);
      Shortcodes.Stripped stripped = Shortcodes.strip(src, body, bodyStart, warnings);
      toSource = stripped.toSource();
      StringBuilder markdown = new StringBuilder(stripped.text());
      tags = Tags.strip(markdown);
      Containers.read(markdown);
      try {
        doc = MARKDOWN.parse(markdown.toString());
      } catch (Limits.LongParagraph e) {
        throw e.error(src, src.pos(toSource.applyAsInt(e.offset)));
      }
      Limits.check(src, doc, toSource);
      footnotes = new FootnoteNumbers(doc);
      name = str("name");
      String fmHeadline = str("headline");
      if (fmHeadline != null) headline = List.of(new Inline.Text(fmHeadline));
      frontMatterContacts();

      try {
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
          top(node);
        }
      } catch (Limits.Exceeded e) {
        throw e.error();
      }
      List<Section> built = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (SectionBuilder s : sections) {
        Section section = s.build(ids);
        if (section != null) built.add(section);
      }
      Meta meta = new Meta(str("title"), str("lang"), keywords(), str("date"), style, stylePos, fromTopLevel,
          styleOrigins);
      Header header = new Header(name != null ? name : "", headline != null ? headline : List.of(), contacts,
          str("photo"));
      Map<String, SourcePos> keys = new LinkedHashMap<>();
      for (String key : fm.data().keySet()) keys.put(key, fm.keyPos(src.file, key));
      Resume resume = new Resume(meta, header, intro, built);
      LongWords.check(src, resume);
      return new Result(resume, warnings, keys);
    }

    private void top(Node node) {
      if (node instanceof Heading h) {
        heading(h);
        return;
      }
      if (node instanceof HtmlCommentBlock) return;
      if (node instanceof Reference) return;
      if (node instanceof HtmlBlock html && !(node instanceof HtmlCommentBlock)) {
        htmlBlock(html);
        return;
      }
      if (node instanceof Paragraph p) {
        String raw = p.getChars().toString();
        boolean atTop = sections.isEmpty();
        boolean last = node.getNext() == null || onlyTrivia(node.getNext());
        if (atTop || last) {
          List<Contact> found = ContactLines.read(raw);
          if (found != null) {
            addContacts(found);
            expectHeadline = false;
            return;
          }
        }
        List<Inline> inlines = inlines(p);
        boolean nothingYet = intro.isEmpty() && sections.isEmpty();
        if (headline == null && (expectHeadline || (nothingYet && name == null))) {
          headline = inlines;
          expectHeadline = false;
          return;
        }
        expectHeadline = false;
        if (entry != null && entry.body.isEmpty() && entry.role == null && isItalicLine(inlines)) {
          entry.role = Inline.plain(inlines).strip();
          return;
        }
        add(paragraphOrImage(inlines, p));
        return;
      }
      expectHeadline = false;
      for (Block b : blocksOf(node)) add(b);
    }

    /** Blank HTML comments, link reference definitions and footnote texts are not content of their own. */
    private boolean onlyTrivia(Node node) {
      for (Node n = node; n != null; n = n.getNext()) {
        if (!(n instanceof HtmlCommentBlock) && !(n instanceof Reference) && !(n instanceof FootnoteBlock)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A raw HTML block becomes the Markdown it stands for, parsed and walked as if written in place, so that
     * {@code <h1>} names the person and {@code <a>} links. Everything in it is placed at the block's line.
     */
    private void htmlBlock(HtmlBlock html) {
      String markdown = HtmlBlocks.toMarkdown(html.getChars().toString());
      if (markdown.isBlank()) return;
      SourcePos at = pos(html);
      Document sub = parseConverted(markdown, at);
      Document outer = doc;
      SourcePos outerFixed = fixedPos;
      doc = sub;
      fixedPos = at;
      try {
        for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
          if (n instanceof HtmlBlock) continue; // what the converter left as HTML is not content
          top(n);
        }
      } finally {
        doc = outer;
        fixedPos = outerFixed;
      }
    }

    /** Markdown converted from raw HTML, parsed and checked; a limit passed is reported at the HTML block. */
    private Document parseConverted(String markdown, SourcePos at) {
      Document sub;
      try {
        sub = MARKDOWN.parse(markdown);
      } catch (Limits.LongParagraph e) {
        throw new Limits.Exceeded(e.error(src, at));
      }
      Limits.checkConverted(src, sub, at);
      return sub;
    }

    private void heading(Heading h) {
      List<Inline> text = withoutAttributes(inlines(h));
      String plain = Inline.plain(text).strip();
      SourcePos pos = pos(h);
      int level = h.getLevel();
      if (level == 1) {
        if (name == null && sections.isEmpty() && intro.isEmpty()) {
          name = plain;
          expectHeadline = headline == null;
          return;
        }
        level = 2; // a second H1 is read as a section title
      }
      expectHeadline = false;
      Set<String> headingTags = tagsOf(h, false);
      if (level == 2) {
        newSection(plain, pos, headingTags);
        sawH2 = true;
        return;
      }
      if (level == 3) {
        EntryHeading parts = EntryHeading.of(text);
        boolean dated = parts.dates() != null;
        if (!dated && !sawH2 && (entry == null)) {
          newSection(plain, pos, headingTags);
          return;
        }
        if (!dated && entry != null && entry.dates != null) {
          entry.body.add(new Block.SubHeading(3, text, pos));
          return;
        }
        if (sections.isEmpty()) newSection("", pos, Set.of());
        entry = new EntryBuilder(parts, pos, headingTags);
        current().blocks.add(entry);
        return;
      }
      add(new Block.SubHeading(level, text, pos));
    }

    /** Drops a trailing Hugo/Pandoc attribute block: {@code ## Experience {#work .wide}}. */
    private static List<Inline> withoutAttributes(List<Inline> text) {
      if (text.isEmpty() || !(text.get(text.size() - 1) instanceof Inline.Text t)) return text;
      // Found from the end, not by a regex search: one anchored at $ is quadratic on long runs of spaces.
      String s = t.text().stripTrailing();
      int open = s.endsWith("}") ? s.lastIndexOf('{') : -1;
      if (open < 0 || !s.substring(open + 1).strip().matches("[#.][^{}]*}")) return text;
      String stripped = s.substring(0, open).stripTrailing();
      if (stripped.equals(t.text())) return text;
      List<Inline> out = new ArrayList<>(text.subList(0, text.size() - 1));
      if (!stripped.isEmpty()) out.add(new Inline.Text(stripped));
      return out;
    }

    private void newSection(String title, SourcePos pos, Set<String> tags) {
      entry = null;
      sections.add(new SectionBuilder(title, pos, tags));
    }

    /** The variant tags written on a node's line, or on any of its lines for a paragraph. */
    private Set<String> tagsOf(Node n, boolean allLines) {
      if (tags == null || tags.isEmpty()) return Set.of();
      int first = n.getStartLineNumber() + 1;
      return tags.on(first, allLines ? n.getEndLineNumber() + 1 : first);
    }

    private SectionBuilder current() {
      return sections.get(sections.size() - 1);
    }

    private void add(Block block) {
      if (entry != null) entry.body.add(block);
      else if (!sections.isEmpty()) current().blocks.add(block);
      else intro.add(block);
    }

    private Block block(Node node) {
      SourcePos pos = pos(node);
      if (node instanceof ListBlock list) return list(list);
      if (node instanceof FootnoteBlock note) return footnote(note);
      if (node instanceof FencedCodeBlock code) {
        return new Block.CodeBlock(code.getInfo().toString().strip(), code.getContentChars().toString(), pos);
      }
      if (node instanceof IndentedCodeBlock code) return new Block.CodeBlock("", code.getContentChars().toString(), pos);
      if (node instanceof BlockQuote quote) return new Block.Quote(blocks(quote), pos);
      if (node instanceof ThematicBreak) return new Block.Rule(pos);
      if (node instanceof TableBlock table) return table(table);
      if (node instanceof Paragraph p) return paragraphOrImage(inlines(p), p);
      if (node instanceof Heading h) return new Block.SubHeading(Math.max(3, h.getLevel()), inlines(h), pos);
      if (node instanceof HtmlCommentBlock || node instanceof Reference) return null;
      if (node instanceof HtmlBlock html) {
        // Nested in a list or a quote: its Markdown becomes blocks there.
        String markdown = HtmlBlocks.toMarkdown(html.getChars().toString());
        if (markdown.isBlank()) return null;
        Document sub = parseConverted(markdown, pos);
        Document outer = doc;
        SourcePos outerFixed = fixedPos;
        doc = sub;
        fixedPos = pos;
        try {
          List<Block> blocks = new ArrayList<>();
          for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock) continue;
            blocks.addAll(blocksOf(n));
          }
          if (blocks.isEmpty()) return null;
          return blocks.size() == 1 ? blocks.get(0) : new Block.Quote(blocks, pos);
        } finally {
          doc = outer;
          fixedPos = outerFixed;
        }
      }
      return null;
    }

    /** A definition list: each term with the descriptions that follow it. */
    private List<Block> definitions(DefinitionList dl) {
      List<Block> out = new ArrayList<>();
      List<Inline> term = null;
      SourcePos termPos = pos(dl);
      List<List<Block>> descriptions = new ArrayList<>();
      for (Node n = dl.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof DefinitionTerm t) {
          if (term != null) out.add(new Block.Definition(term, descriptions, termPos));
          term = new ArrayList<>();
          for (Node c = t.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) term.addAll(inlines(p));
            else term.addAll(inlines(c));
          }
          termPos = pos(t);
          descriptions = new ArrayList<>();
        } else if (n instanceof DefinitionItem item) {
          descriptions.add(blocks(item));
        }
      }
      if (term != null) out.add(new Block.Definition(term, descriptions, termPos));
      return out;
    }

    /** The blocks one Markdown node makes: none, one, or (for a definition list) one per term. */
    private List<Block> blocksOf(Node node) {
      if (node instanceof DefinitionList dl) return definitions(dl);
      Block b = block(node);
      return b == null ? List.of() : List.of(b);
    }

    /** A footnote's text, where it is defined: its first paragraph, then any further blocks. */
    private Block footnote(FootnoteBlock note) {
      List<Inline> text = new ArrayList<>();
      List<Block> more = new ArrayList<>();
      boolean first = true;
      for (Node c = note.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p && first) text.addAll(inlines(p));
        else more.addAll(blocksOf(c));
        first = false;
      }
      return new Block.Footnote(footnotes.of(note), text, more, pos(note));
    }

    private List<Block> blocks(Node parent) {
      List<Block> out = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) out.addAll(blocksOf(n));
      return out;
    }

    private Block list(ListBlock list) {
      List<Block.ListItem> items = new ArrayList<>();
      for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
        if (!(n instanceof ListItem item)) continue;
        List<Inline> text = List.of();
        List<Block> children = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof Paragraph p && text.isEmpty() && children.isEmpty()) text = inlines(p);
          else children.addAll(blocksOf(c));
        }
        Boolean checked = item instanceof TaskListItem task ? task.isItemDoneMarker() : null;
        items.add(new Block.ListItem(text, children, checked, tagsOf(item, false), pos(item)));
      }
      return new Block.BulletList(list instanceof OrderedList, items, pos(list));
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
            cells.add(inlines(tc));
            if (part instanceof TableHead && head.isEmpty()) {
              align.add(tc.getAlignment() == null ? "" : tc.getAlignment().name().toLowerCase(Locale.ROOT));
            }
          }
          (part instanceof TableHead ? head : body).add(cells);
        }
      }
      return new Block.Table(head, body, align, pos(table));
    }

    private Block paragraphOrImage(List<Inline> inlines, Node p) {
      List<Inline> content = inlines.stream()
          .filter(i -> !(i instanceof Inline.Text t && t.text().isBlank()))
          .toList();
      if (content.size() == 1 && content.get(0) instanceof Inline.Image img) {
        return new Block.Image(img.src(), img.alt(), pos(p));
      }
      return new Block.Paragraph(trim(inlines), tagsOf(p, true), pos(p));
    }

    private static boolean isItalicLine(List<Inline> inlines) {
      List<Inline> content = inlines.stream()
          .filter(i -> !(i instanceof Inline.Text t && t.text().isBlank()))
          .toList();
      return content.size() == 1 && content.get(0) instanceof Inline.Emph;
    }

    // ---- inline content ----

    private List<Inline> inlines(Node parent) {
      List<Inline> out = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, out);
      return trim(merge(out));
    }

    private void inline(Node n, List<Inline> out) {
      if (n instanceof Text || n instanceof HtmlEntity) {
        out.add(new Inline.Text(n.getChars().unescape()));
      } else if (n instanceof SoftLineBreak) {
        out.add(new Inline.Text(" "));
      } else if (n instanceof HardLineBreak) {
        out.add(new Inline.LineBreak());
      } else if (n instanceof StrongEmphasis) {
        out.add(new Inline.Strong(inlines(n)));
      } else if (n instanceof Emphasis) {
        out.add(new Inline.Emph(inlines(n)));
      } else if (n instanceof Strikethrough) {
        out.add(new Inline.Strike(inlines(n)));
      } else if (n instanceof Code code) {
        out.add(new Inline.Code(code.getText().toString()));
      } else if (n instanceof Image img) {
        out.add(new Inline.Image(img.getUrl().unescape(), img.getText().unescape(), pos(n)));
      } else if (n instanceof ImageRef ref) {
        Reference r = ref.getReferenceNode(doc);
        if (r != null) out.add(new Inline.Image(r.getUrl().unescape(), ref.getText().unescape(), pos(n)));
        else out.add(new Inline.Text(n.getChars().unescape()));
      } else if (n instanceof Link link) {
        out.add(new Inline.Link(link.getUrl().unescape(), inlines(n), pos(n)));
      } else if (n instanceof LinkRef ref) {
        Reference r = ref.getReferenceNode(doc);
        if (r != null) {
          List<Inline> text = inlines(n);
          if (text.isEmpty()) text = List.of(new Inline.Text(ref.getReference().unescape()));
          out.add(new Inline.Link(r.getUrl().unescape(), text, pos(n)));
        } else {
          out.add(new Inline.Text(n.getChars().unescape()));
        }
      } else if (n instanceof MailLink mail) {
        String address = mail.getText().toString();
        out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address)), pos(n)));
      } else if (n instanceof AutoLink auto) {
        String url = auto.getUrl().toString();
        String shown = auto.getText().toString();
        if (!url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) url = "https://" + url;
        out.add(new Inline.Link(url, List.of(new Inline.Text(shown)), pos(n)));
      } else if (n instanceof Emoji emoji) {
        out.add(new Inline.Text(Emojis.unicode(emoji.getText().toString())));
      } else if (n instanceof Footnote note) {
        FootnoteBlock block = note.getFootnoteBlock();
        out.add(new Inline.Text(block != null ? Block.Footnote.mark(footnotes.of(block))
            : n.getChars().unescape()));
      } else if (n instanceof HtmlInlineComment) {
        // dropped: comments are notes to the author
      } else if (n instanceof HtmlInline html) {
        String tag = html.getChars().toString();
        if (tag.matches("(?i)<br\\s*/?>")) out.add(new Inline.LineBreak());
        else if (tag.matches("(?is)<img\\b.*")) {
          for (Node c = MARKDOWN.parse(HtmlBlocks.toMarkdown(tag)).getFirstChild(); c != null; c = c.getNext()) {
            for (Node i = c.getFirstChild(); i != null; i = i.getNext()) {
              if (i instanceof Image img) out.add(new Inline.Image(img.getUrl().unescape(), img.getText().unescape(), pos(n)));
            }
          }
        }
      } else if (n.hasChildren()) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, out);
      } else {
        out.add(new Inline.Text(n.getChars().unescape()));
      }
    }

    /** Joins neighbouring text runs, so that "a" "b" from flexmark's splitting become "ab". */
    private static List<Inline> merge(List<Inline> in) {
      List<Inline> out = new ArrayList<>();
      for (Inline i : in) {
        if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
          out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
        } else {
          out.add(i);
        }
      }
      return out;
    }

    private static List<Inline> trim(List<Inline> in) {
      if (in.isEmpty()) return in;
      List<Inline> out = new ArrayList<>(in);
      if (out.get(0) instanceof Inline.Text t) {
        String s = t.text().stripLeading();
        if (s.isEmpty()) out.remove(0);
        else out.set(0, new Inline.Text(s));
      }
      if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
        String s = t.text().stripTrailing();
        if (s.isEmpty()) out.remove(out.size() - 1);
        else out.set(out.size() - 1, new Inline.Text(s));
      }
      return out;
    }

    // ---- front matter ----

    private void frontMatterContacts() {
      List<Contact> found = new ArrayList<>();
      String email = str("email");
      if (email != null) found.add(ContactLines.guess(email));
      String phone = str("phone");
      if (phone != null) found.add(new Contact(Contact.Kind.PHONE, phone, "tel:" + phone.replaceAll("[^+\\d]", "")));
      String location = str("location");
      if (location != null) found.add(new Contact(Contact.Kind.LOCATION, location, null));
      String website = str("website");
      if (website != null) found.add(ContactLines.guess(website));
      String github = str("github");
      if (github != null) found.add(ContactLines.profile(Contact.Kind.GITHUB, "github.com", github, null));
      String linkedin = str("linkedin");
      if (linkedin != null) found.add(ContactLines.profile(Contact.Kind.LINKEDIN, "linkedin.com/in", linkedin, null));
      Object links = data.get("links");
      if (links instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Map<?, ?> m) {
            Object url = m.get("url");
            Object label = m.containsKey("label") ? m.get("label") : m.get("name");
            if (url != null) found.add(ContactLines.guess("[" + (label != null ? label : url) + "](" + url + ")"));
          } else if (o != null) {
            found.add(ContactLines.guess(scalar(o)));
          }
        }
      } else if (links instanceof Map<?, ?> m) {
        m.forEach((label, url) -> found.add(ContactLines.guess("[" + label + "](" + url + ")")));
      } else if (links != null) {
        warnings.add(src.at(Diagnostic.warning(dev.cvpress.diag.Code.FRONT_MATTER_VALUE_IGNORED,
            fm.keyPos(src.file, "links"),
            "`links` should be a list of URLs; ignored", "write links as a list: `links: [https://example.com]`")));
      }
      addContacts(found);
    }

    private void addContacts(List<Contact> found) {
      for (Contact c : found) {
        if (c == null) continue; // an item with nothing to show, such as `<>`
        boolean dup = contacts.stream().anyMatch(o -> o.kind() == c.kind() && o.label().equalsIgnoreCase(c.label()));
        if (!dup) contacts.add(c);
      }
    }

    private List<String> keywords() {
      Object k = data.get("keywords");
      if (k instanceof List<?> list) return list.stream().map(ResumeParser::scalar).filter(s -> !s.isBlank()).toList();
      if (k != null) {
        return java.util.Arrays.stream(scalar(k).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      }
      return List.of();
    }

    private String str(String key) {
      Object v = data.get(key);
      if (v == null || v instanceof Map || v instanceof List) return null;
      String s = scalar(v).strip();
      return s.isEmpty() ? null : s;
    }

    /** The line of {@code child:} inside the {@code parent:} block of the front matter. */
    private SourcePos nestedKeyPos(String parent, String child) {
      SourcePos parentPos = fm.keyPos(src.file, parent);
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(
          "^(\\s+|.*[{,]\\s*)\"?" + java.util.regex.Pattern.quote(child) + "\"?\\s*[:=]");
      for (int line = parentPos.line(); line < fm.bodyLine(); line++) {
        String text = src.line(line);
        if (text == null) break;
        java.util.regex.Matcher m = p.matcher(text);
        if (m.find()) return src.pos(line, m.end(1) + 1);
      }
      return parentPos;
    }

    private SourcePos pos(Node n) {
      return fixedPos != null ? fixedPos : src.pos(toSource.applyAsInt(n.getStartOffset()));
    }
  }

  private static String scalar(Object v) {
    if (v instanceof List<?> l) return String.join(",", l.stream().map(ResumeParser::scalar).toList());
    return v == null ? "" : String.valueOf(v);
  }

  /** An entry still taking body blocks; becomes an {@link Entry} when its section is built. */
  private static final class EntryBuilder {
    final EntryHeading heading;
    final SourcePos pos;
    final Set<String> tags;
    final List<Block> body = new ArrayList<>();
    final dev.cvpress.model.DateRange dates;
    String role;

    EntryBuilder(EntryHeading heading, SourcePos pos, Set<String> tags) {
      this.pos = pos;
      this.tags = tags;
      this.heading = heading;
      this.dates = heading.dates();
    }

    Entry build() {
      return new Entry(heading.title(), heading.org(), heading.url(), null, role, dates, tags, body, pos);
    }
  }

  private static final class SectionBuilder {
    final String title;
    final SourcePos pos;
    final Set<String> tags;
    final List<Object> blocks = new ArrayList<>();

    SectionBuilder(String title, SourcePos pos, Set<String> tags) {
      this.title = title;
      this.pos = pos;
      this.tags = tags;
    }

    Section build(Set<String> ids) {
      List<Block> out = new ArrayList<>();
      for (Object o : blocks) out.add(o instanceof EntryBuilder e ? e.build() : (Block) o);
      if (title.isEmpty() && out.isEmpty()) return null;
      String base = slug(title);
      String id = base;
      for (int i = 2; !ids.add(id); i++) id = base + "-" + i;
      return new Section(id, title, out, tags, pos);
    }
  }

  static String slug(String title) {
    String s = java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    return s.isEmpty() ? "section" : s;
  }
}
