package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.Bookmark;
import dev.cvpress.render.Labels;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the PDF stage adds to the semantic HTML before the engine lays it out. */
class EngineMarkupTest {
  private static Document page(String lang, String dir, String css, String body) {
    return Jsoup.parse("<!DOCTYPE html><html lang=\"" + lang + "\"" + (dir.isEmpty() ? "" : " dir=\"" + dir + "\"")
        + "><head><style>\n" + css + "\n</style></head><body>" + body + "</body></html>");
  }

  private static Document page(String body) {
    return page("en", "", "", body);
  }

  @Test
  void outlineBecomesTheBookmarksElementInTheHead() {
    Document doc = page("<section id=\"work\"><h2>Work</h2></section><section id=\"edu\"><h2>School</h2></section>");
    EngineMarkup.add(doc, List.of(new Bookmark("Work", "work"), new Bookmark("School & more", "edu")), false);
    assertEquals(List.of("Work", "School & more"), doc.head().select("bookmarks > bookmark").eachAttr("name"));
    assertEquals(List.of("#work", "#edu"), doc.head().select("bookmarks > bookmark").eachAttr("href"));
    assertTrue(doc.body().select("bookmarks").isEmpty());
  }

  @Test
  void noBookmarksElementWithoutAnOutline() {
    Document doc = page("<p>x</p>");
    EngineMarkup.add(doc, List.of(), false);
    assertNull(doc.selectFirst("bookmarks"));
  }

