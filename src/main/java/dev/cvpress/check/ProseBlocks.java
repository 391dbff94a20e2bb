package dev.cvpress.check;

import dev.cvpress.check.grammar.Piece;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The résumé's prose as a grammar checker reads it: each heading, list item and paragraph as one text, made of the
 * source lines that hold its words ({@link ProseWords}), with the markup (list marks, heading marks, emphasis, link
 * targets, a front-matter key) and what is not prose (code spans, addresses) told apart, so that an offset in the
 * text is a line and column in the source.
 */
final class ProseBlocks {
  private ProseBlocks() {}

  /** A block's lines, from {@code firstLine}, joined by line breaks, cut into pieces. */
  record Block(String file, int firstLine, String whole, List<Piece> pieces) {
    /** Where the character at {@code offset} of the block's text is in the source. */
    SourcePos at(int offset) {
      int line = firstLine;
      int start = 0;
      for (int i = 0; i < Math.min(offset, whole.length()); i++) {
        if (whole.charAt(i) == '\n') {
          line++;
          start = i + 1;
        }
      }
      return new SourcePos(file, line, offset - start + 1);
    }

    /** The words from {@code from} to the end of the word after {@code to}: a slip and what it leans on. */
    List<String> wordsAround(int from, int to) {
      Matcher m = WORD.matcher(whole);
      List<String> out = new ArrayList<>();
      boolean after = false;
      while (m.find()) {
        if (m.end() <= from) continue;
        if (m.start() >= to) {
          if (after) break;
          after = true;
        }
        out.add(m.group());
      }
      return out;
    }

    /** The text from {@code from} to {@code to}, on one line. */
    String text(int from, int to) {
      return whole.substring(Math.max(0, from), Math.min(whole.length(), Math.max(from, to))).replaceAll("\\s+", " ");
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** The mark that opens a heading, a list item (with a task box), a quotation, a definition or a footnote. */
  private static final Pattern OPENING = Pattern.compile(
      "^\\s*(?:\\[\\^[^\\]]*]:\\s*|#{1,6}\\s+|(?:>\\s*)*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]]\\s+)?|(?:>\\s*)+|:\\s+)");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");
  private static final Pattern NEW_BLOCK = Pattern.compile("^\\s*(?:\\[\\^[^\\]]*]:|#{1,6}\\s|[-*+]\\s|\\d{1,9}[.)]\\s|\\||:\\s)");
  /** A front-matter line: its key and an opening quotation mark. */
  private static final Pattern KEY = Pattern.compile("^\\s*(?:-\\s+)?[\\w.-]+\\s*[:=]\\s*[\"']?");
  /** Markup inside a line: emphasis marks, a link's opening bracket, a footnote reference, a hard break. */
  private static final Pattern INLINE_MARKUP = Pattern.compile(
      "\\[\\^[^\\]]*]|(?<![\\p{L}\\p{N}])[*_]{1,3}|[*_]{1,3}(?![\\p{L}\\p{N}])|\\*{1,3}|~~|\\[(?=[^\\]]*]\\()|\\\\$|:[\\w+-]+:");

  /** The blocks of {@code source} that hold {@code words}, in order. */
  static List<Block> of(String source, List<ProseWords.Word> words, String file) {
    String[] lines = source.split("\n", -1);
    TreeSet<Integer> prose = new TreeSet<>();
    for (ProseWords.Word w : words) {
      if (w.pos().line() > 0 && w.pos().line() <= lines.length && w.pos().file().equals(file)) prose.add(w.pos().line());
    }
    int frontMatterEnd = frontMatterEnd(lines);
    List<Block> out = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int n : prose) {
      String line = lines[n - 1];
      boolean continues = !run.isEmpty() && run.get(run.size() - 1) == n - 1 && n > frontMatterEnd
          && !HEADING.matcher(lines[n - 2]).find() && !NEW_BLOCK.matcher(line).find();
      if (!continues && !run.isEmpty()) {
        out.add(block(file, lines, run, frontMatterEnd));
        run.clear();
      }
      if (line.stripLeading().startsWith("|")) continue; // a table's cells are not sentences
      run.add(n);
    }
    if (!run.isEmpty()) out.add(block(file, lines, run, frontMatterEnd));
    return out;
  }

  /** The last line of the front matter (its closing fence), or 0 when there is none. */
  private static int frontMatterEnd(String[] lines) {
    if (lines.length == 0) return 0;
    String fence = lines[0].strip();
    if (!fence.equals("---") && !fence.equals("+++")) return 0;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.equals(fence) || fence.equals("---") && l.equals("...")) return i + 1;
    }
    return 0;
  }

  private static Block block(String file, String[] lines, List<Integer> run, int frontMatterEnd) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < run.size(); i++) {
      int n = run.get(i);
      String line = lines[n - 1].replace('\r', ' ');
      if (i > 0) {
        pieces.add(Piece.markup("\n", " "));
        whole.append('\n');
      }
      whole.append(line);
      int start = 0;
      Matcher open = (n <= frontMatterEnd ? KEY : OPENING).matcher(line);
      if (open.lookingAt()) {
        pieces.add(Piece.markup(line.substring(0, open.end()), ""));
        start = open.end();
      }
      int end = line.length();
      if (n <= frontMatterEnd && end > start && (line.endsWith("\"") || line.endsWith("'"))) end--;
      pieces.addAll(inline(line.substring(start, end)));
      if (end < line.length()) pieces.add(Piece.markup(line.substring(end), ""));
    }
    return new Block(file, run.get(0), whole.toString(), pieces);
  }

  /**
   * A line's text as prose and markup: code and addresses read as a name ("X"), so that the sentence around them
   * stays whole; link targets, tags, attributes and emphasis marks read as nothing.
   */
  private static List<Piece> inline(String text) {
    List<Piece> out = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = Grammar.NOT_PROSE.matcher(text);
    while (m.find()) spans.add(new int[] {m.start(), m.end(), readsAsName(m.group()) ? 1 : 0});
    Matcher k = INLINE_MARKUP.matcher(text);
    while (k.find()) {
      if (spans.stream().noneMatch(s -> k.start() < s[1] && k.end() > s[0])) spans.add(new int[] {k.start(), k.end(), 0});
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at) continue;
      if (s[0] > at) out.add(Piece.prose(text.substring(at, s[0])));
      out.add(Piece.markup(text.substring(s[0], s[1]), s[2] == 1 ? "X" : ""));
      at = s[1];
    }
    if (at < text.length()) out.add(Piece.prose(text.substring(at)));
    return out;
  }

  /** Code and addresses stand for a thing in the sentence; a link's target, a tag or an attribute for nothing. */
  private static boolean readsAsName(String span) {
    return !(span.startsWith("](") || span.startsWith("<") || span.startsWith("{"));
  }
}
