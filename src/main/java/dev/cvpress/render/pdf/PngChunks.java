package dev.cvpress.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a PNG's compressed chunks inflate to, counted without keeping it: a 1 MB file can hold a gigabyte of image
 * data for a 10 × 10 picture, or a gigabyte-long colour profile, and the PDF engine inflates both whole (the
 * profile when it embeds the picture, the image data when a page is drawn as PNG). The header's size check cannot
 * see either.
 */
final class PngChunks {
  private PngChunks() {}

  /** Larger than any real colour profile (they run to a few hundred KB). */
  static final int MAX_PROFILE = 4 << 20;
  /** Adam7 passes: x offset, y offset, x step, y step. */
  private static final int[][] PASSES = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4},
      {1, 0, 2, 2}, {0, 1, 1, 2}};

  /** Why a PNG's compressed data is refused; null when it inflates to what its header declares, or it is no PNG. */
  static String problem(byte[] bytes) {
    if (bytes.length < 33 || (bytes[0] & 0xff) != 0x89 || bytes[1] != 'P' || bytes[12] != 'I') return null;
    ByteBuffer b = ByteBuffer.wrap(bytes);
    long expected = imageBytes(b.getInt(16) & 0xffffffffL, b.getInt(20) & 0xffffffffL, bytes[24] & 0xff,
        bytes[25] & 0xff, bytes[28] != 0);
    Inflater image = new Inflater();
    try {
      long inflated = 0;
      for (int at = 8; at + 8 <= bytes.length; ) {
        int length = b.getInt(at);
        if (length < 0 || at + 8L + length > bytes.length) break; // truncated: the decoder says so
        String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
        if (type.equals("IDAT")) {
          image.setInput(bytes, at + 8, length);
          // A few bytes of slack for encoders that pad; real image data inflates to exactly the declared size.
          inflated += inflate(image, expected + 4096 - inflated);
          if (inflated > expected + 4096) {
            return "its image data inflates to more than its " + b.getInt(16) + " × " + b.getInt(20)
                + " pixels need (a decompression bomb)";
          }
        } else if (type.equals("iCCP") && profileTooLong(bytes, at + 8, length)) {
          return "its colour profile inflates to more than " + (MAX_PROFILE >> 20) + " MB (a decompression bomb)";
        }
        at += 12 + length;
      }
      return null;
    } catch (DataFormatException e) {
      return "it is corrupt or truncated (broken compressed data)";
    } finally {
      image.end();
    }
  }

  /** The iCCP chunk: a name, a NUL, a method byte, then the deflated profile. */
  private static boolean profileTooLong(byte[] bytes, int start, int length) throws DataFormatException {
    int nul = start;
    while (nul < start + length && bytes[nul] != 0) nul++;
    if (nul + 2 > start + length) return false;
    Inflater profile = new Inflater();
    try {
      profile.setInput(bytes, nul + 2, start + length - nul - 2);
      return inflate(profile, MAX_PROFILE) > MAX_PROFILE;
    } finally {
      profile.end();
    }
  }

  /** Inflates what the inflater has, stopping once past {@code budget} bytes; returns how many came out. */
  private static long inflate(Inflater inflater, long budget) throws DataFormatException {
    byte[] scratch = new byte[64 * 1024];
    long out = 0;
    while (out <= budget && !inflater.finished()) {
      int n = inflater.inflate(scratch);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
      out += n;
    }
    return out;
  }

  /** The bytes of filtered scanlines a picture of this size, bit depth and colour type inflates to. */
  private static long imageBytes(long w, long h, int depth, int colourType, boolean interlaced) {
    int channels = switch (colourType) {
      case 2 -> 3;
      case 4 -> 2;
      case 6 -> 4;
      default -> 1;
    };
    long bits = (long) channels * Math.max(1, depth);
    if (!interlaced) return rows(w, h, bits);
    long total = 0;
    for (int[] p : PASSES) total += rows((w - p[0] + p[2] - 1) / p[2], (h - p[1] + p[3] - 1) / p[3], bits);
    return total;
  }

  private static long rows(long w, long h, long bitsPerPixel) {
    return w <= 0 || h <= 0 ? 0 : h * (1 + (w * bitsPerPixel + 7) / 8);
  }
}
