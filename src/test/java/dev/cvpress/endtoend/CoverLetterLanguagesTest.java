package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cover letter written in several languages, as a résumé is: paragraphs marked {@code {lang=…}}, its own keys given
 * per language, and {@code --lang} choosing one version, with the date, the sender's masthead (from the résumé it
 * names) and the PDF's title in that language.
 */
class CoverLetterLanguagesTest {
  @TempDir Path dir;
  private Path letter;

  private static final String LETTER = """
      ---
      type: letter
      resume: cv.md
      lang: en
      languages: [en, de]
      date: 2026-03-14
      recipient:
        en: {name: Priya Raman, company: Initech GmbH}
        de: {name: Frau Priya Raman, company: Initech GmbH}
      %s
      salutation: {en: "Dear Ms Raman,", de: "Sehr geehrte Frau Raman,"}
      closing: {en: "Kind regards,", de: "Mit freundlichen Grüßen"}
      ---

      I am writing to apply for the Staff Engineer position. {lang=en}

      Hiermit bewerbe ich mich um die Stelle als Staff Engineer. {lang=de}

      Both languages share this paragraph about Kotlin and Kafka.
      """;

  @BeforeEach
  void write() throws Exception {
    Files.copy(Path.of("examples/bilingual.md"), dir.resolve("cv.md"));
    letter = Files.writeString(dir.resolve("letter.md"), LETTER.formatted(""), StandardCharsets.UTF_8);
  }

  private static String text(Rendered r) throws Exception {
    return PdfInspect.collapse(PdfInspect.text(r.pdf()));
  }

  private static String title(Rendered r) throws Exception {
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      return doc.getDocumentInformation().getTitle();
    }
  }

  @Test
  void aLetterWrittenInGermanGetsTheGermanMastheadWithoutLang() throws Exception {
    Path german = Files.writeString(dir.resolve("brief.md"), """
        ---
        type: letter
        resume: cv.md
        lang: de
        date: 2026-03-14
        recipient: {name: Frau Priya Raman, company: Initech GmbH}
        salutation: "Sehr geehrte Frau Raman,"
        closing: "Mit freundlichen Grüßen"
        ---

        Hiermit bewerbe ich mich um die Stelle als Staff Engineer.
        """, StandardCharsets.UTF_8);
    Rendered de = Cvpress.render(german, Options.builder().build());
    String text = text(de);
    assertTrue(text.startsWith("Jana Novak Backend-Entwicklerin · Zahlungs- und Datenplattformen"), text);
    CoverLetterTest.assertInOrder(text, "Berlin, Deutschland", "14. März 2026", "Sehr geehrte Frau Raman,");
    Rendered en = Cvpress.render(german, Options.builder().lang("en").build());
    assertFalse(text(en).contains("Backend-Entwicklerin"), text(en));
  }

  @Test
  void theGermanVersionHasItsParagraphsItsKeysItsDateAndItsTitle() throws Exception {
    Rendered de = Cvpress.render(letter, Options.builder().lang("de").build());
    String text = text(de);
    assertTrue(text.startsWith("Jana Novak Backend-Entwicklerin · Zahlungs- und Datenplattformen"), text);
    CoverLetterTest.assertInOrder(text, "Berlin, Deutschland", "14. März 2026", "Frau Priya Raman", "Initech GmbH",
        "Sehr geehrte Frau Raman,", "Hiermit bewerbe ich mich", "Both languages share", "Mit freundlichen Grüßen",
        "Jana Novak");
    assertFalse(text.contains("I am writing") || text.contains("Dear Ms Raman") || text.contains("Kind regards"),
        text);
    assertEquals("Jana Novak — Anschreiben", title(de));
    assertTrue(de.warnings().isEmpty(), de.warnings().toString());
  }

  @Test
  void withoutLangTheLetterIsInItsOwnLanguage() throws Exception {
    Rendered en = Cvpress.render(letter, Options.defaults());
    String text = text(en);
    CoverLetterTest.assertInOrder(text, "Backend engineer", "March 14, 2026", "Priya Raman", "Dear Ms Raman,",
        "I am writing to apply", "Both languages share", "Kind regards,");
    assertFalse(text.contains("Hiermit") || text.contains("Frau Priya"), text);
    assertEquals("Jana Novak — Cover letter", title(en));
  }

  @Test
  void aKeyThatLacksALanguageIsReportedAtItsKey() throws Exception {
    letter = Files.writeString(dir.resolve("letter.md"), LETTER.formatted("subject: {en: Application}"),
        StandardCharsets.UTF_8);
    Rendered de = Cvpress.render(letter, Options.builder().lang("de").build());
    assertTrue(de.warnings().stream().anyMatch(d -> d.code() == Code.LANGUAGE_MISSING && d.pos().line() == 10
        && d.message().startsWith("`subject` has no value in `de`")), de.warnings().toString());
    assertTrue(text(de).contains("Application"), "the value there is is shown");
  }

  @Test
  void aLanguageNothingInTheLetterIsWrittenInIsWarnedAsForAResume() throws Exception {
    Path english = Files.writeString(dir.resolve("english.md"), """
        ---
        type: letter
        resume: cv.md
        lang: en
        date: 2026-03-14
        ---

        I am writing to apply for the Staff Engineer position.
        """, StandardCharsets.UTF_8);
    Rendered de = Cvpress.render(english, Options.builder().lang("de").build());
    assertTrue(de.warnings().stream().anyMatch(w -> w.code() == Code.LANGUAGE_NOT_IN_SOURCE
        && w.message().startsWith("nothing in the letter is in `de`: it has `en`")), de.warnings().toString());
    assertEquals("--lang de", de.warnings().stream().filter(w -> w.code() == Code.LANGUAGE_NOT_IN_SOURCE)
        .findFirst().orElseThrow().pos().file());

    Rendered en = Cvpress.render(english, Options.builder().lang("en").build());
    assertFalse(en.warnings().stream().anyMatch(w -> w.code() == Code.LANGUAGE_NOT_IN_SOURCE), en.warnings().toString());
    Rendered both = Cvpress.render(letter, Options.builder().lang("de").build());
    assertFalse(both.warnings().stream().anyMatch(w -> w.code() == Code.LANGUAGE_NOT_IN_SOURCE),
        "the letter declares and writes German: " + both.warnings());
  }
}
