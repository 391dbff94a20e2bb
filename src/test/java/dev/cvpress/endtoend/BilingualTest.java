package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.files.InputNames;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.Labels;
import dev.cvpress.render.pdf.PdfInspect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bilingual example rendered in English and in German: each PDF has its language's words, the shared ones,
 * none of the other language's, its labels and date forms, and says its language.
 */
class BilingualTest {
  private static final Path SOURCE = Path.of("examples/bilingual.md");
  private static Rendered english;
  private static Rendered german;
  private static String englishText;
  private static String germanText;

  @BeforeAll
  static void render() throws Exception {
    english = Cvpress.render(SOURCE, Options.defaults());
    german = Cvpress.render(SOURCE, Options.builder().lang("de").build());
    englishText = PdfInspect.collapse(PdfInspect.text(english.pdf()));
    germanText = PdfInspect.collapse(PdfInspect.text(german.pdf()));
  }

  @Test
  void withoutLangTheDocumentsLanguageIsRendered() throws Exception {
    for (String words : List.of("Backend engineer · payments and data platforms", "Berlin, Germany", "Summary",
        "Experience", "Senior Backend Engineer, Fintory GmbH", "Mar 2021 – Present",
        "Cut the nightly reconciliation from four hours to twenty minutes.", "Education", "Skills",
        "Kotlin, Go, Java, SQL", "English (native), German (C1)")) {
      assertTrue(englishText.contains(words), words + " in:\n" + englishText);
    }
    for (String words : List.of("Berufserfahrung", "Backend-Entwicklerin", "Deutschland", "heute", "Kenntnisse")) {
      assertFalse(englishText.contains(words), words + " is German");
    }
    assertFalse(englishText.contains("{") || englishText.contains("lang"), englishText);
  }

  @Test
  void germanHasItsWordsTheSharedOnesAndGermanDates() throws Exception {
    Labels de = Labels.forLang("de");
    for (String words : List.of("Jana Novak", "Backend-Entwicklerin · Zahlungs- und Datenplattformen",
        "Berlin, Deutschland", "jana@example.com", "Profil", "Berufserfahrung",
        "Senior Backend-Entwicklerin, Fintory GmbH", de.months().get(2) + " 2021 – " + de.present(),
        de.months().get(8) + " 2017 – " + de.months().get(1) + " 2021",
        "Verkürzte den nächtlichen Abgleich von vier Stunden auf zwanzig Minuten.", "Ausbildung",
        "M.Sc. Informatik, TU Berlin", "Kenntnisse", "Kotlin, Go, Java, SQL",
        "Englisch (Muttersprache), Deutsch (C1)")) {
      assertTrue(germanText.contains(words), words + " in:\n" + germanText);
    }
    assertTrue(germanText.contains("März 2021 – heute"), "the German date form: " + germanText);
    for (String words : List.of("Experience", "Summary", "Present", "Computer Science", "Germany", "native",
        "Led the move")) {
      assertFalse(germanText.contains(words), words + " is English:\n" + germanText);
    }
  }

  @Test
  void eachPdfAndPageSaysItsLanguage() throws Exception {
    try (PDDocument en = Loader.loadPDF(english.pdf()); PDDocument de = Loader.loadPDF(german.pdf())) {
      assertEquals("en", en.getDocumentCatalog().getLanguage());
      assertEquals("de", de.getDocumentCatalog().getLanguage());
    }
    assertTrue(german.html().contains("lang=\"de\""), "hyphenation and the reader follow the html's language");
    assertTrue(german.text().contains("BERUFSERFAHRUNG") && !german.text().contains("EXPERIENCE"),
        "the plain text is the German one too");
  }

  @Test
  void bothVersionsRenderWithoutWarnings() {
    assertEquals(List.of(), english.warnings());
    assertEquals(List.of(), german.warnings());
  }

  @Test
  void aRoundTripThroughMarkdownKeepsEveryLanguage() throws Exception {
    Cvpress.Converted md = Cvpress.convert(Cvpress.Input.read(SOURCE), InputNames.Format.MARKDOWN);
    String written = new String(md.bytes(), StandardCharsets.UTF_8);
    assertTrue(written.contains("## Berufserfahrung {lang=de}") && written.contains("{lang=en}"), written);
    assertTrue(written.contains("location: {en: \"Berlin, Germany\", de: \"Berlin, Deutschland\"}"), written);
    assertTrue(written.contains("languages: [en, de]"), written);
    Cvpress.Input again = new Cvpress.Input(Path.of("examples/again.md"), md.bytes(), Path.of("examples"));
    assertEquals(english.text(), Cvpress.render(again, Options.defaults()).text());
    assertEquals(german.text(), Cvpress.render(again, Options.builder().lang("de").build()).text());
  }
}
