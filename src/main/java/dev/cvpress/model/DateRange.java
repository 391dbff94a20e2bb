package dev.cvpress.model;

/**
 * A span of time pulled out of a heading, such as {@code 2021.6 ~ Now}.
 *
 * @param start the first date; null when the text could not be understood
 * @param end the last date; null when the range is ongoing, a single date, or not understood
 * @param present the range runs until today ("Now", "Present", "現在", ...)
 * @param original the author's text, always kept
 */
public record DateRange(PartialDate start, PartialDate end, boolean present, String original) {
  public DateRange {
    if (original == null) throw new IllegalArgumentException("original");
    if (present && end != null) throw new IllegalArgumentException("an ongoing range has no end date");
  }

  public static DateRange unparsed(String original) {
    return new DateRange(null, null, false, original);
  }

  public boolean isParsed() {
    return start != null;
  }
}
