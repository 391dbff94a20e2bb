package dev.cvpress.formats.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of an entry heading (title, organisation or place) written so that the reader splits the heading where
 * the writer joined it, and nowhere else: a mark the reader takes for a separator between parts ({@code |},
 * {@code ·}, a spaced dash, a word such as "at" before a name), or strips from the heading's ends, is written
 * escaped, which the reader keeps as text.
 */
final class EntryParts {
  private EntryParts() {}

  /** A word that the reader takes to introduce the employer when it stands between spaces. */
  private static final Pattern WORD = Pattern.compile("(?<=\\s)(?:at|@|chez|bei|en|в)(?=\\s)");
  /** What the reader strips from the start and the end of a heading. */
  private static final String EDGE = " |·•—–,:;@~-";

  /** Four digits the reader could take for a year, the start of a date: {@code 2000}, {@code 2019-2020}. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d])\\d(?=\\d{3}(?!\\d))");
  /** Where a digit written as a character reference is kept while the rest is escaped: private use. */
  private static final char DIGIT = '\uE000';

  /**
   * @param first whether the part starts the heading (a word there could split it, a mark there would be stripped)
   * @param last whether it ends the heading (before the dates): a mark there would be stripped
   * @param words whether a word such as "at" in it would split it from the parts after it
   * @param undated whether the heading has no dates, so that the reader would take a year in it for them: its
   *     first digit is written as a character reference ({@code Windows &#50;000 Migration}), which reads as text
   */
  static String part(String text, boolean first, boolean last, boolean words, boolean undated) {
    String escaped = undated ? part(YEAR.matcher(text).replaceAll(m -> String.valueOf(
        (char) (DIGIT + m.group().charAt(0) - '0'))), first, last, words) : part(text, first, last, words);
    if (!undated) return escaped;
    StringBuilder out = new StringBuilder(escaped.length() + 8);
    escaped.chars().forEach(c -> {
      if (c >= DIGIT && c <= DIGIT + 9) out.append("&#").append(c - DIGIT + '0').append(';');
      else out.append((char) c);
    });
    return out.toString();
  }

  private static String part(String text, boolean first, boolean last, boolean words) {
    String s = MarkdownText.references(MarkdownText.text(text, ' ', ' ', false), false);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      boolean spaced = Character.isWhitespace(prev) || Character.isWhitespace(next);
      boolean edge = (first && i == 0) || (last && i == s.length() - 1);
      switch (c) {
        case '|' -> out.append("\\|");
        case '·' -> out.append("&middot;");
        case '•' -> out.append("&bull;");
        case '—' -> out.append(spaced ? "&mdash;" : "—");
        case '–' -> out.append(spaced ? "&ndash;" : "–");
        // "C++(17)" is not "C++ (17)", and "()" is not dropped.
        case '(' -> out.append(!Character.isWhitespace(prev) || next == ')' ? "\\(" : "(");
        default -> out.append((c == '-' && spaced || edge && EDGE.indexOf(c) > 0) && prev != '\\' ? "\\" + c
            : String.valueOf(c));
      }
    }
    return words ? words(out.toString()) : out.toString();
  }

  /**
   * "Researcher at Large Co" is one title: the word is written with its first letter as a character reference
   * where the reader would take what follows for a name (a word with a capital, or in a script without case);
   * "Exactly-once at scale" stays as it is.
   */
  private static String words(String s) {
    Matcher m = WORD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String after = s.substring(m.end()).strip();
      String next = after.isEmpty() ? "" : after.split("\\s+", 2)[0];
      if (next.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c))) continue;
      char c = m.group().charAt(0);
      String escaped = c == '@' ? "\\@" : "&#" + (int) c + ";";
      m.appendReplacement(out, Matcher.quoteReplacement(escaped + m.group().substring(1)));
    }
    return m.appendTail(out).toString();
  }
}
