package dev.cvpress.formats.jsonresume;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Resume's dates ({@code 2014}, {@code 2014-06}, {@code 2014-06-29}; no {@code endDate} for "Present") and
 * the way a Markdown heading writes them: {@code Jun 2014 – Present}, {@code 2014 – 2016}, and a day as
 * {@code 2014-06-29}, which cvpress reads as well.
 */
final class Dates {
  private Dates() {}

  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** A date and time, as exports often write: the date is read, the time left. */
  private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
  private static final Pattern DAY_IN_TEXT = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern PRESENT = Pattern.compile("(?i)present|now|current|today|ongoing");

  /** A JSON Resume date: a year, perhaps a month, perhaps a day (0 for what is not given). */
  record Iso(int year, int month, int day) {
    PartialDate partial() {
      return new PartialDate(year, month);
    }

    /** As JSON Resume writes it. */
    String json() {
      if (month == 0) return String.format(Locale.ROOT, "%04d", year);
      if (day == 0) return String.format(Locale.ROOT, "%04d-%02d", year, month);
      return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** As a Markdown heading writes it: {@code 2014}, {@code Jun 2014}, {@code 2014-06-29}. */
    String shown() {
      if (month == 0) return Integer.toString(year);
      if (day == 0) return MONTHS.get(month - 1) + " " + year;
      return json();
    }
  }

  /** What a JSON Resume date field holds. */
  sealed interface Read permits Date, Present, Unreadable {}

  /** A date, and whether it was written other than as the schema asks (a time after it). */
  record Date(Iso date, boolean loose) implements Read {}

  /** "Present" written out, where JSON Resume leaves {@code endDate} out. */
  record Present() implements Read {}

  /** Text that is no date; the Markdown shows it as written. */
  record Unreadable(String text) implements Read {}

  /** Reads a date field; null for an empty one. */
  static Read read(String value) {
    String v = value.strip();
    if (v.isEmpty()) return null;
    Matcher m = ISO.matcher(v);
    if (m.matches()) {
      Iso iso = iso(m.group(1), m.group(2), m.group(3));
      return iso != null ? new Date(iso, false) : new Unreadable(v);
    }
    Matcher t = TIMESTAMP.matcher(v);
    if (t.matches()) {
      Matcher d = ISO.matcher(t.group(1));
      if (d.matches()) {
        Iso iso = iso(d.group(1), d.group(2), d.group(3));
        if (iso != null) return new Date(iso, true);
      }
    }
    if (PRESENT.matcher(v).matches()) return new Present();
    return new Unreadable(v);
  }

  private static Iso iso(String y, String m, String d) {
    int year = Integer.parseInt(y);
    int month = m == null ? 0 : Integer.parseInt(m);
    int day = d == null ? 0 : Integer.parseInt(d);
    if (year < 1000 || month > 12 || (m != null && month < 1) || day > 31 || (d != null && day < 1)) return null;
    return new Iso(year, month, day);
  }

  /** A heading's dates: {@code start – end}, {@code start – Present}, or one date. */
  static String shown(Iso start, Iso end, boolean present) {
    if (start == null) return end == null ? null : end.shown();
    if (present) return start.shown() + " – Present";
    if (end == null) return start.shown();
    return start.shown() + " – " + end.shown();
  }

  /** The ISO form of a parsed range's start, with the day when the author wrote one. */
  static Iso start(DateRange range) {
    return withDay(range.start(), range.original(), true);
  }

  /** The ISO form of a parsed range's end, with the day when the author wrote one; null when it has none. */
  static Iso end(DateRange range) {
    return range.end() == null ? null : withDay(range.end(), range.original(), false);
  }

  private static Iso withDay(PartialDate date, String original, boolean first) {
    Iso found = null;
    Matcher m = DAY_IN_TEXT.matcher(original);
    while (m.find()) {
      Iso iso = iso(m.group(1), m.group(2), m.group(3));
      if (iso != null && iso.year() == date.year() && iso.month() == date.month()) {
        found = iso;
        if (first) break;
      }
    }
    return found != null ? found : new Iso(date.year(), date.month(), 0);
  }

  /** Whether cvpress writes {@code range} as its author did, so the ISO fields say all of it. */
  static boolean canonical(DateRange range) {
    if (!range.isParsed()) return false;
    return range.original().equals(shown(start(range), end(range), range.present()));
  }
}
