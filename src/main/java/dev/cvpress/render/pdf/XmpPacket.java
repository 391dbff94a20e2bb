package dev.cvpress.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The PDF/UA catalogue entries of a tagged PDF (XMP metadata, mark info, language, "show the title"), written by
 * cvpress instead of the engine for the usual, not PDF/A, output. The engine builds the same XMP packet through
 * xmpbox and the JDK's XSLT serializer, whose first use costs a fresh process about 35 ms (reflection over every
 * xmpbox schema class, the serializer's encoding tables): a tenth of a cold render, for a dozen lines of text.
 * PDF/A output keeps the engine's packet, which also carries the PDF/A schemas.
 */
final class XmpPacket {
  private XmpPacket() {}

  /**
   * Makes the engine leave the XMP packet and its companions to {@link #write}; still tagged, as the output device
   * decides tagging on its own. False, with the engine's packet kept, where its field is not found.
   */
  static boolean takeOver(PdfBoxRenderer renderer) {
    if (PDF_UA_FLAG == null) return false;
    try {
      PDF_UA_FLAG.setBoolean(renderer, false);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The engine writes the packet when this flag is set, and reads it for nothing else after construction; looked up
   * once per process. Null where the engine has no such field.
   */
  private static final java.lang.reflect.Field PDF_UA_FLAG = pdfUaFlag();

  private static java.lang.reflect.Field pdfUaFlag() {
    try {
      java.lang.reflect.Field f = PdfBoxRenderer.class.getDeclaredField("_pdfUaConformance");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Writes the packet from the document information, as the engine would, and the catalogue entries with it. */
  static void write(PDDocument doc, String lang) {
    PDDocumentInformation info = doc.getDocumentInformation();
    PDMetadata metadata = new PDMetadata(doc);
    try {
      metadata.importXMPMetadata(packet(info.getTitle(), info.getAuthor(), info.getSubject())
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setMetadata(metadata);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(lang == null || lang.isEmpty() ? "EN-US" : lang);
    catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
    catalog.getViewerPreferences().setDisplayDocTitle(true);
  }

  /** The XMP packet: Dublin Core title, creator and description, and the PDF/UA identification with its schema. */
  static String packet(String title, String author, String subject) {
    StringBuilder x = new StringBuilder(2048);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n")
        .append("      <dc:format>application/pdf</dc:format>\n");
    if (author != null) {
      x.append("      <dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (title != null) {
      x.append("      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
          .append("</rdf:li></rdf:Alt></dc:title>\n");
    }
    if (subject != null) {
      x.append("      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
          .append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    x.append("    </rdf:Description>\n")
        .append("    <rdf:Description xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" rdf:about=\"\">\n")
        .append("      <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append("        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("          <pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("          <pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("          <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
        .append("</pdfaProperty:description>\n")
        .append("        </rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("      </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("      <pdfuaid:part>1</pdfuaid:part>\n")
        .append("    </rdf:Description>\n")
        .append("  </rdf:RDF>\n")
        .append("</x:xmpmeta><?xpacket end=\"w\"?>");
    return x.toString();
  }

  /** Text as XML character data: markup escaped, and the characters XML 1.0 cannot hold left out. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
          if (allowed) out.appendCodePoint(cp);
        }
      }
    });
    return out.toString();
  }
}
