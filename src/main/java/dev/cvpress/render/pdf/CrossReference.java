package dev.cvpress.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Completes the cross-reference stream PDFBox writes at the end of a compressed PDF. PDFBox lists every object
 * but the cross-reference stream itself, while its {@code /Size} counts it; the PDF specification (7.5.8) has the
 * stream list itself, and {@code qpdf --check} warns of every such file that the number of objects is not one
 * plus the highest object number. The stream is written again with an entry for itself; it stays where it was, so
 * no other offset changes.
 */
final class CrossReference {
  private CrossReference() {}

  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
  private static final Pattern HEADER =
      Pattern.compile("(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\r?\n", Pattern.DOTALL);
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
  private static final Pattern INDEX = Pattern.compile("/Index \\[([\\d ]*)\\]");
  private static final Pattern W = Pattern.compile("/W \\[(\\d+) (\\d+) (\\d+)\\]");

  /**
   * The PDF with its last cross-reference stream listing itself; the PDF as it is when that stream lists itself
   * already, or when its end is not a cross-reference stream as PDFBox writes one (a classic table needs nothing).
   */
  static byte[] withOwnEntry(byte[] pdf) {
    try {
      byte[] fixed = rewrite(pdf);
      return fixed != null ? fixed : pdf;
    } catch (RuntimeException | DataFormatException e) {
      return pdf;
    }
  }

  private static byte[] rewrite(byte[] pdf) throws DataFormatException {
    int tailFrom = Math.max(0, pdf.length - 64);
    Matcher end = STARTXREF.matcher(new String(pdf, tailFrom, pdf.length - tailFrom, StandardCharsets.ISO_8859_1));
    if (!end.find()) return null;
    int at = Integer.parseInt(end.group(1));
    if (at <= 0 || at >= pdf.length) return null;
    // The dictionary of the stream: a few hundred bytes, never more than a kilobyte.
    String head = new String(pdf, at, Math.min(1024, pdf.length - at), StandardCharsets.ISO_8859_1);
    Matcher h = HEADER.matcher(head);
    if (!h.lookingAt()) return null;
    String dict = h.group(2);
    if (!dict.contains("/Type /XRef") || !dict.contains("/Filter /FlateDecode") || dict.contains("/DecodeParms")) {
      return null;
    }
    long self = Long.parseLong(h.group(1));
    Matcher length = LENGTH.matcher(dict);
    Matcher index = INDEX.matcher(dict);
    Matcher w = W.matcher(dict);
    Matcher size = SIZE.matcher(dict);
    if (!length.find() || !index.find() || !w.find() || !size.find()) return null;
    int dataFrom = at + h.end();
    int dataLength = Integer.parseInt(length.group(1));
    if (dataFrom + dataLength > pdf.length) return null;

    int[] widths = {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))};
    List<long[]> sections = sections(index.group(1));
    int rows = 0;
    for (long[] s : sections) {
      if (self >= s[0] && self < s[0] + s[1]) return null; // it lists itself already
      rows += (int) s[1];
    }
    List<long[]> entries = decode(inflate(pdf, dataFrom, dataLength), widths, rows);
    if (entries == null) return null;

    // Its own entry: in use, at the offset startxref names, generation 0.
    entries.add(new long[] {1, at, 0});
    long[] last = sections.get(sections.size() - 1);
    if (last[0] + last[1] == self) last[1]++;
    else sections.add(new long[] {self, 1});
    int[] newWidths = widths(entries);
    byte[] data = deflate(encode(entries, newWidths));

    StringBuilder newIndex = new StringBuilder();
    for (long[] s : sections) newIndex.append(newIndex.length() == 0 ? "" : " ").append(s[0]).append(' ').append(s[1]);
    String newDict = dict
        .replace(length.group(), "/Length " + data.length)
        .replace(index.group(), "/Index [" + newIndex + "]")
        .replace(w.group(), "/W [" + newWidths[0] + " " + newWidths[1] + " " + newWidths[2] + "]")
        .replace(size.group(), "/Size " + Math.max(self + 1, Long.parseLong(size.group(1))));

    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, at);
    byte[] header = (head.substring(0, h.start(2)) + newDict + head.substring(h.end(2), h.end()))
        .getBytes(StandardCharsets.ISO_8859_1);
    out.write(header, 0, header.length);
    out.write(data, 0, data.length);
    out.write(pdf, dataFrom + dataLength, pdf.length - dataFrom - dataLength);
    return out.toByteArray();
  }

  private static List<long[]> sections(String index) {
    String[] numbers = index.trim().split(" +");
    if (numbers.length < 2 || numbers.length % 2 != 0) throw new IllegalArgumentException("odd /Index");
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < numbers.length; i += 2) {
      out.add(new long[] {Long.parseLong(numbers[i]), Long.parseLong(numbers[i + 1])});
    }
    return out;
  }

  private static List<long[]> decode(byte[] data, int[] widths, int rows) {
    int row = widths[0] + widths[1] + widths[2];
    if (row == 0 || data.length != (long) row * rows) return null;
    List<long[]> out = new ArrayList<>(rows + 1);
    int p = 0;
    for (int r = 0; r < rows; r++) {
      long[] entry = new long[3];
      for (int c = 0; c < 3; c++) {
        long v = 0;
        for (int b = 0; b < widths[c]; b++) v = (v << 8) | (data[p++] & 0xFF);
        // A missing type column means type 1 (in use).
        entry[c] = widths[c] == 0 && c == 0 ? 1 : v;
      }
      out.add(entry);
    }
    return out;
  }

  /** The fewest bytes each column needs, as PDFBox chooses them. */
  private static int[] widths(List<long[]> entries) {
    int[] w = new int[3];
    for (long[] e : entries) {
      for (int c = 0; c < 3; c++) {
        int bytes = 0;
        for (long v = e[c]; v > 0; v >>>= 8) bytes++;
        w[c] = Math.max(w[c], bytes);
      }
    }
    return w;
  }

  private static byte[] encode(List<long[]> entries, int[] widths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 8);
    for (long[] e : entries) {
      for (int c = 0; c < 3; c++) {
        for (int b = widths[c] - 1; b >= 0; b--) out.write((int) (e[c] >>> (8 * b)));
      }
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] pdf, int from, int length) throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
        out.write(buffer, 0, n);
        if (out.size() > 64 << 20) throw new DataFormatException("cross-reference stream too big");
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
