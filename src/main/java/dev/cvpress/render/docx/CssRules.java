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

  /** A colour as Word writes it, six hex digits in capitals; null for what is not a plain hex colour. */
  static String hex(String value) {
    if (value == null) return null;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b").matcher(value);
    if (!m.find()) return null;
    String h = m.group(1);
    if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    return h.toUpperCase(Locale.ROOT);
  }
}
