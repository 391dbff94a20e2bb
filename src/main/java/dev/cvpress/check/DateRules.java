package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Unreadable date ranges, ranges that end before they start, overlaps and order within a section. */
final class DateRules implements Rules {
  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    for (Section s : checked.resume().sections()) section(checked, s, problems);
  }

  private static void section(Checked checked, Section s, List<Diagnostic> problems) {
    List<Entry> dated = new ArrayList<>();
    for (Entry e : s.entries()) {
      DateRange d = e.dates();
      if (d == null) continue;
      if (!d.isParsed()) {
        problems.add(Diagnostic.error(Code.UNREADABLE_DATES, checked.wordAt(e.pos(), d.original()),
            "cannot read the date range `" + d.original() + "`", "write it like `Jan 2020 – Present`, `2019.3 ~ 2021.6`"
                + " or `2018 – 2020`, with years from 1800 to 2099 and months from 1 to 12"));
        continue;
      }
      if (d.end() != null && d.end().compareTo(d.start()) < 0) {
        problems.add(Diagnostic.error(Code.DATES_REVERSED, checked.wordAt(e.pos(), d.original()), "date range `"
            + d.original()
            + "` ends before it starts", "check the years and months for a typo"));
        continue;
      }
      dated.add(e);
    }
    for (int i = 0; i + 1 < dated.size(); i++) {
      Entry a = dated.get(i);
      Entry b = dated.get(i + 1);
      if (after(b.dates().start(), a.dates().start())) {
        problems.add(Diagnostic.warning(Code.DATES_OUT_OF_ORDER, b.pos(), "`" + label(b) + "` starts after `"
            + label(a) + "` above it; entries are not in reverse chronological order",
            "put the most recent entry first"));
      } else if (end(b) != null && after(end(b), a.dates().start())) {
        problems.add(Diagnostic.warning(Code.DATES_OVERLAP, b.pos(), "`" + label(b) + "` (" + b.dates().original()
            + ") overlaps `" + label(a) + "` (" + a.dates().original() + ")",
            "check the dates; if both really overlapped, this can stay"));
      }
    }
  }

  /**
   * Whether {@code x} is later than {@code y}, at the precision both have: "2017" is not later than "Feb 2017",
   * nor is "Feb 2017" later than "2017".
   */
  private static boolean after(PartialDate x, PartialDate y) {
    if (!x.hasMonth() || !y.hasMonth()) return x.year() > y.year();
    return x.compareTo(y) > 0;
  }

  private static PartialDate end(Entry e) {
    if (e.dates().present()) return new PartialDate(9999, 12);
    return e.dates().end() != null ? e.dates().end() : e.dates().start();
  }

  /** An entry as a reader names it: title and org. */
  private static String label(Entry e) {
    return e.title() != null && e.org() != null ? e.title() + ", " + e.org() : e.heading();
  }
}
