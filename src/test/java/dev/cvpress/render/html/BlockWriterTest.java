package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.Labels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BlockWriterTest {
  private static final SourcePos POS = SourcePos.start("cv.md");
  private static final HtmlRenderer.Options PRINT = new HtmlRenderer.Options("", false, false, false);

  private static Document write(Block block, HtmlRenderer.Options options, String lang) {
    Markup out = new Markup(Directions.rightToLeft(lang));
    new BlockWriter(out, options, Labels.forLang(lang)).blocks(List.of(block));
    return Jsoup.parseBodyFragment(out.toString());
  }

  private static List<List<Inline>> row(int cells) {
    List<List<Inline>> row = new ArrayList<>();
    for (int i = 1; i <= cells; i++) row.add(List.of(new Inline.Text("c" + i)));
    return row;
  }

  private static Block.Table table(int headCells, int bodyCells) {
    return new Block.Table(List.of(row(headCells)), List.of(row(bodyCells)),
        Collections.nCopies(headCells, ""), POS);
  }

  @Test
  void aTableOfMoreThanSixColumnsIsWide() {
    assertEquals(6, BlockWriter.WIDE_COLUMNS);
    assertTrue(write(table(7, 7), PRINT, "en").selectFirst("table").hasClass("wide"));
    assertFalse(write(table(6, 6), PRINT, "en").selectFirst("table").hasClass("wide"));
  }

  @Test
  void theWidestRowCounts() {
    assertTrue(write(table(3, 7), PRINT, "en").selectFirst("table").hasClass("wide"));
  }

  @Test
  void tableCellsKeepTheirAlignmentAndGetTheirDirection() {
    Block.Table t = new Block.Table(List.of(List.of(List.of(new Inline.Text("الاسم")), List.of(new Inline.Text("Year")))),
        List.of(), List.of("right", ""), POS);
    var cells = write(t, PRINT, "en").select("th");
    assertEquals("text-align: right", cells.get(0).attr("style"));
    assertEquals("rtl", cells.get(0).attr("dir"));
    assertFalse(cells.get(1).hasAttr("dir"));
  }

  @Test
  void entryDatesInTheHouseStyleOrAsWritten() {
    Entry e = new Entry("Analyst", "Engine AG", null, null, null,
        new DateRange(new PartialDate(2019, 3), null, true, "2019.3 ~ Now"), Set.of(), List.of(), POS);
    assertEquals("März 2019 – heute", write(e, PRINT, "de").selectFirst(".dates").text());
    HtmlRenderer.Options original = new HtmlRenderer.Options("", true, false, false);
    assertEquals("2019.3 ~ Now", write(e, original, "de").selectFirst(".dates").text());
  }

  @Test
  void thePlaceAndTheDatesShareTheMetaBlockAndTheRoleHasItsOwnLine() {
    Entry e = new Entry("Engineer", "Acme", null, "Berlin", "Platform team",
        new DateRange(new PartialDate(2020, 1), null, true, "Jan 2020 – Present"), Set.of(), List.of(), POS);
    Document doc = write(e, PRINT, "en");
    assertEquals("Berlin Jan 2020 – Present", doc.selectFirst(".entry-head .entry-meta").text());
    assertEquals("Berlin", doc.selectFirst(".entry-meta .location").text());
    assertEquals("Platform team", doc.selectFirst("p.role").text());
    Entry undated = new Entry("Engineer", "Acme", null, null, null, null, Set.of(), List.of(), POS);
    assertEquals(null, write(undated, PRINT, "en").selectFirst(".entry-meta"));
  }

  @Test
  void aHeadingTooLongToShareALineWithItsPlaceAndDatesIsMarkedLong() {
    DateRange dates = new DateRange(new PartialDate(2019, 3), new PartialDate(2021, 5), false, "03/2019 – 05/2021");
    Entry shortHead = new Entry("Analyst", "Analytical Engine Co", null, "London, United Kingdom", null, dates,
        Set.of(), List.of(), POS);
    Entry longHead = new Entry("Principal Architect for Payment Infrastructure and Risk Assessment Platforms",
        "Deutsche Zahlungsverkehrsgesellschaft mbH", null, "Frankfurt am Main", null, dates, Set.of(), List.of(), POS);
    Entry undated = new Entry(longHead.title(), longHead.org(), null, null, null, null, Set.of(), List.of(), POS);
    assertFalse(write(shortHead, PRINT, "en").selectFirst(".entry-head").hasClass("long"));
    assertTrue(write(longHead, PRINT, "en").selectFirst(".entry-head").hasClass("long"));
    // With nothing to set beside it, a heading is never long: it simply wraps.
    assertFalse(write(undated, PRINT, "en").selectFirst(".entry-head").hasClass("long"));
    // A wider measure holds more.
    HtmlRenderer.Options wide = new HtmlRenderer.Options("", false, false, false, false, src -> true, 200);
    assertFalse(write(longHead, wide, "en").selectFirst(".entry-head").hasClass("long"));
  }

  @Test
  void anImageThePageMayNotNameGivesWayToItsAltText() {
    Block.Image img = new Block.Image("https://tracker.example/p.png", "Portrait", POS);
    HtmlRenderer.Options web = new HtmlRenderer.Options("", false, false, false, true, src -> false);
    Document doc = write(img, web, "en");
    assertTrue(doc.select("img").isEmpty());
    assertEquals("[Portrait]", doc.selectFirst("p.image-alt").text());
    assertEquals("https://tracker.example/p.png", write(img, PRINT, "en").selectFirst("img").attr("src"));
  }

  @Test
  void altTextFallsBackToTheFileName() {
    assertEquals("team photo", BlockWriter.altText("", "img/team_photo.jpg?v=2"));
    assertEquals("Ada", BlockWriter.altText("Ada", "a.png"));
    assertEquals("image", BlockWriter.altText(null, ".png"));
  }

  @Test
  void aBareLinkShowsItsAddressWithoutTheSchemeAndKeepsItsTarget() {
    Inline bare = new Inline.Link("https://github.com/x/y/", List.of(new Inline.Text("https://github.com/x/y/")),
        null);
    Inline mail = new Inline.Link("mailto:ada@example.com", List.of(new Inline.Text("mailto:ada@example.com")), null);
    Inline named = new Inline.Link("https://x.org", List.of(new Inline.Text("see https://x.org")), null);
    Document doc = write(new Block.Paragraph(List.of(bare, new Inline.Text(" "), mail, new Inline.Text(" "), named),
        Set.of(), POS), PRINT, "en");
    var links = doc.select("a");
    assertEquals(List.of("github.com/x/y", "ada@example.com", "see https://x.org"), links.eachText());
    assertEquals(List.of("https://github.com/x/y/", "mailto:ada@example.com", "https://x.org"), links.eachAttr("href"));
  }

  @Test
  void anEntryLinkedByItsOwnAddressShowsItWithoutTheScheme() {
    Entry e = new Entry(null, "https://acme.example/", "https://acme.example/", null, null, null, Set.of(), List.of(),
        POS);
    var link = write(e, PRINT, "en").selectFirst(".org a");
    assertEquals("acme.example", link.text());
    assertEquals("https://acme.example/", link.attr("href"));
  }

  @Test
  void aPageBreakIsAnEmptyElementAndASectionThatStartsWithOneIsPrecededByIt() {
    Document doc = write(new Block.PageBreak(POS), PRINT, "en");
    assertEquals(1, doc.select("div.page-break").size());
    assertEquals("", doc.selectFirst("div.page-break").html());

    Markup out = new Markup(false);
    new BlockWriter(out, PRINT, Labels.forLang("en")).section(new dev.cvpress.model.Section("projects", "Projects",
        List.of(new Block.PageBreak(POS), new Block.Paragraph(List.of(new Inline.Text("Notes")), Set.of(), POS)),
        Set.of(), POS));
    Document section = Jsoup.parseBodyFragment(out.toString());
    var first = section.body().child(0);
    assertTrue(first.hasClass("page-break"), section.body().html());
    assertEquals("section", first.nextElementSibling().tagName());
    assertTrue(section.select("section div.page-break").isEmpty(), "the break comes before the title");
  }
}
