package dev.cvpress.endtoend;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Looks at a rendered PDF the way a reader does: page sizes, the text of a page or a column, where the glyphs
 * are and how big, the colours painted and the images placed. Test helper for the theme, style and fit tests.
 */
final class PdfLook {
  private PdfLook() {}

  /** A4 and US paper in points, as PDF media boxes give them. */
  static final float[] A4 = {595.28f, 841.89f};
  static final float[] LETTER = {612f, 792f};
  static final float[] LEGAL = {612f, 1008f};

  static final double PT_PER_MM = 72 / 25.4;

  /** One glyph as drawn: its character, box (top-left origin, in points) and size. */
  record Glyph(String text, float x, float y, float width, float height, float fontSizePt) {}

  /** An image as drawn: its pixel size and the size it is painted at on the page, in points. */
  record Placement(int pixelWidth, int pixelHeight, double drawnWidth, double drawnHeight) {}

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** Width and height of every page's media box. */
  static List<float[]> pageSizes(byte[] pdf) throws IOException {
    List<float[]> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage p : doc.getPages()) {
        PDRectangle box = p.getMediaBox();
        out.add(new float[] {box.getWidth(), box.getHeight()});
      }
    }
    return out;
  }

  /** Whether a page size is this paper, within a point. */
  static boolean samePaper(float[] size, float[] paper) {
    return Math.abs(size[0] - paper[0]) < 1 && Math.abs(size[1] - paper[1]) < 1;
  }

  /** The text of one page (0-based), top to bottom and left to right. */
  static String pageText(byte[] pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      s.setStartPage(page + 1);
      s.setEndPage(page + 1);
      return s.getText(doc);
    }
  }

  /** The text of each page within a vertical band [fromX, toX) in points, top to bottom. */
  static List<String> columnText(byte[] pdf, float fromX, float toX) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        float height = page.getMediaBox().getHeight();
        s.addRegion("column", new Rectangle2D.Float(fromX, 0, toX - fromX, height));
        s.extractRegions(page);
        out.add(s.getTextForRegion("column"));
      }
    }
    return out;
  }

  /** Every visible glyph of one page (0-based). */
  static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
    return read(pdf, page, t -> {
      String u = t.getUnicode();
      if (u == null || u.isBlank()) return null;
      // The text rendering matrix holds the size in points (Tf times the matrices); getFontSizeInPt() rounds.
      float size = Math.abs(t.getTextMatrix().getScalingFactorY());
      return new Glyph(u, t.getXDirAdj(), t.getYDirAdj() - t.getHeightDir(), t.getWidthDirAdj(), t.getHeightDir(),
          size);
    });
  }

  /**
   * Every mark text draws on one page (0-based), blank ones too: the contact icons, which extract as spaces, are
   * glyphs a printer has to print. The box runs from the glyph's top to a descender's depth below its baseline.
   */
  static List<Glyph> marks(byte[] pdf, int page) throws IOException {
    return read(pdf, page, t -> {
      if (t.getWidthDirAdj() <= 0) return null;
      float size = Math.abs(t.getTextMatrix().getScalingFactorY());
      float top = t.getYDirAdj() - Math.max(t.getHeightDir(), 0.7f * size);
      float bottom = t.getYDirAdj() + 0.22f * size;
      return new Glyph(t.getUnicode(), t.getXDirAdj(), top, t.getWidthDirAdj(), bottom - top, size);
    });
  }

  /** What {@code glyph} makes of each text position of one page (0-based); null leaves a position out. */
  private static List<Glyph> read(byte[] pdf, int page, java.util.function.Function<TextPosition, Glyph> glyph)
      throws IOException {
    List<Glyph> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          Glyph g = glyph.apply(t);
          if (g != null) out.add(g);
        }
      };
      s.setStartPage(page + 1);
      s.setEndPage(page + 1);
      s.getText(doc);
    }
    return out;
  }

  /** Every visible glyph of every page. */
  static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0, n = pages(pdf); i < n; i++) out.addAll(glyphs(pdf, i));
    return out;
  }

  /** The font size most characters are set in: the body size, in points (rounded to 0.05 pt). */
  static double bodySizePt(byte[] pdf) throws IOException {
    Map<Long, Integer> counts = new HashMap<>();
    for (Glyph g : glyphs(pdf)) counts.merge(Math.round(g.fontSizePt() * 20.0), 1, Integer::sum);
    long best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return best / 20.0;
  }

  /** The smallest x of any glyph on the page: where the text block starts. */
  static float leftmostText(byte[] pdf, int page) throws IOException {
    return (float) glyphs(pdf, page).stream().mapToDouble(Glyph::x).min().orElseThrow();
  }

  /** Base font names of every font on every page and in the form XObjects they use. */
  static List<String> fontNames(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var f : dev.cvpress.render.pdf.PdfInspect.fonts(doc)) out.add(f.getName());
    }
    return out;
  }

  /** Fonts that are not embedded; empty when all are. */
  static List<String> notEmbedded(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var f : dev.cvpress.render.pdf.PdfInspect.fonts(doc)) if (!f.isEmbedded()) out.add(f.getName());
    }
    return out;
  }

  /** The RGB colours set with {@code rg}/{@code RG} (fill and stroke) on every page, in forms too, 0 to 1. */
  static List<float[]> colours(byte[] pdf) throws IOException {
    List<float[]> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        colours(new PDFStreamParser(page).parse(), out);
        forms(page.getResources(), out, 0);
      }
    }
    return out;
  }

  private static void forms(PDResources resources, List<float[]> out, int depth) throws IOException {
    if (resources == null || depth > 10) return;
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        colours(new PDFStreamParser(form).parse(), out);
        forms(form.getResources(), out, depth + 1);
      }
    }
  }

  private static void colours(List<Object> tokens, List<float[]> out) {
    for (int i = 3; i < tokens.size(); i++) {
      if (tokens.get(i) instanceof Operator op && (op.getName().equals("rg") || op.getName().equals("RG"))
          && tokens.get(i - 3) instanceof COSNumber r && tokens.get(i - 2) instanceof COSNumber g
          && tokens.get(i - 1) instanceof COSNumber b) {
        out.add(new float[] {r.floatValue(), g.floatValue(), b.floatValue()});
      }
    }
  }

  /** Whether the colour {@code #rrggbb} is painted anywhere (within rounding). */
  static boolean paints(byte[] pdf, String hex) throws IOException {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    float[] want = {(rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f};
    for (float[] c : colours(pdf)) {
      if (Math.abs(c[0] - want[0]) < 0.003 && Math.abs(c[1] - want[1]) < 0.003 && Math.abs(c[2] - want[2]) < 0.003) {
        return true;
      }
    }
    return false;
  }

  /** Image XObjects a page (0-based) uses, directly or inside forms, as their pixel sizes. */
  static List<int[]> images(byte[] pdf, int page) throws IOException {
    List<int[]> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      images(doc.getPage(page).getResources(), out, 0);
    }
    return out;
  }

  private static void images(PDResources resources, List<int[]> out, int depth) throws IOException {
    if (resources == null || depth > 10) return;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject img) out.add(new int[] {img.getWidth(), img.getHeight()});
      else if (x instanceof PDFormXObject form) images(form.getResources(), out, depth + 1);
    }
  }

  /** Every image painted on a page (0-based), with the size the transformation matrix gives it. */
  static List<Placement> placements(byte[] pdf, int page) throws IOException {
    List<Placement> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new ImageFinder(doc.getPage(page), out).run();
    }
    return out;
  }

  /** Follows the content stream only to see where images are drawn; paths are ignored. */
  private static final class ImageFinder extends PDFGraphicsStreamEngine {
    private final List<Placement> out;

    ImageFinder(PDPage page, List<Placement> out) {
      super(page);
      this.out = out;
    }

    void run() throws IOException {
      processPage(getPage());
    }

    @Override
    public void drawImage(PDImage image) {
      var ctm = getGraphicsState().getCurrentTransformationMatrix();
      out.add(new Placement(image.getWidth(), image.getHeight(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
