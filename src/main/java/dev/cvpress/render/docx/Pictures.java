package dev.cvpress.render.docx;

import dev.cvpress.files.ResourcePolicy;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTEffectExtent;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosV;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromV;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STWrapText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * The résumé's pictures (its photo, images in the text) as pictures in the text — inline, or for a photo beside the
 * name anchored to its paragraph with the text wrapping around it; never a text box: read as the
 * PDF reads them, only files inside the résumé's folder and {@code data:} URIs, and only PNG, JPEG and GIF, which
 * every Word shows. Each carries its alt text, which a screen reader and an applicant tracking system read; a
 * picture that cannot be read or shown leaves its alt text in its place, as in the PDF.
 */
final class Pictures {
  /** The largest picture read: a photo at print resolution is far smaller. */
  private static final long MAX_BYTES = 20L * 1024 * 1024;
  /** The most pixels a picture may have, as the PDF allows: more is a decompression bomb, not a photo. */
  private static final long MAX_PIXELS = 40_000_000L;
  /** The longest side a cropped photo keeps, as in the PDF. */
  private static final int PHOTO_PIXELS = 600;

  private final ResourcePolicy policy;

  /** @param folder the résumé's folder; null when it reads no files (then only {@code data:} URIs are shown) */
  Pictures(Path folder) {
    this.policy = new ResourcePolicy(folder, false);
  }

  /** A picture read and understood: its bytes, Word's type for them, and its size in pixels. */
  record Picture(byte[] bytes, int type, String extension, int width, int height) {}

