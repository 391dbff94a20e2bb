package dev.cvpress.formats.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Markdown résumé being written as a person would write it: YAML front matter for who and how to reach them,
 * then the body, a blank line between blocks. Each line remembers where in the source it came from (an opaque
 * origin, such as a JSON pointer), so that what cvpress later says about a line can point into that source.
 */
public final class MarkdownDocument {
  private final List<String> front = new ArrayList<>();
  private final List<String> frontOrigins = new ArrayList<>();
  private final List<String> body = new ArrayList<>();
  private final List<String> bodyOrigins = new ArrayList<>();

  /** The written text, and the origin of each of its lines. */
  public record Written(String text, List<String> origins) {
    public Written {
      origins = java.util.Collections.unmodifiableList(new ArrayList<>(origins));
    }

    /** The origin of line {@code line} (from 1); null for a line that came from nowhere in particular. */
    public String origin(int line) {
      return line >= 1 && line <= origins.size() ? origins.get(line - 1) : null;
    }
  }

  /** A front-matter key with a text value. */
  public void field(String key, String value, String origin) {
    if (value == null) return;
    front.add(key + ": " + scalar(value));
    frontOrigins.add(origin);
  }

  /** A front-matter key with a list of text values, one per line. */
  public void list(String key, List<String> values, List<String> origins) {
    if (values.isEmpty()) return;
    front.add(key + ":");
    frontOrigins.add(origins.get(0));
    for (int i = 0; i < values.size(); i++) {
      front.add("  - " + scalar(values.get(i)));
      frontOrigins.add(origins.get(i));
    }
  }

  /** A front-matter key with a list of short values on one line: {@code keywords: [a, b]}. */
  public void inlineList(String key, List<String> values, String origin) {
    if (values.isEmpty()) return;
    front.add(key + ": [" + String.join(", ", values.stream().map(MarkdownDocument::flowScalar).toList()) + "]");
    frontOrigins.add(origin);
  }

  /** A front-matter key holding a map of text values, one per line. */
  public void map(String key, Map<String, String> values, String origin) {
    if (values.isEmpty()) return;
    front.add(key + ":");
    frontOrigins.add(origin);
    values.forEach((k, v) -> {
      front.add("  " + k + ": " + scalar(v));
      frontOrigins.add(origin);
    });
  }

  /** A block of the body (one or more lines), after a blank line unless it is the first. */
  public void block(String markdown, String origin) {
    if (!body.isEmpty()) {
      body.add("");
      bodyOrigins.add(origin);
    }
    lines(markdown, origin);
  }

  /** Lines added right after the last, with no blank line between (the next item of a list). */
  public void lines(String markdown, String origin) {
    for (String line : markdown.split("\n", -1)) {
      body.add(line);
      bodyOrigins.add(origin);
    }
  }

  public Written write() {
    StringBuilder out = new StringBuilder();
    List<String> origins = new ArrayList<>();
    if (!front.isEmpty()) {
      out.append("---\n");
      origins.add(frontOrigins.get(0));
      for (int i = 0; i < front.size(); i++) {
        out.append(front.get(i)).append('\n');
        origins.add(frontOrigins.get(i));
      }
      out.append("---\n");
      origins.add(frontOrigins.get(front.size() - 1));
      if (!body.isEmpty()) {
        out.append('\n');
        origins.add(bodyOrigins.get(0));
      }
    }
    for (int i = 0; i < body.size(); i++) {
      out.append(body.get(i).stripTrailing()).append('\n');
      origins.add(bodyOrigins.get(i));
    }
    return new Written(out.toString(), origins);
  }

  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,'()/+_@–—·&-]*");
  private static final Pattern RESERVED = Pattern.compile(
      "(?i)y|n|yes|no|true|false|on|off|null|~|[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.(inf|nan)"
          + "|0x[0-9a-f]+|0o?[0-7]+|\\d+(:\\d+)+(\\.\\d*)?");

  /**
   * Markdown written by this class with front-matter keys given per language: each {@code key: value} line of
   * {@code values}' keys becomes {@code key: {en: …, de: …}}. Keys without such a line are left out of the text and
   * named in {@link PerLanguage#notWritten}.
   */
  public static PerLanguage withValuesPerLanguage(String markdown, Map<String, Map<String, String>> values) {
    List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
    List<String> notWritten = new ArrayList<>(values.keySet());
    if (lines.isEmpty() || !lines.get(0).equals("---")) return new PerLanguage(markdown, notWritten);
    for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
      String line = lines.get(i);
      for (Map.Entry<String, Map<String, String>> e : values.entrySet()) {
        if (!line.startsWith(e.getKey() + ": ")) continue;
        List<String> pairs = new ArrayList<>();
        e.getValue().forEach((lang, v) -> pairs.add(lang + ": " + flowValue(v)));
        lines.set(i, e.getKey() + ": {" + String.join(", ", pairs) + "}");
        notWritten.remove(e.getKey());
      }
    }
    return new PerLanguage(String.join("\n", lines), notWritten);
  }

  /** Markdown with its front-matter values per language, and the keys that had no line to hold theirs. */
  public record PerLanguage(String text, List<String> notWritten) {
    public PerLanguage {
      notWritten = List.copyOf(notWritten);
    }
  }

  private static String flowValue(String value) {
    String s = scalar(value);
    return !s.startsWith("\"") && s.matches("(?s).*[,\\[\\]{}].*") ? quoted(value) : s;
  }

  /** A YAML scalar that reads back as exactly {@code value}: plain when that is safe, else double-quoted. */
  public static String scalar(String value) {
    boolean plain = PLAIN.matcher(value).matches() && !RESERVED.matcher(value).matches()
        && !value.endsWith(" ") && !value.contains(" #") && !value.contains(": ")
        && !Character.isDigit(value.charAt(0));
    return plain ? value : quoted(value);
  }

  private static String flowScalar(String value) {
    String s = scalar(value);
    return s.contains(",") && !s.startsWith("\"") ? quoted(value) : s;
  }

  /** A YAML double-quoted scalar, escaped as JSON escapes (which YAML reads the same). */
  public static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
