package dev.cvpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Icon glyphs are pictures, not words: their fonts get a ToUnicode map that reads every glyph as a space, so
 * copying text or an applicant tracking system never sees private-use characters.
 */
final class IconText {
  private IconText() {}

  /** Subset icon fonts hold a handful of glyphs; this covers every glyph id they can have. */
  private static final int MAX_GLYPHS = 512;

  private static final byte[] SPACES = cmap();

  static byte[] silence(byte[] pdf) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      silence(doc);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pdf.length + 1024);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void silence(PDDocument doc) throws IOException {
    for (PDPage page : doc.getPages()) {
      PDResources resources = page.getResources();
      if (resources == null) continue;
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font == null || font.getName() == null || !font.getName().contains("FontAwesome")) continue;
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(SPACES);
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
      }
    }
  }

  private static byte[] cmap() {
    StringBuilder b = new StringBuilder();
    b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int start = 0; start < MAX_GLYPHS; start += 100) {
      int end = Math.min(MAX_GLYPHS, start + 100);
      b.append(end - start).append(" beginbfchar\n");
      for (int cid = start; cid < end; cid++) b.append(String.format("<%04X> <0020>%n", cid));
      b.append("endbfchar\n");
    }
    b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
