package dev.cvpress.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the engine may break a line: the engine's own rules (Unicode line breaking, and before a slash inside a
 * word, so that a long URL can wrap), found in time proportional to the text.
 *
 * <p>The engine's breaker looks for the next slash from each break opportunity to the end of the text, and the
 * engine hands it the rest of the paragraph at every line. In a script that can break after every character
 * (Chinese, Japanese) that is quadratic: a 200,000-character paragraph spent most of ten seconds in that search.
 * This one looks for a slash only in the stretch between two opportunities, which is all the engine's breaker
 * uses of what it finds, so the breaks are the same.
 *
 * <p>Some breaks are taken away from the engine's: none inside a number written with a separator or a
 * unit ("1/10", "24/7", "2021/05", "v1.10", "16:9", "2023-07", "1.5x"), which the engine would split after the
 * separator or before the slash, none between a digit and the letter after it, and none between a number and
 * the unit written after a space ("150 ms", "20 GB", "38 %", "€2 bn"), and none before a sign standing alone
 * between spaces ("Linux & MacOS", "2019 – 2021", "A / B", "Go | Rust"), which goes with the word before it. Long links keep their breaks before a
 * slash, but none after a hyphen of their own; and a paragraph's short last word never stands alone on a line.
 *
 * <p>One per document: the engine keeps it for the document's layout, on one thread.
 */
final class LineBreaks implements FSTextBreaker {
  /** Characters that are breaks already, so a slash next to them adds nothing. */
  private static final String BREAKING = ".,:;!?- \n\r\t/";
  /** Separators inside a number: "1/10", "v1.10", "16:9", "1,000", "2023-07", "1–2". */
  private static final String IN_NUMBERS = "/.:,-\u2013";

  /** Units a number is written before, with a space: the line must not part them. */
  private static final java.util.Set<String> UNITS = java.util.Set.of("ms", "µs", "ns", "s", "sec", "min", "h",
      "hrs", "KB", "kB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "Mb", "Gb", "k", "K", "M", "bn", "mn",
      "%", "°C", "°F", "px", "pt", "mm", "cm", "km", "kg", "x", "×", "fps", "rps", "qps", "rpm", "Hz", "kHz", "MHz",
      "GHz", "kW", "MW", "€", "$", "£");

  private final BreakIterator opportunities = BreakIterator.getLineInstance(Locale.US);
  private String text;
  /** The break last returned, and the opportunity after it. */
  private int start;
  private int stop;

  @Override
  public void setText(String newText) {
    opportunities.setText(newText);
    text = newText;
    start = opportunities.current();
    stop = start;
    wordStart = -1; // the word last looked at was in the text before
    wordEnd = -1;
  }

  @Override
  public int next() {
    int b = opportunity();
    while (b != BreakIterator.DONE && (splitsANumber(b) || splitsAnAddress(b) || leavesARunt(b)
        || startsWithALoneSign(text, b))) {
      b = opportunity();
    }
    return b;
  }

  /** Signs that, standing alone between spaces, belong with the word before them: "Linux & MacOS", "A / B". */
  private static final String SIGNS = "&\u2013\u2014|\u00b7/+";

  /**
   * Whether a break before {@code at} would start a line with a sign standing alone between two spaces ("& MacOS",
   * "– 2021", "| Berlin"): the sign stays at the end of the line before, tied to the word before it.
   */
  static boolean startsWithALoneSign(String text, int at) {
    return at >= 1 && at < text.length() && text.charAt(at - 1) == ' ' && SIGNS.indexOf(text.charAt(at)) > -1
        && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
  }

  /** The longest last word kept with the word before it, and the shortest text that is a paragraph, not a label. */
  private static final int RUNT = 12;
  private static final int PARAGRAPH = 50;

