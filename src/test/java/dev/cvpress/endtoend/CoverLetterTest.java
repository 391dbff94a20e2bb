package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Letter;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cover letters, read back from the PDF: in every theme the example letter is one page, its parts in the order of a
 * business letter under the same masthead as the résumé it names, with the résumé's fonts; the sender comes from the
 * letter or from its résumé, never from outside its folder; tags choose its paragraphs; a long letter is fitted to
 * one page; and {@code check} places what a letter lacks.
 */
class CoverLetterTest {
  private static final Path LETTER = Path.of("examples", "letter.md");
  private static final Path JANE = Path.of("examples", "jane-doe.md");

  @TempDir Path dir;

  static List<String> themes() {
    return ThemesTest.THEMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("themes")
  void theExampleLetterIsOnePageInBusinessLetterOrderUnderTheResumesMasthead(String theme) throws Exception {
    Rendered letter = Cvpress.render(LETTER, Options.builder().theme(theme).build());
    Rendered resume = Cvpress.render(JANE, Options.builder().theme(theme).build());
    assertEquals(1, letter.pages(), theme);
    assertTrue(letter.warnings().isEmpty(), letter.warnings().toString());
    String text = PdfInspect.collapse(PdfInspect.text(letter.pdf()));
    assertInOrder(text, "Jane Doe", "jane@example.com", "March 14, 2026", "Priya Raman", "Director of Engineering",
        "Initech GmbH", "Friedrichstraße 123", "10117 Berlin",
        "Application for the Staff Platform Engineer position (ref. PE-2026-14)", "Dear Ms Raman,",
        "I am writing to apply", "Prometheus and Thanos", "20,000 to 400,000 deliveries",
        "design documents and talks on request.", "Kind regards,", "Jane Doe");
    assertTrue(text.endsWith("Kind regards, Jane Doe"), text);

    // The same masthead: the letter starts with what the résumé starts with, up to its first section.
    String resumeText = PdfInspect.collapse(PdfInspect.text(resume.pdf()));
    String masthead = text.substring(0, text.indexOf("March 14, 2026")).strip();
    assertTrue(masthead.contains("linkedin.com/in/janedoe"), masthead);
    assertTrue(resumeText.startsWith(masthead), theme + ": " + masthead + "\n" + resumeText);

    try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("Jane Doe — Cover letter", info.getTitle());
      assertEquals("Jane Doe", info.getAuthor());
      assertEquals("Application for the Staff Platform Engineer position (ref. PE-2026-14)", info.getSubject());
      List<PDFontLike> fonts = PdfInspect.fonts(doc);
      assertFalse(fonts.isEmpty());
      for (PDFontLike f : fonts) assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
      // The letter's faces are the résumé's: the same family set the same way.
      try (PDDocument cv = Loader.loadPDF(resume.pdf())) {
        Set<String> resumeFaces = families(PdfInspect.fonts(cv));
        for (String face : families(fonts)) assertTrue(resumeFaces.contains(face), face + " not in " + resumeFaces);
      }
    }
  }

  @Test
  void theSenderComesFromTheLetterWhenItNamesNoResume() throws Exception {
    Path letter = Files.writeString(dir.resolve("letter.md"), """
        ---
        type: letter
        name: Ada Lovelace
        email: ada@example.com
        date: 2026-05-02
        recipient: Charles Babbage
        company: Analytical Engines Ltd
        subject: The engine's programme
        salutation: Dear Mr Babbage,
        closing: Yours faithfully,
        lang: en-GB
        ---

        I have written out the notes you asked for.

        Opening paragraph for the poets. {tags=poetry}

        Opening paragraph for the engineers. {tags=engineering}
        """);
    Rendered r = Cvpress.render(letter, Options.builder().tags(List.of("engineering")).build());
    String text = PdfInspect.collapse(PdfInspect.text(r.pdf()));
    assertInOrder(text, "Ada Lovelace", "ada@example.com", "2 May 2026", "Charles Babbage",
        "Analytical Engines Ltd", "The engine's programme", "Dear Mr Babbage,", "I have written out the notes",
        "for the engineers.", "Yours faithfully,", "Ada Lovelace");
    assertFalse(text.contains("poets"), "a paragraph tagged for another version is left out: " + text);
    assertTrue(r.document() instanceof Letter);
    assertTrue(r.text().startsWith("Ada Lovelace\nada@example.com\n\n2 May 2026\n\nCharles Babbage\n"), r.text());
    // No paragraph of the body is taken for a headline or a contact line.
    assertTrue(((Letter) r.document()).header().headline().isEmpty());
  }

