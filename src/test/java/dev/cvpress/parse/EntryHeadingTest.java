package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryHeadingTest {
  private static final SourcePos POS = SourcePos.start("cv.md");

  /** The entry an H3 becomes under an H2, parsed from Markdown so that links are real links. */
  private static Entry entry(String heading) throws Exception {
    String md = "## Experience\n\n### " + heading + "\n";
    var resume = ResumeParser.parse("cv.md", md.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
    return resume.sections().get(0).entries().get(0);
  }

  @Test
  void splitsTitleLinkedOrgAndDates() throws Exception {
    Entry e = entry("Senior Engineer at [Acme](https://acme.com) | 2019 – 2021");
    assertEquals("Senior Engineer", e.title());
    assertEquals("Acme", e.org());
    assertEquals("https://acme.com", e.url());
    assertEquals(new PartialDate(2019, 0), e.dates().start());
    assertEquals(new PartialDate(2021, 0), e.dates().end());
    assertEquals("2019 – 2021", e.dates().original());
  }

  @Test
  void leadingDatesAndOrgWithBareUrl() throws Exception {
    Entry e = entry("2021.6 ~ Now  XSky Ltd (https://www.xsky.com/)");
    assertNull(e.title());
    assertEquals("XSky Ltd", e.org());
    assertEquals("https://www.xsky.com/", e.url());
    assertTrue(e.dates().present());
    assertEquals("2021.6 ~ Now", e.dates().original());
  }

  @Test
  void pipeSeparatedTitleOrgAndDates() throws Exception {
    Entry e = entry("Engineer | Acme | Jan 2020 – Present");
    assertEquals("Engineer", e.title());
    assertEquals("Acme", e.org());
    assertNull(e.url());
    assertEquals(new PartialDate(2020, 1), e.dates().start());
    assertTrue(e.dates().present());
  }

  @Test
  void orgLinkFirstThenTitle() throws Exception {
    Entry e = entry("[Acme](https://acme.com) — Staff Engineer, 2019–2021");
    assertEquals("Staff Engineer", e.title());
    assertEquals("Acme", e.org());
    assertEquals("https://acme.com", e.url());
  }

  @Test
  void titleDashOrgWithBareUrlAfterIt() throws Exception {
    Entry e = entry("Staff Engineer — Acme Corp (https://acme.example) | Jan 2020 – Present");
    assertEquals("Staff Engineer", e.title());
    assertEquals("Acme Corp", e.org());
    assertEquals("https://acme.example", e.url());
  }

  @Test
  void atSignSeparatesTitleFromOrg() throws Exception {
    Entry e = entry("Engineer @ Acme 2019 - 2021");
    assertEquals("Engineer", e.title());
    assertEquals("Acme", e.org());
    assertEquals("2019 - 2021", e.dates().original());
  }

  @Test
  void headingWithoutSeparatorIsTheOrg() {
    EntryHeading h = EntryHeading.of(List.of(new Inline.Text("2012.01 ~ 2012.12 Sina (sina.com.cn)")));
    assertNull(h.title());
    assertEquals("Sina (sina.com.cn)", h.org());
    assertNull(h.url());
    assertEquals(new PartialDate(2012, 1), h.dates().start());
    assertEquals(new PartialDate(2012, 12), h.dates().end());
  }

  @Test
  void headingWithoutDatesHasNone() {
    EntryHeading h = EntryHeading.of(List.of(new Inline.Text("Engineer at Acme")));
    assertEquals("Engineer", h.title());
    assertEquals("Acme", h.org());
    assertNull(h.dates());
  }

  @Test
  void linkInBuiltInlinesGivesTheUrl() {
    EntryHeading h = EntryHeading.of(List.of(
        new Inline.Text("Architect at "),
        new Inline.Link("https://glowing.com", List.of(new Inline.Text("Glow")), POS),
        new Inline.Text(" (2014 – 2021)")));
    assertEquals("Architect", h.title());
    assertEquals("Glow", h.org());
    assertEquals("https://glowing.com", h.url());
    assertEquals(new PartialDate(2014, 0), h.dates().start());
  }
}
