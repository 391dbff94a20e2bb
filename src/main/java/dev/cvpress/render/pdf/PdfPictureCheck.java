package dev.cvpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Whether the first page of a PDF named as a picture ({@code ![](cert.pdf)}) can be drawn within cvpress's
 * memory: the engine inflates its content streams whole when it imports the page, and draws its pictures when a
 * page is rendered as PNG, so a 2 MB file can ask for gigabytes. Streams are inflated here only to be counted.
 */
final class PdfPictureCheck {
  private PdfPictureCheck() {}

  /** Inflated bytes one stream of the page may hold; a certificate's page holds a few hundred KB. */
  static final long MAX_STREAM = 32L << 20;
  /** Forms inside forms on the page. */
  private static final int MAX_DEPTH = 12;

  /** Why the first page cannot be drawn; null when it can. */
  static String problem(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) return "it is an encrypted PDF";
      if (doc.getNumberOfPages() < 1) return "the PDF has no pages";
      PDPage page = doc.getPage(0);
      for (Iterator<PDStream> s = page.getContentStreams(); s.hasNext(); ) {
        String why = tooLong(s.next().getCOSObject(), "its first page's content");
        if (why != null) return why;
      }
      return resources(page.getResources(), Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    } catch (IOException | RuntimeException e) {
      return "it is a corrupt PDF" + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
    }
  }

  private static String resources(PDResources res, Set<Object> seen, int depth) throws IOException {
    if (res == null) return null;
    if (depth > MAX_DEPTH) return "its first page nests forms more than " + MAX_DEPTH + " deep";
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (x == null || !seen.add(x.getCOSObject())) continue;
      if (x instanceof PDImageXObject image) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels > ImageCheck.MAX_PIXELS) {
          return String.format(Locale.ROOT, "a picture on its first page declares %d × %d pixels, more than the"
              + " %d-megapixel limit", image.getWidth(), image.getHeight(), ImageCheck.MAX_PIXELS / 1_000_000);
        }
        String why = tooLong(image.getCOSObject(), "a picture on its first page");
        if (why != null) return why;
      } else if (x instanceof PDFormXObject form) {
        String why = tooLong(form.getCOSObject(), "a form on its first page");
        if (why == null) why = resources(form.getResources(), seen, depth + 1);
        if (why != null) return why;
      }
    }
    return null;
  }

  /**
   * Counts what a Flate stream inflates to, from its raw bytes (PDFBox's own decoding holds the result in memory).
   * Other filters cannot blow up this way: LZW and run-length grow a stream a few hundred times at most.
   */
  private static String tooLong(COSStream stream, String what) throws IOException {
    COSBase filters = stream.getFilters();
    COSBase first = filters instanceof COSArray a && a.size() > 0 ? a.getObject(0) : filters;
    if (!COSName.FLATE_DECODE.equals(first) && !COSName.FLATE_DECODE_ABBREVIATION.equals(first)) return null;
    try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
      long n = 0;
      byte[] scratch = new byte[64 * 1024];
      for (int r; n <= MAX_STREAM && (r = in.read(scratch)) > 0; ) n += r;
      return n > MAX_STREAM ? what + " inflates to more than " + (MAX_STREAM >> 20) + " MB (a decompression bomb)"
          : null;
    } catch (java.util.zip.ZipException e) {
      return null; // broken data: the engine draws what it can read, as PDF viewers do
    }
  }
}
