package dev.cvpress.render.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The date stamped into a PDF: the same for the same input, so that a render is reproducible. */
public final class CreationDate {
  private CreationDate() {}

  /** Stamped when neither SOURCE_DATE_EPOCH nor a front-matter date says otherwise. */
  public static final Instant FIXED_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
  /** The last moment a PDF date can hold: its year has four digits. */
  static final Instant LAST_STAMPABLE = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * SOURCE_DATE_EPOCH, else the front matter's date, else a fixed epoch. A date before 1970 or after the year
   * 9999 (which no PDF date can hold) is passed over for the next.
   */
  public static Instant of(Long sourceDateEpoch, String frontMatterDate) {
    if (sourceDateEpoch != null && sourceDateEpoch >= 0 && sourceDateEpoch <= LAST_STAMPABLE.getEpochSecond()) {
      return Instant.ofEpochSecond(sourceDateEpoch);
    }
    Instant date = frontMatterDate == null ? null : parse(frontMatterDate);
    return date != null && !date.isBefore(Instant.EPOCH) && !date.isAfter(LAST_STAMPABLE) ? date : FIXED_EPOCH;
  }

  private static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        return null; // not a date a machine can read
      }
    }
  }
}
