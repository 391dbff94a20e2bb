package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangesTest {
  /** Every form the design lists: text | start year, month | end year, month (0 0 for none) | ongoing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2021.6 ~ Now         | 2021 | 6  | 0    | 0  | true
      2014.11 ~ 2021.5     | 2014 | 11 | 2021 | 5  | false
      Jan 2020 – Present   | 2020 | 1  | 0    | 0  | true
      2019-2021            | 2019 | 0  | 2021 | 0  | false
      01/2025 - Present    | 2025 | 1  | 0    | 0  | true
      2016/04 ~ 2016/07    | 2016 | 4  | 2016 | 7  | false
      June – August 2013   | 2013 | 6  | 2013 | 8  | false
      2023年6月 ~ 現在       | 2023 | 6  | 0    | 0  | true
      2007.03 ~ 현재         | 2007 | 3  | 0    | 0  | true
      2012.01 ~ 2012.12    | 2012 | 1  | 2012 | 12 | false
      Sep 2018 to Dec 2019 | 2018 | 9  | 2019 | 12 | false
      2020                 | 2020 | 0  | 0    | 0  | false
      1842 – 1843          | 1842 | 0  | 1843 | 0  | false
      Nov 1899 – Feb 1900  | 1899 | 11 | 1900 | 2  | false
      févr. 2018 – aujourd'hui | 2018 | 2 | 0 | 0  | true
      janv. 2015 – déc. 2017 | 2015 | 1 | 2017 | 12 | false
      Okt. 2019 – heute    | 2019 | 10 | 0    | 0  | true
      ene. 2020 – dic. 2021 | 2020 | 1 | 2021 | 12 | false
      setembro 2016 – maio 2018 | 2016 | 9 | 2018 | 5 | false
      2013-12-01 – 2014-12-01 | 2013 | 12 | 2014 | 12 | false
      2016-08-24 – Present | 2016 | 8  | 0    | 0  | true
      2019-05-31           | 2019 | 5  | 0    | 0  | false
      """)
  void parsesTheFormsPeopleWrite(String text, int fromYear, int fromMonth, int toYear, int toMonth,
      boolean present) {
    DateRange r = DateRanges.parse(text);
    assertTrue(r.isParsed(), "parsed: " + text);
    assertEquals(new PartialDate(fromYear, fromMonth), r.start());
    assertEquals(toYear == 0 ? null : new PartialDate(toYear, toMonth), r.end());
    assertEquals(present, r.present());
    assertEquals(text.strip(), r.original(), "the author's text is kept");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Summer of my life", "since forever", "Q3 2020 - Q1 2021", "2021.13 ~ 2022.1"})
  void keepsUnparseableTextAsWritten(String text) {
    DateRange r = DateRanges.parse(text);
    assertFalse(r.isParsed());
    assertNull(r.start());
    assertNull(r.end());
    assertEquals(text, r.original());
  }

  @Test
  void findsARangeInsideAHeading() {
    String heading = "Glow Inc (https://glowing.com) 2014.11 ~ 2021.5";
    DateRanges.Found found = DateRanges.find(heading);
    assertNotNull(found);
    assertEquals("2014.11 ~ 2021.5", heading.substring(found.start(), found.end()));
    assertEquals(new PartialDate(2021, 5), found.range().end());
  }

  @Test
  void findsNothingInAHeadingWithoutDates() {
    assertNull(DateRanges.find("Code framework design and refactor"));
    assertNull(DateRanges.find("Data warehourse"));
  }

  @Test
  void doesNotTakeDigitsInsideWordsForAYear() {
    assertNull(DateRanges.find("Python3 and S2020x"));
  }
}
