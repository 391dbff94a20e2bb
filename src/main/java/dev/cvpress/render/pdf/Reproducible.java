package dev.cvpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Fixes what would otherwise change on every run, the dates and the document ID, so equal inputs give equal bytes. */
final class Reproducible {
  private Reproducible() {}

  /**
   * Stamps the fixed creation date and an ID worked out from the HTML and the producer, in place of the clock and
   * a random ID.
   */
  static void stamp(PDDocument doc, String html, PdfRenderer.Options options) {
    PDDocumentInformation info = doc.getDocumentInformation();
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(options.created().toEpochMilli());
    info.setCreationDate(when);
    info.setModificationDate(when);
    info.setCreator("cvpress");
    if (options.pdfA()) alignXmpDates(doc, when);
    StringBuilder content = new StringBuilder(html).append('\u0000').append(options.producer()).append('\u0000')
        .append(options.created());
    // A change in an embedded source that the page does not show (a comment) is still another document.
    for (EmbeddedFile f : options.embedded()) {
      content.append('\u0000').append(f.name()).append('\u0000')
          .append(java.util.HexFormat.of().formatHex(digest(f.bytes())));
    }
    byte[] id = digest(content.toString());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** PDF/A wants the XMP dates to equal the Info dates; the engine wrote the wall-clock time into both. */
  private static void alignXmpDates(PDDocument doc, Calendar when) {
    var metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) return;
    try {
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      String iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
          .format(when.toInstant().atOffset(java.time.ZoneOffset.UTC));
      String fixed = xmp.replaceAll("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + iso + "$2")
          .replaceAll("(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")", "$1" + iso + "$2");
      try (java.io.OutputStream out = metadata.createOutputStream()) {
        out.write(fixed.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] digest(String s) {
    return digest(s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] digest(byte[] bytes) {
    try {
      byte[] full = MessageDigest.getInstance("SHA-256").digest(bytes);
      return java.util.Arrays.copyOf(full, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
