package dev.cvpress.parse;

import dev.cvpress.model.Nodes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variant tags and the language written at the end of a heading, list item or paragraph line:
 * {@code {tags=backend,cloud}} (also {@code {tags="backend cloud"}} and {@code {.tags=...}}), {@code {lang=de}},
 * or both in one pair of braces ({@code {tags=cloud lang=de}}). They are cut from the text before Markdown is
 * parsed, and remembered by line, so the rest of the parser never sees them. A language is kept among the tags as
 * {@code lang:de} ({@link Nodes#LANG}).
 */
final class Tags {
  /**
   * What stands between the braces. Matched only against the text of the last brace pair on a line, never
   * searched for along the line: a search from every position is quadratic on long runs of spaces.
   */
  private static final String ATTRIBUTE =
      "\\.?(tags|lang)\\s*=\\s*(?:\"([^\"{}]*)\"|'([^'{}]*)'|([^{}\\s]*))";
  private static final Pattern ONE = Pattern.compile(ATTRIBUTE, Pattern.CASE_INSENSITIVE);
  private static final Pattern INSIDE = Pattern.compile(
      "\\s*" + ATTRIBUTE + "(?:\\s+" + ATTRIBUTE + ")*\\s*", Pattern.CASE_INSENSITIVE);

  private final Map<Integer, Set<String>> byLine;

  private Tags(Map<Integer, Set<String>> byLine) {
    this.byLine = byLine;
  }

  /** The text without tag attributes, and the tags of each line (1-based). Line and column numbers keep. */
  static Tags strip(StringBuilder text) {
    Map<Integer, Set<String>> byLine = new HashMap<>();
    int line = 1;
    int start = 0;
    boolean fenced = false;
    while (start <= text.length()) {
      int end = text.indexOf("\n", start);
      if (end < 0) end = text.length();
      String content = text.substring(start, end);
      String trimmed = content.stripLeading();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) fenced = !fenced;
      int at = fenced ? -1 : attributeStart(content);
      if (at >= 0) {
        Matcher m = ONE.matcher(content.substring(content.indexOf('{', at) + 1, content.lastIndexOf('}')));
        Set<String> tags = new LinkedHashSet<>();
        while (m.find()) {
          String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
          boolean lang = m.group(1).equalsIgnoreCase("lang");
          Arrays.stream(raw.split("[,\\s]+")).map(t -> t.strip().toLowerCase(Locale.ROOT))
              .filter(t -> !t.isEmpty()).forEach(t -> tags.add(lang ? Nodes.LANG + t.replace('_', '-') : t));
        }
        if (!tags.isEmpty()) byLine.put(line, tags);
        // Swap the attribute for an HTML comment of the same length: offsets of everything after it stay true,
        // the parser drops comments, and no trailing spaces are left to read as a line break.
        int length = end - start - at;
        text.replace(start + at, end, "<!--" + " ".repeat(Math.max(0, length - 7)) + "-->");
      }
      start = end + 1;
      line++;
    }
    return new Tags(byLine);
  }

  /** Where a trailing {@code {tags=...}} starts on a line, with the spaces before it; -1 when there is none. */
  private static int attributeStart(String line) {
    int close = line.length();
    while (close > 0 && Character.isWhitespace(line.charAt(close - 1))) close--;
    if (close == 0 || line.charAt(close - 1) != '}') return -1;
    int open = line.lastIndexOf('{', close - 1);
    if (open < 0 || !INSIDE.matcher(line.substring(open + 1, close - 1)).matches()) return -1;
    while (open > 0 && Character.isWhitespace(line.charAt(open - 1))) open--;
    return open;
  }

  /** Tags written on any line from {@code first} to {@code last}. */
  Set<String> on(int first, int last) {
    Set<String> out = new LinkedHashSet<>();
    for (int l = first; l <= last; l++) {
      Set<String> t = byLine.get(l);
      if (t != null) out.addAll(t);
    }
    return out;
  }

  boolean isEmpty() {
    return byLine.isEmpty();
  }
}
