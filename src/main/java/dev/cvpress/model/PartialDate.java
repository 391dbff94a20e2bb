package dev.cvpress.model;

/** A calendar date as résumés give it: a year, and usually a month (0 when the month is not known). */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
    if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
  }

  public boolean hasMonth() {
    return month != 0;
  }

  @Override
  public int compareTo(PartialDate o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }
}
