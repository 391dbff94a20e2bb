package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files carried inside the PDF: embedded as given, compressed, dated like the PDF, read back byte for byte. */
class EmbeddedFileTest {
  private static final Instant CREATED = Instant.parse("2016-01-01T15:49:46Z");
  private static final String HTML = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"/><title>Ada</title></head>
      <body><h1>Ada Lovelace</h1><p>Engineer.</p></body></html>
      """;
  /** Markdown with a byte-order mark, CRLF line ends and a NUL-free but non-ASCII body: kept exactly. */
  private static final byte[] MARKDOWN = ("\uFEFF---\r\nname: Ada Lovelace\r\n---\r\n\r\n## Work\r\n\r\n"
      + "Größe — naïve · 東京\r\n" + "x".repeat(3000) + "\r\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] JSON = "{\"basics\":{\"name\":\"Ada Lovelace\"}}\n".getBytes(StandardCharsets.UTF_8);
  private static final List<EmbeddedFile> FILES = List.of(
      new EmbeddedFile("ada.md", EmbeddedFile.MARKDOWN, MARKDOWN, "The résumé's Markdown source"),
      new EmbeddedFile("ada.json", "application/json", JSON, "The résumé as JSON Resume"));

  @TempDir static Path root;
  private static byte[] pdf;

  private static PdfRenderer.Options options(boolean pdfA, List<EmbeddedFile> files) {
    return new PdfRenderer.Options(root, false, CREATED, "cvpress test", null, null, pdfA, false).withEmbedded(files);
  }

  @BeforeAll
  static void render() throws IOException {
    pdf = PdfRenderer.render(HTML, root.toUri(), options(false, FILES)).pdf();
  }

  @Test
  void everyFileComesBackByteForByteWithItsNameTypeAndDescription() throws IOException {
    List<EmbeddedFile> read = EmbeddedFile.read(pdf);
    assertEquals(2, read.size(), read.toString());
    // The name tree is sorted by name; each file is found whatever the order.
    for (EmbeddedFile f : FILES) {
      EmbeddedFile back = read.stream().filter(r -> r.name().equals(f.name())).findFirst().orElseThrow();
      assertArrayEquals(f.bytes(), back.bytes(), f.name());
      assertEquals(f.mimeType(), back.mimeType());
      assertEquals(f.description(), back.description());
    }
  }

  @Test
  void eachStreamIsCompressedDatedLikeThePdfAndAnAssociatedSource() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var tree = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
      PDComplexFileSpecification spec = tree.getNames().get("ada.md");
      assertNotNull(spec, "ada.md is in the name tree");
      assertEquals("ada.md", spec.getFilename(), "/F");
      assertEquals("ada.md", spec.getFileUnicode(), "/UF");
      assertEquals("Source", spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
      PDEmbeddedFile file = spec.getEmbeddedFile();
      assertEquals(List.of(COSName.FLATE_DECODE), file.getFilters());
      assertTrue(file.getCOSObject().getLength() < MARKDOWN.length / 2,
          "compressed: " + file.getCOSObject().getLength() + " bytes for " + MARKDOWN.length);
      assertEquals(MARKDOWN.length, file.getSize());
      assertEquals(CREATED, file.getModDate().toInstant());
      COSArray associated = (COSArray) doc.getDocumentCatalog().getCOSObject()
          .getDictionaryObject(COSName.getPDFName("AF"));
      assertNotNull(associated, "the catalogue lists the associated files");
      assertEquals(2, associated.size());
      java.util.Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < associated.size(); i++) names.add(((COSDictionary) associated.getObject(i)).getString(COSName.UF));
      assertEquals(java.util.Set.of("ada.md", "ada.json"), names, "each file is an associated file");
    }
  }

  @Test
  void noFilesMeansNoNameTreeAndNoAssociatedFiles() throws IOException {
    byte[] plain = PdfRenderer.render(HTML, root.toUri(), options(false, List.of())).pdf();
    assertEquals(List.of(), EmbeddedFile.read(plain));
    try (PDDocument doc = Loader.loadPDF(plain)) {
      assertFalse(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("AF")));
    }
    assertTrue(plain.length < pdf.length);
  }

  @Test
  void theSameFilesGiveTheSameBytesAndAnotherSourceAnotherId() throws IOException {
    assertArrayEquals(pdf, PdfRenderer.render(HTML, root.toUri(), options(false, FILES)).pdf());
    byte[] edited = MARKDOWN.clone();
    edited[edited.length - 3] = 'y'; // a change the page does not show
    byte[] other = PdfRenderer.render(HTML, root.toUri(), options(false,
        List.of(new EmbeddedFile("ada.md", EmbeddedFile.MARKDOWN, edited, null)))).pdf();
    assertFalse(Arrays.equals(id(pdf), id(other)), "the document ID follows the embedded source");
  }

  @Test
  void pdfAWithFilesClaimsPdfA3AndWithoutClaimsPdfA2() throws IOException {
    assertEquals("3", pdfAPart(PdfRenderer.render(HTML, root.toUri(), options(true, FILES)).pdf()));
    assertEquals("2", pdfAPart(PdfRenderer.render(HTML, root.toUri(), options(true, List.of())).pdf()));
  }

  @Test
  void theRecordKeepsItsOwnCopyOfTheBytes() {
    byte[] bytes = {1, 2, 3};
    EmbeddedFile f = new EmbeddedFile("a.md", EmbeddedFile.MARKDOWN, bytes, null);
    bytes[0] = 9;
    f.bytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, f.bytes());
  }

  private static byte[] id(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray ids = (COSArray) doc.getDocument().getTrailer().getDictionaryObject(COSName.ID);
      return ((org.apache.pdfbox.cos.COSString) ids.getObject(0)).getBytes();
    }
  }

  private static String pdfAPart(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      var m = java.util.regex.Pattern.compile("pdfaid:part(?:>|=\")\\s*(\\d)").matcher(xmp);
      return m.find() ? m.group(1) : "none";
    }
  }
}
