package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsTheFormsOfTheSchema() {
    assertEquals(new Dates.Date(new Dates.Iso(2014, 0, 0), false), Dates.read("2014"));
    assertEquals(new Dates.Date(new Dates.Iso(2014, 6, 0), false), Dates.read("2014-06"));
    assertEquals(new Dates.Date(new Dates.Iso(2014, 6, 29), false), Dates.read("2014-06-29"));
    assertNull(Dates.read("  "));
  }

  @Test
  void readsWhatExportsWriteAndSaysSo() {
    assertEquals(new Dates.Date(new Dates.Iso(2019, 5, 1), true), Dates.read("2019-05-01T00:00:00.000Z"));
    assertInstanceOf(Dates.Present.class, Dates.read("Present"));
    assertInstanceOf(Dates.Unreadable.class, Dates.read("summer 2011"));
    assertInstanceOf(Dates.Unreadable.class, Dates.read("2014-13"));
  }

  @Test
  void showsDatesAsAHeadingWritesThem() {
    assertEquals("Jun 2014 – Present", Dates.shown(new Dates.Iso(2014, 6, 0), null, true));
    assertEquals("2012 – 2014-01-15", Dates.shown(new Dates.Iso(2012, 0, 0), new Dates.Iso(2014, 1, 15), false));
    assertEquals("Dec 2023", Dates.shown(new Dates.Iso(2023, 12, 0), null, false));
  }

  @Test
  void aRangeKeepsTheDaysItsAuthorWrote() {
    DateRange r = new DateRange(new PartialDate(2013, 12), new PartialDate(2014, 12), false, "2013-12-01 – 2014-12-01");
    assertEquals("2013-12-01", Dates.start(r).json());
    assertEquals("2014-12-01", Dates.end(r).json());
    assertTrue(Dates.canonical(r));
    assertFalse(Dates.canonical(new DateRange(new PartialDate(2021, 6), null, true, "2021.6 ~ Now")));
    assertFalse(Dates.canonical(DateRange.unparsed("Q3 2020")));
  }
}
