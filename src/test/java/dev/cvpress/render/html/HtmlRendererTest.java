package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final SourcePos POS = SourcePos.start("cv.md");
  private static final HtmlRenderer.Options PLAIN = new HtmlRenderer.Options("", false, false, false, false);

  private static Resume resume(String lang, DateRange dates) {
    Entry job = new Entry("Architect", "Glow <Inc>", "https://glowing.com/?a=1&b=2", null, "Remote", dates,
        Set.of(), List.of(new Block.Paragraph(List.of(new Inline.Text("Cut costs & latency")), Set.of(), POS)), POS);
    Section work = new Section("work", "Work", List.of(job), Set.of(), POS);
    Header header = new Header("Ada", List.of(new Inline.Text("Engineer")),
        List.of(new Contact(Contact.Kind.EMAIL, "a@b.c", "mailto:a@b.c")), null);
    Meta meta = new Meta("", lang, List.of("Go"), null, Map.of(), Map.of());
    return new Resume(meta, header, List.of(), List.of(work));
  }

  private static final DateRange NOW = new DateRange(new PartialDate(2021, 6), null, true, "2021.6 ~ Now");

  @Test
  void outputIsWellFormedXml() throws Exception {
    String html = HtmlRenderer.render(resume("en", NOW), PLAIN);
    // A strict XML parser fails on any unclosed tag or unescaped & or <.
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
    var dom = factory.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("html", dom.getDocumentElement().getTagName());
  }

  @Test
  void textAndAttributesAreEscaped() {
    String html = HtmlRenderer.render(resume("en", NOW), PLAIN);
    assertTrue(html.contains("<a href=\"https://glowing.com/?a=1&amp;b=2\">Glow &lt;Inc&gt;</a>"), html);
    assertTrue(html.contains("<p>Cut costs &amp; latency</p>"), html);
    assertEquals("a&lt;b&gt;&amp;c \"q\"", HtmlRenderer.text("a<b>&c \"q\""));
    assertEquals("&quot;q&quot; &amp;", HtmlRenderer.attr("\"q\" &"));
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertEquals("a b\tc\nd", HtmlRenderer.text("a\u0001b\tc\nd"));
  }

  @Test
  void entryHasSemanticClasses() {
    Document doc = Jsoup.parse(HtmlRenderer.render(resume("en", NOW), PLAIN));
    assertEquals("Architect, Glow <Inc>", doc.selectFirst("article.entry h3.entry-title").text());
    assertTrue(doc.selectFirst("article.entry .entry-title .title").text().startsWith("Architect"));
    assertEquals("Glow <Inc>", doc.selectFirst("article.entry .org").text());
    assertEquals("Jun 2021 – Present", doc.selectFirst("article.entry .dates").text());
    assertEquals("Remote", doc.selectFirst("article.entry .role").text());
    assertEquals("work", doc.selectFirst("section.section").id());
    assertEquals("a@b.c", doc.selectFirst("header .contact.email a").text());
  }

  @Test
  void originalDatesAreShownAsWritten() {
    var options = new HtmlRenderer.Options("", true, false, false, false);
    Document doc = Jsoup.parse(HtmlRenderer.render(resume("en", NOW), options));
    assertEquals("2021.6 ~ Now", doc.selectFirst(".dates").text());
  }

  @Test
  void datesFollowTheDocumentLanguage() {
    DateRange r = new DateRange(new PartialDate(2023, 6), null, true, "2023年6月 ~ 現在");
    assertEquals("2023年6月 – 現在", HtmlRenderer.formatDates(r, "ja"));
    assertEquals("Juni 2023 – heute", HtmlRenderer.formatDates(r, "de-DE"));
    assertEquals("Jun 2023 – Present", HtmlRenderer.formatDates(r, "xx"));
  }

  @Test
  void yearOnlyAndClosedRanges() {
    assertEquals("2019 – 2021", HtmlRenderer.formatDates(
        new DateRange(new PartialDate(2019, 0), new PartialDate(2021, 0), false, "2019-2021"), "en"));
    assertEquals("Nov 2014 – May 2021", HtmlRenderer.formatDates(
        new DateRange(new PartialDate(2014, 11), new PartialDate(2021, 5), false, "2014.11 ~ 2021.5"), "en"));
    assertEquals("whenever", HtmlRenderer.formatDates(DateRange.unparsed("whenever"), "en"));
  }

  @Test
  void footerOnlyWhenAsked() {
    String without = HtmlRenderer.render(resume("en", NOW), PLAIN);
    String with = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options("", false, true, false, false));
    assertFalse(without.contains("counter(pages)"));
    assertTrue(with.contains("\"Page \" counter(page) \" of \" counter(pages)"), with);
  }

  @Test
  void cssGoesIntoTheHead() {
    String html = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options("body{color:red}", false, false,
        false, false));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.head().selectFirst("style").data().contains("body{color:red}"));
  }

  @Test
  void iconsOnlyWhenAsked() {
    assertFalse(HtmlRenderer.render(resume("en", NOW), PLAIN).contains("class=\"icon"));
    String with = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options("", false, false, true, false));
    assertTrue(with.contains("class=\"icon icon-email\""), with);
  }

  @Test
  void metadataInTheHead() {
    Document doc = Jsoup.parse(HtmlRenderer.render(resume("de", NOW), PLAIN));
    assertEquals("de", doc.selectFirst("html").attr("lang"));
    assertEquals("Ada — Résumé", doc.title());
    assertEquals("Ada", doc.selectFirst("meta[name=author]").attr("content"));
    assertEquals("Résumé — Engineer", doc.selectFirst("meta[name=subject]").attr("content"));
    assertEquals("Go", doc.selectFirst("meta[name=keywords]").attr("content"));
  }

  @Test
  void oneBookmarkPerTitledSection() {
    Resume r = resume("en", NOW);
    Section untitled = new Section("section", "", List.of(), Set.of(), POS);
    Resume both = new Resume(r.meta(), r.header(), List.of(), List.of(untitled, r.sections().get(0)));
    Document doc = Jsoup.parse(HtmlRenderer.render(both, PLAIN));
    assertEquals(List.of("Work"), doc.select("bookmark").eachAttr("name"));
    assertEquals("#work", doc.selectFirst("bookmark").attr("href"));
  }

  @Test
  void documentTitleWithoutAName() {
    Resume r = resume("en", NOW);
    Resume nameless = new Resume(r.meta(), new Header("", List.of(), List.of(), null), List.of(), List.of());
    assertEquals("Résumé", HtmlRenderer.documentTitle(nameless));
  }

  @Test
  void everyKindOfBlockIsWritten() {
    String body = Jsoup.parse(HtmlRenderer.render(dev.cvpress.model.Samples.resume(), PLAIN)).body().text();
    dev.cvpress.model.Samples.visibleWords().forEach(w -> assertTrue(body.contains(w), w + " missing: " + body));
    assertTrue(body.contains("¹ wordfootnote"), body);
  }
}
