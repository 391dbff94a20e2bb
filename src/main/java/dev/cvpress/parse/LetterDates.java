package dev.cvpress.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A letter's date as people write it: {@code 2026-03-14}, {@code 14 March 2026}, {@code March 14, 2026}, the long
 * and medium forms of the letter's language ({@code 14. März 2026}), or {@code 14.03.2026}.
 */
final class LetterDates {
  private LetterDates() {}

  private static final List<String> PATTERNS = List.of("uuuu-MM-dd", "d MMMM uuuu", "MMMM d, uuuu", "d MMM uuuu",
      "MMM d, uuuu", "d.M.uuuu", "d/M/uuuu");

  /** The day {@code text} names; null when there is no text or it is not a day. */
  static LocalDate read(String text, String lang) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip().replaceAll("\\s+", " ");
    Locale locale = Locale.forLanguageTag(lang);
    for (Locale l : List.of(locale, Locale.ENGLISH)) {
      for (String p : PATTERNS) {
        LocalDate d = parse(t, new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
            .toFormatter(l).withResolverStyle(ResolverStyle.STRICT));
        if (d != null) return d;
      }
      for (FormatStyle s : List.of(FormatStyle.LONG, FormatStyle.MEDIUM)) {
        LocalDate d = parse(t, new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalized(s, null)
            .toFormatter(l));
        if (d != null) return d;
      }
    }
    return null;
  }

  private static LocalDate parse(String text, DateTimeFormatter f) {
    try {
      return LocalDate.parse(text, f);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
