package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** The Word document's page and spacing, read back, against the theme and the PDF they come from. */
class WordPageTest {
  private static final Path JANE = Path.of("examples/jane-doe.md");

  @Test
  void aTwoColumnResumeIsSetInTheThemesOneColumnFormFittedToThePdfsPages() throws Exception {
    Rendered r = DocxRendererTest.render(JANE, "sidebar");
    assertTrue(r.html().contains("<body class=\"layout-sidebar"), "the PDF has two columns");
    assertEquals(1, r.pages());
    // The one-column form laid out on its own needs more than the PDF's one page (the side column's sections
    // come under the history): the document takes the least tightening that fits it on one.
    assertTrue(!r.wordHtml().contains("<body class=\"layout-sidebar") && r.wordHtml().contains("/* fit */"),
        "laid out in one column and fitted");
    try (XWPFDocument doc = read(r)) {
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      long left = ((BigInteger) margins.getLeft()).longValue();
      assertEquals(left, ((BigInteger) margins.getRight()).longValue(), "even side margins");
      // Fitting narrows the one-column form's 30 mm margins and sets the lines closer than the theme's 1.34 of 10 pt.
      assertTrue(left < Look.twips(30), "margins " + left);
      long line = ((BigInteger) style(doc, "Normal").getPPr().getSpacing().getLine()).longValue();
      assertTrue(line < 268 && line >= Math.round(1.15 * 8.5 * 20), "Normal's line " + line);
      // The contacts in the one-column form's rows, as that layout set them under the headline.
      assertTrue(DocxRendererTest.text(doc).contains("jane@example.com"));
    }
  }

  @Test
  void aOneColumnResumeIsSetFromThePdfsOwnPage() throws Exception {
    Rendered r = DocxRendererTest.render(JANE, "classic");
    assertEquals(r.html(), r.wordHtml());
  }

  @Test
  void listsAndEntriesAreSpacedAsTheThemeSpacesThem() throws Exception {
    // classic: a list's text 1.2rem in and its items 0.2rem more, entries 0.8rem apart, at 10 pt.
    try (XWPFDocument doc = read(DocxRendererTest.render(JANE, "classic"))) {
      var level = doc.getNumbering().getAbstractNum(BigInteger.ZERO).getCTAbstractNum().getLvlArray(0);
      assertEquals(280, ((BigInteger) level.getPPr().getInd().getLeft()).longValue(), "1.4rem");
      assertEquals(280, ((BigInteger) level.getPPr().getInd().getHanging()).longValue(), "the bullet hangs");
      var entry = style(doc, WordStyles.ENTRY).getPPr().getSpacing();
      assertEquals(160, ((BigInteger) entry.getBefore()).longValue(), "0.8rem above an entry");
    }
    // modern: 0.8rem, entries 0.6rem apart, their titles 1.25 lines, at 10.25 pt.
    try (XWPFDocument doc = read(DocxRendererTest.render(JANE, "modern"))) {
      var level = doc.getNumbering().getAbstractNum(BigInteger.ZERO).getCTAbstractNum().getLvlArray(0);
      assertEquals(Math.round(0.8 * 10.25 * 20), ((BigInteger) level.getPPr().getInd().getLeft()).longValue());
      var entry = style(doc, WordStyles.ENTRY).getPPr().getSpacing();
      assertEquals(Math.round(0.6 * 10.25 * 20), ((BigInteger) entry.getBefore()).longValue());
    }
  }

  static XWPFDocument read(Rendered r) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)));
  }

  static CTStyle style(XWPFDocument doc, String id) {
    for (CTStyle s : doc.getStyles().getCtStyles().getStyleArray()) {
      if (id.equals(s.getStyleId())) return s;
    }
    throw new AssertionError("no style " + id);
  }
}
