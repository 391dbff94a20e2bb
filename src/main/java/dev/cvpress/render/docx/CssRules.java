package dev.cvpress.render.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the style sheet a PDF was laid out with, read just far enough to ask what a selector's property
 * ends up as: the last declaration wins, as in the cascade for rules of one weight. Rules inside {@code @media}
 * are for screens and left out; the page margin boxes inside {@code @page} are left out too.
 */
final class CssRules {
  private record Rule(Set<String> selectors, Map<String, String> declarations) {}

  private final List<Rule> rules = new ArrayList<>();

  CssRules(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('{', at);
      if (open < 0) break;
      String selector = text.substring(at, open).strip().replaceAll("\\s+", " ");
      int close = matching(text, open);
      String body = text.substring(open + 1, close);
      at = close + 1;
      if (selector.startsWith("@media") || selector.startsWith("@font-face")) continue;
      if (selector.startsWith("@page")) body = body.replaceAll("(?s)@[a-z-]+\\s*\\{[^}]*}", " ");
      Map<String, String> declarations = new LinkedHashMap<>();
      for (String d : body.split(";")) {
        int colon = d.indexOf(':');
        if (colon < 0) continue;
        declarations.put(d.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            d.substring(colon + 1).replace("!important", "").strip());
      }
      Set<String> selectors = new java.util.HashSet<>();
      for (String s : selector.split(",")) selectors.add(s.strip());
      rules.add(new Rule(selectors, declarations));
    }
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') depth++;
      else if (text.charAt(i) == '}' && --depth == 0) return i;
    }
    return text.length() - 1;
  }

  /** The value the last rule naming {@code selector} gives {@code property}, or null when none does. */
  String value(String selector, String property) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule r = rules.get(i);
      if (r.selectors().contains(selector) && r.declarations().containsKey(property)) {
        return r.declarations().get(property);
      }
    }
    return null;
  }

  /** The first selector of {@code selectors} that has a value for {@code property}, and that value; else null. */
  String first(String property, String... selectors) {
    for (String s : selectors) {
      String v = value(s, property);
      if (v != null) return v;
    }
    return null;
  }

  /** A length in points: {@code pt}, {@code px}, {@code mm}, or {@code rem}/{@code em} of {@code rootPt}. */
  static Double points(String value, double rootPt) {
    if (value == null) return null;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(-?[\\d.]+)(pt|px|mm|rem|em)?").matcher(value);
    if (!m.find()) return null;
    double n;
    try {
      n = Double.parseDouble(m.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
    String unit = m.group(2) == null ? "pt" : m.group(2);
    return switch (unit) {
      case "px" -> n * 0.75;
      case "mm" -> n * 72 / 25.4;
      case "rem", "em" -> n * rootPt;
      default -> n;
    };
  }

  /** The CSS colour names {@code style.accent} takes, as hex. */
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("black", "000000"),
      Map.entry("navy", "000080"), Map.entry("darkblue", "00008B"), Map.entry("mediumblue", "0000CD"),
      Map.entry("blue", "0000FF"), Map.entry("teal", "008080"), Map.entry("darkcyan", "008B8B"),
      Map.entry("darkgreen", "006400"), Map.entry("green", "008000"), Map.entry("darkslategray", "2F4F4F"),
      Map.entry("darkslategrey", "2F4F4F"), Map.entry("dimgray", "696969"), Map.entry("dimgrey", "696969"),
      Map.entry("gray", "808080"), Map.entry("grey", "808080"), Map.entry("slategray", "708090"),
      Map.entry("steelblue", "4682B4"), Map.entry("royalblue", "4169E1"), Map.entry("midnightblue", "191970"),
      Map.entry("indigo", "4B0082"), Map.entry("purple", "800080"), Map.entry("darkmagenta", "8B008B"),
      Map.entry("maroon", "800000"), Map.entry("brown", "A52A2A"), Map.entry("firebrick", "B22222"),
      Map.entry("crimson", "DC143C"), Map.entry("darkred", "8B0000"), Map.entry("red", "FF0000"),
      Map.entry("chocolate", "D2691E"), Map.entry("sienna", "A0522D"), Map.entry("darkorange", "FF8C00"),
      Map.entry("orange", "FFA500"), Map.entry("olive", "808000"), Map.entry("darkolivegreen", "556B2F"),
      Map.entry("seagreen", "2E8B57"), Map.entry("cadetblue", "5F9EA0"), Map.entry("rebeccapurple", "663399"));

  /**
   * A colour as Word writes it, six hex digits in capitals, from a hex colour, an {@code rgb()} or a colour name
   * (the first in {@code value}, which may be a whole border); null for anything else.
   */
  static String hex(String value) {
    if (value == null) return null;
    java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,"
        + "\\s*(\\d{1,3})\\s*\\)").matcher(value);
    if (rgb.find()) {
      return String.format(Locale.ROOT, "%02X%02X%02X", Math.min(255, Integer.parseInt(rgb.group(1))),
          Math.min(255, Integer.parseInt(rgb.group(2))), Math.min(255, Integer.parseInt(rgb.group(3))));
    }
    for (String word : value.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NAMED.containsKey(word)) return NAMED.get(word);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b").matcher(value);
    if (!m.find()) return null;
    String h = m.group(1);
    if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    return h.toUpperCase(Locale.ROOT);
  }
}
