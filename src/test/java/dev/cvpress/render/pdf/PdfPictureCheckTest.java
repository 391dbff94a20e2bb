package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A PDF named as a picture is refused when its first page would take more memory than cvpress has. */
class PdfPictureCheckTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A PDF of the given objects (numbered from 1; object 1 the catalogue), with a correct cross-reference table. */
  private static byte[] pdf(List<byte[]> objects) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ascii("%PDF-1.4\n"));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      out.write(ascii((i + 1) + " 0 obj\n"));
      out.write(objects.get(i));
      out.write(ascii("\nendobj\n"));
    }
    int xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int o : offsets) x.append(String.format("%010d 00000 n \n", o));
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    out.write(ascii(x.toString()));
    return out.toByteArray();
  }

  private static byte[] stream(String dict, byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ascii("<< " + dict + " /Length " + data.length + " /Filter /FlateDecode >>\nstream\n"));
    out.write(data);
    out.write(ascii("\nendstream"));
    return out.toByteArray();
  }

  private static byte[] deflated(int n, byte fill) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      byte[] block = new byte[1 << 16];
      java.util.Arrays.fill(block, fill);
      for (int i = 0; i < n / block.length; i++) z.write(block);
    }
    return out.toByteArray();
  }

  private static final byte[] CATALOG = ascii("<< /Type /Catalog /Pages 2 0 R >>");
  private static final byte[] PAGES = ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");

  @Test
  void aPageWhoseContentInflatesToGigabytesIsABomb() throws IOException {
    byte[] bomb = pdf(List.of(CATALOG, PAGES,
        ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
        stream("", deflated(40 << 20, (byte) ' '))));
    String why = PdfPictureCheck.problem(bomb);
    assertTrue(why != null && why.contains("its first page's content inflates to more than 32 MB"), why);
  }

  @Test
  void aPictureOnThePageWithTooManyPixelsIsRefusedFromItsDictionary() throws IOException {
    byte[] big = pdf(List.of(CATALOG, PAGES,
        ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /I 4 0 R >> >> >>"),
        stream("/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceRGB"
            + " /BitsPerComponent 8", deflated(1 << 16, (byte) 0))));
    String why = PdfPictureCheck.problem(big);
    assertTrue(why != null && why.contains("declares 40000 × 40000 pixels"), why);
  }

  @Test
  void aPageTreeThatLoopsIsCorruptNotACrash() throws IOException {
    byte[] loop = pdf(List.of(CATALOG, ascii("<< /Type /Pages /Kids [2 0 R] /Count 1 >>")));
    String why = PdfPictureCheck.problem(loop);
    assertTrue(why != null && why.startsWith("it is a corrupt PDF"), why);
  }

  @Test
  void anOrdinaryCertificatePasses() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.beginText();
        c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
        c.newLineAtOffset(72, 700);
        c.showText("Certificate of completion");
        c.endText();
      }
      doc.save(out);
    }
    assertNull(PdfPictureCheck.problem(out.toByteArray()));
  }
}
