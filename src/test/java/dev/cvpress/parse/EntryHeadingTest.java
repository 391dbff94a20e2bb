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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryHeadingTest {
  private static final SourcePos POS = SourcePos.start("cv.md");

  /** The entry an H3 becomes under an H2, parsed from Markdown so that links are real links. */
  private static Entry entry(String heading) throws Exception {
    String md = "## Experience\n\n### " + heading + "\n";
    var resume = ResumeParser.parse("cv.md", md.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
    return resume.sections().get(0).entries().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "Analyst \\| Engine Designer — Babbage & Co | 1842 ~ Analyst | Engine Designer ~ Babbage & Co ~ ",
      "Member &mdash; Fellow — Royal Society — London | 1845 ~ Member — Fellow ~ Royal Society ~ London",
      "Researcher &#97;t Large Co — Acme | 1847 ~ Researcher at Large Co ~ Acme ~ ",
      "\\- Dash first — Org | 2002 ~ - Dash first ~ Org ~ ",
      "R&amp;D &middot; Labs — Acme | 2002 ~ R&D · Labs ~ Acme ~ ",
      "Item C++\\(17) — Acme | 2002 ~ Item C++(17) ~ Acme ~ "})
  void anEscapedMarkIsTextNeverASeparator(String heading, String title, String org, String place) throws Exception {
    Entry e = entry(heading);
    assertEquals(title, e.title());
    assertEquals(org, e.org());
    assertEquals(place, e.location());
    assertTrue(e.dates() != null, heading);
  }

  @Test
  void datesAfterTheLastBarWinOverAYearInTheTitle() throws Exception {
    Entry e = entry("Windows 2000 Migration — Acme | 2001");
    assertEquals("Windows 2000 Migration", e.title());
    assertEquals("Acme", e.org());
    assertNull(e.location());
    assertEquals("2001", e.dates().original());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "Freelance Developer — | 2019 – 2020 ~ Freelance Developer ~ ~ ~ 2019 – 2020",
      "Freelance Developer – | 2019 ~ Freelance Developer ~ ~ ~ 2019",
      "Freelance Developer — ~ Freelance Developer ~ ~ ~ ",
      "Consultant — — Berlin | Mar 2020 – Present ~ Consultant ~ ~ Berlin ~ Mar 2020 – Present",
      "Freelance Developer (https://robin.example) — | 2019 ~ Freelance Developer ~ ~ ~ 2019",
      // Without the empty place after a dash, one name is the organisation, as before.
      "Acme GmbH | 2019 ~ ~ Acme GmbH ~ ~ 2019",
      "Acme GmbH – 2019 ~ ~ Acme GmbH ~ ~ 2019",
      "Engineer — Acme — | 2019 ~ Engineer ~ Acme ~ ~ 2019"})
  void aDashWithNothingAfterItLeavesTheOrganisationOut(String heading, String title, String org, String place,
      String dates) throws Exception {
    Entry e = entry(heading);
    assertEquals(title, e.title(), heading);
    assertEquals(org, e.org(), heading);
    assertEquals(place, e.location(), heading);
    assertEquals(dates, e.dates() == null ? null : e.dates().original(), heading);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      // A year among the words of a title is part of it: the entry has no dates.
      "Windows 2000 Migration — Acme ~ Windows 2000 Migration ~ Acme ~ ",
      "Speaker — PyCon 2019 Summit ~ Speaker ~ PyCon 2019 Summit ~ ",
      "Windows 2000 Migration — Acme | 2001 ~ Windows 2000 Migration ~ Acme ~ 2001",
      // One that ends a part, or stands apart, is still read as the dates.
      "Engineer — Acme 2019 ~ Engineer ~ Acme ~ 2019",
      "Engineer — Acme, 2019 ~ Engineer ~ Acme ~ 2019",
      "June 2000 Migration — Acme ~ Migration ~ Acme ~ June 2000",
      "Windows 2000 to 2003 Migration — Acme ~ Windows Migration ~ Acme ~ 2000 to 2003",
      "Windows &#50;000 Migration 2000 — Acme ~ Windows 2000 Migration ~ Acme ~ 2000"})
  void aYearAmongTheWordsOfATitleIsNoDate(String heading, String title, String org, String dates) throws Exception {
    Entry e = entry(heading);
    assertEquals(title, e.title(), heading);
    assertEquals(org, e.org(), heading);
    assertEquals(dates, e.dates() == null ? null : e.dates().original(), heading);
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

  /** A third part after title and org is the place; one in an org-first heading or inside a link is not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Staff Engineer — Acme Corp — Berlin | Jan 2020 – Present; Staff Engineer; Acme Corp; Berlin",
      "Engineer | Acme | Remote | 2019 – 2021; Engineer; Acme; Remote",
      "Director at Acme · Paris, France; Director; Acme; Paris, France",
      "Engineer — Acme | 2019 – 2021; Engineer; Acme; -",
      "Acme; -; Acme; -",
      "Intern — Bar | Summer 2014; Intern; Bar | Summer; -",
      "Ingénieure — Dassault Systèmes — Paris | févr. 2018 – aujourd'hui; Ingénieure; Dassault Systèmes; Paris",
  })
  void aThirdPartIsThePlace(String heading, String title, String org, String place) {
    EntryHeading h = EntryHeading.of(List.of(new Inline.Text(heading)));
    assertEquals(title.equals("-") ? null : title, h.title(), "title");
    assertEquals(org, h.org(), "org");
    assertEquals(place.equals("-") ? null : place, h.location(), "place");
  }

  /** Heading text, then the title and org it must give ("-" for none); dates are taken out first. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // The word "at" or "@" splits before an organisation's name...
      "Director of Engineering at Acme; Director of Engineering; Acme",
      "Engineer @ Acme 2019 - 2021; Engineer; Acme",
      "Talk at KubeCon 2023; Talk; KubeCon",
      "Researcher at the University of Oxford; Researcher; the University of Oxford",
      "Product Manager at eBay; Product Manager; eBay",
      "Ingénieure chez Dassault Systèmes; Ingénieure; Dassault Systèmes",
      "Entwickler bei SAP; Entwickler; SAP",
      "Разработчик в Яндексе; Разработчик; Яндексе",
      "Director at Acme — Berlin; Director; Acme",
      "Growth at scale at Acme; Growth at scale; Acme",
      // ...and punctuation between fields always splits.
      "Building at scale — Infra team; Building at scale; Infra team",
      "Lead, Search — Google | 2019 – 2021; Lead, Search; Google",
      "Q&A | Panel; Q&A; Panel",
      "Engineer|Acme; Engineer; Acme",
      // A title that merely contains \"at\" or \"@\" is kept whole, as the title.
      "Sparse Mixture-of-Experts at Scale: Efficient Routing for Large Models | 2023-07; "
          + "Sparse Mixture-of-Experts at Scale: Efficient Routing for Large Models; -",
      "Machine Learning at Scale; Machine Learning at Scale; -",
      "Inference at the Edge 2022; Inference at the Edge; -",
      "C++ @ 60 fps; C++ @ 60 fps; -",
      "Licence en droit; Licence en droit; -",
      "Where are we at? Notes on a rewrite at Acme and elsewhere; "
          + "Where are we at? Notes on a rewrite at Acme and elsewhere; -",
      // No separator at all: the heading names the org.
      "Mixture-of-Experts 2023; -; Mixture-of-Experts",
      "Consultant 1, Client Number 1 2022 – 2023; -; Consultant 1, Client Number 1",
  })
  void splitsOnlyWhereTheHeadingHasFields(String heading, String title, String org) {
    EntryHeading h = EntryHeading.of(List.of(new Inline.Text(heading)));
    assertEquals(title.equals("-") ? null : title, h.title(), "title");
    assertEquals(org.equals("-") ? null : org, h.org(), "org");
  }

  @Test
  void aLinkIsNeverCutAtAWordInIt() throws Exception {
    Entry e = entry("[Sparse Mixture-of-Experts at Scale](https://arxiv.org/abs/1) | 2023-07");
    assertEquals("Sparse Mixture-of-Experts at Scale", e.heading());
    assertEquals("https://arxiv.org/abs/1", e.url());
    Entry job = entry("Engineer at [Search at Scale Ltd](https://sas.example) | 2020");
    assertEquals("Engineer", job.title());
    assertEquals("Search at Scale Ltd", job.org());
  }

  @Test
  void anEmailAddressInTheHeadingStaysVisible() throws Exception {
    for (String written : List.of("ada@example.com", "<ada@example.com>", "mailto:ada@example.com")) {
      Entry e = entry("Contractor — " + written + " | 2020");
      assertEquals("Contractor", e.title(), written);
      assertTrue(e.org() != null && e.org().contains("ada@example.com"), written + ": " + e);
      assertEquals("mailto:ada@example.com", e.url(), written);
      assertEquals("2020", e.dates().original());
    }
    Entry first = entry("ada@example.com — Contractor | 2020");
    assertEquals("ada@example.com", first.org());
    assertEquals("Contractor", first.title());
    // As the third part, the place: shown as written, and the org is not linked to it.
    Entry third = entry("Analyst — Engine Co — ada@example.com | 2019");
    assertEquals("Engine Co", third.org());
    assertEquals("ada@example.com", third.location());
    assertNull(third.url());
    // A web address after the org is still the org's site, as before.
    assertEquals("Acme", entry("Engineer — Acme (https://acme.example) | 2020").org());
  }
}
