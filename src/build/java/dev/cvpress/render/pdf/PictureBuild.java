package dev.cvpress.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The build step that makes the themes' list-bullet pictures into PDF image objects once, with PDFBox itself, for
 * {@link PreparedPictures}. Run by Maven as {@code PictureBuild STYLES-FOLDER OUTPUT-FILE}. It is compiled on its
 * own (src/build/java) and never goes into the jar.
 */
final class PictureBuild {
  private PictureBuild() {}

  private static final Pattern BULLET =
      Pattern.compile("list-style-image:\\s*url\\(\"data:image/png;base64,([A-Za-z0-9+/=]+)\"\\)");

  public static void main(String[] args) throws IOException {
    List<byte[]> pngs = new ArrayList<>();
    try (var listing = Files.list(Path.of(args[0]))) {
      for (Path css : listing.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
        Matcher m = BULLET.matcher(Files.readString(css));
        while (m.find()) {
          byte[] png = Base64.getDecoder().decode(m.group(1));
          if (pngs.stream().noneMatch(p -> Arrays.equals(p, png))) pngs.add(png);
        }
      }
    }
    List<byte[]> standIns = new ArrayList<>();
    List<byte[]> standInData = new ArrayList<>();
    List<COSStream> images = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      for (byte[] png : pngs) {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "bullet");
        int width = image.getWidth();
        int height = image.getHeight();
        boolean gray = image.getColorSpace() == PDDeviceGray.INSTANCE;
        if (!gray && image.getColorSpace() != PDDeviceRGB.INSTANCE) {
          throw new IllegalStateException("a bullet picture in " + image.getColorSpace() + " cannot be prepared");
        }
        byte[] standIn = standIn(width, height, gray);
        PDImageXObject taken = PDImageXObject.createFromByteArray(doc, standIn, "stand-in");
        // The stand-in must be taken over without decoding, at the picture's size, in the picture's colours.
        if (taken.getWidth() != width || taken.getHeight() != height
            || taken.getColorSpace() != image.getColorSpace()) {
          throw new IllegalStateException("a bullet picture cannot be prepared: " + width + "x" + height);
        }
        try (InputStream raw = taken.getCOSObject().createRawInputStream()) {
          standInData.add(raw.readAllBytes());
        }
        standIns.add(standIn);
        images.add(image.getCOSObject());
      }
      Path out = Path.of(args[1]);
      Files.createDirectories(out.getParent());
      try (DataOutputStream data = new DataOutputStream(Files.newOutputStream(out))) {
        PreparedPictures.write(data, pngs, standIns, standInData, images);
      }
    }
  }

  /** An opaque black PNG of the given size: PDFBox copies its compressed rows as they are. */
  static byte[] standIn(int width, int height, boolean gray) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    // 8 bits a sample; grey or RGB; deflate; the one filter method; not interlaced.
    h.write(new byte[] {8, (byte) (gray ? 0 : 2), 0, 0, 0});
    chunk(png, "IHDR", header.toByteArray());
    byte[] rows = new byte[(1 + (gray ? 1 : 3) * width) * height]; // each row: filter type 0, then black pixels
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(rows);
    deflater.finish();
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
    deflater.end();
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    d.write(t);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
