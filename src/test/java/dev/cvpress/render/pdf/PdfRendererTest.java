package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.Bookmark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF stage on its own: hand-written XHTML in, a PDF read back with PDFBox. */
class PdfRendererTest {
  private static final Instant CREATED = Instant.parse("2016-01-01T15:49:46Z");

  private static final String HTML = """
      <!DOCTYPE html>
      <html lang="de">
      <head>
      <meta charset="utf-8"/>
      <title>Ada Lovelace — Résumé</title>
      <meta name="author" content="Ada Lovelace"/>
      <meta name="subject" content="Résumé — Engineer"/>
      <meta name="keywords" content="math, engines"/>
      <style>body { font-family: serif; } h2 { font-family: "Liberation Sans"; } code { font-family: "Liberation Mono"; }</style>
      </head>
      <body>
      <h1>Ada Lovelace</h1>
      <p>Mail <a href="mailto:ada@example.com">ada@example.com</a> and <a href="https://example.com/ada">site</a></p>
      <section id="work"><h2>Erfahrung</h2><p><b>Bold</b> <i>italic</i> <code>code()</code> Größe naïve</p></section>
      <section id="edu"><h2>Ausbildung</h2><p>Trinity College</p></section>
      </body>
      </html>
      """;

  private static byte[] pdf;

  @TempDir static Path root;

  static PdfRenderer.Options options() {
    return new PdfRenderer.Options(root, false, CREATED, "cvpress test", null, "user")
        .withOutline(List.of(new Bookmark("Erfahrung", "work"), new Bookmark("Ausbildung", "edu")));
  }

  @BeforeAll
  static void render() throws IOException {
    PdfRenderer.Result result = PdfRenderer.render(HTML, root.toUri(), options());
    pdf = result.pdf();
    assertEquals(1, result.pages());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void isAPdf() {
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void textInReadingOrder() throws IOException {
    String text = PdfText.read(pdf).byPosition().replaceAll("\\s+", " ");
    int name = text.indexOf("Ada Lovelace");
    int work = text.indexOf("Erfahrung");
    int body = text.indexOf("Bold italic code() Größe naïve");
    int edu = text.indexOf("Trinity College");
    assertTrue(name >= 0 && name < work && work < body && body < edu, text);
  }

  @Test
  void linksAreLinkAnnotations() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(List.of("mailto:ada@example.com", "https://example.com/ada"), PdfInspect.linkUris(doc));
    }
  }

  @Test
  void bookmarksBecomeTheOutline() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(List.of("Erfahrung", "Ausbildung"), PdfInspect.outline(doc));
    }
  }

  @Test
  void noOutlineWhenNoneIsGiven() throws IOException {
    byte[] bare = PdfRenderer.render(HTML, root.toUri(), options().withOutline(List.of())).pdf();
    try (PDDocument doc = Loader.loadPDF(bare)) {
      assertEquals(List.of(), PdfInspect.outline(doc));
    }
  }

  @Test
  void pageFooterInTheDocumentLanguageOnlyWhenAsked() throws IOException {
    assertFalse(PdfText.read(pdf).byPosition().contains("Seite"));
    byte[] footed = PdfRenderer.render(HTML, root.toUri(), options().withPageFooter(true)).pdf();
    assertTrue(PdfText.read(footed).byPosition().contains("Seite 1 von 1"), PdfText.read(footed).byPosition());
  }

  @Test
  void aLineNeverBreaksInsideANumber() throws IOException {
    // Words of every length before the numbers, in a narrow column: each number meets the end of some line.
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 60; i++) words.append("a".repeat(i % 9 + 1)).append(" 1/10 ").append("b".repeat(i % 5 + 1))
        .append(" v1.10 24/7 2021/05 ");
    String html = "<html><head><style>p { width: 32mm; font-family: serif; }</style></head><body><p>" + words
        + "</p></body></html>";
    String text = PdfText.read(PdfRenderer.render(html, root.toUri(), options()).pdf()).byPosition();
    assertTrue(text.lines().count() > 60, "the column is narrow: " + text);
    for (String number : List.of("1/10", "v1.10", "24/7", "2021/05")) {
      assertEquals(60, text.split(java.util.regex.Pattern.quote(number), -1).length - 1, number + " split: " + text);
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFontLike> fonts = PdfInspect.fonts(doc);
      assertTrue(fonts.size() >= 3, "serif, sans and mono faces are used: " + fonts);
      for (PDFontLike f : fonts) assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
    }
  }

  @Test
  void bundledFamiliesAreUsedAndSubset() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> names = PdfInspect.fonts(doc).stream().map(PDFontLike::getName).toList();
      assertTrue(names.stream().anyMatch(n -> n.endsWith("+SourceSerif4-Regular")), "generic serif: " + names);
      assertTrue(names.stream().anyMatch(n -> n.endsWith("+LiberationSans-Bold")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.endsWith("+LiberationMono")), names.toString());
      assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), "fonts are subset: " + names);
    }
  }

  @Test
  void genericSansMapsToSourceSansAndMonoToLiberationMono() throws IOException {
    String html = "<html><head><style>h1 { font-family: sans-serif; font-weight: normal; } "
        + "p { font-family: monospace; }</style></head><body><h1>Sans</h1><p>Mono</p></body></html>";
    byte[] bytes = PdfRenderer.render(html, root.toUri(), options()).pdf();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<String> names = PdfInspect.fonts(doc).stream().map(PDFontLike::getName).toList();
      assertTrue(names.stream().anyMatch(n -> n.endsWith("+SourceSans3-Regular")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.endsWith("+LiberationMono")), names.toString());
    }
  }

  @Test
  void metadataFromTheHead() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var info = doc.getDocumentInformation();
      assertEquals("Ada Lovelace — Résumé", info.getTitle());
      assertEquals("Ada Lovelace", info.getAuthor());
      assertEquals("Résumé — Engineer", info.getSubject());
      assertEquals("math, engines", info.getKeywords());
      assertEquals("cvpress test", info.getProducer());
      assertEquals("de", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void creationDateIsTheOneGiven() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Calendar created = doc.getDocumentInformation().getCreationDate();
      assertEquals(CREATED.toEpochMilli(), created.getTimeInMillis());
    }
  }

  @Test
  void isTagged() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertNotNull(catalog.getStructureTreeRoot());
      assertFalse(catalog.getStructureTreeRoot().getKids().isEmpty());
    }
  }

  @Test
  void sameInputGivesSameBytes() throws IOException {
    byte[] again = PdfRenderer.render(HTML, root.toUri(), options()).pdf();
    assertArrayEquals(pdf, again);
  }

  @Test
  void documentIdDependsOnContent() throws IOException {
    byte[] other = PdfRenderer.render(HTML.replace("Trinity", "Oxford"), root.toUri(), options()).pdf();
    try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(other)) {
      var idA = a.getDocument().getTrailer().getCOSArray(COSName.ID);
      var idB = b.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertNotNull(idA);
      assertFalse(idA.toList().equals(idB.toList()));
    }
  }
}
