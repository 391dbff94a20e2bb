package dev.cvpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a reader, an applicant tracking system or a PDF viewer would see it. Test helper. */
public final class PdfInspect {
  private PdfInspect() {}

  /** The text in reading order: top to bottom, left to right on each page. */
  public static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  /** Whitespace runs to one space, so that line wrapping does not matter. */
  public static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The URIs of the link annotations, page by page. */
  public static List<String> linkUris(PDDocument doc) throws IOException {
    List<String> uris = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
      }
    }
    return uris;
  }

  /** The titles of the top-level outline (bookmark) entries. */
  public static List<String> outline(PDDocument doc) {
    List<String> titles = new ArrayList<>();
    var root = doc.getDocumentCatalog().getDocumentOutline();
    if (root == null) return titles;
    for (PDOutlineItem item : root.children()) titles.add(item.getTitle());
    return titles;
  }

  /** Every font on every page, in form XObjects too, with the descendant fonts of composite fonts. */
  public static List<PDFontLike> fonts(PDDocument doc) throws IOException {
    List<PDFontLike> out = new ArrayList<>();
    for (PDPage page : doc.getPages()) collect(page.getResources(), out, 0);
    return out;
  }

  private static void collect(PDResources resources, List<PDFontLike> out, int depth) throws IOException {
    if (resources == null || depth > 10) return;
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font);
      if (font instanceof PDType0Font t0) out.add(t0.getDescendantFont());
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) collect(form.getResources(), out, depth + 1);
    }
  }
}
