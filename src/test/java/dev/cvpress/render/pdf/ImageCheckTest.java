package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageCheckTest {
  /**
   * A PNG whose header declares {@code w} × {@code h} pixels of {@code colourType} (2 true colour, 6 with alpha),
   * followed by a few rows of real data: decoding it whole would need gigabytes.
   */
  static byte[] pngHeader(int w, int h, int colourType) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) colourType)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[4 * (w * (colourType == 6 ? 4 : 3) + 1)]);
    deflater.finish();
    byte[] buf = new byte[1 << 20];
    int n = deflater.deflate(buf);
    chunk(out, "IDAT", Arrays.copyOf(buf, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** Appends one PNG chunk: length, type, data and CRC. */
  static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static byte[] png(int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void aDrawablePictureHasNoProblem() throws IOException {
    assertNull(ImageCheck.problem(png(40, 30)));
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
    String why = ImageCheck.problem(pngHeader(46000, 46000, 2));
    assertTrue(why.contains("46000 × 46000 pixels (2116 megapixels), more than the 40-megapixel limit"), why);
  }

  @Test
  void picturesTheEngineDecodesWholeHaveALowerCap() throws IOException {
    // 16 megapixels: fine as opaque PNG, embedded as it is; too many with alpha, which is decoded and re-packed.
    assertTrue(ImageCheck.tooLarge(pngHeader(4000, 4000, 2)) == null);
    String why = ImageCheck.tooLarge(pngHeader(4000, 4000, 6));
    assertTrue(why.contains("12-megapixel limit for GIF, BMP and grey, transparent or interlaced PNG"), why);
  }

  @Test
  void aTruncatedPictureIsCorrupt() throws IOException {
    byte[] whole = png(200, 200);
    String why = ImageCheck.problem(Arrays.copyOf(whole, whole.length / 2));
    assertNotNull(why);
    assertTrue(why.startsWith("it is corrupt or truncated"), why);
  }

  @Test
  void aTruncatedJpegIsCorrupt() throws IOException {
    BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 300; x++) img.setRGB(x, x, 0xffffff);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    byte[] whole = out.toByteArray();
    String why = ImageCheck.problem(Arrays.copyOf(whole, whole.length * 2 / 3));
    assertTrue(why != null && why.startsWith("it is corrupt or truncated"), why);
  }

  @Test
  void textSvgWebpAndEmptyFilesAreNamedForWhatTheyAre() {
    assertEquals("it is not a PNG, JPEG, GIF or BMP image",
        ImageCheck.problem("hello, I am text".getBytes(StandardCharsets.UTF_8)));
    assertTrue(ImageCheck.problem("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        .getBytes(StandardCharsets.UTF_8)).contains("SVG"));
    assertTrue(ImageCheck.problem("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)).contains("WebP"));
    assertEquals("the file is empty", ImageCheck.problem(new byte[0]));
  }
}
