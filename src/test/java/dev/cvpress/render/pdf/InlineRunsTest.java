package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a page of columns each run of a line is drawn in its place, so that drawing order is reading order. */
class InlineRunsTest {
  @TempDir Path root;

  private static final String LINE = "<p>Maintainer of <em>pgqueue</em>, a <a href=\"https://x.org\">queue</a> for"
      + " <strong>Go <code>1.8</code> and up</strong>.</p>";

  private String drawn(String bodyClass) throws IOException {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title></head><body"
        + bodyClass + ">" + LINE + "</body></html>";
    byte[] pdf = PdfRenderer.render(html, root.toUri(), new PdfRenderer.Options(root, false,
        Instant.parse("2024-01-01T00:00:00Z"), "test", null, "user")).pdf();
    return PdfText.read(pdf).inDrawingOrder().replaceAll("\\s+", " ").strip();
  }

  @Test
  void runsOfALineAreDrawnInPlaceOnAPageOfColumns() throws IOException {
    assertEquals("Maintainer of pgqueue, a queue for Go 1.8 and up.", drawn(" class=\"layout-sidebar\""));
  }

  @Test
  void aOneColumnPageIsLeftAsItIs() throws IOException {
    // Read by position it is right; its drawing order (each element's own text first) is the engine's.
    assertEquals("Maintainer of , a for .pgqueue queue Go and up1.8", drawn(""));
  }

  @Test
  void onlyTextBesideElementsGetsASpanAndBlankTextNone() {
    Document doc = Jsoup.parse("<body class=\"layout-sidebar\"><p>alone</p><p>a <b>b</b> c</p>\n<ul>\n<li>x</li>\n"
        + "</ul></body>");
    InlineRuns.order(doc);
    assertEquals("<p>alone</p><p><span>a </span><b>b</b><span> c</span></p><ul><li>x</li></ul>",
        doc.body().html().replaceAll("\\s*\\n\\s*", ""));
  }
}
