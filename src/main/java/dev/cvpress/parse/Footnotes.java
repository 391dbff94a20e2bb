package dev.cvpress.parse;

/** Footnote numbers as superscript digits, the way a printed page marks them. */
final class Footnotes {
  private Footnotes() {}

  private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  static String mark(int ordinal) {
    String n = Integer.toString(Math.max(1, ordinal));
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) out.append(DIGITS.charAt(n.charAt(i) - '0'));
    return out.toString();
  }
}
