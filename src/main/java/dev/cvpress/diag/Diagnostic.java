package dev.cvpress.diag;

import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem found in a user's input, kept as data so it can be printed, collected or serialised.
 *
 * <p>Everything in it may come from the résumé, so {@link #format()} escapes control characters (a terminal
 * would obey an ESC sequence or a bidi override) and shows at most {@link #SHOWN} characters of the source line,
 * around the column.
 *
 * @param code what kind of problem this is: what code and tests decide on, never the message's words
 * @param sourceLine the text of the offending line, or the part of it around the column with {@code …} where it
 *     was cut; may be null
 * @param hint what the user can do about it; may be null
 * @param sourceFrom the offset in the real line of {@code sourceLine}'s first character (0 for the whole line)
 */
public record Diagnostic(Code code, Severity severity, SourcePos pos, String message, String sourceLine,
    String hint, int sourceFrom) {
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Characters of the source line shown under a message. */
  public static final int SHOWN = 200;
  /** Longer messages and hints are cut: they quote the résumé, which may be anything. */
  static final int MAX_TEXT = 1000;
  /** How many diagnostics of one kind are kept before the rest are counted in one line. */
  public static final int KEEP_OF_A_KIND = 20;

  public Diagnostic {
    if (code == null || severity == null || pos == null || message == null) {
      throw new IllegalArgumentException("code, severity, pos and message are required");
    }
    message = cut(message, MAX_TEXT);
    hint = hint == null ? null : cut(hint, MAX_TEXT);
    if (sourceFrom < 0) sourceFrom = 0;
  }

  public static Diagnostic error(Code code, SourcePos pos, String message, String hint) {
    return new Diagnostic(code, Severity.ERROR, pos, message, null, hint, 0);
  }

  public static Diagnostic warning(Code code, SourcePos pos, String message, String hint) {
    return new Diagnostic(code, Severity.WARNING, pos, message, null, hint, 0);
  }

  /**
   * This diagnostic with its source line: the whole line, or {@link #SHOWN} characters of it around the column.
   * Only those are copied, so a view of a huge line costs no more than a short one.
   */
  public Diagnostic withSourceLine(CharSequence line) {
    if (line == null || line.length() <= SHOWN) {
      return new Diagnostic(code, severity, pos, message, line == null ? null : line.toString(), hint, 0);
    }
    int column = Math.max(0, Math.min(pos.column() - 1, line.length()));
    int from = Math.max(0, Math.min(column - SHOWN / 2, line.length() - SHOWN));
    int to = Math.min(line.length(), from + SHOWN);
    if (from > 0 && Character.isLowSurrogate(line.charAt(from))) from++;
    if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) to--;
    // Marked with an ellipsis where cut; the one before the window stands at column `from`, so the caret keeps.
    String shown = (from > 0 ? "…" : "") + line.subSequence(from, to) + (to < line.length() ? "…" : "");
    return new Diagnostic(code, severity, pos, message, shown, hint, from > 0 ? from - 1 : 0);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Formats as {@code file:line:col: error: message}, the source line with a caret, and the hint. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(escape(pos.toString(), false)).append(": ").append(severity.label()).append(": ")
        .append(escape(message, true)).append('\n');
    if (sourceLine != null && pos.line() > 0) {
      out.append("    ").append(escape(sourceLine, false)).append('\n');
      out.append("    ");
      // Keep tabs so the caret lines up under the same column as in the source line; an escaped character
      // takes as many columns as its escape.
      int caret = pos.column() - 1 - sourceFrom;
      for (int i = 0; i < caret && i < sourceLine.length(); i++) {
        char c = sourceLine.charAt(i);
        if (c == '\t') out.append('\t');
        else if (!Character.isLowSurrogate(c)) out.append(" ".repeat(escape(String.valueOf(c), false).length()));
      }
      out.append("^\n");
    }
    if (hint != null) out.append("hint: ").append(escape(hint, true)).append('\n');
    return out.toString();
  }

  /**
   * The diagnostics with at most {@link #KEEP_OF_A_KIND} of each kind (the same code and severity), the rest of a
   * kind counted in one more diagnostic where the first of them was left out.
   */
  public static List<Diagnostic> limitRepeats(List<Diagnostic> diagnostics) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Diagnostic> firstLeftOut = new LinkedHashMap<>();
    Map<String, Integer> leftOut = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String kind = d.severity + " " + d.code;
      if (d.code == Code.MORE_OF_A_KIND) {
        out.add(d);
      } else if (seen.merge(kind, 1, Integer::sum) <= KEEP_OF_A_KIND) {
        out.add(d);
      } else {
        firstLeftOut.putIfAbsent(kind, d);
        leftOut.merge(kind, 1, Integer::sum);
      }
    }
    firstLeftOut.forEach((kind, d) -> out.add(new Diagnostic(Code.MORE_OF_A_KIND, d.severity,
        SourcePos.file(d.pos.file()), String.format("… and %,d more like this: %s", leftOut.get(kind), d.message),
        null, "the first is at " + d.pos, 0)));
    return out;
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) return s;
    int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
    return s.substring(0, end) + "…";
  }

  /**
   * Control characters, bidi controls and line separators as visible escapes ({@code \x1B}, {@code \u202E}), so
   * that nothing from the input acts on the terminal. Tabs stay (they line up the caret); line breaks stay in
   * messages and hints, which cvpress words itself.
   */
  public static String escape(String s, boolean keepNewlines) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\t' && !(keepNewlines && c == '\n') || c >= 0x7F && c <= 0x9F;
      boolean invisible = c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
          || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
      if (!control && !invisible) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
      out.append(control ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
    }
    return out == null ? s : out.toString();
  }
}
