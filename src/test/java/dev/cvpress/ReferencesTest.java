package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and images as the résumé names them: which reach the web page and the PDF, and where the warnings about
 * the others point.
 */
class ReferencesTest {
  @TempDir Path dir;

  private Rendered render(String markdown) throws Exception {
    Path p = dir.resolve("cv.md");
    Files.writeString(p, markdown);
    return Cvpress.render(p, Options.defaults());
  }

  private static List<String> pdfLinks(byte[] pdf) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) out.add(u.getURI());
        }
      }
    }
    return out;
  }

  private static List<String> lines(Rendered r, String containing) {
    return r.warnings().stream().filter(w -> w.message().contains(containing))
        .map(w -> w.pos().line() + ":" + w.pos().column()).toList();
  }

  @Test
  void onlyWebMailPhoneAndRelativeLinksReachTheWebPageAndThePdf() throws Exception {
    Rendered r = render("# Ada Lovelace\n\nEmail: ada@example.com\n\n## Work\n\n"
        + "[a](javascript:alert(1)) [b](  JaVaScRiPt:alert(2)) [c](data:text/html,hi) [d](file:///etc/passwd)\n\n"
        + "[e](vbscript:x) [ok](https://example.com/) [rel](notes.html) [frag](#work)\n\n"
        + "<p>\n<a href=\"&#106;avascript:alert(3)\">f</a>\n</p>\n");
    for (String html : List.of(r.html(), r.webHtml())) {
      assertFalse(html.toLowerCase().matches("(?s).*href=\"\\s*(javascript|vbscript|data|file):.*"), html);
      assertTrue(html.contains("href=\"https://example.com/\"") && html.contains("href=\"notes.html\""));
    }
    List<String> links = pdfLinks(r.pdf());
    assertTrue(links.contains("https://example.com/"), links.toString());
    assertTrue(links.stream().noneMatch(u -> u.matches("(?i)\\s*(javascript|vbscript|data|file):.*")),
        links.toString());
    String text = dev.cvpress.render.pdf.PdfRenderer.text(r.pdf(), false);
    assertTrue(text.contains("a b c d") && text.contains("f"), "the text of each link stays: " + text);
    assertEquals(List.of("7:1", "7:26", "7:53", "7:76"), lines(r, "target written as plain text").subList(0, 4));
    assertEquals(List.of("9:1"), lines(r, "target written as plain text: vbscript:"));
    assertEquals(List.of("11:1"), lines(r, "alert(3)"), "the line inside the HTML block that has the link");
  }

  @Test
  void checkReportsRefusedLinksAndImagesThatCannotBeDrawn() throws Exception {
    Files.writeString(dir.resolve("notes.png"), "not a picture");
    Path p = dir.resolve("cv.md");
    Files.writeString(p, "# Ada Lovelace\n\nEmail: ada@example.com\n\n## Work\n\n![notes](notes.png)\n\n"
        + "[x](javascript:alert(1))\n");
    Cvpress.CheckReport report = Cvpress.check(p, Options.defaults(), null, null);
    assertFalse(report.clean());
    List<String> found = report.problems().stream().map(d -> d.pos().line() + " " + d.message()).toList();
    assertTrue(found.contains("7 image left out: " + dir.resolve("notes.png")
        + ": it is not a PNG, JPEG, GIF or BMP image"), found.toString());
    assertTrue(found.stream().anyMatch(f -> f.startsWith("9 link to a javascript: target")), found.toString());
  }

  @Test
  void brokenDataUrisAreWarningsAtTheirImage() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\n![](data:,A)\n\n![b](data:image/png)\n\n"
        + "![c](data:image/png;base64,AAAx=)\n");
    assertEquals(List.of("5:1"), lines(r, "data:,A: it is not a PNG"));
    assertEquals(List.of("7:1"), lines(r, "needs a comma"));
    assertEquals(List.of("9:1"), lines(r, "base64 content of the data: URI is broken"));
  }

  @Test
  void imageWarningsPointAtTheImageWhereverItSits() throws Exception {
    Files.write(dir.resolve("broken.png"), Arrays.copyOf(png(), 30));
    Rendered r = render("---\nname: Ada\nphoto: gone.jpg\n---\n# Ada\n\n## Work\n\n"
        + "| a | b |\n|---|---|\n| x | ![t](missing-in-table.png) |\n\n"
        + "#### Sub ![h](missing-in-heading.png)\n\n"
        + "<div>\n<p>text</p>\n<img src=\"missing-in-html.png\" alt=\"h\">\n</div>\n\n"
        + "Term\n: ![d](broken.png)\n\n"
        + "![same](broken-b.png) and ![same2](./broken-b.png)\n");
    assertEquals(List.of("3:1"), lines(r, "gone.jpg"), r.warnings().toString());
    assertEquals(List.of("11:7"), lines(r, "missing-in-table.png"));
    assertEquals(List.of("13:10"), lines(r, "missing-in-heading.png"));
    assertEquals(1, lines(r, "missing-in-html.png").size());
    assertTrue(lines(r, "missing-in-html.png").get(0).startsWith("17:"), lines(r, "missing-in-html.png").toString());
    assertEquals(List.of("21:3"), lines(r, "broken.png: it is corrupt"));
    assertEquals(List.of("23:1", "23:27"), lines(r, "broken-b.png"), "each at its own image");
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void diagnosticsDoNotEchoControlCharactersOfALink() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\n<p><a href=\"javascript:&#27;[31mred\">x</a></p>\n");
    Diagnostic d = r.warnings().stream().filter(w -> w.message().contains("plain text")).findFirst().orElseThrow();
    assertFalse(d.message().contains("\u001b"), d.message());
  }

  @Test
  void thousandsOfRefusedLinksGiveTwentyWarningsAndOneSum() throws Exception {
    // Six paragraphs of 500 links: each within the paragraph limit.
    Rendered r = render("# Ada\n\n## Work\n\n" + ("[x](javascript:a) ".repeat(500) + "\n\n").repeat(6));
    assertEquals(20, lines(r, "target written as plain text").size());
    assertEquals(List.of("5:361"), lines(r, "2980 more links, from here on"));
  }

  @Test
  void aLinkTargetTooLongForAnyReaderIsWrittenAsPlainText() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\nSee [the list](https://example.com/" + "a/".repeat(1500) + ").\n");
    assertEquals(List.of("5:5"), lines(r, "link target of more than 2,048 characters written as plain text"));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
      assertEquals(0, doc.getPage(0).getAnnotations().size(), "no link annotation");
    }
  }
}
