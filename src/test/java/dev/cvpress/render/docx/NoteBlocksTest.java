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

  @Test
  void aTableInAFootnoteIsAWordTableInTheNote() throws Exception {
    Path cv = dir.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        theme: classic
        ---

        ## Work

        Timed the engine[^1].

        [^1]: Measured by hand:

            | Step | Seconds |
            |------|--------:|
            | add  | 1       |
            | multiply | 60  |

            Then checked twice.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      XWPFFootnote note = doc.getFootnotes().stream().filter(n -> n.getId().signum() > 0).findFirst().orElseThrow();
      assertEquals(1, note.getTables().size(), "a real table, not a paragraph per cell");
      var table = note.getTables().get(0);
      assertEquals(List.of(List.of("Step", "Seconds"), List.of("add", "1"), List.of("multiply", "60")),
          table.getRows().stream().map(row -> row.getTableCells().stream().map(c -> c.getText().strip()).toList())
              .toList());
      assertTrue(table.getRow(0).isRepeatHeader(), "its head row is a header");
      var seconds = table.getRow(1).getCell(1).getParagraphs().get(0);
      assertEquals(WordStyles.FOOTNOTE_TEXT, seconds.getStyle(), "in the note's text style");
      assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT, seconds.getAlignment());
      // In the note's order: the text, the table, then what follows it; the note does not end with the table.
      var body = note.getBodyElements();
      int at = body.indexOf(table);
      assertTrue(at > 0, "after the note's first paragraph");
      assertTrue(body.subList(at + 1, body.size()).stream()
          .anyMatch(e -> e instanceof XWPFParagraph p && p.getText().contains("Then checked twice.")));
      assertTrue(body.get(body.size() - 1) instanceof XWPFParagraph, "the note ends with a paragraph");
      assertFalse(note.getParagraphs().stream().anyMatch(p -> p.getText().strip().equals("multiply")),
          "no cell as a paragraph of the note");
      // The note's own mark once: a second mark (and a second set of run properties) is a file Word repairs.
      String mark = note.getParagraphs().get(0).getRuns().get(0).getCTR().xmlText();
      assertEquals(1, mark.split("footnoteRef/", -1).length - 1, mark);
      assertEquals(1, mark.split("rStyle ", -1).length - 1, mark);
    }
  }
}
