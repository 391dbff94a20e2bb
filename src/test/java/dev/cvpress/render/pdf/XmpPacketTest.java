package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class XmpPacketTest {
  @TempDir Path root;

  private static final String HTML = """
      <!DOCTYPE html>
      <html lang="fr"><head><meta charset="utf-8"/>
      <title>Ada &amp; Co &lt;CV&gt;</title>
      <meta name="author" content="Ada &quot;AL&quot; Lovelace"/>
      <meta name="subject" content="Résumé — Engineer"/>
      </head><body><h1>Ada</h1><p>Text</p></body></html>
      """;

  private byte[] render(boolean pdfA) throws Exception {
    PdfRenderer.Options options = new PdfRenderer.Options(root, false, Instant.parse("2020-02-02T00:00:00Z"),
        "cvpress test", null, "user", pdfA, false);
    return PdfRenderer.render(HTML, root.toUri(), options).pdf();
  }

  @Test
  void theTaggedPdfCarriesThePacketCvpressWritesAndTheCatalogueEntries() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(false))) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      var info = doc.getDocumentInformation();
      assertEquals(XmpPacket.packet(info.getTitle(), info.getAuthor(), info.getSubject()), xmp);
      assertTrue(catalog.getMarkInfo().isMarked());
      assertEquals("fr", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      assertTrue(catalog.getStructureTreeRoot() != null, "still tagged");
    }
  }

  @Test
  void thePacketIsWellFormedXmlWithTheDocumentInformation() throws Exception {
    Document xml = parse(XmpPacket.packet("Ada & Co <CV>", "Ada \"AL\" Lovelace", "Résumé\u0001 — Engineer"));
    assertEquals("Ada & Co <CV>", text(xml, "title"));
    assertEquals("Ada \"AL\" Lovelace", text(xml, "creator"));
    assertEquals("Résumé — Engineer", text(xml, "description"), "control characters left out");
    assertEquals("1", text(xml, "part"));
  }

  @Test
  void leavesOutWhatTheDocumentDoesNotHave() throws Exception {
    Document xml = parse(XmpPacket.packet(null, null, null));
    assertEquals(0, xml.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").getLength());
    assertEquals("application/pdf", text(xml, "format"));
  }

  @Test
  void pdfAOutputKeepsTheEnginesPacketWithItsSchemas() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(true))) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("pdfaid:part"), xmp);
      assertTrue(xmp.contains("pdfuaid"), xmp);
    }
  }

  private static Document parse(String packet) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(packet.getBytes(StandardCharsets.UTF_8)));
  }

  /** The one Dublin Core (or PDF/UA identification, for "part") element of that name. */
  private static String text(Document xml, String localName) {
    String ns = localName.equals("part") ? "http://www.aiim.org/pdfua/ns/id/" : "http://purl.org/dc/elements/1.1/";
    var nodes = xml.getElementsByTagNameNS(ns, localName);
    assertEquals(1, nodes.getLength(), localName);
    return nodes.item(0).getTextContent().strip();
  }
}
