package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.model.Block;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenEntryTest {
  private static final SourcePos POS = new SourcePos("cv.md", 5, 1);

  @Test
  void buildsTheEntryFromItsHeadingRoleAndBody() {
    EntryHeading heading = new EntryHeading("Engineer", "Acme", "https://acme.com", null, DateRanges.parse("2019 – 2021"));
    OpenEntry open = new OpenEntry(heading, POS, Set.of("backend"));
    open.role = "Lead";
    Block body = new Block.Paragraph(List.of(new Inline.Text("Built.")), Set.of(), POS);
    open.body.add(body);
    assertEquals(new Entry("Engineer", "Acme", "https://acme.com", null, "Lead", heading.dates(), Set.of("backend"),
        List.of(body), POS), open.build());
  }

  @Test
  void itsDatesAreTheHeadings() {
    DateRange dates = DateRanges.parse("2020 – Present");
    assertEquals(dates, new OpenEntry(new EntryHeading(null, "Acme", null, null, dates), POS, Set.of()).dates());
    assertNull(new OpenEntry(new EntryHeading(null, "Acme", null, null, null), POS, Set.of()).dates());
  }
}
