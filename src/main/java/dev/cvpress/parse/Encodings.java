package dev.cvpress.parse;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Names the encoding of a file that is not UTF-8, so the message can say what it is and how to convert it. */
final class Encodings {
  private Encodings() {}

  /** How many leading bytes the zero-byte patterns of UTF-16 and UTF-32 text are looked for in. */
  private static final int SAMPLE = 256;

  /** "UTF-32LE", "UTF-32BE", "UTF-16LE" or "UTF-16BE", by byte-order mark or by where the zero bytes are; else null. */
  static String utf16or32(byte[] bytes) {
    if (SourceText.startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return "UTF-32BE";
    if (SourceText.startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return "UTF-32LE";
    if (SourceText.startsWith(bytes, 0xFE, 0xFF)) return "UTF-16BE";
    if (SourceText.startsWith(bytes, 0xFF, 0xFE)) return "UTF-16LE";
    // Without a mark: text in the Latin range has zeros in fixed places of each 2- or 4-byte unit.
    int n = Math.min(bytes.length, SAMPLE) & ~3;
    if (n < 4) return null;
    if (zerosAt(bytes, n, 4, 0, 1, 2) && bytes[3] != 0) return "UTF-32BE";
    if (zerosAt(bytes, n, 4, 1, 2, 3) && bytes[0] != 0) return "UTF-32LE";
    if (zerosAt(bytes, n, 2, 0) && bytes[1] != 0) return "UTF-16BE";
    if (zerosAt(bytes, n, 2, 1) && bytes[0] != 0) return "UTF-16LE";
    return null;
  }

  private static boolean zerosAt(byte[] bytes, int n, int unit, int... places) {
    for (int i = 0; i < n; i += unit) {
      for (int p : places) if (bytes[i + p] != 0) return false;
    }
    return true;
  }

  static String iconv(String encoding, String file) {
    String name = file.replaceFirst(".*[/\\\\]", "");
    return "iconv -f " + encoding + " -t UTF-8 " + name + " > " + name.replaceFirst("(\\.\\w+)?$", "-utf8$1");
  }

  /**
   * The error for bytes that are not UTF-8 at {@code bad}. Text with accented letters saved by an old editor is
   * Latin-1 or Windows-1252: single high bytes among ASCII. That is named, with the letter the byte would be.
   */
  static Diagnostic notUtf8(String file, byte[] bytes, int start, int bad) {
    int lineStart = bad;
    while (lineStart > start && bytes[lineStart - 1] != '\n') lineStart--;
    int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
    SourcePos pos = new SourcePos(file, SourceText.lineOf(bytes, bad), column);
    String hex = String.format("0x%02X", bytes[bad] & 0xff);
    if (looksLikeLatin1(bytes, start)) {
      String letter = new String(bytes, bad, 1, Charset.forName("windows-1252"));
      return Diagnostic.error(Code.NOT_UTF8, pos,
          "file is not UTF-8; it looks like Latin-1 (Windows-1252): byte " + hex + " at byte offset " + bad
              + " would be `" + letter + "`",
          "convert it: " + iconv("WINDOWS-1252", file) + ", or save it as UTF-8 in your editor");
    }
    return Diagnostic.error(Code.NOT_UTF8, pos, "invalid UTF-8 at byte offset " + bad + " (byte " + hex + ")",
        "save the file as UTF-8 (most editors have an \"encoding\" option)");
  }

  /** High bytes come alone or in pairs between ASCII, and none is a byte Windows-1252 leaves undefined. */
  private static boolean looksLikeLatin1(byte[] bytes, int start) {
    int run = 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        run = 0;
        continue;
      }
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D || ++run > 2) return false;
    }
    return true;
  }
}