  /**
   * Whether a break before {@code at} would set a paragraph's short last word ("70%.", "days.") alone on its last
   * line: a typesetter takes the word before it down too. Only in a paragraph of some length, so that a title or a
   * label keeps every break it had.
   */
  private boolean leavesARunt(int at) {
    if (text.length() - at > RUNT + 8) return false;
    int end = text.length();
    while (end > at && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (text.length() < PARAGRAPH || at < 1 || end - at > RUNT || end <= at || text.charAt(at - 1) != ' ') {
      return false;
    }
    for (int i = at; i < end; i++) if (Character.isWhitespace(text.charAt(i))) return false;
    return true;
  }

  /** The bounds of the word last looked at by {@link #splitsAnAddress}, and whether it is an address. */
  private int wordStart = -1;
  private int wordEnd = -1;
  private boolean wordIsAddress;
  private boolean wordHasSlash;

  /**
   * Whether a break before {@code at} falls inside an e-mail address, a URL or a web address ("linkedin.com/in/
   * alex-rivera") other than before a slash (or, in an address without one, after a point): a line ending "alex-"
   * reads as a hyphenated word, and the address as one that has a hyphen where it has none.
   */
  private boolean splitsAnAddress(int at) {
    if (at < 1 || at >= text.length()) return false;
    char before = text.charAt(at - 1);
    char after = text.charAt(at);
    if (before > 0x7e || before <= ' ' || after <= ' ' || after == '/') return false;
    if (at <= wordStart || at >= wordEnd) {
      // Each word is measured once: the breaks come in order, so this stays linear in the text.
      int from = at;
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
      int to = at;
      while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
      wordStart = from;
      wordEnd = to;
      wordIsAddress = isAddress(text.substring(from, to));
      wordHasSlash = text.substring(from, to).indexOf('/') > -1;
    }
    // A web address breaks only before a slash; an e-mail or a bare domain, having none, after a point.
    return wordIsAddress && !(before == '.' && !wordHasSlash);
  }

  private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
      "(?i)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[a-z][a-z+.-]*://\\S+|www\\.\\S+"
          + "|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?");

  /** Whether a word, without the brackets and punctuation around it, is an e-mail address or a web address. */
  static boolean isAddress(String word) {
    String bare = word.replaceFirst("^[(\\[<\"'“‘]+", "").replaceFirst("[)\\]>\"'”’.,;:!?]+$", "");
    return ADDRESS.matcher(bare).matches();
  }

  /** Whether a break before {@code at} would part a number from its separator, its digits or its unit. */
  private boolean splitsANumber(int at) {
    if (at < 1 || at >= text.length()) return false;
    char before = text.charAt(at - 1);
    char after = text.charAt(at);
    if (isDigit(before) && (isDigit(after) || isAlphabetic(after))) return true;
    if (before == ' ' && at >= 2 && isDigit(text.charAt(at - 2)) && unitAt(at)) return true;
    // A citation's volume and issue, "47 (3):611–640", stay together.
    if (before == ' ' && after == '(' && at >= 2 && isDigit(text.charAt(at - 2)) && at + 1 < text.length()
        && isDigit(text.charAt(at + 1))) {
      return true;
    }
    if (after == '/' && isDigit(before)) return at + 1 < text.length() && isDigit(text.charAt(at + 1));
    return IN_NUMBERS.indexOf(before) > -1 && isDigit(after) && at >= 2
        && (isDigit(text.charAt(at - 2)) || text.charAt(at - 2) == ')');
  }

  /** Whether a unit ({@link #UNITS}) starts at {@code at} and ends at a space, punctuation or the text's end. */
  private boolean unitAt(int at) {
    int end = at;
    while (end < text.length() && end - at < 4 && !Character.isWhitespace(text.charAt(end))
        && ".,;:!?)]".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return UNITS.contains(text.substring(at, end));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A letter of an alphabet; a Chinese or Japanese character after a digit may still start a line. */
  private static boolean isAlphabetic(char c) {
    if (!Character.isLetter(c)) return false;
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  /** The next break the engine's own rules allow. */
  private int opportunity() {
    if (start > opportunities.current()) throw new IllegalStateException("breaker ahead of its opportunities");
    // The stretch searched for a slash: from the last break to the next opportunity.
    int from = start;
    int to = stop;
    if (start == opportunities.current()) {
      if (advance()) return BreakIterator.DONE;
      // Never between the slashes of "://": the stretch starts after them.
      if ("://".equals(text.substring(Math.max(0, stop - 1), Math.min(text.length(), stop + 2)))) {
        from = stop + 2;
        to = Math.max(from, to);
        advance();
      }
    }
    to = Math.max(from, stop);
    while (from < stop && BREAKING.indexOf(text.charAt(from)) > -1) {
      from++;
      to = Math.max(from, to);
    }
    while (to > from && BREAKING.indexOf(text.charAt(to - 1)) > -1) to--;
    int slash = slashBetween(from, to);
    start = slash > -1 ? slash : opportunities.current();
    stop = Math.max(start, stop);
    return start;
  }

  /** Moves to the next opportunity; true at the end of the text. */
  private boolean advance() {
    int next = opportunities.next();
    stop = Math.max(start, next);
    return next == BreakIterator.DONE;
  }

  private int slashBetween(int from, int to) {
    int end = Math.min(to, text.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (text.charAt(i) == '/') return i;
    }
    return -1;
  }
}
