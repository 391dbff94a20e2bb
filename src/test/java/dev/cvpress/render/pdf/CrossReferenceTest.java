package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFXrefStreamParser;
import org.apache.pdfbox.pdfparser.XrefTrailerResolver;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-reference stream at the end of every PDF lists every object, itself included, each at the offset where
 * the object starts, and the trailer's size is one more than the highest object number, as the PDF specification
 * asks (and {@code qpdf --check} checks). Read back with PDFBox's own cross-reference stream parser.
 */
class CrossReferenceTest {
  @TempDir Path dir;

  private static final Pattern OBJECT = Pattern.compile("\\G(\\d+) 0 obj");

  private byte[] render(String body) throws Exception {
    String html = "<html><head><title>T</title></head><body>" + body + "</body></html>";
    return PdfRenderer.render(html, dir.toUri(),
        new PdfRenderer.Options(dir, false, Instant.EPOCH, "cvpress test", null, null)).pdf();
  }

  /** The entries of the last cross-reference stream, by object number, as PDFBox reads them. */
  private static Map<Long, Long> lastSection(byte[] pdf, long startxref) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDocument cos = doc.getDocument();
      Matcher m = OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
      assertTrue(m.find((int) startxref), "startxref points at an object");
      long number = Long.parseLong(m.group(1));
      COSStream stream = (COSStream) cos.getObjectFromPool(new COSObjectKey(number, 0)).getObject();
      assertEquals(COSName.XREF, stream.getCOSName(COSName.TYPE));
      XrefTrailerResolver resolver = new XrefTrailerResolver();
      resolver.nextXrefObj(startxref, XrefTrailerResolver.XRefType.STREAM);
      new PDFXrefStreamParser(stream, cos).parse(resolver);
      resolver.setStartxref(startxref);
      Map<Long, Long> out = new TreeMap<>();
      resolver.getXrefTable().forEach((key, offset) -> out.put(key.getNumber(), offset));
      out.put(-1L, stream.getLong(COSName.SIZE));
      out.put(-2L, number);
      return out;
    }
  }

  private static long startxref(byte[] pdf) {
    String tail = new String(pdf, pdf.length - 40, 40, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("startxref\\s+(\\d+)").matcher(tail);
    assertTrue(m.find(), tail);
    return Long.parseLong(m.group(1));
  }

  private static void assertCompleteCrossReference(byte[] pdf) throws Exception {
    long startxref = startxref(pdf);
    Map<Long, Long> section = lastSection(pdf, startxref);
    long size = section.remove(-1L);
    long self = section.remove(-2L);
    assertEquals(startxref, section.get(self), "the cross-reference stream lists itself, where it starts");
    long highest = ((TreeMap<Long, Long>) section).lastKey();
    assertEquals(highest + 1, size, "the size is one more than the highest object number");
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    for (var e : section.entrySet()) {
      if (e.getValue() <= 0) continue; // compressed objects are found by their object stream, not an offset
      assertTrue(text.startsWith(e.getKey() + " 0 obj", e.getValue().intValue()),
          "object " + e.getKey() + " is where the cross-reference says");
    }
  }

  @Test
  void theCrossReferenceStreamListsItselfAndTheSizeCountsTheHighestObject() throws Exception {
    assertCompleteCrossReference(render("<h1>Jane Doe</h1><p>Hello.</p>"));
  }

  @Test
  void aLongDocumentWithOffsetsBeyondTwoBytesKeepsEveryEntryRight() throws Exception {
    StringBuilder body = new StringBuilder();
    // Within the 50-page cap.
    for (int i = 0; i < 1300; i++) body.append("<p>Paragraph ").append(i).append(" with some words to fill it.</p>");
    byte[] pdf = render(body.toString());
    assertTrue(pdf.length > 70_000, "offsets need three bytes: " + pdf.length);
    assertCompleteCrossReference(pdf);
  }

  @Test
  void aCompletedCrossReferenceIsLeftAsItIs() throws Exception {
    byte[] pdf = render("<p>Once.</p>");
    assertArrayEquals(pdf, CrossReference.withOwnEntry(pdf));
  }

  @Test
  void aClassicCrossReferenceTableIsLeftAsItIs() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out, CompressParameters.NO_COMPRESSION);
    }
    byte[] pdf = out.toByteArray();
    assertArrayEquals(pdf, CrossReference.withOwnEntry(pdf));
  }

  @Test
  void whatPdfBoxWritesAloneGetsItsMissingEntry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out, new CompressParameters(1000));
    }
    byte[] fixed = CrossReference.withOwnEntry(out.toByteArray());
    assertTrue(fixed.length != out.size() || !java.util.Arrays.equals(fixed, out.toByteArray()), "rewritten");
    assertCompleteCrossReference(fixed);
  }
}