  @Test
  void aMisspeltTagOnALetterWarnsAsOnAResume() throws Exception {
    Path letter = Files.writeString(dir.resolve("letter.md"), """
        ---
        type: letter
        name: Ada Lovelace
        recipient: Charles Babbage
        ---

        Opening paragraph for the engineers. {tags=backend}
        """);
    Rendered r = Cvpress.render(letter, Options.builder().tags(List.of("bakend")).build());
    Diagnostic warning = r.warnings().stream().filter(d -> d.code() == Code.UNKNOWN_TAG).findFirst().orElseThrow(
        () -> new AssertionError("no warning for `bakend`: " + r.warnings()));
    assertEquals("no content is tagged `bakend`, so only untagged content is in", warning.message());
    assertEquals("did you mean `backend`? the letter's tags are backend", warning.hint());
    assertEquals(letter.toString(), warning.pos().file());
    assertFalse(PdfInspect.text(r.pdf()).contains("engineers"), "only untagged content is in");
  }

  @Test
  void aTagOnlyTheLettersResumeCarriesIsNoMisspelling() throws Exception {
    Files.writeString(dir.resolve("cv.md"), """
        ---
        name: Ada Lovelace
        ---

        ## Experience {tags=lead}

        Led the engines.
        """);
    Path letter = Files.writeString(dir.resolve("letter.md"), """
        ---
        type: letter
        resume: cv.md
        recipient: Charles Babbage
        ---

        Opening paragraph for the engineers. {tags=backend}
        """);
    Rendered r = Cvpress.render(letter, Options.builder().tags(List.of("backend", "lead", "leed")).build());
    List<String> unknown = r.warnings().stream().filter(d -> d.code() == Code.UNKNOWN_TAG)
        .map(Diagnostic::message).toList();
    assertEquals(List.of("no content is tagged `leed`, so only untagged content is in"), unknown,
        "`lead` is the résumé's, `backend` the letter's; only `leed` is unknown");
    assertEquals("did you mean `lead`? the letter's and its résumé's tags are backend, lead", r.warnings().stream()
        .filter(d -> d.code() == Code.UNKNOWN_TAG).findFirst().orElseThrow().hint());
  }