  /** The picture {@code src} names, or null when the document may not read it or Word cannot show it. */
  Picture load(String src) {
    byte[] bytes = bytes(src == null ? "" : src.strip());
    if (bytes == null) return null;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) return null;
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        int type = switch (format) {
          case "png" -> Document.PICTURE_TYPE_PNG;
          case "jpeg", "jpg" -> Document.PICTURE_TYPE_JPEG;
          case "gif" -> Document.PICTURE_TYPE_GIF;
          default -> -1;
        };
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (type < 0 || w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) return null;
        return new Picture(bytes, type, format.equals("jpg") ? "jpeg" : format, w, h);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private byte[] bytes(String src) {
    if (src.regionMatches(true, 0, "data:", 0, 5)) {
      int comma = src.indexOf(',');
      if (comma < 0 || !src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) return null;
      try {
        return Base64.getMimeDecoder().decode(src.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (policy.root() == null || src.isEmpty()) return null;
    String uri = ResourcePolicy.absolute(policy.root().toUri(), src);
    if (!policy.check(uri).allowed()) return null; // remote, another scheme, outside the folder, missing
    Path file = ResourcePolicy.path(uri);
    try {
      return file == null ? null : ResourcePolicy.read(policy.locate(file), MAX_BYTES);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The photo centre-cropped to a square (a little above the middle, where a face is), as the PDF frames it; the
   * picture as it was when it is square already or cannot be decoded.
   */
  Picture squared(Picture p) {
    if (p.width() == p.height()) return p;
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.bytes()));
      if (image == null) return p;
      int side = Math.min(image.getWidth(), image.getHeight());
      BufferedImage crop = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 3, side,
          side);
      int target = Math.min(side, PHOTO_PIXELS);
      BufferedImage out = new BufferedImage(target, target, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, target, target);
      g.drawImage(crop, 0, 0, target, target, null);
      g.dispose();
      boolean jpeg = p.type() == Document.PICTURE_TYPE_JPEG;
      ByteArrayOutputStream encoded = new ByteArrayOutputStream();
      ImageIO.write(out, jpeg ? "jpeg" : "png", encoded);
      return new Picture(encoded.toByteArray(), jpeg ? Document.PICTURE_TYPE_JPEG : Document.PICTURE_TYPE_PNG,
          jpeg ? "jpeg" : "png", target, target);
    } catch (IOException | RuntimeException e) {
      return p;
    }
  }

  /**
   * The picture as an inline run of {@code p}, {@code widthPt} wide at its own proportions, with {@code alt} as
   * its description. The paragraph's lines are then as tall as the picture needs, not the style's exact height.
   */
  static void place(XWPFParagraph p, Picture picture, double widthPt, String alt, String name) {
    place(p, picture, widthPt, alt, name, false);
  }

  /** As {@link #place(XWPFParagraph, Picture, double, String, String)}, in a circle when {@code round}. */
  static void place(XWPFParagraph p, Picture picture, double widthPt, String alt, String name, boolean round) {
    if (inline(p, picture, widthPt, alt, name, round) != null) p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
  }

  /**
   * The picture anchored to {@code p}: its top level with the paragraph's, {@code xPt} from the left margin, the
   * text wrapping square around it, {@code leftGapPt} and {@code rightGapPt} clear of it. It moves with the
   * paragraph, and the paragraph's lines keep their height; it holds no text, so nothing in it is lost to a
   * reader that skips drawings.
   */
  static void anchor(XWPFParagraph p, Picture picture, double widthPt, String alt, String name, boolean round,
      double xPt, double leftGapPt, double rightGapPt) {
    XWPFRun run = inline(p, picture, widthPt, alt, name, round);
    if (run == null) return;
    CTDrawing drawing = run.getCTR().getDrawingArray(0);
    CTInline inline = drawing.getInlineArray(0);
    CTAnchor anchor = drawing.addNewAnchor();
    anchor.setDistT(0);
    anchor.setDistB(0);
    anchor.setDistL(Units.toEMU(leftGapPt));
    anchor.setDistR(Units.toEMU(rightGapPt));
    anchor.setSimplePos2(false);
    anchor.setRelativeHeight(1);
    anchor.setBehindDoc(false);
    anchor.setLocked(false);
    anchor.setLayoutInCell(true);
    anchor.setAllowOverlap(false);
    CTPoint2D simple = anchor.addNewSimplePos();
    simple.setX(0L);
    simple.setY(0L);
    CTPosH h = anchor.addNewPositionH();
    h.setRelativeFrom(STRelFromH.MARGIN);
    h.setPosOffset(Units.toEMU(xPt));
    CTPosV v = anchor.addNewPositionV();
    v.setRelativeFrom(STRelFromV.PARAGRAPH);
    v.setPosOffset(0);
    anchor.setExtent(inline.getExtent());
    CTEffectExtent effect = anchor.addNewEffectExtent();
    effect.setL(0L);
    effect.setT(0L);
    effect.setR(0L);
    effect.setB(0L);
    anchor.addNewWrapSquare().setWrapText(STWrapText.BOTH_SIDES);
    anchor.setDocPr(inline.getDocPr());
    anchor.setGraphic(inline.getGraphic());
    drawing.removeInline(0);
  }

  /** The picture as an inline run at the end of {@code p}; null (its alt text left instead) when it cannot be. */
  private static XWPFRun inline(XWPFParagraph p, Picture picture, double widthPt, String alt, String name,
      boolean round) {
    double heightPt = widthPt * picture.height() / picture.width();
    try {
      XWPFRun run = p.createRun();
      var shown = run.addPicture(new ByteArrayInputStream(picture.bytes()), picture.type(),
          name + "." + picture.extension(), Units.toEMU(widthPt), Units.toEMU(heightPt));
      // The picture's shape, which Word and LibreOffice clip it to: a circle for a round photo.
      if (round) shown.getCTPicture().getSpPr().getPrstGeom().setPrst(STShapeType.ELLIPSE);
      CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
      inline.getDocPr().setDescr(alt);
      inline.getDocPr().setName(name);
      return run;
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      p.createRun().setText("[" + alt + "]");
      return null;
    }
  }

  /** A picture's width in points at 96 pixels an inch, no wider than {@code maxPt}. */
  static double naturalWidthPt(Picture picture, double maxPt) {
    return Math.min(picture.width() * 0.75, maxPt);
  }
}
