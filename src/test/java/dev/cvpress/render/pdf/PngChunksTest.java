package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** PNGs whose compressed chunks inflate far past what their header declares are refused before the engine sees them. */
class PngChunksTest {
  private static byte[] deflatedZeros(int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      byte[] block = new byte[1 << 16];
      for (int i = 0; i < n / block.length; i++) z.write(block);
    }
    return out.toByteArray();
  }

  /** A 10 × 10 true-colour PNG with the given chunk before its image data, and the given image data. */
  private static byte[] png(String extraType, byte[] extra, byte[] idat) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ImageCheckTest.chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(10).putInt(10).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    if (extraType != null) ImageCheckTest.chunk(out, extraType, extra);
    ImageCheckTest.chunk(out, "IDAT", idat);
    ImageCheckTest.chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  @Test
  void imageDataThatInflatesFarPastThePictureIsABomb() throws IOException {
    String why = ImageCheck.problem(png(null, null, deflatedZeros(64 << 20)));
    assertTrue(why != null && why.contains("its image data inflates to more than its 10 × 10 pixels need"), why);
  }

  @Test
  void aColourProfileThatInflatesPastFourMegabytesIsABomb() throws IOException {
    ByteArrayOutputStream iccp = new ByteArrayOutputStream();
    iccp.write("icc\0\0".getBytes(StandardCharsets.ISO_8859_1));
    iccp.write(deflatedZeros(5 << 20));
    String why = ImageCheck.problem(png("iCCP", iccp.toByteArray(), deflatedZeros(10 * 31)));
    assertTrue(why != null && why.contains("its colour profile inflates to more than 4 MB"), why);
  }

  @Test
  void theHeaderCheckForStyleSheetPicturesCountsTheInflatedDataToo() throws IOException {
    String why = ImageCheck.tooLarge(png(null, null, deflatedZeros(64 << 20)));
    assertTrue(why != null && why.contains("a decompression bomb"), why);
    assertNull(ImageCheck.tooLarge(png(null, null, exactRows())));
  }

  @Test
  void exactImageDataPasses() throws IOException {
    assertNull(ImageCheck.problem(png(null, null, exactRows())));
  }

  private static byte[] exactRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(new byte[10 * 31]);
    }
    return out.toByteArray();
  }

  @Test
  void realPicturesOfEveryLayoutPass() throws IOException {
    for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY}) {
      BufferedImage img = new BufferedImage(123, 77, type);
      for (int x = 0; x < 123; x++) img.setRGB(x, x % 77, 0x3366cc);
      for (boolean interlaced : new boolean[] {false, true}) {
        byte[] bytes = write(img, interlaced);
        assertNull(PngChunks.problem(bytes), "type " + type + (interlaced ? ", interlaced" : ""));
        assertNull(ImageCheck.problem(bytes), "type " + type + (interlaced ? ", interlaced" : ""));
      }
    }
  }

  private static byte[] write(BufferedImage img, boolean interlaced) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
      if (interlaced) {
        javax.imageio.metadata.IIOMetadataNode root =
            (javax.imageio.metadata.IIOMetadataNode) meta.getAsTree("javax_imageio_png_1.0");
        ((javax.imageio.metadata.IIOMetadataNode) root.getElementsByTagName("IHDR").item(0))
            .setAttribute("interlaceMethod", "adam7");
        meta.setFromTree("javax_imageio_png_1.0", root);
      }
      writer.write(null, new IIOImage(img, null, meta), param);
    } finally {
      writer.dispose();
    }
    byte[] bytes = out.toByteArray();
    assertTrue((bytes[28] != 0) == interlaced, "interlace flag as asked");
    return bytes;
  }
}
