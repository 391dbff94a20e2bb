package dev.cvpress.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * The parsed Markdown being read and where its nodes are in the file. Raw HTML is read as the Markdown it stands
 * for, parsed here and read in its place ({@link #readHtml}); while it is, that Markdown is the document in view and
 * every node in it is placed at the HTML.
 */
final class MarkdownSource {
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
      .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
      .build();

  private final SourceText src;
  /** Offsets in the parsed text to offsets in the file (they differ after a removed shortcode). */
  private final IntUnaryOperator toSource;
  private Document doc;
  /** While reading Markdown made from raw HTML: the HTML's position, for everything in it. */
  private SourcePos fixedPos;

  private MarkdownSource(SourceText src, Document doc, IntUnaryOperator toSource) {
    this.src = src;
    this.doc = doc;
    this.toSource = toSource;
  }

  /**
   * Parses the Markdown body of {@code src} and checks it against {@link Limits}.
   *
   * @param markdown the body as prepared for parsing; its offsets map to the file's by {@code toSource}
   */
  static MarkdownSource parse(SourceText src, String markdown, IntUnaryOperator toSource) throws CvpressException {
    Document doc;
    try {
      doc = MARKDOWN.parse(markdown);
    } catch (Limits.LongParagraph e) {
      throw e.error(src, src.pos(toSource.applyAsInt(e.offset)));
    }
    Limits.check(src, doc, toSource);
    PageBreaks.separate(doc);
    return new MarkdownSource(src, doc, toSource);
  }

  /** The document in view: the file's, or the Markdown of the raw HTML being read. */
  Document document() {
    return doc;
  }

  /** A diagnostic in this file, with its source line attached. */
  dev.cvpress.diag.Diagnostic at(dev.cvpress.diag.Diagnostic d) {
    return src.at(d);
  }

  /** Where a node of the document in view is in the file. */
  SourcePos pos(Node n) {
    return fixedPos != null ? fixedPos : src.pos(toSource.applyAsInt(n.getStartOffset()));
  }

  /** Where the character {@code index} of a node's text is in the file (the HTML's place inside raw HTML). */
  SourcePos pos(Node n, int index) {
    return fixedPos != null ? fixedPos : src.pos(toSource.applyAsInt(n.getStartOffset() + index));
  }

  /**
   * Reads raw HTML as if its Markdown were written in place: parses it, checks it against {@link Limits} (a limit
   * passed is reported at {@code at}) and gives each top-level node of it to {@code read}, with every position
   * inside it being {@code at}. What the conversion left as HTML is not content and is skipped; HTML that stands
   * for no Markdown reads nothing.
   */
  void readHtml(String html, SourcePos at, Consumer<Node> read) {
    String markdown = HtmlBlocks.toMarkdown(html);
    if (markdown.isBlank()) return;
    Document sub;
    try {
      TextLimits.nestingOnALine(src, markdown, at);
      sub = MARKDOWN.parse(markdown);
    } catch (Limits.LongParagraph e) {
      throw new Limits.Exceeded(e.error(src, at));
    } catch (CvpressException e) {
      throw new Limits.Exceeded(e);
    }
    Limits.checkConverted(src, sub, at);
    PageBreaks.separate(sub);
    Document outer = doc;
    SourcePos outerFixed = fixedPos;
    doc = sub;
    fixedPos = at;
    try {
      for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
        if (!(n instanceof HtmlBlock)) read.accept(n);
      }
    } finally {
      doc = outer;
      fixedPos = outerFixed;
    }
  }
}