  @Test
  void aLongLetterIsFittedToOnePage() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      body.append("Paragraph ").append(i).append(" of a letter that says a little too much about the work,")
          .append(" the teams, the systems and the results, and then says it again in other words so that the")
          .append(" letter runs just past the foot of its one page at the theme's own sizes.\n\n");
    }
    Path letter = Files.writeString(dir.resolve("long.md"), "---\ntype: letter\nname: Ada Lovelace\n"
        + "email: ada@example.com\ndate: 2026-05-02\nrecipient: Charles Babbage\nsalutation: Dear Sir,\n"
        + "closing: Sincerely,\n---\n\n" + body);
    Rendered r = Cvpress.render(letter, Options.defaults());
    assertEquals(1, r.pages());
    assertTrue(r.fit() != null && r.fit().fits() && r.fit().scale() < 1, String.valueOf(r.fit()));
    assertTrue(PdfInspect.collapse(PdfInspect.text(r.pdf())).endsWith("Sincerely, Ada Lovelace"));
  }

  @Test
  void checkPlacesWhatALetterLacks() throws Exception {
    Path letter = Files.writeString(dir.resolve("bare.md"), """
        ---
        name: Ada Lovelace
        email: ada@example.com
        type: letter
        date: some day soon
        ---

        I have written out the notes you asked for.
        """);
    Cvpress.CheckReport report = Cvpress.check(letter, Options.defaults(), null, null);
    List<String> found = report.problems().stream().map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column()
        + " " + d.message()).toList();
    assertEquals(List.of(
        "LETTER_INCOMPLETE 4:1 the letter has no recipient",
        "LETTER_INCOMPLETE 4:1 the letter has no salutation",
        "LETTER_INCOMPLETE 4:1 the letter has no closing",
        "LETTER_DATE_UNREADABLE 5:1 `date: some day soon` is not a day cvpress can read; it is printed as written"),
        found);
  }

  @Test
  void checkSaysALetterOverOnePageIsTooLong() throws Exception {
    String paragraph = "A paragraph of a letter that will not end, about the work, the teams and the systems. ";
    Path letter = Files.writeString(dir.resolve("long.md"), "---\ntype: letter\nname: Ada Lovelace\n"
        + "email: ada@example.com\ndate: 2026-05-02\nrecipient: Charles Babbage\nsalutation: Dear Sir,\n"
        + "closing: Sincerely,\n---\n\n" + (paragraph.repeat(12) + "\n\n").repeat(12));
    Cvpress.CheckReport report = Cvpress.check(letter, Options.defaults(), null, null);
    assertTrue(report.pages() > 1);
    Diagnostic d = report.problems().stream().filter(p -> p.code() == Code.LETTER_TOO_LONG).findFirst().orElseThrow();
    assertEquals(11, d.pos().line(), "the body's first line");
  }

  @Test
  void aResumeOutsideTheFolderOrMissingIsAnErrorAtItsValue() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("letters"));
    Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nada@example.com\n");
    for (String named : List.of("../cv.md", "nothere.md", "/etc/passwd")) {
      Path letter = Files.writeString(sub.resolve("letter.md"), "---\ntype: letter\nresume: " + named + "\n---\n\nHi.\n");
      CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(letter, Options.defaults()));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals(Code.LETTER_RESUME_UNUSABLE, d.code(), d.format());
      assertEquals(3, d.pos().line(), d.format());
      assertEquals(9, d.pos().column(), d.format());
      assertTrue(d.message().contains(named), d.message());
    }
    Files.createSymbolicLink(sub.resolve("linked.md"), dir.resolve("cv.md"));
    Path letter = Files.writeString(sub.resolve("letter.md"), "---\ntype: letter\nresume: linked.md\n---\n\nHi.\n");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(letter, Options.defaults()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("`resume: linked.md` is a symbolic link to a file outside the letter's folder", d.message());
    assertTrue(d.hint().startsWith("copy the résumé into the letter's folder"), d.hint());
  }

  @Test
  void theLetterTakesTheResumesStyleUnderItsOwn() throws Exception {
    Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\n"
        + "style: {theme: classic, paper: letter}\n---\n\n## Experience\n\nNotes.\n");
    Path letter = Files.writeString(dir.resolve("letter.md"), "---\ntype: letter\nresume: cv.md\n"
        + "style: {paper: a4}\ndate: 2026-05-02\n---\n\nHi.\n");
    Rendered r = Cvpress.render(letter, Options.defaults());
    assertEquals("classic", r.document().meta().style().get("theme"));
    assertEquals("a4", r.document().meta().style().get("paper"));
    assertEquals("Ada Lovelace", r.document().header().name());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4, the letter's own paper");
      assertNull(doc.getDocumentCatalog().getDocumentOutline(), "a one-page letter has no outline");
    }
    assertTrue(r.html().contains("Source Serif 4"), "the résumé's theme, classic");
  }

  @Test
  void aLetterIsNotConvertedToJsonResume() throws Exception {
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.convert(Cvpress.Input.read(LETTER),
        dev.cvpress.files.InputNames.Format.JSON_RESUME));
    assertEquals(Code.LETTER_NOT_CONVERTED, e.diagnostics().get(0).code());
  }

  @Test
  void theWebPageOfALetterHasItsPartsAndTheThemesMasthead() throws Exception {
    Rendered r = Cvpress.render(LETTER, Options.defaults());
    String web = r.webHtml();
    assertTrue(web.contains("<header class=\"masthead\">") && web.contains("<p class=\"letter-subject\">"), web);
    assertTrue(web.indexOf("class=\"letter-date\"") < web.indexOf("class=\"recipient\"")
        && web.indexOf("class=\"recipient\"") < web.indexOf("class=\"salutation\"")
        && web.indexOf("class=\"salutation\"") < web.indexOf("class=\"closing\""), web);
  }

  /** The font families, without subset prefixes and weights, as the PDF names them. */
  private static Set<String> families(List<PDFontLike> fonts) {
    Set<String> out = new TreeSet<>();
    for (PDFontLike f : fonts) out.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
    return out;
  }

  static void assertInOrder(String text, String... parts) {
    int at = 0;
    for (String part : parts) {
      int found = text.indexOf(part, at);
      assertTrue(found >= 0, "`" + part + "` missing or out of order after offset " + at + " in: " + text);
      at = found + part.length();
    }
  }
}
