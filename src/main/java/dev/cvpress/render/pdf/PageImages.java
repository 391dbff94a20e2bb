package dev.cvpress.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Rasterises PDF pages with PDFBox, drawing only the fonts embedded in the PDF. */
final class PageImages {
  private PageImages() {}

  static List<byte[]> png(byte[] pdf, int dpi, int maxPages) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<byte[]> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int n = Math.min(doc.getNumberOfPages(), maxPages);
      for (int i = 0; i < n; i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        pages.add(out.toByteArray());
      }
    }
    return pages;
  }
}
