package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.cvpress.render.docx.DocxRendererTest.docx;
import static dev.cvpress.render.docx.DocxRendererTest.render;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A theme's look read from the style sheet the PDF was laid out with, and how it reaches the Word styles. */
class LookTest {
  @Test
  void eachThemesFaceAccentCapitalsAndMarginsReachTheStyles() throws Exception {
    Path cv = Path.of("examples/jane-doe.md");
    Look modern = DocxRenderer.look(render(cv, "modern").html());
    Look teal = DocxRenderer.look(Cvpress.render(cv, Options.builder().set(java.util.Map.of("accent", "teal")).build())
        .html());
    assertEquals("008080", teal.sectionColour(), "a colour name is a colour");
    assertEquals("1F5A8A", modern.sectionColour());
    assertFalse(modern.serif());
    assertEquals(24.6, modern.namePt(), 0.01);
    assertEquals(32, modern.marginsMm()[3], 0.01);
    assertTrue(DocxRenderer.look(render(cv, "classic").html()).serif(), "classic is a serif theme");
    assertTrue(DocxRenderer.look(render(cv, "compact").html()).sectionCaps(), "compact sets titles in capitals");
    Rendered sidebar = render(cv, "sidebar");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(sidebar)))) {
      var margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertEquals(margins.getLeft(), margins.getRight(), "one column: even side margins");
      // The one-column form's 30 mm, narrowed only as far as fitting it to the PDF's page takes (see WordPageTest).
      assertTrue(((BigInteger) margins.getLeft()).longValue() >= Look.twips(dev.cvpress.layout.Fit.MIN_MARGIN_MM));
      assertEquals("Source Sans 3", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
          .getAscii());
    }
    Rendered hexTeal = Cvpress.render(cv, Options.builder()
        .set(java.util.Map.of("accent", "#008080", "margins", "20mm")).build());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(hexTeal)))) {
      assertEquals("008080", doc.getStyles().getStyle(WordStyles.SECTION).getCTStyle().getRPr().getColorArray(0)
          .xgetVal().getStringValue().toUpperCase(Locale.ROOT));
      assertEquals(BigInteger.valueOf(Look.twips(20)), doc.getDocument().getBody().getSectPr().getPgMar().getTop());
    }
  }
}
