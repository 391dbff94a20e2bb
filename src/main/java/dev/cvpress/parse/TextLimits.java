package dev.cvpress.parse;

import static dev.cvpress.parse.Limits.MAX_MARKS_IN_A_ROW;
import static dev.cvpress.parse.Limits.MAX_NESTING;
import static dev.cvpress.parse.Limits.MAX_PARAGRAPH;
import static dev.cvpress.parse.Limits.MAX_PARAGRAPH_LINES;
import static dev.cvpress.parse.Limits.MAX_SPACES_IN_A_ROW;
import static dev.cvpress.parse.Limits.MAX_TEXT;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;

/**
 * The {@link Limits} read off the source text before the Markdown parser sees it, where the parser itself would
 * take too long to find them: every character, the lines of each paragraph, lists and quotes nested on one line.
 */
final class TextLimits {
  private TextLimits() {}

  /** Checks the whole source text, front matter included, before anything parses it. */
  static void scan(SourceText src) throws CvpressException {
    String text = src.text;
    int chars = 0;
    int marks = 0;
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      spaces = c == ' ' || c == '\t' ? spaces + 1 : 0;
      if (spaces > MAX_SPACES_IN_A_ROW) {
        throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(i),
            "more than " + String.format("%,d", MAX_SPACES_IN_A_ROW) + " spaces or tabs in a row",
            "remove the run of spaces; Markdown needs no more than a few for indentation")));
      }
      if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c) && ++chars > MAX_TEXT) {
        throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(i),
            "the document is too long for a résumé (more than " + String.format("%,d", MAX_TEXT)
                + " characters of text, front matter included)",
            "check that this is the right file, or split it")));
      }
      if (Character.isLowSurrogate(c)) continue; // the second half of a character already looked at
      int type = Character.getType(text.codePointAt(i));
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      marks = mark ? marks + 1 : 0;
      if (marks > MAX_MARKS_IN_A_ROW) {
        throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(i),
            "more than " + MAX_MARKS_IN_A_ROW + " combining marks (accents, variation selectors) in a row",
            "no script stacks that many on one letter; remove the run (it is often pasted \"glitch\" text)")));
      }
    }
  }

  /**
   * Counts the lines of each paragraph-like run of the Markdown body (the front matter blanked out): not blank, not
   * in a code fence, not a list item or heading.
   */
  static void paragraphLines(SourceText src, String text) throws CvpressException {
    int run = 0;
    int runStart = 0;
    String fence = null;
    for (int start = 0, line = 1; start <= text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      int i = start;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) i++;
      String lead = text.substring(i, Math.min(end, i + 3));
      if (fence != null) {
        if (lead.startsWith(fence)) fence = null;
        run = 0;
      } else if (lead.startsWith("```") || lead.startsWith("~~~")) {
        fence = lead;
        run = 0;
      } else if (i == end || LIST_OR_HEADING.matcher(lead).lookingAt()) {
        run = 0;
        // flexmark looks for a heading's closing #s with a regular expression that is quadratic in the line.
        if (lead.startsWith("#") && end - i > MAX_PARAGRAPH && !text.substring(i, end).contains("data:")) {
          throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(line, 1),
              "a heading is longer than " + String.format("%,d", MAX_PARAGRAPH) + " characters",
              "a heading is a title of a few words; put the rest in a paragraph below it")));
        }
      } else if (run++ == 0) {
        runStart = line;
      } else if (run > MAX_PARAGRAPH_LINES) {
        throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(runStart, 1),
            "a paragraph or table runs over more than " + String.format("%,d", MAX_PARAGRAPH_LINES)
                + " lines without a blank line",
            "that is far longer than a résumé's paragraphs; separate them with blank lines")));
      }
      start = end + 1;
    }
  }

  /**
   * Lists and quotes opened one inside another at the start of a single line ({@code - - - x}, {@code > > x},
   * {@code 1. 1. x}, {@code > - > - x}), refused before anything parses them: the parser would take time in
   * proportion to their depth times the length of the line (ten thousand of them, most of a minute). Lines in a
   * code fence and thematic breaks ({@code - - - - -}) are left alone; nesting built up over many lines is
   * found by {@link Limits#check} after parsing, which is quick for it.
   *
   * @param at where to report, for Markdown converted from HTML; null to report at the line and column
   */
  static void nestingOnALine(SourceText src, String text, SourcePos at) throws CvpressException {
    String fence = null;
    for (int start = 0, line = 1; start <= text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      int i = start;
      int depth = 0;
      while (i < end) {
        char c = text.charAt(i);
        int marker = i;
        if (c == ' ' || c == '\t') {
          i++;
          continue;
        }
        if (c == '>') {
          i++;
        } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
          i += 2;
        } else {
          int j = i;
          while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
          if (j == i || j + 1 >= end || (text.charAt(j) != '.' && text.charAt(j) != ')') || !isBlank(text.charAt(j + 1))) {
            break;
          }
          i = j + 2;
        }
        if (++depth > MAX_NESTING && fence == null && !thematicBreak(text, start, end)) {
          throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED,
              at != null ? at : src.pos(line, marker - start + 1),
              "lists or quotes are nested more than " + MAX_NESTING + " levels deep",
              "a résumé reads best with two or three levels; flatten the nesting")));
        }
      }
      String rest = text.substring(i, Math.min(end, i + 3));
      if (fence != null ? rest.startsWith(fence) : rest.startsWith("```") || rest.startsWith("~~~")) {
        fence = fence != null ? null : rest;
      }
      start = end + 1;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** A line of three or more of one of {@code - * _} and blanks only: a rule, however many marks it has. */
  private static boolean thematicBreak(String text, int start, int end) {
    char mark = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isBlank(c)) continue;
      if (c != '-' && c != '*' && c != '_' || mark != 0 && c != mark) return false;
      mark = c;
    }
    return mark != 0;
  }

  private static final java.util.regex.Pattern LIST_OR_HEADING =
      java.util.regex.Pattern.compile("[-*+#]|\\d[.)]|\\d\\d");
}
