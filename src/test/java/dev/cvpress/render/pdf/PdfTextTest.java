package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a laid-out PDF, read back in drawing order and by position, page by page. */
class PdfTextTest {
  @TempDir Path root;

  private byte[] render(String body) throws IOException {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title><style>"
        + "@page { size: A5; margin: 10mm; } body { font-family: \"Liberation Sans\"; }</style></head><body>" + body
        + "</body></html>";
    return PdfRenderer.render(html, root.toUri(), new PdfRenderer.Options(root, false,
        Instant.parse("2024-01-01T00:00:00Z"), "test", null, "user")).pdf();
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void aColumnFloatedBesideTheTextIsDrawnFirstButReadByPositionLineByLine() throws IOException {
    PdfText text = PdfText.read(render("<div style=\"float: right; width: 30mm\">Right one<br/>Right two</div>"
        + "<p>Left one<br/>Left two</p>"));
    assertEquals("Right one Right two Left one Left two", collapse(text.inDrawingOrder()));
    assertEquals("Left one Right one Left two Right two", collapse(text.byPosition()));
  }

  @Test
  void eachPageOnItsOwn() throws IOException {
    PdfText text = PdfText.read(render("<p>First page</p><p style=\"page-break-before: always\">Second page</p>"));
    assertEquals(2, text.pagesByPosition().size());
    assertEquals("First page", collapse(text.page(1)));
    assertEquals("Second page", collapse(text.page(2)));
    assertEquals("", text.page(3));
    assertTrue(collapse(text.byPosition()).equals("First page Second page"), text.byPosition());
  }
}
