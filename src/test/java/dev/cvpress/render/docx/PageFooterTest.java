package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page footer, read back: where the PDF has one, Word has it too, with the page numbers as fields. */
class PageFooterTest {
  @TempDir Path dir;

  private Rendered longResume(String lang, String theme) throws Exception {
    StringBuilder md = new StringBuilder("---\nname: Ada Lovelace\nlang: " + lang + "\ntheme: " + theme
        + "\n---\n\n## Experience\n\n");
    for (int i = 0; i < 30; i++) {
      md.append("### Analyst ").append(i).append(", Engine Works — 2001 – 2003\n\n");
      md.append("- Wrote programs for the engine and described them at length in notes for the society\n")
          .append("- Kept the accounts of the works, and more besides, in a hand everyone could read\n\n");
    }
    Path cv = dir.resolve("cv.md");
    Files.writeString(cv, md, StandardCharsets.UTF_8);
    return Cvpress.render(cv, Options.defaults());
  }

  /** A footer's text with each field shown by its instruction. */
  private static String shown(XWPFFooter footer) {
    XWPFParagraph p = footer.getParagraphs().get(0);
    StringBuilder out = new StringBuilder();
    var cursor = p.getCTP().newCursor();
    cursor.toFirstChild();
    do {
      var o = cursor.getObject();
      if (o instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField f) {
        out.append('{').append(f.getInstr().strip()).append('}');
      } else if (o instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r) {
        for (var t : r.getTArray()) out.append(t.getStringValue());
      }
    } while (cursor.toNextSibling());
    cursor.close();
    return out.toString();
  }

  @Test
  void aResumeOfSeveralPagesHasThePdfsFooterWithPageFieldsAndTheNameFromPageTwo() throws Exception {
    Rendered r = longResume("en", "modern");
    assertTrue(r.pages() > 1, "a long résumé");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      var policy = doc.getHeaderFooterPolicy();
      assertEquals("Page {PAGE} of {NUMPAGES}", shown(policy.getFirstPageFooter()));
      assertEquals("Ada Lovelace · Page {PAGE} of {NUMPAGES}", shown(policy.getDefaultFooter()));
      assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "page 1 has its own footer");
      XWPFParagraph p = policy.getDefaultFooter().getParagraphs().get(0);
      assertEquals(ParagraphAlignment.RIGHT, p.getAlignment(), "modern's footer is at the right");
      assertEquals(8.0, p.getRuns().get(0).getFontSizeAsDouble(), 0.01);
      assertEquals("5B6470", p.getRuns().get(0).getColor(), "modern's footer grey");
    }
  }

  @Test
  void theFooterSpeaksTheResumesLanguageAndSitsWhereTheThemePutsIt() throws Exception {
    Rendered r = longResume("de", "classic");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
      assertEquals("Ada Lovelace · Seite {PAGE} von {NUMPAGES}", shown(footer));
      assertEquals(ParagraphAlignment.CENTER, footer.getParagraphs().get(0).getAlignment());
    }
  }

  @Test
  void aOnePageResumeHasNoFooterAsItsPdfHasNone() throws Exception {
    Rendered r = DocxRendererTest.render(Path.of("examples/jane-doe.md"), "classic");
    assertEquals(1, r.pages());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      assertEquals(List.of(), doc.getFooterList());
    }
  }

  @Test
  void aResumeWithoutANameNumbersEveryPageAlike() throws Exception {
    Rendered r = DocxRendererTest.render(Path.of("examples/about-me.md"), "modern");
    assertTrue(r.pages() > 1);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      assertEquals(1, doc.getFooterList().size());
      assertEquals("Page {PAGE} of {NUMPAGES}", shown(doc.getHeaderFooterPolicy().getDefaultFooter()));
    }
  }
}
