package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.model.Block;
import dev.cvpress.model.Nodes;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of block the Markdown reader makes, at the top of a section, in an entry and nested, reaches Word. */
class EveryBlockKindTest {
  @TempDir Path dir;

  /** Each block kind once or more, every word of it a numbered marker so that order can be checked. */
  private static final String RESUME = """
      ---
      name: Jane Doe
      email: jd@x.example
      ---

      ## Summary

      Word01 paragraph.

      Word02
      : Word03 definition.

      #### Word04 heading

      > Word05 quoted.
      >
      > Word06
      > : Word07 quoted definition.

      ```
      word08 code
      ```

      | Word09 | Word10 |
      |---|---|
      | Word11 | Word12 |

      ![Word13](pic.png)

      ---

      \\newpage

      ## Experience

      ### Word14, Word15 — 2020 – 2021

      #### Word16 heading in an entry

      Word17 with a note[^1].

      Word18
      : Word19 in an entry.
      : Word20 second description.

      - Word21 item
        - Word22 nested item
          1. Word23 numbered

        Word24 second paragraph in an item.

        Word25
        : Word26 definition in an item.

        > Word27 quote in an item.

        ```
        word28 code in an item
        ```

        | Word29 |
        |---|
        | Word30 |

        ![Word31](pic.png)

      - [x] Word32 done
      - [ ] Word33 open

      [^1]: Word34 note.

          Word35 more of the note.

          Word36
          : Word37 definition in a note.
      """;

  @Test
  void everyBlockKindIsWrittenWithItsWordsInOrder() throws Exception {
    ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("pic.png").toFile());
    Path cv = dir.resolve("cv.md");
    Files.writeString(cv, RESUME, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());

    // The résumé really holds every kind, nested where this test says: else it would prove less than it claims.
    Set<String> kinds = Nodes.stream(r.resume()).map(n -> n.getClass().getSimpleName()).collect(Collectors.toSet());
    for (Class<?> kind : Block.class.getPermittedSubclasses()) {
      assertTrue(kinds.contains(kind.getSimpleName()), "the résumé has no " + kind.getSimpleName());
    }

    byte[] bytes = OutputFormat.DOCX.write(r, 0).get(0);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> body = DocxRendererTest.words(DocxRendererTest.text(doc));
      // POI reads a footnote's text where its mark stands, so the note's words come right after Word17.
      List<String> markers = body.stream().filter(w -> w.matches("word\\d\\d")).toList();
      List<Integer> order = new ArrayList<>();
      for (int i = 1; i <= 17; i++) order.add(i);
      for (int i = 34; i <= 37; i++) order.add(i);
      for (int i = 18; i <= 33; i++) order.add(i);
      order.removeAll(List.of(13, 31)); // pictures: the alt text is the picture's, not a word on the page
      List<String> expected = order.stream().map(i -> String.format("word%02d", i)).toList();
      assertEquals(expected, markers);

      XWPFParagraph term = paragraph(doc, "Word02");
      // The theme sets a term semibold: in the face's SemiBold family, not Word's bold.
      assertTrue(term.getRuns().stream().allMatch(x -> !x.isBold() && x.getFontFamily().matches("Source \\w+ \\d SemiBold")),
          "the term is semibold: " + term.getRuns().get(0).getFontFamily() + " " + term.getRuns().get(0).isBold());
      assertTrue(term.isKeepNext(), "the term stays with its definition");
      XWPFParagraph definition = paragraph(doc, "Word03 definition.");
      assertTrue(definition.getIndentationLeft() > 0, "the definition is indented");
      XWPFParagraph inItem = paragraph(doc, "Word26 definition in an item.");
      assertTrue(inItem.getIndentationLeft() > paragraph(doc, "Word24 second paragraph in an item.")
          .getIndentationLeft(), "a definition in an item is indented past the item's text");
      assertTrue(paragraph(doc, "Word18").isKeepNext());
      assertTrue(paragraph(doc, "Word06").isKeepNext(), "a term in a quote too");
      assertEquals(2, countPictures(doc), "both pictures are in");
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }

  private static long countPictures(XWPFDocument doc) {
    return doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
        .mapToLong(x -> x.getEmbeddedPictures().size()).sum();
  }
}
