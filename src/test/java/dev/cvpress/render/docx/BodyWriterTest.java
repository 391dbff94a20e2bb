package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.cvpress.render.docx.DocxRendererTest.docx;
import static dev.cvpress.render.docx.DocxRendererTest.render;
import static dev.cvpress.render.docx.DocxRendererTest.styled;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The masthead as the Word document writes it: the name or the headline first, the contacts in words. */
class BodyWriterTest {
  @TempDir Path dir;

  private Path write(String markdown) throws Exception {
    return Files.writeString(dir.resolve("cv.md"), markdown);
  }

  @Test
  void aResumeWithNoNameLeadsWithItsHeadlineAtALeadsSizeNotTheNames() throws Exception {
    Path cv = write("""
        ---
        headline: Platform engineer
        ---

        ## Experience

        Ten years of it.
        """);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(r)))) {
      XWPFParagraph lead = doc.getParagraphs().get(0);
      assertEquals(WordStyles.TITLE, lead.getStyle());
      assertEquals("Platform engineer", lead.getText());
      String nameHalfPoints = doc.getStyles().getStyle(WordStyles.TITLE).getCTStyle().getRPr().getSzArray(0).getVal()
          .toString();
      double nameSize = Double.parseDouble(nameHalfPoints) / 2;
      for (XWPFRun run : lead.getRuns()) assertTrue(run.getFontSizeAsDouble() < nameSize, "a lead, not a name");
      assertEquals(null, doc.getProperties().getCoreProperties().getCreator(), "no name, no author");
    }
  }
}
