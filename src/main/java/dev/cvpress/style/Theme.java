package dev.cvpress.style;

import dev.cvpress.files.ResourcePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A print style sheet. Its header comment names it, describes it in one line, and declares the accent colour that
 * {@code style.accent} replaces, one per line ({@code name: modern}, {@code description: ...}, {@code accent: #1f5a8a}),
 * optionally {@code layout: sidebar} for the two-column HTML structure, and {@code measure: 95}, the characters a
 * line of body text holds, which is also the most a header line of contacts may take before cvpress breaks it
 * between groups (details, then links).
 *
 * @param measure characters a line of body text holds; 0 when the theme does not say
 * @param location "built-in" or the file it was read from
 */
public record Theme(String name, String description, String accent, String layout, int measure, String css,
    String location) {
  /** The themes packed into cvpress, in the order {@code cvpress themes} lists them. */
  public static final List<String> BUILT_IN = List.of("classic", "modern", "compact", "sidebar", "ledger");

  /** The theme a résumé gets when it names none. */
  public static final String DEFAULT = "classic";

  private static final Pattern FIELD = Pattern.compile("(?im)^\\s*\\*?\\s*(name|description|accent|layout|measure)\\s*:\\s*(.+?)\\s*$");

  public static List<Theme> builtIns() throws IOException {
    List<Theme> out = new ArrayList<>();
    for (String name : BUILT_IN) {
      Theme t = builtIn(name);
      if (t != null) out.add(t);
    }
    return out;
  }

  /** Built-in themes never change while cvpress runs: read and parsed once per process, not per document. */
  private static final java.util.Map<String, Theme> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /** A built-in theme by name, in any letter case, or null. */
  public static Theme builtIn(String name) throws IOException {
    String key = name.toLowerCase(Locale.ROOT);
    if (!BUILT_IN.contains(key)) return null;
    Theme cached = LOADED.get(key);
    if (cached != null) return cached;
    try (InputStream in = Theme.class.getResourceAsStream("/styles/" + key + ".css")) {
      if (in == null) return null;
      Theme t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), key, "built-in (styles/" + key + ".css)");
      LOADED.put(key, t);
      return t;
    }
  }

  /** A style sheet larger than this is not a theme. */
  public static final long MAX_CSS_BYTES = 1024 * 1024;

  /**
   * A theme file, read from where it really leads (already judged by the resource policy); {@code named} is the
   * path as the user wrote it. Null when it is larger than {@link #MAX_CSS_BYTES}.
   */
  public static Theme file(ResourcePolicy.Located located, Path named) throws IOException {
    byte[] bytes = ResourcePolicy.read(located, MAX_CSS_BYTES);
    if (bytes == null) return null;
    String fallbackName = named.getFileName().toString().replaceFirst("\\.css$", "");
    return parse(new String(bytes, StandardCharsets.UTF_8), fallbackName, named.toString());
  }

  public static Theme parse(String css, String fallbackName, String location) {
    String name = fallbackName;
    String description = "";
    String accent = null;
    String layout = "single";
    int measure = 0;
    int end = css.indexOf("*/");
    if (css.stripLeading().startsWith("/*") && end > 0) {
      Matcher m = FIELD.matcher(css.substring(0, end));
      while (m.find()) {
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "name" -> name = m.group(2);
          case "description" -> description = m.group(2);
          case "layout" -> layout = m.group(2).toLowerCase(Locale.ROOT);
          case "measure" -> measure = m.group(2).matches("\\d{2,3}") ? Integer.parseInt(m.group(2)) : 0;
          default -> accent = m.group(2).toLowerCase(Locale.ROOT);
        }
      }
    }
    return new Theme(name, description, accent, layout, measure, css, location);
  }

  /** The least side margin of a two-column theme set in one column: about a hundred characters of 10 pt type a line. */
  static final double SINGLE_COLUMN_SIDE_MM = 30;

  /**
   * This two-column theme set in one column: no band, and side margins alike, at least
   * {@link #SINGLE_COLUMN_SIDE_MM}. Its rules for the masthead, sections and entries serve the single column as
   * they are. The margins are written where the theme's own are, so that fitting reads and moves these.
   */
  public Theme singleColumn() {
    double[] m = marginsMm();
    double side = Math.max(m[1], SINGLE_COLUMN_SIDE_MM);
    String margins = String.format(Locale.ROOT, "margin: %.1fmm %.1fmm %.1fmm %.1fmm;", m[0], side, m[2], side);
    return new Theme(name, description, accent, "single", measure,
        css.replaceFirst("(?s)(@page\\s*\\{[^}]*?)margin:\\s*[^;]+;", "$1" + margins)
            + "\n@page { background-image: none; }\n@page :first { background-image: none; }\n", location);
  }

  /** The body size the theme sets on {@code html}, in points; 10 when it says nothing readable. */
  public double fontSizePt() {
    Matcher m = Pattern.compile("(?s)(?:^|})\\s*html\\s*\\{[^}]*?font-size:\\s*([\\d.]+)pt").matcher(css);
    return m.find() ? Double.parseDouble(m.group(1)) : 10;
  }

  /** The line height the theme sets on {@code body}; 1.3 when it says nothing readable. */
  public double lineHeight() {
    Matcher m = Pattern.compile("(?s)(?:^|})\\s*body\\s*\\{[^}]*?line-height:\\s*([\\d.]+)\\s*;").matcher(css);
    return m.find() ? Double.parseDouble(m.group(1)) : 1.3;
  }

  /** The page margins the theme sets, top/right/bottom/left in millimetres; 18 mm when not readable. */
  public double[] marginsMm() {
    Matcher m = Pattern.compile("(?s)@page\\s*\\{[^}]*?margin:\\s*([^;]+);").matcher(css);
    double none = Margins.FALLBACK_MM;
    return m.find() ? Margins.mm(m.group(1)) : new double[] {none, none, none, none};
  }
}
