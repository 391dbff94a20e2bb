package dev.cvpress.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  private static Rendered rendered(byte[] pdf, int pages) {
    return new Rendered(Samples.resume(), "<html/>", "<html>web</html>", "plain text", pdf, pages, List.of(), null,
        Map.of(), List.of());
  }

  /** A PDF of {@code pages} blank A6 pages. */
  private static byte[] blankPdf(int pages) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) doc.addPage(new PDPage(PDRectangle.A6));
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aFormatIsFoundByItsNameInAnyCase() {
    assertEquals(OutputFormat.PDF, OutputFormat.named("pdf"));
    assertEquals(OutputFormat.HTML, OutputFormat.named(" HTML "));
    assertEquals(OutputFormat.PNG, OutputFormat.named("Png"));
    assertEquals(OutputFormat.DOCX, OutputFormat.named("DOCX"));
    assertNull(OutputFormat.named("odt"));
    assertNull(OutputFormat.named(""));
  }

  @Test
  void theListNamesEveryFormatInOrder() {
    assertEquals("pdf, html, txt, png or docx", OutputFormat.list(" or "));
    assertEquals("pdf, html, txt, png, docx", OutputFormat.list(", "));
  }

  @Test
  void aFormatWithOneFileNamesItAfterTheBase() {
    Path base = Path.of("out", "cv");
    assertEquals(Path.of("out", "cv.pdf"), OutputFormat.PDF.file(base, 1));
    assertEquals(Path.of("out", "cv.txt"), OutputFormat.TXT.file(base, 1));
    assertEquals("cv.html", OutputFormat.HTML.series("cv"));
  }

  @Test
  void aFormatWithAFilePerPageNumbersThem() {
    Path base = Path.of("out", "cv");
    assertEquals(Path.of("out", "cv-1.png"), OutputFormat.PNG.file(base, 1));
    assertEquals(Path.of("out", "cv-12.png"), OutputFormat.PNG.file(base, 12));
    assertEquals("cv-#.png", OutputFormat.PNG.series("cv"));
  }

  @Test
  void anOutputNameLosesItsFormatsExtensionOnly() {
    assertEquals("cv", OutputFormat.withoutExtension("cv.pdf"));
    assertEquals("cv", OutputFormat.withoutExtension("cv.html"));
    assertEquals("cv.v2", OutputFormat.withoutExtension("cv.v2.png"));
    assertEquals("cv", OutputFormat.withoutExtension("cv.docx"));
    assertEquals("cv.odt", OutputFormat.withoutExtension("cv.odt"));
    assertEquals("cv", OutputFormat.withoutExtension("cv"));
  }

  @Test
  void theFileNamePatternKnowsEveryFileAnOutputWrites() {
    for (String name : List.of("cv.pdf", "cv.html", "cv.txt", "cv-1.png", "cv-23.png")) {
      Matcher m = OutputFormat.FILE_NAME.matcher(name);
      assertTrue(m.matches(), name);
      assertEquals("cv", m.group(1), name);
    }
    for (String name : List.of("cv.png", "cv.md", "photo.jpg", "cv-a.png", "cv.pdf.bak")) {
      assertFalse(OutputFormat.FILE_NAME.matcher(name).matches(), name);
    }
  }

  @Test
  void pdfHtmlAndTextAreWrittenAsRendered() throws Exception {
    byte[] pdf = blankPdf(1);
    Rendered r = rendered(pdf, 1);
    assertArrayEquals(pdf, OutputFormat.PDF.write(r, 72).get(0));
    assertEquals("<html>web</html>", new String(OutputFormat.HTML.write(r, 72).get(0), StandardCharsets.UTF_8));
    assertEquals("plain text", new String(OutputFormat.TXT.write(r, 72).get(0), StandardCharsets.UTF_8));
    for (OutputFormat f : List.of(OutputFormat.PDF, OutputFormat.HTML, OutputFormat.TXT)) {
      assertEquals(1, f.write(rendered(blankPdf(3), 3), 72).size(), f + " is one file whatever the pages");
    }
  }

  @Test
  void pngIsOneImagePerPageAtTheDpiAsked() throws Exception {
    List<byte[]> pages = OutputFormat.PNG.write(rendered(blankPdf(2), 2), 72);
    assertEquals(2, pages.size());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(pages.get(1)));
    assertNotNull(image);
    assertEquals(PDRectangle.A6.getWidth(), image.getWidth(), 1.0, "72 dpi draws a point as a pixel");
  }

  @Test
  void theReadmeNamesEveryFormat() throws Exception {
    String row = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `--format LIST` |"))
        .findFirst().orElseThrow();
    for (OutputFormat f : OutputFormat.values()) assertTrue(row.contains("`" + f.id() + "`"), f + ": " + row);
  }
}
