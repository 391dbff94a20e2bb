package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A footnote's lists and definition lists, read back from the Word footnote: numbering, levels, terms. */
class NoteBlocksTest {
  @TempDir Path dir;

  private static String format(XWPFDocument doc, XWPFParagraph p) {
    var numbering = doc.getNumbering();
    return numbering.getAbstractNum(numbering.getAbstractNumID(p.getNumID())).getCTAbstractNum()
        .getLvlArray(p.getNumIlvl().intValue()).getNumFmt().getVal().toString();
  }

  @Test
  void aFootnotesListsAreWordListsAndItsDefinitionsTermsOverIndentedDescriptions() throws Exception {
    Path cv = dir.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        theme: modern
        ---

        ## Work

        Wrote the first program[^1].

        [^1]: Published with the translation:
            - notes A to G
              1. note G first
              2. then the rest
            - a table of the engine's steps

            Engine
            : Babbage's Analytical Engine.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      List<XWPFFootnote> notes = doc.getFootnotes().stream().filter(n -> n.getId().signum() > 0).toList();
      assertEquals(1, notes.size());
      List<XWPFParagraph> paragraphs = notes.get(0).getParagraphs();
      assertEquals(List.of("Published with the translation:", "notes A to G", "note G first", "then the rest",
          "a table of the engine's steps", "Engine", "Babbage's Analytical Engine."),
          paragraphs.stream().map(p -> p.getText().strip()).toList());
      paragraphs.forEach(p -> assertEquals(WordStyles.FOOTNOTE_TEXT, p.getStyle(), p.getText()));

      XWPFParagraph bullet = paragraphs.get(1);
      assertNotNull(bullet.getNumID(), "a Word list, not typed bullets");
      assertEquals(0, bullet.getNumIlvl().intValue());
      assertEquals("bullet", format(doc, bullet));
      assertEquals(bullet.getNumID(), paragraphs.get(4).getNumID(), "one list");
      XWPFParagraph step = paragraphs.get(2);
      assertEquals(1, step.getNumIlvl().intValue(), "nested under its item");
      assertEquals("decimal", format(doc, step), "numbered as the PDF and the text output number it");
      assertEquals(step.getNumID(), paragraphs.get(3).getNumID());
      assertFalse(step.getNumID().equals(bullet.getNumID()), "numbered apart from the bullets");
      assertFalse(paragraphs.get(1).getText().startsWith("•"), "no typed bullet");

      XWPFParagraph term = paragraphs.get(5);
      assertNull(term.getNumID(), "a term is no list item");
      assertTrue(term.isKeepNext(), "kept with its description");
      assertTrue(term.getRuns().stream().allMatch(x -> "Source Sans 3 SemiBold".equals(x.getFontFamily())),
          "semibold, as modern sets a term");
      assertTrue(paragraphs.get(6).getIndentationLeft() > 0, "the description is indented under its term");
    }
  }
}
