package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page draws outside its tagged content (an @page background) becomes an artifact. */
class PageArtifactsTest {
  @TempDir Path root;

  /** A one-pixel PNG, as the sidebar theme's band is. */
  private static final String PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42"
      + "mN4//EjAAWkAtIin+tjAAAAAElFTkSuQmCC";

  /** What each page draws and marks: "artifact" for an /Artifact BMC, "Do" or "Do outside" for an image. */
  private List<List<String>> pages(String pageCss) throws IOException {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title><style>@page {"
        + pageCss + "}</style></head><body><p>One</p><p style=\"page-break-before: always\">Two</p></body></html>";
    byte[] pdf = PdfRenderer.render(html, root.toUri(), new PdfRenderer.Options(root, false,
        Instant.parse("2024-01-01T00:00:00Z"), "test", null, "user")).pdf();
    List<List<String>> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        List<String> marks = new ArrayList<>();
        int open = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
          if (!(token instanceof Operator op)) continue;
          switch (op.getName()) {
            case "BMC" -> {
              marks.add("artifact");
              open++;
            }
            case "BDC" -> open++;
            case "EMC" -> open--;
            case "Do" -> marks.add(open > 0 ? "Do" : "Do outside");
            default -> { }
          }
        }
        out.add(marks);
      }
    }
    return out;
  }

  @Test
  void aPageBackgroundIsAnArtifactOnEveryPage() throws IOException {
    // Tiled: the one-pixel image is drawn again and again across the page.
    List<List<String>> pages = pages("background-image: url(\"" + PIXEL + "\"); background-size: 20mm 100%;");
    assertEquals(2, pages.size());
    for (List<String> page : pages) {
      assertEquals("artifact", page.get(0), page.toString());
      assertTrue(page.size() > 2 && page.subList(1, page.size()).stream().allMatch("Do"::equals), page.toString());
    }
  }

  @Test
  void aPageWithNothingUntaggedIsLeftAsItIs() throws IOException {
    assertEquals(List.of(List.of(), List.of()), pages("margin: 10mm;"));
  }

  /** The quick scan that lets a page with nothing untagged skip the full parse. */
  private static boolean mayPaint(String content) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      var stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
      try (var out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        out.write(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      page.setContents(stream);
      return PageArtifacts.mayPaintUntagged(page);
    }
  }

  @Test
  void theQuickScanFindsPaintOnlyOutsideMarkedContent() throws IOException {
    assertEquals(false, mayPaint("0.5 w 2 J [] 0 d /Artifact <</Type /Pagination>> BDC 0 0 1 rg 0 0 10 10 re f EMC"
        + " /P <</MCID 0>> BDC BT /F1 9 Tf (a \\) f \\( S (nested (f) b) ) Tj <0066> Tj [(x) -20 (y)] TJ ET EMC"));
    assertEquals(true, mayPaint("q 0 0 10 10 re f Q /P <</MCID 0>> BDC EMC"));
    assertEquals(true, mayPaint("/P <</MCID 0>> BDC EMC /Im1 Do"));
    assertEquals(true, mayPaint("/P <</MCID 0>> BDC BI /W 1 /H 1 ID x EI EMC"));
    assertEquals(false, mayPaint("/Span <</ActualText (f) >> BDC /f0 1 Tf EMC % f S\n"));
  }

  @Test
  void theQuickScanAgreesWithTheFullMarkingOnRealPages() throws IOException {
    // A page background: the scan must say "may", or the background would stay unmarked.
    assertEquals("artifact", pages("background-color: #eef;").get(0).get(0));
  }
}