  @Test
  void footerTextGoesIntoTheThemesMarginBox() {
    Document doc = page("de", "", "@page { @bottom-center { content: page-footer; font-size: 7pt; } }", "<p>x</p>");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("@bottom-center { content: \"Seite \" counter(page) \" von \" counter(pages) \"\"; "
        + "font-size: 7pt; }"), css);
    assertFalse(css.contains(EngineMarkup.FOOTER_MARKER), css);
  }

  @Test
  void aSheetWithoutAMarginBoxGetsASmallFooterAtTheRight() {
    Document doc = page("en", "", "body { color: black; }", "<p>x</p>");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    assertTrue(css.startsWith("\nbody { color: black; }"), css);
    assertTrue(css.contains("@page { @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages) \"\";"
        + " font-size: 8pt; color: #777; } }"), css);
  }

  private static Document named(String name, String css) {
    Document doc = page("en", "", css, "<p>x</p>");
    doc.head().appendElement("meta").attr("name", "author").attr("content", name);
    return doc;
  }

  @Test
  void fromPageTwoTheFooterNamesThePersonAndPageOneKeepsTheThemesBoxWithTheNumberAlone() {
    Document doc = named("Ada Lovelace", "@page { size: A4; @bottom-right { content: page-footer; font-size: 8pt;"
        + " color: #888; } }");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    String pages = "\"Page \" counter(page) \" of \" counter(pages) \"\"";
    assertTrue(css.contains("@page { size: A4; @bottom-right { content: \"Ada Lovelace\" \" · \" " + pages
        + "; font-size: 8pt; color: #888; } }"), css);
    assertTrue(css.contains("@page :first { @bottom-right { content: " + pages + "; font-size: 8pt; color: #888; } }"),
        css);
  }

  @Test
  void aSheetWithoutAMarginBoxGetsTheNameFromPageTwoToo() {
    Document doc = named("Ada Lovelace", "body { color: black; }");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("@page { @bottom-right { content: \"Ada Lovelace\" \" · \" \"Page \""), css);
    assertTrue(css.contains("@page :first { @bottom-right { content: \"Page \" counter(page)"), css);
  }

  @Test
  void withoutANameEveryPageCarriesTheNumberAlone() {
    Document doc = named("  ", "@page { @bottom-right { content: page-footer; } }");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("@bottom-right { content: \"Page \" counter(page)"), css);
    assertFalse(css.contains(":first") || css.contains("·"), css);
  }

  @Test
  void theNameIsAQuotedStringWhateverItHolds() {
    Document doc = named("Ada \"Bug\" \\ Love\nlace " + "x".repeat(80), "body { }");
    EngineMarkup.add(doc, List.of(), true);
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("content: \"Ada \\\"Bug\\\" \\\\ Love lace xxx"), css);
    assertTrue(css.contains("x…\" \"" + EngineMarkup.NAME_SEPARATOR + "\" \"Page"), "a long name is cut: " + css);
  }

  @Test
  void noFooterUnlessAsked() {
    Document doc = page("en", "", "@page { @bottom-right { content: page-footer; } }", "<p>x</p>");
    EngineMarkup.add(doc, List.of(), false);
    assertFalse(doc.selectFirst("style").data().contains("counter(page)"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | \"Page \" counter(page) \" of \" counter(pages) \"\"",
      "zh | \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"",
      "ja | \"\" counter(page) \" / \" counter(pages) \" ページ\"",
      // Right to left: the spaces around the numbers are strings of their own, so that they stay between.
      "ar | \"صفحة\" \" \" counter(page) \" \" \"من\" \" \" counter(pages) \"\"",
      "he | \"עמוד\" \" \" counter(page) \" \" \"מתוך\" \" \" counter(pages) \"\""})
  void footerContentKeepsTheLanguagesWordOrder(String lang, String content) {
    assertEquals(content, EngineMarkup.footerContent(Labels.forLang(lang)));
  }

  @Test
  void dirAttributesBecomeTheCssDirection() {
    Document doc = page("<p dir=\"rtl\">مرحبا</p><p>Hello</p>");
    EngineMarkup.add(doc, List.of(), false);
    assertEquals("direction: rtl; text-align: right;", doc.select("p").get(0).attr("style"));
    assertFalse(doc.select("p").get(1).hasAttr("style"));
    assertFalse(doc.body().hasAttr("dir"), "a left-to-right document's body is left alone");
  }

  @Test
  void aRightToLeftDocumentsBodyRunsRightToLeft() {
    Document doc = page("ar", "rtl", "", "<p dir=\"ltr\">Java</p>");
    EngineMarkup.add(doc, List.of(), false);
    assertEquals("rtl", doc.body().attr("dir"));
    assertEquals("direction: rtl;", doc.body().attr("style"));
    assertEquals("direction: ltr;", doc.selectFirst("p").attr("style"));
  }

  @Test
  void existingStylesAreKeptAfterTheDirection() {
    Document doc = page("<table><tr><td dir=\"rtl\" style=\"text-align: center\">نص</td></tr></table>");
    EngineMarkup.add(doc, List.of(), false);
    assertEquals("direction: rtl; text-align: right; text-align: center", doc.selectFirst("td").attr("style"));
  }

  @Test
  void aRightToLeftItemOpeningWithAListGetsAFirstLineForItsBullet() {
    Document doc = page("<ul><li dir=\"rtl\">\n<ul><li dir=\"rtl\">بند</li></ul></li><li dir=\"rtl\">نص</li></ul>");
    EngineMarkup.add(doc, List.of(), false);
    assertTrue(doc.selectFirst("li").wholeText().startsWith("\u00A0"), doc.selectFirst("li").outerHtml());
    assertEquals("نص", doc.select("ul > li").last().wholeText(), "an item that starts with text keeps it");
  }

  @Test
  void aTallTableHeaderIsNotRepeatedOnEachPage() {
    String prose = "word ".repeat(200);
    Document doc = page("<table><thead><tr><th>" + prose + "</th><th>b</th></tr></thead><tbody><tr><td>1</td>"
        + "<td>2</td></tr></tbody></table><table><thead><tr><th>Year</th></tr></thead></table>");
    EngineMarkup.tableHeaders(doc);
    assertEquals("-fs-table-paginate: auto;", doc.select("table").get(0).attr("style"));
    assertFalse(doc.select("table").get(1).hasAttr("style"), "a header of labels repeats");
  }
}
