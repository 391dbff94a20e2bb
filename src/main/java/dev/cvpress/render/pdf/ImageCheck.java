package dev.cvpress.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether bytes are a picture the PDF engine can draw, found out without the memory a full decode takes: the
 * pixel count comes from the header before any pixel is decoded (a 2 MB PNG can declare 46000 × 46000 pixels),
 * and the pixels are then decoded subsampled, which reads every byte (so a truncated or corrupt file shows) into
 * a small image.
 */
final class ImageCheck {
  private ImageCheck() {}

  static {
    // Pictures are read from memory: ImageIO would otherwise copy every one it reads into a temporary file first
    // (its disk cache), once here and again in the engine, for each picture of each document. Every picture a
    // document draws passes through here before the engine reads it.
    ImageIO.setUseCache(false);
  }

  /**
   * For JPEG and opaque, non-interlaced PNG, which the PDF takes as they are: far more than a page needs at print
   * resolution (A4 at 600 dpi is 35 megapixels).
   */
  static final long MAX_PIXELS = 40_000_000L;
  /**
   * For every other picture (GIF, BMP, grey PNG, PNG with transparency or interlacing), which is decoded whole and compressed
   * again on its way into the PDF, taking about nine bytes a pixel at once: what fits the launcher's heap.
   */
  static final long MAX_DECODED_PIXELS = 12_000_000L;
  /** The size of the subsampled decode that proves the pixels readable. */
  private static final long SAMPLE_PIXELS = 250_000L;

  /** Why these bytes cannot be drawn as a picture; null when they can. */
  static String problem(byte[] bytes) {
    if (bytes.length == 0) return "the file is empty";
    if (svg(bytes)) return "it is an SVG image, which cvpress cannot draw; export it as PNG";
    if (webp(bytes)) return "it is a WebP image, which cvpress cannot draw; convert it to PNG or JPEG";
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return "it is not a PNG, JPEG, GIF or BMP image";
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        String size = size(reader, bytes);
        if (size != null) return size;
        String inflated = PngChunks.problem(bytes);
        if (inflated != null) return inflated;
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / SAMPLE_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        try {
          reader.read(0, param);
        } catch (IIOException e) {
          // CMYK and other JPEGs that Java cannot turn into colours, but the PDF embeds as they are.
          if (!reader.canReadRaster()) throw e;
          try (ImageInputStream again = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(again, true, true);
            reader.readRaster(0, param);
          }
        }
        if (!warnings.isEmpty()) return "it is corrupt or truncated (" + warnings.get(0) + ")";
        return null;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return "it is corrupt or truncated" + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
    }
  }

  /**
   * Why an image's declared size is refused, from its header (and, for PNG, what its compressed chunks inflate to,
   * counted); null when its size is fine.
   */
  static String tooLarge(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return null;
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        String size = size(reader, bytes);
        return size != null ? size : PngChunks.problem(bytes);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null; // not an image header we can read: the engine will not draw it either
    }
  }

  private static String size(ImageReader reader, byte[] bytes) throws IOException {
    long w = reader.getWidth(0);
    long h = reader.getHeight(0);
    if (w <= 0 || h <= 0) return "its header declares no size";
    long cap = embeddedAsIs(bytes) ? MAX_PIXELS : MAX_DECODED_PIXELS;
    if (w * h <= cap) return null;
    return String.format(Locale.ROOT, "it declares %d × %d pixels (%.0f megapixels), more than the %d-megapixel limit",
        w, h, w * h / 1e6, cap / 1_000_000) + (cap < MAX_PIXELS ? " for GIF, BMP and grey, transparent or interlaced PNG"
        + " (" + MAX_PIXELS / 1_000_000 + " for JPEG and opaque PNG)" : "") + "; scale it down";
  }

  /**
   * JPEG, and PNG in true colour or a palette, without interlacing or transparency: PDFBox embeds them without
   * decoding.
   */
  private static boolean embeddedAsIs(byte[] bytes) {
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) return true;
    boolean png = bytes.length > 28 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[12] == 'I';
    if (!png || !(bytes[25] == 2 || bytes[25] == 3) || bytes[28] != 0) return false;
    // The chunks before the image data: a tRNS chunk (transparency) makes PDFBox decode the picture.
    ByteBuffer b = ByteBuffer.wrap(bytes);
    for (int at = 8; at + 8 <= bytes.length; ) {
      int length = b.getInt(at);
      String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (type.equals("IDAT") || length < 0) return true;
      if (type.equals("tRNS")) return false;
      at += 12 + length;
    }
    return true;
  }

  /** Up to this size a picture is decoded whole (a 16-megapixel photo takes 64 MB); above, it is subsampled. */
  private static final long WHOLE_PIXELS = 16_000_000L;

  /**
   * The picture, decoded whole up to 16 megapixels; a larger one is subsampled while it is read (never below
   * {@code side} pixels on its shorter side), so it never sits in memory at full size. Null when it cannot be read.
   */
  static BufferedImage decode(byte[] bytes, int side) {
    // Only called for pictures Images.drawable has already found drawable.
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        int shorter = Math.min(reader.getWidth(0), reader.getHeight(0));
        int step = pixels <= WHOLE_PIXELS ? 1
            : (int) Math.max(1, Math.min(shorter / side, Math.ceil(Math.sqrt((double) pixels / WHOLE_PIXELS))));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean svg(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!doctype svg"))
        && head.contains("<svg");
  }

  private static boolean webp(byte[] bytes) {
    return bytes.length >= 12 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
        && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP");
  }
}
