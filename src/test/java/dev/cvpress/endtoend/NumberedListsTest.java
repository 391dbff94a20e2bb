package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.files.InputNames;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
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

/**
 * A numbered list keeps the numbers it was written with, in every output and every theme: a list written from 3
 * counts 3, 4; an item led by a year keeps the year; a numbered list inside a bulleted item is numbered, not bulleted.
 */
class NumberedListsTest {
  private static final String RESUME = """
      # Ann Lee

      ann@example.com

      ## Experience

      3. three
      4. four

      - 1999. A great year
      - 1842. started a line

      - Steps we took:
        1. First step
        2. Second step
      - Then:
        5. Fifth step
      """;

  @TempDir Path dir;

  private Rendered render(String theme) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME, StandardCharsets.UTF_8);
    return Cvpress.render(cv, Options.builder().theme(theme).build());
  }

  static List<String> themes() {
    return ThemesTest.THEMES;
  }

  @ParameterizedTest
  @MethodSource("themes")
  void everyThemePrintsTheWrittenNumbersAtEveryDepth(String theme) throws Exception {
    String text = PdfInspect.collapse(PdfInspect.text(render(theme).pdf()));
    assertTrue(text.contains("3. three 4. four"), text);
    assertTrue(text.contains("1999. A great year"), text);
    assertTrue(text.contains("1842. started a line"), text);
    assertTrue(text.contains("Steps we took: 1. First step 2. Second step Then: 5. Fifth step"), text);
  }

  @Test
  void textAndHtmlCarryTheStart() throws Exception {
    Rendered r = render("classic");
    assertTrue(r.text().contains("3. three\n4. four\n- 1999. A great year\n- 1842. started a line\n"), r.text());
    assertTrue(r.text().contains("- Steps we took:\n  1. First step\n  2. Second step\n"), r.text());
    assertTrue(r.html().contains("<ol start=\"3\">"), r.html());
  }

  @Test
  void wordNumbersFromTheWrittenStartInDecimals() throws Exception {
    Rendered r = render("classic");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(OutputFormat.DOCX.write(r, 0).get(0)))) {
      XWPFParagraph three = paragraph(doc, "three");
      assertEquals(BigInteger.valueOf(3), doc.getNumbering().getNum(three.getNumID()).getCTNum()
          .getLvlOverrideArray(0).getStartOverride().getVal());
      assertEquals("decimal", three.getNumFmt());
      XWPFParagraph year = paragraph(doc, "1999. A great year");
      assertEquals("bullet", year.getNumFmt(), "a bullet whose text leads with the year");
      XWPFParagraph step = paragraph(doc, "First step");
      assertEquals(1, step.getNumIlvl().intValue());
      assertEquals("decimal", step.getNumFmt(), "numbered, not lettered, under a bullet");
      assertEquals(BigInteger.ONE, doc.getNumbering().getNum(step.getNumID()).getCTNum()
          .getLvlOverrideArray(1).getStartOverride().getVal());
    }
  }

  @Test
  void markdownKeepsTheNumbersAndReadsBackTheSame() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), RESUME, StandardCharsets.UTF_8);
    String md = new String(Cvpress.convert(Cvpress.Input.read(cv), InputNames.Format.MARKDOWN).bytes(),
        StandardCharsets.UTF_8);
    assertTrue(md.contains("3. three\n4. four\n"), md);
    assertTrue(md.contains("1999"), md);
    assertTrue(md.contains("Then:\n\n  5. Fifth step"), "a list from 5 cannot continue the line: " + md);
    Path again = Files.writeString(dir.resolve("again.md"), md, StandardCharsets.UTF_8);
    assertEquals(Cvpress.render(cv, Options.defaults()).text(), Cvpress.render(again, Options.defaults()).text());
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().strip().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }
}
