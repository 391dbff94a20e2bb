package dev.cvpress.diag;

import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Source lines for diagnostics: the line under a message, and where a character is first used. */
public final class SourceLines {
  private SourceLines() {}

  /** Attaches the source line to each diagnostic of this file, for the caret display. */
  public static List<Diagnostic> attach(List<Diagnostic> diagnostics, String file, String text) {
    String[] lines = null;
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.sourceLine() == null && d.pos().line() > 0 && d.pos().file().equals(file)) {
        if (lines == null) lines = text.replace("\r\n", "\n").split("\n", -1);
        if (d.pos().line() <= lines.length) d = d.withSourceLine(lines[d.pos().line() - 1].replace("\uFEFF", ""));
      }
      out.add(d);
    }
    return out;
  }

  /**
   * Where a word is written: its first use at or after {@code from} (a node's start), else its first use in the
   * file, else {@code from}. The word is matched whole and without regard to case, as a check compares words; a
   * word the source splits with markup ({@code **10**x}) is not found, and the node's start stands for it.
   */
  public static SourcePos word(String file, String text, SourcePos from, String word) {
    String normal = normalized(text);
    boolean whole = word.codePoints().noneMatch(c -> Character.isIdeographic(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    String letter = "[\\p{L}\\p{N}&&[^⁰¹²³⁴⁵⁶⁷⁸⁹]]";
    Pattern p = Pattern.compile((whole ? "(?<!" + letter + ")" : "") + Pattern.quote(word)
        + (whole ? "(?!" + letter + ")" : ""),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher m = p.matcher(normal);
    int start = offset(normal, from);
    if (m.find(start) || start > 0 && m.find(0)) return at(file, normal, m.start());
    return from;
  }

  /** The text as positions count it: no byte-order mark, lines ended by {@code \n}. */
  private static String normalized(String text) {
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return normal.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The index in {@code normal} of a line and column; 0 for the whole file, the line's end when past it. */
  private static int offset(String normal, SourcePos pos) {
    if (pos.line() == 0) return 0;
    int at = 0;
    for (int line = 1; line < pos.line(); line++) {
      int next = normal.indexOf('\n', at);
      if (next < 0) return normal.length();
      at = next + 1;
    }
    int end = normal.indexOf('\n', at);
    if (end < 0) end = normal.length();
    for (int c = 1; c < pos.column() && at < end; c++) at = normal.offsetByCodePoints(at, 1);
    return at;
  }

  private static SourcePos at(String file, String normal, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (normal.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, normal.codePointCount(lineStart, at) + 1);
  }

  /** Where a character first appears in the source, counting columns in characters as editors do. */
  public static SourcePos firstUse(String file, String text, int codePoint) {
    String normal = normalized(text);
    int at = normal.indexOf(new String(Character.toChars(codePoint)));
    return at < 0 ? SourcePos.file(file) : at(file, normal, at);
  }
}
