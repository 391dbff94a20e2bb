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
import dev.cvpress.render.Bookmark;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTest {
  private static final SourcePos POS = SourcePos.start("cv.md");
  private static final HtmlRenderer.Options PLAIN = new HtmlRenderer.Options("", false, false, false);
  private static final HtmlRenderer.Options WEB = new HtmlRenderer.Options("", false, false, false, true, src -> true);

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

  /** A side column takes short lists; a table or a paragraph of prose under a side title stays in the main one. */
  @Test
  void onlyShortListsGoToTheSideColumn() throws Exception {
    String md = "# Ada\n\nada@example.com\n\n## Skills\n\n- Go\n- SQL\n\n## Awards\n\n| Grant | Amount |\n|---|---|\n"
        + "| EPSRC | 40,000 |\n\n## Research interests\n\n" + "Questions of method and evidence. ".repeat(6) + "\n";
    Resume r = dev.cvpress.parse.ResumeParser.parse("cv.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Map.of(), dev.cvpress.style.Style.KEYS).resume();
    Document doc = Jsoup.parse(HtmlRenderer.render(r, new HtmlRenderer.Options("", false, false, true)));
    assertEquals(List.of("Contact", "Skills"), doc.select("aside.sidebar h2").eachText());
    assertEquals(List.of("Awards", "Research interests"), doc.select("main.main h2").eachText());
  }

  /** Footnotes are set together after the last section, in number order, wherever they were written. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void footnotesComeAtTheFootInNumberOrder(boolean sidebar) throws Exception {
    String md = "# Ada\n\nada@example.com\n\n## Work\n\n### Engineer — Acme | 2020 – 2024\n\n"
        + "Cut latency[^b] and cost[^a].\n\n[^a]: Second note.\n\n## Skills\n\n- Go\n\n[^b]: First note.\n";
    Resume r = dev.cvpress.parse.ResumeParser.parse("cv.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Map.of(), dev.cvpress.style.Style.KEYS).resume();
    Document doc = Jsoup.parse(HtmlRenderer.render(r, new HtmlRenderer.Options("", false, false, sidebar)));
    var notes = doc.select("div.footnotes > p");
    assertEquals(List.of("¹ First note.", "² Second note."), notes.eachText());
    assertTrue(doc.select("section p").stream().noneMatch(p -> p.text().contains("note.")), "none inside a section");
    var last = doc.select("section.section").last();
    assertTrue(last.elementSiblingIndex() < doc.selectFirst("div.footnotes").elementSiblingIndex(), "after the sections");
  }

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
    var options = new HtmlRenderer.Options("", true, false, false);
    Document doc = Jsoup.parse(HtmlRenderer.render(resume("en", NOW), options));
    assertEquals("2021.6 ~ Now", doc.selectFirst(".dates").text());
  }

  @Test
  void datesFollowTheDocumentLanguage() {
    DateRange r = new DateRange(new PartialDate(2023, 6), null, true, "2023年6月 ~ 現在");
    assertEquals("2023年6月 – 現在", Jsoup.parse(HtmlRenderer.render(resume("ja", r), PLAIN)).selectFirst(".dates").text());
    assertEquals("Juni 2023 – heute",
        Jsoup.parse(HtmlRenderer.render(resume("de-DE", r), PLAIN)).selectFirst(".dates").text());
  }

  @Test
  void nothingOnlyThePdfEngineReads() {
    String css = "@page { @bottom-right { content: page-footer; } }";
    for (boolean web : List.of(false, true)) {
      String html = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options(css, false, false, false, web,
          src -> true));
      Document doc = Jsoup.parse(html);
      assertTrue(doc.select("bookmarks, bookmark").isEmpty(), html);
      assertFalse(html.contains("counter(page"), "no page footer text: " + html);
      assertTrue(doc.selectFirst("style").data().contains(css), "the theme's sheet as it was written");
      assertTrue(doc.select("[style*=direction]").isEmpty(), html);
    }
  }

  @Test
  void cssGoesIntoTheHead() {
    String html = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options("body{color:red}", false, false,
        false));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.head().selectFirst("style").data().contains("body{color:red}"));
  }

  @Test
  void iconsOnlyWhenAsked() {
    assertFalse(HtmlRenderer.render(resume("en", NOW), PLAIN).contains("class=\"icon"));
    String with = HtmlRenderer.render(resume("en", NOW), new HtmlRenderer.Options("", false, true, false));
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
  void outlineHasOneBookmarkPerTitledSectionInTheAuthorsOrder() {
    Resume r = resume("en", NOW);
    Section untitled = new Section("section", "", List.of(), Set.of(), POS);
    Section skills = new Section("skills", "Skills", List.of(), Set.of(), POS);
    Resume all = new Resume(r.meta(), r.header(), List.of(), List.of(untitled, r.sections().get(0), skills));
    assertEquals(List.of(new Bookmark("Work", "work"), new Bookmark("Skills", "skills")), HtmlRenderer.outline(all));
    // The sidebar writes Skills first, beside the main column; the outline keeps the order of the source.
    Document sidebar = Jsoup.parse(HtmlRenderer.render(all, new HtmlRenderer.Options("", false, false, true)));
    assertEquals(List.of("Contact", "Skills", "Work"), sidebar.select("h2").eachText());
  }

  @Test
  void aRightToLeftLanguageRunsTheWholeDocumentRightToLeft() {
    for (String lang : List.of("ar", "he", "fa-IR", "ur")) {
      Document doc = Jsoup.parse(HtmlRenderer.render(resume(lang, NOW), PLAIN));
      assertEquals("rtl", doc.selectFirst("html").attr("dir"), lang);
      // Latin text in a right-to-left document says that it runs the other way.
      assertEquals("ltr", doc.selectFirst("h3.entry-title").attr("dir"), lang);
      assertEquals("ltr", doc.selectFirst(".entry-body p").attr("dir"), lang);
    }
    Document english = Jsoup.parse(HtmlRenderer.render(resume("en", NOW), PLAIN));
    assertFalse(english.selectFirst("html").hasAttr("dir"));
    assertTrue(english.select("[dir]").isEmpty(), "left to right is the default, never written");
  }

  @Test
  void aBlockRunsTheWayItsFirstLetterDoes() {
    Resume r = resume("en", NOW);
    Section mixed = new Section("mixed", "Languages", List.of(
        new Block.Paragraph(List.of(new Inline.Text("2019: "), new Inline.Strong(List.of(new Inline.Text("مهندس"))),
            new Inline.Text(" at Acme")), Set.of(), POS),
        new Block.Paragraph(List.of(new Inline.Text("Arabic: "), new Inline.Text("العربية")), Set.of(), POS)),
        Set.of(), POS);
    Resume withMixed = new Resume(r.meta(), r.header(), List.of(), List.of(mixed));
    for (HtmlRenderer.Options options : List.of(PLAIN, WEB)) {
      var paragraphs = Jsoup.parse(HtmlRenderer.render(withMixed, options)).select("section p");
      // Digits and punctuation have no direction: the first letter decides, wherever it sits inside the block.
      assertEquals("rtl", paragraphs.get(0).attr("dir"), paragraphs.toString());
      assertFalse(paragraphs.get(1).hasAttr("dir"), paragraphs.toString());
    }
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

  /** The résumé above without a name, as a page titled "About Me" (set aside) gives it. */
  private static Resume nameless(String title, String photo) {
    Resume r = resume("en", NOW);
    Header h = r.header();
    Header header = new Header("", h.headline(), h.contacts(), photo,
        new Header.PageTitle(title, new SourcePos("cv.md", 2, 1)));
    return new Resume(new Meta(title, "en", List.of(), null, Map.of(), Map.of()), header, List.of(), r.sections());
  }

  @Test
  void withoutANameTheHeadlineLeadsAndNoTitleIsPrintedOrMadeTheAuthor() {
    Document doc = Jsoup.parse(HtmlRenderer.render(nameless("About Me", "me.png"), PLAIN));
    assertTrue(doc.selectFirst("header.masthead").hasClass("nameless"));
    assertEquals(null, doc.selectFirst(".name"));
    assertEquals("Engineer", doc.selectFirst("header h1.headline").text(), "the page's first heading is an H1");
    assertEquals("h1", doc.select("h1, h2, h3, h4").first().tagName());
    assertFalse(doc.body().text().contains("About Me"), doc.body().text());
    assertEquals(null, doc.selectFirst("meta[name=author]"), "a page title is not an author");
    assertEquals("About Me", doc.title(), "the document keeps its own title");
    assertEquals("Photo", doc.selectFirst("img.photo").attr("alt"));
    assertEquals("Résumé", HtmlRenderer.documentTitle(nameless("", null)));
  }

  @Test
  void withANameTheHeadlineIsAParagraphUnderIt() {
    Document doc = Jsoup.parse(HtmlRenderer.render(resume("en", NOW), PLAIN));
    assertFalse(doc.selectFirst("header.masthead").hasClass("nameless"));
    assertEquals("Ada", doc.selectFirst("header h1.name").text());
    assertEquals("p", doc.selectFirst(".headline").tagName());
    assertEquals("Ada", doc.selectFirst("meta[name=author]").attr("content"));
    assertEquals("Ada — Résumé", doc.title());
  }
}
