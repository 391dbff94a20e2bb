package dev.cvpress.parse;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads date ranges in the forms people write in résumé headings: {@code 2021.6 ~ Now},
 * {@code Jan 2020 – Present}, {@code 2019-2021}, {@code 01/2025 - Present}, {@code 2016/04 ~ 2016/07},
 * {@code June – August 2013}, {@code 2023年6月 ~ 現在}, {@code 2007.03 ~ 현재}, and ISO dates with a day
 * ({@code 2014-06-29 – 2016-01-15}, as JSON Resume writes them; the day is kept only in the author's text).
 */
final class DateRanges {
  private DateRanges() {}

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAME =
      "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?"
          + "|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?"
          + "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet"
          + "|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
          + "|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
          + "|dezembro|(?:janv|f[ée]vr|avr|juil|d[ée]c|okt|dez|ene|abr|ago|dic|fev|set|out)\\.?)";
  /** 1800 to 2099: a career, a degree or a historical persona's dates; other four-digit numbers are not years. */
  private static final String YEAR = "(?:1[89]|20)\\d\\d";
  private static final String MONTH_NUM = "(?:1[0-2]|0?[1-9])";
  private static final String POINT = "(?:" + MONTH_NAME + "\\s+" + YEAR
      + "|" + YEAR + "\\s*年\\s*" + MONTH_NUM + "\\s*月"
      + "|" + YEAR + "\\s*년\\s*" + MONTH_NUM + "\\s*월"
      + "|" + YEAR + "-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9])(?![\\d])"
      + "|" + YEAR + "[./-]" + MONTH_NUM + "(?![\\d])"
      + "|" + MONTH_NUM + "[./]" + YEAR
      + "|" + YEAR + ")";
  private static final String PRESENT = "(?:now|present|current(?:ly)?|today|ongoing|date|heute|aujourd['’ʼ]hui"
      + "|actuel(?:lement)?|presente|actualidad|atual(?:mente)?|hoje|настоящее\\s+время|н\\.\\s?в\\.|сейчас"
      + "|現在|至今|今|现在|현재)";
  private static final String SEP = "\\s*(?:~|〜|～|-|–|—|to|until|till|bis|à|a|al|até|до|至)\\s*";

  /** A full range, a month-name range sharing one year, or a single date. */
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\p{L}\\d])(?<!\\d[./-])(?:"
          + "(?<m1>" + MONTH_NAME + ")" + SEP + "(?<m2>" + MONTH_NAME + ")\\s+(?<y>" + YEAR + ")"
          + "|(?<from>" + POINT + ")(?:" + SEP + "(?<to>" + POINT + "|" + PRESENT + "))?"
          + ")(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PRESENT_ONLY = Pattern.compile(PRESENT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date range found in a heading, and where it was. */
  record Found(DateRange range, int start, int end) {}

  /** What may follow a lone date when the author meant a range: {@code .13 ~ 2017.2}, {@code – Presnet}. */
  private static final Pattern TAIL = Pattern.compile(
      "(?<frac>[./]\\d+)?(?:\\s*(?:~|〜|～|–|—|-|to|bis)\\s*(?<word>[\\p{L}\\d][\\p{L}\\d.'/]*))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final java.util.List<String> DATE_WORDS = java.util.List.of("present", "now", "current",
      "today", "ongoing", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec");

  /**
   * The first date range in {@code text}, or null. A lone date followed by something that was meant as the rest
   * of a range but cannot be read ({@code 2020 – Presnet}, {@code 2016.13 ~ 2017.2}) is an unparsed range, so
   * that it can be reported and does not leak into the org.
   */
  static Found find(String text) {
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      DateRange range = read(m);
      if (range == null) continue;
      // "13/2020 – 01/2021": what comes before is the start of the range, written so that it cannot be read.
      Matcher before = UNREAD_START.matcher(text.substring(0, m.start()));
      if (before.find()) {
        return new Found(DateRange.unparsed(text.substring(before.start(), m.end()).strip()), before.start(),
            m.end());
      }
      if (range.end() == null && !range.present()) {
        Matcher tail = TAIL.matcher(text).region(m.end(), text.length());
        if (tail.lookingAt() && (tail.group("frac") != null || dateLike(tail.group("word")))) {
          int end = tail.group("word") != null ? tail.end("word") : tail.end("frac");
          return new Found(DateRange.unparsed(text.substring(m.start(), end).strip()), m.start(), end);
        }
      }
      return new Found(range, m.start(), m.end());
    }
    Matcher years = YEARS.matcher(text);
    if (years.find()) {
      // "1700 – 1650", "2150 – 2100": years out of range, still clearly meant as dates, to be reported as such.
      return new Found(DateRange.unparsed(years.group().strip()), years.start(), years.end());
    }
    return null;
  }

  /** The end of a text that is the unreadable start of a range: a number, a separator, then the found date. */
  private static final Pattern UNREAD_START = Pattern.compile(
      "(?<![\\p{L}\\d])(?:\\d{1,4}[./-])?\\d{4}(?:[./-]\\d{1,2})?\\s*(?:~|〜|～|–|—|-|to)\\s*$");
  /** Two four-digit numbers joined as a range, or one and "Present": dates, whatever their years. */
  private static final Pattern YEARS = Pattern.compile("(?<![\\p{L}\\d])\\d{4}" + SEP + "(?:\\d{4}|" + PRESENT
      + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A word that holds a digit or is a near-miss of "Present" or a month name. */
  private static boolean dateLike(String word) {
    if (word == null) return false;
    if (word.chars().anyMatch(Character::isDigit)) return true;
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (w.length() < 3) return false;
    for (String known : DATE_WORDS) {
      if (known.startsWith(w) && w.length() >= 3) return true;
      if (Suggestions.distance(w, known) <= (known.length() > 4 ? 2 : 1)) return true;
    }
    return false;
  }

  /** Reads a whole string as a date range; unparseable text is kept as an unparsed range. */
  static DateRange parse(String text) {
    String t = text.strip();
    Matcher m = RANGE.matcher(t);
    if (m.matches()) {
      DateRange r = read(m);
      if (r != null) return new DateRange(r.start(), r.end(), r.present(), t);
    }
    return DateRange.unparsed(t);
  }

  private static DateRange read(Matcher m) {
    String original = m.group().strip();
    try {
      if (m.group("m1") != null) {
        int year = Integer.parseInt(m.group("y"));
        return new DateRange(new PartialDate(year, month(m.group("m1"))),
            new PartialDate(year, month(m.group("m2"))), false, original);
      }
      PartialDate from = point(m.group("from"));
      String to = m.group("to");
      if (to == null) return new DateRange(from, null, false, original);
      if (PRESENT_ONLY.matcher(to.strip()).matches()) return new DateRange(from, null, true, original);
      return new DateRange(from, point(to), false, original);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static PartialDate point(String s) {
    s = s.strip();
    Matcher cjk = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]").matcher(s);
    if (cjk.matches()) return new PartialDate(Integer.parseInt(cjk.group(1)), Integer.parseInt(cjk.group(2)));
    Matcher ymd = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}").matcher(s);
    if (ymd.matches()) return new PartialDate(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)));
    Matcher ym = Pattern.compile("(\\d{4})[./-](\\d{1,2})").matcher(s);
    if (ym.matches()) return new PartialDate(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
    Matcher my = Pattern.compile("(\\d{1,2})[./](\\d{4})").matcher(s);
    if (my.matches()) return new PartialDate(Integer.parseInt(my.group(2)), Integer.parseInt(my.group(1)));
    Matcher named = Pattern.compile("(\\S+)\\s+(\\d{4})").matcher(s);
    if (named.matches()) return new PartialDate(Integer.parseInt(named.group(2)), month(named.group(1)));
    return new PartialDate(Integer.parseInt(s), 0);
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key);
    if (m == null && key.length() >= 3) m = MONTHS.get(key.substring(0, 3));
    if (m == null) throw new IllegalArgumentException("not a month: " + name);
    return m;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
      {"jan", "january", "januar", "janvier", "enero", "janv", "ene", "janeiro"},
      {"feb", "february", "februar", "février", "febrero", "févr", "fevr", "fev", "fevereiro"},
      {"mar", "march", "märz", "mars", "marzo", "março"},
      {"apr", "april", "avril", "abril", "avr", "abr"},
      {"may", "mai", "mayo", "maio"},
      {"jun", "june", "juni", "juin", "junio", "junho"},
      {"jul", "july", "juli", "juillet", "julio", "juil", "julho"},
      {"aug", "august", "août", "agosto", "ago"},
      {"sep", "sept", "september", "septembre", "septiembre", "set", "setembro"},
      {"oct", "october", "oktober", "octobre", "octubre", "okt", "out", "outubro"},
      {"nov", "november", "novembre", "noviembre"},
      {"dec", "december", "dezember", "décembre", "diciembre", "déc", "dez", "dic", "dezembro"},
    };
    for (int i = 0; i < names.length; i++) for (String n : names[i]) m.put(n, i + 1);
    return Map.copyOf(m);
  }
}
