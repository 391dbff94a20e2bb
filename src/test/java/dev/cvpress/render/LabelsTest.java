package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words cvpress writes itself — "Present", month names, "Page X of Y" — in the document's language, in the
 * PDF as a reader sees it. The expected words are spelled out here, not taken from {@link Labels}.
 */
class LabelsTest {
  @TempDir Path dir;

  /**
   * Per language: the reference résumé's first three date ranges ({@code 2021.6 ~ Now}, {@code 2014.11 ~ 2021.5},
   * {@code 2013.1 ~ 2014.10}) and the footers of pages 1 and 2 of 2.
   */
  private static final String CASES = """
      de | Juni 2021 – heute | Nov. 2014 – Mai 2021 | Jan. 2013 – Okt. 2014 | Seite 1 von 2 | Seite 2 von 2
      fr | juin 2021 – aujourd’hui | nov. 2014 – mai 2021 | janv. 2013 – oct. 2014 | Page 1 sur 2 | Page 2 sur 2
      es | jun. 2021 – actualidad | nov. 2014 – may. 2021 | ene. 2013 – oct. 2014 | Página 1 de 2 | Página 2 de 2
      pt | jun. 2021 – atual | nov. 2014 – mai. 2021 | jan. 2013 – out. 2014 | Página 1 de 2 | Página 2 de 2
      ru | июнь 2021 – н. в. | нояб. 2014 – май 2021 | янв. 2013 – окт. 2014 | Страница 1 из 2 | Страница 2 из 2
      zh | 2021年6月 – 至今 | 2014年11月 – 2021年5月 | 2013年1月 – 2014年10月 | 第 1 页，共 2 页 | 第 2 页，共 2 页
      ja | 2021年6月 – 現在 | 2014年11月 – 2021年5月 | 2013年1月 – 2014年10月 | 1 / 2 ページ | 2 / 2 ページ
      """;

  private static String[] expected(String lang) {
    return CASES.lines().filter(l -> l.startsWith(lang + " ")).findFirst().orElseThrow().split("\\s*\\|\\s*");
  }

  /** The reference résumé with {@code lang:} added to its front matter. */
  private Path aboutMe(String lang) throws IOException {
    String md = Files.readString(Path.of("examples/about-me.md"), StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve("about-me-" + lang + ".md"),
        md.replaceFirst("---\n", "---\nlang: " + lang + "\n"), StandardCharsets.UTF_8);
  }

