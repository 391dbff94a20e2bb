package dev.cvpress.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayDeque;
import java.util.function.IntUnaryOperator;

/**
 * What a résumé can reasonably hold. Beyond these the input is not a résumé but a mistake or an attack, and
 * laying it out would take minutes or exhaust the stack: it is refused with the place where the limit was passed.
 */
final class Limits {
  private Limits() {}

  /** Lists and quotes inside one another. Ten is already unreadable on paper. */
  static final int MAX_NESTING = 32;
  /** Any Markdown node inside another (emphasis in links in lists ...), the bound for every recursion after this. */
  static final int MAX_DEPTH = 128;
  static final int MAX_TABLE_COLUMNS = 40;
  /** Paragraphs, list items, headings and table rows: a long CV has a few hundred. */
  static final int MAX_BLOCKS = 5000;
  /** Characters of text, front matter included (spaces not counted). */
  static final int MAX_TEXT = 400_000;
  /** Lines of code blocks, all together: a code sample in a résumé is a few dozen lines. */
  static final int MAX_CODE_LINES = 2_000;
  /** Cells of all tables together. */
  static final int MAX_TABLE_CELLS = 10_000;
  /**
   * Combining marks on one character. Unicode's stream-safe text format (UAX #15) allows 30; no script needs
   * more, and long runs make text matching quadratic (a regex word boundary looks back over all of them).
   */
  static final int MAX_MARKS_IN_A_ROW = 30;

  /** Characters of one paragraph or heading: about a page and a half of one paragraph. */
  static final int MAX_PARAGRAPH = 10_000;
  /**
   * Lines of one paragraph or table, with no blank line between. flexmark rereads the paragraph so far at each new
   * line (to see whether it becomes a heading), so a long one costs the square of its length.
   */
  static final int MAX_PARAGRAPH_LINES = 1_000;
  /** Spaces and tabs in a row: nothing in Markdown needs more, and some of its patterns are slow on long runs. */
  static final int MAX_SPACES_IN_A_ROW = 1_000;

  /** A paragraph over {@link #MAX_PARAGRAPH}, found inside flexmark's parse and carried out of it. */
  static final class LongParagraph extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    LongParagraph(int offset) {
      super("paragraph too long", null, false, false);
      this.offset = offset;
    }

    CvpressException error(SourceText src, SourcePos at) {
      return new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, at,
          "a paragraph is longer than " + String.format("%,d", MAX_PARAGRAPH) + " characters",
          "split it with blank lines; a résumé's paragraphs are a few lines each")));
    }
  }

  /**
   * Refuses a paragraph over {@link #MAX_PARAGRAPH} characters, not counting inline {@code data:} URIs: an image
   * embedded as one is long, and holds none of the characters whose runs make parsing slow.
   */
  static void checkParagraph(com.vladsch.flexmark.util.sequence.BasedSequence text) {
    if (text.length() <= MAX_PARAGRAPH) return;
    String s = text.toString();
    int length = s.length();
    for (int at = s.indexOf("data:"); at >= 0; at = s.indexOf("data:", at + 1)) {
      int end = at;
      while (end < s.length() && " \t\n)\"'>".indexOf(s.charAt(end)) < 0) end++;
      length -= end - at;
      at = end;
      if (at >= s.length()) break;
    }
    if (length > MAX_PARAGRAPH) throw new LongParagraph(text.getStartOffset());
  }

  /** A limit passed while walking Markdown made from raw HTML, carried out of code that cannot throw. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(CvpressException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    CvpressException error() {
      return (CvpressException) getCause();
    }
  }

  /** Checks Markdown converted from an HTML block, reporting at the block's position. */
  static void checkConverted(SourceText src, Document doc, SourcePos at) {
    try {
      check(src, doc, i -> 0);
    } catch (CvpressException e) {
      Diagnostic d = e.diagnostics().get(0);
      throw new Exceeded(new CvpressException(src.at(Diagnostic.error(d.code(), at, d.message(), d.hint()))));
    }
  }

  static void check(SourceText src, Document doc, IntUnaryOperator toSource) throws CvpressException {
    int blocks = 0;
    int codeLines = 0;
    int cells = 0;
    ArrayDeque<Node> stack = new ArrayDeque<>();
    ArrayDeque<int[]> depths = new ArrayDeque<>(); // {node depth, list/quote nesting}
    for (Node c = doc.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(c);
      depths.push(new int[] {1, 0});
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      int[] d = depths.pop();
      int nesting = d[1] + (n instanceof ListBlock || n instanceof BlockQuote ? 1 : 0);
      if (nesting > MAX_NESTING) {
        throw error(src, toSource, n, "lists or quotes are nested more than " + MAX_NESTING + " levels deep",
            "a résumé reads best with two or three levels; flatten the nesting");
      }
      if (d[0] > MAX_DEPTH) {
        throw error(src, toSource, n, "the Markdown is nested more than " + MAX_DEPTH + " levels deep",
            "flatten the nested lists, quotes, links or emphasis");
      }
      if (counts(n) && ++blocks > MAX_BLOCKS) {
          throw error(src, toSource, n, "the document has more than " + MAX_BLOCKS + " paragraphs, list items and rows",
              "that is far longer than a résumé; check that this is the right file, or split it");
      }
      if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        codeLines += lines(n.getChars());
        if (codeLines > MAX_CODE_LINES) {
          throw error(src, toSource, n, "the code blocks hold more than " + String.format("%,d", MAX_CODE_LINES)
              + " lines", "a résumé shows a short sample; is a code fence (```) left open above here?");
        }
      }
      if (n instanceof TableRow) {
        int columns = 0;
        for (Node cell = n.getFirstChild(); cell != null; cell = cell.getNext()) if (cell instanceof TableCell) columns++;
        if (!(n.getParent() instanceof TableSeparator)) cells += columns; // the |---| line holds no cells
        if (cells > MAX_TABLE_CELLS) {
          throw error(src, toSource, n, "the tables hold more than " + String.format("%,d", MAX_TABLE_CELLS)
              + " cells", "that is data, not a résumé; link to it or keep the few rows that matter");
        }
        if (columns > MAX_TABLE_COLUMNS) {
          throw error(src, toSource, n, "the table has " + columns + " columns; cvpress lays out at most " + MAX_TABLE_COLUMNS,
              "no page can show that many columns; split the table or turn it into a list");
        }
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
        depths.push(new int[] {d[0] + 1, nesting});
      }
    }
  }

  /**
   * Whether a node counts against {@link #MAX_BLOCKS}: paragraphs, headings, code blocks, list items and table
   * rows, each once. A list item's own paragraphs are the item; lists, quotes and tables only hold the rest.
   */
  private static boolean counts(Node n) {
    if (n instanceof TableRow) return !(n.getParent() instanceof TableSeparator);
    if (n instanceof ListItem) return true;
    if (!(n instanceof Block) || n instanceof ListBlock || n instanceof BlockQuote || n instanceof TableBlock) {
      return false;
    }
    return !(n instanceof Paragraph && n.getParent() instanceof ListItem);
  }

  private static int lines(CharSequence s) {
    int lines = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') lines++;
    return lines;
  }

  private static CvpressException error(SourceText src, IntUnaryOperator toSource, Node n, String message,
      String hint) {
    SourcePos at = src.pos(toSource.applyAsInt(n.getStartOffset()));
    return new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, at, message, hint)));
  }
}
