package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--format pdf,html,png,txt`: every kind of output from one render, each fit for its use. */
class FormatsTest {
  private static final int DPI = 50;

  @TempDir static Path dir;
  private static Path out;
  private static Cli result;

  @BeforeAll
  static void renderAllFormats() throws IOException {
    Path input = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), input);
    out = dir.resolve("out");
    result = Cli.run("render", input.toString(), "--format", "pdf,html,png,txt", "--dpi", Integer.toString(DPI),
        "-d", out.toString());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAllFourKindsAndSaysSo() throws Exception {
    assertEquals(0, result.code(), result.both());
    assertEquals(List.of("about-me-1.png", "about-me-2.png", "about-me.html", "about-me.pdf", "about-me.txt"),
        files(out));
    String line = result.out().strip();
    // Every output by its path, the first as the rest.
    String o = java.util.regex.Pattern.quote(out.toString() + "/");
    assertTrue(line.matches(".*about-me\\.md -> " + o + "about-me\\.pdf, " + o + "about-me\\.html, " + o
        + "about-me\\.txt, " + o + "about-me-1\\.png, " + o + "about-me-2\\.png \\(2 pages, \\d+ ms\\)"), line);
  }

  @Test
  void pngPagesHaveTheSizeTheDpiAsksFor() throws Exception {
    assertEquals(0, result.code(), result.both());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("about-me.pdf")))) {
      assertEquals(2, doc.getNumberOfPages());
      for (int page = 1; page <= 2; page++) {
        BufferedImage img = ImageIO.read(out.resolve("about-me-" + page + ".png").toFile());
        assertNotNull(img, "a PNG ImageIO can read");
        PDRectangle box = doc.getPage(page - 1).getMediaBox();
        assertEquals(box.getWidth() / 72 * DPI, img.getWidth(), 1.0, "width at " + DPI + " dpi");
        assertEquals(box.getHeight() / 72 * DPI, img.getHeight(), 1.0, "height at " + DPI + " dpi");
        assertTrue(hasInk(img), "page " + page + " is not blank");
      }
    }
  }

  /** Clearly non-white pixels: text was drawn. */
  private static boolean hasInk(BufferedImage img) {
    int dark = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 450) dark++;
      }
    }
    return dark > 100;
  }

  @Test
  void higherDpiGivesLargerImages() throws Exception {
    Path input = dir.resolve("tiny.md");
    Files.writeString(input, BatchTest.TINY, StandardCharsets.UTF_8);
    Cli r = Cli.run("render", input.toString(), "--format", "png", "--dpi", "144", "--paper", "letter", "-d",
        dir.resolve("hi").toString());
    assertEquals(0, r.code(), r.both());
    BufferedImage img = ImageIO.read(dir.resolve("hi/tiny-1.png").toFile());
    assertEquals(8.5 * 144, img.getWidth(), 1.0);
    assertEquals(11 * 144, img.getHeight(), 1.0);
    assertEquals(List.of("tiny-1.png"), files(dir.resolve("hi")), "only what was asked for");
  }

  @Test
  void dpiOutOfRangeIsAUsageError() throws Exception {
    Path input = dir.resolve("tiny2.md");
    Files.writeString(input, BatchTest.TINY, StandardCharsets.UTF_8);
    assertEquals(2, Cli.run("render", input.toString(), "--format", "png", "--dpi", "5").code());
    assertEquals(2, Cli.run("render", input.toString(), "--format", "pdf,odt").code());
  }

  @Test
  void htmlIsAStandaloneWebPage() throws Exception {
    assertEquals(0, result.code(), result.both());
    String html = Files.readString(out.resolve("about-me.html"), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(doc.select("bookmarks, bookmark").isEmpty(), "no PDF bookmarks in a web page");
    assertTrue(doc.select("link[rel=stylesheet]").isEmpty(), "no external style sheet");
    assertTrue(doc.select("script").isEmpty());
    assertFalse(doc.select("head style").isEmpty(), "the CSS is inlined");
    String css = doc.select("head style").html();
    assertTrue(css.contains("font-family"), "the theme's CSS, not a stub");
    assertFalse(html.contains("file:"), "no links to the author's disk");
    assertTrue(doc.select(".icon").isEmpty(), "no icon glyphs a browser lacks the font for");
    assertNotNull(doc.selectFirst("meta[name=viewport]"), "fit for phones");
    assertEquals("About Me", doc.title(), "the page's own title: it has no name");
    String text = doc.body().text();
    assertTrue(text.contains("Work with tech, belive in magic, live on fun :)"), text);
    assertTrue(text.contains("Jun 2021 – Present"), "formatted dates: " + text);
    assertFalse(text.matches(".*Page \\d+ of \\d+.*"), "no page footer on a web page");
    assertFalse(doc.select("a[href^=https://www.xsky.com]").isEmpty(), "links stay links");
  }

  @Test
  void txtHasTheResumeText() throws Exception {
    assertEquals(0, result.code(), result.both());
    String txt = Files.readString(out.resolve("about-me.txt"), StandardCharsets.UTF_8);
    assertTrue(txt.startsWith("Work with tech, belive in magic, live on fun :)\n"), txt);
    assertTrue(txt.contains("\nWORK EXPENRIENCE\n================\n"), txt);
    assertTrue(txt.contains("XSky Ltd (https://www.xsky.com/) — Jun 2021 – Present\n"), txt);
    assertTrue(txt.contains("\n- Postgresql as DB, use logical replication as msg queue.\n"), txt);
    assertTrue(txt.contains("\n  - Availability: service uptime >=99.99%\n"), "nested bullets indent\n" + txt);
    assertTrue(txt.contains("xyj.asmy@gmail.com"), txt);
    assertFalse(txt.contains("<") && txt.contains("</"), "no markup");
    assertFalse(txt.contains("**") || txt.contains("###"), "no Markdown syntax");
    // Every body line of the Markdown is in the text, in order.
    String pdfText = PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(out.resolve("about-me.pdf"))));
    String flat = PdfInspect.collapse(txt);
    for (String phrase : List.of("Custom development based on OpenStack projects", "Bloom filter",
        "HIPAA compliance")) {
      assertTrue(flat.contains(phrase) && pdfText.contains(phrase), phrase);
    }
  }
}
