package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import dev.cvpress.model.SourcePos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
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

  /** Where the warnings of one kind are, as "line:column", in source order. */
  private static List<String> at(Rendered r, Code code) {
    return r.warnings().stream().filter(w -> w.code() == code).map(Diagnostic::pos)
        .sorted(Comparator.comparingInt(SourcePos::line).thenComparingInt(SourcePos::column))
        .map(p -> p.line() + ":" + p.column()).toList();
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
    String text = dev.cvpress.render.pdf.PdfText.read(r.pdf()).inDrawingOrder();
    assertTrue(text.contains("a b c d") && text.contains("f"), "the text of each link stays: " + text);
    // javascript:, JaVaScRiPt:, data:, file:, then vbscript: and, at the line inside the HTML block, javascript:.
    assertEquals(List.of("7:1", "7:26", "7:53", "7:76", "9:1", "11:1"), at(r, Code.LINK_NOT_KEPT));
  }

  @Test
  void checkReportsRefusedLinksAndImagesThatCannotBeDrawn() throws Exception {
    Files.writeString(dir.resolve("notes.png"), "not a picture");
    Path p = dir.resolve("cv.md");
    Files.writeString(p, "# Ada Lovelace\n\nEmail: ada@example.com\n\n## Work\n\n![notes](notes.png)\n\n"
        + "[x](javascript:alert(1))\n");
    Cvpress.CheckReport report = Cvpress.check(p, Options.defaults(), null, null);
    assertFalse(report.clean());
    List<String> found = report.problems().stream().map(d -> d.pos().line() + " " + d.code()).toList();
    assertEquals(List.of("7 IMAGE_UNUSABLE", "9 LINK_NOT_KEPT"), found);
  }

  @Test
  void brokenDataUrisAreWarningsAtTheirImage() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\n![](data:,A)\n\n![b](data:image/png)\n\n"
        + "![c](data:image/png;base64,AAAx=)\n");
    assertEquals(List.of("5:1", "7:1", "9:1"), at(r, Code.IMAGE_UNUSABLE), r.warnings().toString());
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
    // photo:, the table cell, the heading, the line inside the HTML block that has the <img>, and one missing
    // image named twice: each at its own image.
    List<String> missing = at(r, Code.IMAGE_NOT_FOUND);
    assertEquals(List.of("3:1", "11:7", "13:10"), missing.subList(0, 3), r.warnings().toString());
    assertTrue(missing.get(3).startsWith("17:"), missing.toString());
    assertEquals(List.of("23:1", "23:27"), missing.subList(4, missing.size()));
    assertEquals(List.of("21:3"), at(r, Code.IMAGE_UNUSABLE), "the definition's corrupt picture");
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void diagnosticsDoNotEchoControlCharactersOfALink() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\n<p><a href=\"javascript:&#27;[31mred\">x</a></p>\n");
    Diagnostic d = r.warnings().stream().filter(w -> w.code() == Code.LINK_NOT_KEPT).findFirst().orElseThrow();
    assertFalse(d.message().contains("\u001b"), d.message());
  }

  @Test
  void thousandsOfRefusedLinksGiveTwentyWarningsAndOneSum() throws Exception {
    // Six paragraphs of 500 links: each within the paragraph limit.
    Rendered r = render("# Ada\n\n## Work\n\n" + ("[x](javascript:a) ".repeat(500) + "\n\n").repeat(6));
    // Twenty, each at its link, then the sum at the first link it counts.
    List<String> each = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "5:" + (1 + 18 * i)).toList();
    assertEquals(each, at(r, Code.LINK_NOT_KEPT));
    assertEquals(List.of("5:361"), at(r, Code.MORE_OF_A_KIND));
  }

  @Test
  void aLinkTargetTooLongForAnyReaderIsWrittenAsPlainText() throws Exception {
    Rendered r = render("# Ada\n\n## Work\n\nSee [the list](https://example.com/" + "a/".repeat(1500) + ").\n");
    assertEquals(List.of("5:5"), at(r, Code.LINK_NOT_KEPT));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
      assertEquals(0, doc.getPage(0).getAnnotations().size(), "no link annotation");
    }
  }
}
