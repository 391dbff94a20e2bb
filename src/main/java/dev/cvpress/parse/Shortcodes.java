package dev.cvpress.parse;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Removes Hugo shortcodes ({@code {{< x >}}}, {@code {{% x %}}}) and Jekyll Liquid tags ({@code {% x %}}) from the
 * Markdown body, with a warning naming each one's line. They are template calls a static site generator expands;
 * cvpress has no templates, so their output cannot be known. The text between a paired shortcode's opening and
 * closing tags stays. Hugo's escaped form {@code {{</* x *\/>}}} is kept as the literal text it shows.
 */
final class Shortcodes {
  private Shortcodes() {}

  /** Longer than this is not a shortcode but a stray brace pair; it is left alone. */
  private static final int MAX_LENGTH = 4000;

  /**
   * The body with every shortcode blanked out. Line breaks inside a shortcode are kept so that every line after
   * it keeps its number; a shortcode that starts a line is removed outright so that the rest of the line is not
   * read as an indented code block.
   *
   * @param from the offset in {@code src.text} where the body starts; nothing before it is touched
   */
  /** The text without its shortcodes, and how to turn an offset in it back into an offset in the file. */
  record Stripped(String text, IntUnaryOperator toSource) {}

  static Stripped strip(SourceText src, String text, int from, List<Diagnostic> warnings) {
    if (text.indexOf("{{", from) < 0 && text.indexOf("{%", from) < 0) return new Stripped(text, i -> i);
    List<int[]> cuts = new ArrayList<>(); // {offset in the output, characters removed before it}
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, from);
    Ends ends = new Ends(text);
    boolean inFence = false;
    String fence = null;
    int i = from;
    int lineStart = from;
    while (i < text.length()) {
      if (i == lineStart) {
        // Shortcodes inside fenced code are shown as written: they are what the code block is about.
        int eol = text.indexOf('\n', i);
        String line = text.substring(i, eol < 0 ? text.length() : eol).strip();
        if (!inFence && (line.startsWith("```") || line.startsWith("~~~"))) {
          inFence = true;
          fence = line.substring(0, 3);
        } else if (inFence && line.startsWith(fence)) {
          inFence = false;
        }
        if (inFence || (fence != null && line.startsWith(fence))) {
          int end = eol < 0 ? text.length() : eol + 1;
          out.append(text, i, end);
          i = end;
          lineStart = end;
          continue;
        }
      }
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(c);
        i++;
        lineStart = i;
        continue;
      }
      int end = c == '{' ? shortcodeEnd(text, i, ends) : -1;
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      String code = text.substring(i, end);
      if (code.startsWith("{{</*") || code.startsWith("{{%/*")) {
        // Hugo's escape for showing a shortcode literally.
        out.append(code.replace("{{</*", "{{<").replace("*/>}}", ">}}").replace("{{%/*", "{{%")
            .replace("*/%}}", "%}}"));
      } else {
        warnings.add(src.at(Diagnostic.warning(Code.SHORTCODE_REMOVED, src.pos(i), describe(code) + " removed",
            "cvpress does not run site templates; write the content it stands for as Markdown")));
        // Removed outright, keeping its line breaks: a shortcode that starts a line must not leave an indent
        // (which Markdown reads as code), and one between words leaves one space.
        boolean afterSpace = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
        int before = out.length();
        for (int k = 0; k < code.length(); k++) if (code.charAt(k) == '\n') out.append('\n');
        boolean beforeSpace = end >= text.length() || Character.isWhitespace(text.charAt(end));
        if (!afterSpace && !beforeSpace && code.indexOf('\n') < 0) out.append(' ');
        int removedSoFar = (cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1)[1]) + code.length() - (out.length() - before);
        cuts.add(new int[] {out.length(), removedSoFar});
      }
      lineStart = code.indexOf('\n') >= 0 ? lineStartAfter(text, end) : lineStart;
      i = end;
    }
    int[] at = cuts.stream().mapToInt(c -> c[0]).toArray();
    int[] shift = cuts.stream().mapToInt(c -> c[1]).toArray();
    return new Stripped(out.toString(), offset -> {
      int k = java.util.Arrays.binarySearch(at, offset);
      int idx = k >= 0 ? k : -k - 2; // the last cut at or before the offset
      while (k >= 0 && idx + 1 < at.length && at[idx + 1] == offset) idx++;
      return idx < 0 ? offset : offset + shift[idx];
    });
  }

  private static int lineStartAfter(String text, int end) {
    int nl = text.lastIndexOf('\n', end - 1);
    return nl + 1;
  }

  /**
   * Where a string next occurs at or after a position, for positions that only grow: each search starts where the
   * last one found nothing to reuse, so a long run of openers without a closer costs one pass, not one per opener.
   */
  private static final class Next {
    private final String text;
    private final String what;
    private int at = -2; // -2: not searched yet; -1: none after the last position asked

    Next(String text, String what) {
      this.text = text;
      this.what = what;
    }

    int from(int pos) {
      if (at == -1 || at >= pos) return at;
      at = text.indexOf(what, pos);
      return at;
    }
  }

  /** The searches for the ends of shortcodes in one text. */
  private record Ends(Next angle, Next percent, Next liquid, Next blankLine) {
    Ends(String text) {
      this(new Next(text, ">}}"), new Next(text, "%}}"), new Next(text, "%}"), new Next(text, "\n\n"));
    }
  }

  /** The end offset of a shortcode or Liquid tag starting at {@code i}, or -1. */
  private static int shortcodeEnd(String text, int i, Ends ends) {
    Next close;
    if (text.startsWith("{{<", i)) close = ends.angle();
    else if (text.startsWith("{{%", i)) close = ends.percent();
    else if (text.startsWith("{%", i)) close = ends.liquid();
    else return -1;
    int end = close.from(i + 2);
    if (end < 0 || end + close.what.length() > Math.min(text.length(), i + MAX_LENGTH)) return -1;
    // A blank line ends a paragraph, and a shortcode never spans one.
    int blank = ends.blankLine().from(i);
    if (blank >= 0 && blank <= end - 2) return -1;
    return end + close.what.length();
  }

  private static String describe(String code) {
    String inner = code.replaceAll("^\\{\\{?[<%]\\s*", "").replaceAll("\\s*[>%]\\}?\\}$", "").strip();
    String name = inner.split("[\\s\"]+", 2)[0];
    if (name.length() > 40) name = name.substring(0, 40) + "…";
    boolean liquid = code.startsWith("{%");
    return (liquid ? "Liquid tag `{% " : "Hugo shortcode `" + code.substring(0, 3) + " ") + name
        + (liquid ? " %}`" : " " + code.substring(code.length() - 3) + "`");
  }
}
