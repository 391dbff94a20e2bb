package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cover letters as Word documents, read back with POI: the parts in a business letter's order, in their styles. */
class LetterPartsTest {
  static final Path LETTER = Path.of("examples/letter.md");

  @TempDir Path dir;

  static List<String> themes() {
    return DocxRendererTest.THEMES;
  }

  private static List<String> texts(XWPFDocument doc, String style) {
    return DocxRendererTest.styled(doc, style).stream().map(XWPFParagraph::getText).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("themes")
  void theExampleLetterHasItsPartsInOrderInTheirStylesUnderTheResumesMasthead(String theme) throws Exception {
    Rendered r = DocxRendererTest.render(LETTER, theme);
    Rendered resume = DocxRendererTest.render(Path.of("examples/jane-doe.md"), theme);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)));
        XWPFDocument cv = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(resume)))) {
      List<String> styles = doc.getParagraphs().stream().map(XWPFParagraph::getStyle).toList();
      assertEquals(List.of(WordStyles.TITLE, WordStyles.SUBTITLE, WordStyles.CONTACTS, WordStyles.DATE,
          WordStyles.RECIPIENT, WordStyles.SUBJECT, WordStyles.SALUTATION), styles.subList(0, 7));
      assertEquals(List.of(WordStyles.CLOSING, WordStyles.SIGNATURE), styles.subList(styles.size() - 2,
          styles.size()));
      assertEquals(List.of("Jane Doe"), texts(doc, WordStyles.TITLE));
      assertEquals(texts(cv, WordStyles.SUBTITLE), texts(doc, WordStyles.SUBTITLE), "the résumé's headline");
      assertEquals(texts(cv, WordStyles.CONTACTS), texts(doc, WordStyles.CONTACTS), "the résumé's contacts");
      assertEquals(List.of("March 14, 2026"), texts(doc, WordStyles.DATE));
      assertEquals(List.of("Priya Raman\nDirector of Engineering\nInitech GmbH\nFriedrichstraße 123\n10117 Berlin"),
          texts(doc, WordStyles.RECIPIENT));
      assertEquals(List.of("Application for the Staff Platform Engineer position (ref. PE-2026-14)"),
          texts(doc, WordStyles.SUBJECT));
      assertEquals(List.of("Dear Ms Raman,"), texts(doc, WordStyles.SALUTATION));
      assertEquals(List.of("Kind regards,"), texts(doc, WordStyles.CLOSING));
      assertEquals(List.of("Jane Doe"), texts(doc, WordStyles.SIGNATURE));
      // Every word of the PDF, in the PDF's order; a two-column page's in the order the author wrote them, less the
      // side column's title over the contacts.
      List<String> pdfWords = DocxRendererTest.words(PdfText.read(r.pdf()).byPosition());
      List<String> docWords = DocxRendererTest.words(DocxRendererTest.text(doc));
      if (r.html().contains("<body class=\"layout-sidebar")) {
        pdfWords = new java.util.ArrayList<>(pdfWords);
        pdfWords.remove("contact");
        assertEquals(pdfWords.stream().sorted().toList(), docWords.stream().sorted().toList());
      } else {
        assertEquals(pdfWords, docWords);
      }

      // The résumé's look: its font, its title's size and colour, its paper and margins.
      assertEquals(font(cv, WordStyles.TITLE), font(doc, WordStyles.TITLE));
      var cvTitle = cv.getStyles().getStyle(WordStyles.TITLE).getCTStyle().getRPr();
      var title = doc.getStyles().getStyle(WordStyles.TITLE).getCTStyle().getRPr();
      var page = doc.getDocument().getBody().getSectPr();
      var cvPage = cv.getDocument().getBody().getSectPr();
      assertEquals(cvPage.getPgSz().getW(), page.getPgSz().getW());
      if (resume.wordHtml().contains("/* fit */") || (resume.fit() != null && resume.fit().pulledBack())) {
        // A two-column résumé's Word document is its one-column form fitted to the PDF's pages, and a résumé pulled
        // back onto fewer pages is a little smaller: the letter's sizes and margins are the theme's, the résumé's at
        // most a fit's few per cent under them.
        assertEquals(cvTitle.getColorArray(0).xgetVal().getStringValue(), title.getColorArray(0).xgetVal()
            .getStringValue());
        double cvSize = Double.parseDouble(cvTitle.getSzArray(0).getVal().toString());
        double size = Double.parseDouble(title.getSzArray(0).getVal().toString());
        assertTrue(cvSize <= size && cvSize >= 0.9 * size, cvSize + " half points, the letter's " + size);
        long cvLeft = ((java.math.BigInteger) cvPage.getPgMar().getLeft()).longValue();
        long left = ((java.math.BigInteger) page.getPgMar().getLeft()).longValue();
        assertTrue(cvLeft <= left && cvLeft >= left - Look.twips(6), cvLeft + " twips, the letter's " + left);
      } else {
        assertEquals(cvTitle.xmlText(), title.xmlText());
        assertEquals(cvPage.getPgMar().getLeft(), page.getPgMar().getLeft());
        assertEquals(cvPage.getPgMar().getTop(), page.getPgMar().getTop());
      }
      // The closing is kept with the signature, so that the page never ends between them.
      assertTrue(doc.getStyles().getStyle(WordStyles.CLOSING).getCTStyle().getPPr().isSetKeepNext());

      var core = doc.getProperties().getCoreProperties();
      assertEquals("Jane Doe — Cover letter", core.getTitle());
      assertEquals("Jane Doe", core.getCreator());
      assertEquals("Application for the Staff Platform Engineer position (ref. PE-2026-14)",
          core.getUnderlyingProperties().getSubjectProperty().orElse(null));
    }
  }

  private static String font(XWPFDocument doc, String style) {
    return doc.getStyles().getStyle(style).getCTStyle().getRPr().getRFontsArray(0).getAscii();
  }

  @Test
  void aLetterInGermanIsDatedAndLabelledInGerman() throws Exception {
    Path letter = dir.resolve("brief.md");
    Files.writeString(letter, """
        ---
        type: letter
        lang: de
        theme: compact
        name: Erika Mustermann
        email: erika@example.com
        phone: +49 30 1234567
        date: 2026-03-14
        recipient: Max Meier
        company: Beispiel AG
        subject: Bewerbung
        salutation: Sehr geehrter Herr Meier,
        closing: Mit freundlichen Grüßen
        ---

        Hiermit bewerbe ich mich.

        - erstens
        - zweitens
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(letter, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      assertEquals(List.of("14. März 2026"), texts(doc, WordStyles.DATE));
      assertEquals(List.of("Max Meier\nBeispiel AG"), texts(doc, WordStyles.RECIPIENT));
      // compact's icons are words in Word, in the letter's language.
      String contacts = texts(doc, WordStyles.CONTACTS).get(0);
      assertTrue(contacts.contains("E-Mail:\u00a0erika@example.com") && contacts.contains("Telefon:\u00a0"), contacts);
      assertEquals(2, doc.getParagraphs().stream().filter(p -> p.getNumID() != null).count(), "a Word list");
      assertEquals(List.of("Erika Mustermann"), texts(doc, WordStyles.SIGNATURE), "the sender signs");
      assertEquals("de", doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()
          .orElse(null));
    }
  }

  @Test
  void aLetterSetsItsTextLargerThanAResumesAndToItsMeasure() throws Exception {
    Rendered r = Cvpress.render(LETTER, Options.builder().theme("compact").set(java.util.Map.of("margins", "12mm"))
        .build());
    Look look = DocxRenderer.look(r.html());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      var normal = doc.getStyles().getStyle("Normal").getCTStyle();
      assertEquals(WordStyles.halfPoints(look.letter().pt()), normal.getRPr().getSzArray(0).getVal());
      assertTrue(look.letter().pt() > look.bodyPt());
      // Narrow margins leave a wider line than the letter's measure: Word's is kept to it with a right indent.
      long right = ((BigInteger) normal.getPPr().getInd().getRight()).longValue();
      assertEquals(look.textWidthTwips() - Math.round(look.letter().measurePt() * 20), right);
      assertTrue(right > 0);
    }
  }
}
