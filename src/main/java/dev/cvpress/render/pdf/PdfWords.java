package dev.cvpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Every place a PDF holds words a reader or a program can get at: its text, its metadata (document information and
 * XMP), the addresses of its links, its bookmarks, and the files it carries. What a redacted copy is searched in.
 */
public final class PdfWords {
  private PdfWords() {}

  /** Each place's words, under the place's name ("text", "metadata", "links", "bookmarks", "attachments"). */
  public static Map<String, String> of(byte[] pdf) throws IOException {
    Map<String, String> places = new LinkedHashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      places.put("text", new PDFTextStripper().getText(doc));
      StringBuilder metadata = new StringBuilder();
      PDDocumentInformation info = doc.getDocumentInformation();
      for (String key : info.getMetadataKeys()) metadata.append(info.getCustomMetadataValue(key)).append('\n');
      var xmp = doc.getDocumentCatalog().getMetadata();
      if (xmp != null) metadata.append(new String(xmp.toByteArray(), StandardCharsets.UTF_8));
      places.put("metadata", metadata.toString());
      StringBuilder links = new StringBuilder();
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            links.append(uri.getURI()).append('\n');
          }
          String contents = a.getCOSObject().getString(COSName.CONTENTS);
          if (contents != null) links.append(contents).append('\n');
        }
      }
      places.put("links", links.toString());
      StringBuilder bookmarks = new StringBuilder();
      if (doc.getDocumentCatalog().getDocumentOutline() != null) {
        titles(doc.getDocumentCatalog().getDocumentOutline(), bookmarks);
      }
      places.put("bookmarks", bookmarks.toString());
    }
    StringBuilder attachments = new StringBuilder();
    for (EmbeddedFile f : EmbeddedFile.read(pdf)) {
      attachments.append(f.name()).append('\n').append(f.description()).append('\n')
          .append(new String(f.bytes(), StandardCharsets.UTF_8)).append('\n');
    }
    places.put("attachments", attachments.toString());
    return places;
  }

  private static void titles(PDOutlineNode node, StringBuilder out) {
    for (PDOutlineItem item : node.children()) {
      out.append(item.getTitle()).append('\n');
      titles(item, out);
    }
  }
}
