package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;

/** Section titles' hairlines in the Word document, read back: beside the title where the PDF draws them there. */
class TitleRulesTest {
  private static final Path JANE = Path.of("examples/jane-doe.md");

  @Test
  void classicsHairlinesRunOnBothSidesOfTheCentredTitleThroughItsLine() throws Exception {
    Rendered r = DocxRendererTest.render(JANE, "classic");
    Look look = DocxRenderer.look(r.html());
    try (XWPFDocument doc = WordPageTest.read(r)) {
      var style = WordPageTest.style(doc, WordStyles.SECTION).getPPr();
      assertFalse(style.isSetPBdr(), "no border under the title");
      assertEquals("left", style.getJc().getVal().toString(), "centred by its tab, not by the paragraph");
      List<CTTabStop> tabs = List.of(style.getTabs().getTabArray());
      assertEquals("center", tabs.get(0).getVal().toString());
      assertEquals(look.textWidthTwips() / 2, ((BigInteger) tabs.get(0).getPos()).longValue());
      assertEquals("right", tabs.get(1).getVal().toString());
      assertEquals(look.textWidthTwips(), ((BigInteger) tabs.get(1).getPos()).longValue());
      for (XWPFParagraph title : titles(doc)) {
        List<XWPFRun> runs = title.getRuns();
        line(runs.get(0), look);
        assertEquals(" ", runs.get(1).text(), "the gap before the title");
        assertFalse(runs.get(2).text().isBlank());
        assertEquals(" ", runs.get(3).text(), "the gap after it");
        line(runs.get(4), look);
        assertEquals(5, runs.size());
      }
    }
  }

  @Test
  void ledgersHairlineRunsFromAfterTheTitleToTheMargin() throws Exception {
    Rendered r = DocxRendererTest.render(JANE, "ledger");
    Look look = DocxRenderer.look(r.html());
    try (XWPFDocument doc = WordPageTest.read(r)) {
      var style = WordPageTest.style(doc, WordStyles.SECTION).getPPr();
      assertFalse(style.isSetPBdr(), "no border under the title");
      assertEquals(1, style.getTabs().sizeOfTabArray());
      assertEquals(look.textWidthTwips(), ((BigInteger) style.getTabs().getTabArray(0).getPos()).longValue());
      for (XWPFParagraph title : titles(doc)) {
        List<XWPFRun> runs = title.getRuns();
        assertFalse(runs.get(0).text().isBlank(), "the title first");
        assertEquals(" ", runs.get(1).text());
        line(runs.get(2), look);
      }
    }
  }

  @Test
  void aThemeThatRulesUnderItsTitlesKeepsTheBorder() throws Exception {
    try (XWPFDocument doc = WordPageTest.read(DocxRendererTest.render(JANE, "modern"))) {
      var style = WordPageTest.style(doc, WordStyles.SECTION).getPPr();
      assertTrue(style.getPBdr().isSetBottom());
      for (XWPFParagraph title : titles(doc)) assertEquals(1, title.getRuns().size(), title.getText());
    }
  }

  /** A run that draws a hairline: a tab, underlined in the rule's colour, raised into the middle of the line. */
  private static void line(XWPFRun run, Look look) {
    assertEquals("\t", run.text());
    assertEquals(UnderlinePatterns.SINGLE, run.getUnderline());
    assertEquals(look.ruleColour(), run.getColor());
    assertTrue(run.getTextPosition() > 0, "raised");
  }

  private static List<XWPFParagraph> titles(XWPFDocument doc) {
    List<XWPFParagraph> titles = doc.getParagraphs().stream()
        .filter(p -> WordStyles.SECTION.equals(p.getStyle())).toList();
    assertFalse(titles.isEmpty());
    return titles;
  }
}