  private static String pageText(PDDocument doc, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc);
  }

  /** CJK text extracts with spaces in odd places; compare it without any. */
  private static String squeeze(String s, String lang) {
    return lang.equals("zh") || lang.equals("ja") ? s.replaceAll("\\s+", "") : s.replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "pt", "ru", "zh", "ja"})
  void presentMonthsAndFooterInTheDocumentLanguage(String lang) throws Exception {
    String[] want = expected(lang);
    Rendered r = Cvpress.render(aboutMe(lang), Options.defaults());
    Assumptions.assumeFalse(r.warnings().toString().contains("no font can draw"),
        "no font on this machine draws the " + lang + " labels: " + r.warnings());
    assertEquals(List.of(), r.warnings());
    assertEquals(2, r.pages(), "the reference résumé is two pages long in " + lang);
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      assertEquals(lang, doc.getDocumentCatalog().getLanguage());
      String page1 = squeeze(pageText(doc, 1), lang);
      String page2 = squeeze(pageText(doc, 2), lang);
      String all = page1 + " " + page2;
      for (int i = 1; i <= 3; i++) {
        assertTrue(all.contains(squeeze(want[i], lang)), "no \"" + want[i] + "\" in\n" + all);
      }
      assertTrue(page1.contains(squeeze(want[4], lang)), "no \"" + want[4] + "\" on page 1:\n" + page1);
      assertTrue(page2.contains(squeeze(want[5], lang)), "no \"" + want[5] + "\" on page 2:\n" + page2);
      for (String english : List.of("Present", "Page 1 of 2", "Page 2 of 2", "Jun 2021", "Nov 2014")) {
        assertFalse(all.contains(squeeze(english, lang)), "English \"" + english + "\" in the " + lang + " PDF");
      }
    }
  }

  @Test
  void englishByDefault() throws Exception {
    Rendered r = Cvpress.render(Path.of("examples/about-me.md"), Options.defaults());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      String all = squeeze(pageText(doc, 1) + pageText(doc, 2), "en");
      assertTrue(all.contains("Jun 2021 – Present"), all);
      assertTrue(all.contains("Page 1 of 2") && all.contains("Page 2 of 2"), all);
    }
  }

  @Test
  void regionVariantsUseTheirLanguage() throws Exception {
    Rendered r = Cvpress.render(aboutMe("de-AT"), Options.defaults());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      String text = squeeze(pageText(doc, 1), "de");
      assertTrue(text.contains("Juni 2021 – heute") && text.contains("Seite 1 von 2"), text);
    }
  }

  @Test
  void onePageResumeHasNoFooterInAnyLanguage() throws Exception {
    Path cv = Files.writeString(dir.resolve("kurz.md"), "---\nname: Ada\nlang: de\n---\n\n## Erfahrung\n\n"
        + "### Analystin — Engine AG | 2019.3 ~ Now\n\n- Programme geschrieben\n", StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    assertEquals(1, r.pages());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      String text = squeeze(pageText(doc, 1), "de");
      assertTrue(text.contains("März 2019 – heute"), text);
      assertFalse(text.contains("Seite"), text);
    }
  }

  // ---- the table itself ----

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | Jun 2021 – Present | Page %1$s of %2$s",
      "de | Juni 2021 – heute | Seite %1$s von %2$s",
      "fr | juin 2021 – aujourd’hui | Page %1$s sur %2$s",
      "es | jun. 2021 – actualidad | Página %1$s de %2$s",
      "pt | jun. 2021 – atual | Página %1$s de %2$s",
      "ru | июнь 2021 – н. в. | Страница %1$s из %2$s",
      "zh | 2021年6月 – 至今 | 第 %1$s 页，共 %2$s 页",
      "ja | 2021年6月 – 現在 | %1$s / %2$s ページ",
      "ko | 2021년 6월 – 현재 | %1$s / %2$s 쪽",
      "ar | يونيو 2021 – حتى الآن | صفحة %1$s من %2$s",
      "he | יוני 2021 – היום | עמוד %1$s מתוך %2$s",
      "iw | יוני 2021 – היום | עמוד %1$s מתוך %2$s"})
  void presentRangeAndFooter(String lang, String present, String pageOf) {
    Labels labels = Labels.forLang(lang);
    assertEquals(present, labels.format(new DateRange(new PartialDate(2021, 6), null, true, "2021.6 ~ Now")));
    assertEquals(pageOf, labels.pageOf());
  }

  @Test
  void datesAsTheAuthorWroteThemOrInTheHouseStyle() {
    DateRange range = new DateRange(new PartialDate(2014, 11), new PartialDate(2021, 5), false, "2014.11 ~ 2021.5");
    Labels labels = Labels.forLang("en");
    assertEquals("2014.11 ~ 2021.5", labels.dates(range, true));
    assertEquals("Nov 2014 – May 2021", labels.dates(range, false));
    assertEquals("2021年5月", Labels.forLang("ja").format(
        new DateRange(new PartialDate(2021, 5), null, false, "2021.5")), "a single date has no dash");
  }

  @Test
  void aLanguageHasMonthsOrANumericForm() {
    assertThrows(IllegalArgumentException.class, () -> new Labels("now", List.of(), null, "%1$s/%2$s", "C"));
    assertThrows(IllegalArgumentException.class, () -> new Labels("now", List.of("Jan"), null, "%1$s/%2$s", "C"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es", "pt", "ru"})
  void twelveDistinctMonthNames(String lang) {
    Labels labels = Labels.forLang(lang);
    Set<String> names = new HashSet<>();
    for (int m = 1; m <= 12; m++) {
      String shown = labels.format(new DateRange(new PartialDate(2020, m), new PartialDate(2020, m), false, "x"));
      String month = shown.substring(0, shown.indexOf(" 2020"));
      assertFalse(month.isBlank() || month.matches(".*\\d.*"), lang + " month " + m + ": " + shown);
      names.add(month);
    }
    assertEquals(12, names.size(), lang + ": " + names);
  }

  @Test
  void yearOnlyAndUnknownLanguages() {
    DateRange years = new DateRange(new PartialDate(2017, 0), new PartialDate(2021, 0), false, "2017 – 2021");
    for (String lang : List.of("de", "zh", "ja", "ru")) {
      assertEquals("2017 – 2021", Labels.forLang(lang).format(years), lang);
    }
    DateRange now = new DateRange(new PartialDate(2021, 6), null, true, "x");
    assertEquals("Jun 2021 – Present", Labels.forLang("xx").format(now));
    assertEquals("Jun 2021 – Present", Labels.forLang(null).format(now));
    assertEquals("Juni 2021 – heute", Labels.forLang("de_CH").format(now));
  }
}
