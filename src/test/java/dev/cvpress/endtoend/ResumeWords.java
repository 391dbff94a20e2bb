package dev.cvpress.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader must find on the page, taken from the Markdown itself (not from cvpress's model), and a check
 * that they are in the extracted text in order. Test helper.
 *
 * <p>Words are runs of letters and digits, compared in lower case (themes upper-case section titles with CSS).
 * Dates are left out on both sides, since cvpress rewrites them in its house style ({@code 2021.6 ~ Now} becomes
 * {@code Jun 2021 – Present}) and right-aligns them beside the heading; the label tests check them. So is "at".
 */
final class ResumeWords {
  private ResumeWords() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> DATE_WORDS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "present", "now");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern FOOTER = Pattern.compile("(?i)(?:[^\\n]*? · )?page \\d+ of \\d+");
  /** Footnote numbers as printed (¹ ² ³); the Markdown's labels ({@code [^p95]}) are left out by {@link #bodyText}. */
  private static final Pattern SUPERSCRIPT = Pattern.compile("[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]+");
  private static final Pattern CONTACT =
      Pattern.compile("(?i)^\\*?(email|e-mail|phone|github|linkedin|website)\\*?\\s*:\\s*(.+)");

  /** One line of the Markdown as the words it must show, and the line itself for messages. */
  record Line(String source, List<String> words, boolean heading) {}

  /**
   * A run of lines that stays together on the page: the part before the first {@code ##} section, each section,
   * and the contact details (which cvpress lifts into the header wherever they were written).
   */
  record Segment(String title, List<Line> lines, boolean contacts) {}

  /** The words of extracted text: lower case, dates and footers ("Name · Page X of Y") left out. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String plain = SUPERSCRIPT.matcher(FOOTER.matcher(text).replaceAll(" ")).replaceAll(" ");
    Matcher m = WORD.matcher(plain.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      // "at" may part a title from its org (dropped) or belong to the title (kept): it is not compared.
      if (!DATE_WORDS.contains(w) && !YEAR.matcher(w).matches() && !w.equals("at")) out.add(w);
    }
    return out;
  }

  /** The segments of a Markdown résumé, front matter and HTML comments left out. */
  static List<Segment> segments(String markdown) {
    String body = markdown.replace("\r\n", "\n");
    if (body.startsWith("---\n")) body = body.substring(body.indexOf("\n---\n", 3) + 5);
    body = body.replaceAll("(?s)<!--.*?-->", "");
    List<Segment> out = new ArrayList<>();
    List<Line> contacts = new ArrayList<>();
    String title = "(top)";
    List<Line> lines = new ArrayList<>();
    for (String raw : body.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) continue;
      if (line.startsWith("## ")) {
        if (!lines.isEmpty()) out.add(new Segment(title, lines, false));
        title = line.substring(3).replaceAll("\\s*\\{[^}]*}$", "").strip();
        lines = new ArrayList<>();
      }
      Matcher contact = CONTACT.matcher(line);
      if (contact.matches()) {
        contacts.add(new Line(line, words(contact.group(2)), false));
      } else if (!line.startsWith("#") && line.contains(" | ")
          && (line.contains("@") || line.matches("\\S+( \\| \\S+)+"))) {
        contacts.add(new Line(line, words(line), false));
      } else if (line.startsWith("#")) {
        lines.add(new Line(line, headingWords(line), true));
      } else {
        lines.add(new Line(line, words(bodyText(line)), false));
      }
    }
    if (!lines.isEmpty()) out.add(new Segment(title, lines, false));
    if (!contacts.isEmpty()) out.add(new Segment("(contacts)", contacts, true));
    return out;
  }

  /** A body line as shown: list markers, link targets, footnote labels, bare links' schemes and tags removed. */
  static String bodyText(String line) {
    return line.replaceFirst("^([-*+]|\\d+\\.)\\s+(\\[[ xX]]\\s+)?", "")
        .replaceAll("\\[\\^[^]]*]:?", " ")
        .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
        .replaceAll("(?i)(?<![\\w/])(https?://|mailto:)(?=\\S)", "")
        .replaceAll("\\s*\\{tags=[^}]*}\\s*$", "");
  }

  /**
   * A heading as shown: no markers, no link targets, no tags, the "at"/"—"/"|" between title and org dropped,
   * and no numbers (the dates in it are rewritten and checked elsewhere).
   */
  static List<String> headingWords(String line) {
    String s = line.replaceFirst("^#+\\s*", "")
        .replaceAll("\\s*\\{[^}]*}\\s*$", "")
        .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
        .replaceAll("\\(https?://[^)]*\\)", " ")
        .replaceAll("\\s(at|@|—|\\|)\\s", " ");
    return words(s).stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
  }

  /** Where {@code words} occur as one unbroken run in {@code text} at or after {@code from}; -1 when nowhere. */
  static int find(List<String> text, List<String> words, int from) {
    if (words.isEmpty()) return from;
    outer:
    for (int i = Math.max(0, from); i + words.size() <= text.size(); i++) {
      for (int j = 0; j < words.size(); j++) {
        if (!text.get(i + j).equals(words.get(j))) continue outer;
      }
      return i;
    }
    return -1;
  }

  /**
   * Matches a segment's lines, each as an unbroken run, in order from {@code from}; returns the position after
   * the last line, or -1 with the first line that failed added to {@code problems} (when not null).
   */
  static int match(List<String> text, Segment segment, int from, List<String> problems) {
    int cursor = from;
    for (Line line : segment.lines()) {
      int at = find(text, line.words(), cursor);
      if (at < 0) {
        if (problems != null) {
          problems.add((find(text, line.words(), 0) >= 0 ? "out of order: " : "missing: ") + "[" + segment.title()
              + "] " + line.source() + "  " + line.words());
        }
        return -1;
      }
      cursor = at + line.words().size();
    }
    return cursor;
  }

  /** Every line of every segment in one text, in the Markdown's order (contacts anywhere, in their own order). */
  static List<String> inOrder(String markdown, String text) {
    List<String> words = words(text);
    List<String> problems = new ArrayList<>();
    int cursor = 0;
    for (Segment s : segments(markdown)) {
      if (s.contacts()) {
        match(words, s, 0, problems);
        continue;
      }
      int next = match(words, s, cursor, problems);
      if (next >= 0) cursor = next;
    }
    return problems;
  }

  /**
   * Two columns: each segment, whole, in one of them; the segments of each column in the Markdown's order.
   *
   * @param sideTitles receives the titles of the segments found in the side column
   */
  static List<String> inOrder(String markdown, String main, String side, List<String> sideTitles) {
    List<String> mainWords = words(main);
    List<String> sideWords = words(side);
    List<String> problems = new ArrayList<>();
    int mainCursor = 0;
    int sideCursor = 0;
    for (Segment s : segments(markdown)) {
      int inMain = match(mainWords, s, s.contacts() ? 0 : mainCursor, null);
      if (inMain >= 0) {
        if (!s.contacts()) mainCursor = inMain;
        continue;
      }
      int inSide = match(sideWords, s, s.contacts() ? 0 : sideCursor, null);
      if (inSide >= 0) {
        if (!s.contacts()) sideCursor = inSide;
        sideTitles.add(s.title());
        continue;
      }
      List<String> inMainProblems = new ArrayList<>();
      List<String> inSideProblems = new ArrayList<>();
      match(mainWords, s, mainCursor, inMainProblems);
      match(sideWords, s, sideCursor, inSideProblems);
      problems.add("segment [" + s.title() + "] is in neither column whole and in order; main column: "
          + inMainProblems + "; side column: " + inSideProblems);
    }
    return problems;
  }
}
