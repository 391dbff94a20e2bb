package dev.cvpress.render.pdf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TrueType font without what cvpress never uses, made once at build time for each bundled face (by
 * {@code FontBuild}) and once per process for each machine face (see {@link MachineFaces}), so that a process
 * starts with less to read and parse:
 *
 * <ul>
 *   <li>the hinting: the {@code fpgm}, {@code prep} and {@code cvt } tables and each glyph's instructions. Hints
 *       are small programs that snap outlines to the pixel grid of low-resolution screens; print, PDF viewers that
 *       scale smoothly and Poppler ignore them, and in the bundled fonts they are more than half of every embedded
 *       subset;
 *   <li>tables neither the layout engine nor PDFBox reads ({@code kern}, {@code GPOS}, {@code GDEF}, ...), the
 *       glyph names of the {@code post} table (its format 3 keeps the metrics), and the copies of the character
 *       map for other platforms than Windows: less to parse at start-up.
 * </ul>
 *
 * <p>The outlines, metrics, character maps and glyph substitutions stay exactly as they were.
 */
final class LeanFont {
  private LeanFont() {}

  private static final Set<String> UNUSED = Set.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "kern", "GPOS",
      "GDEF", "FFTM", "DSIG", "MATH", "PCLT");

  private record Table(String tag, int offset, int length) {}

  /** The lean font; the font itself when it is not a plain TrueType font or cannot be read. */
  static byte[] of(byte[] font) {
    try {
      return stripOrFail(font);
    } catch (RuntimeException e) {
      return font; // an unusual layout: embed it as it is
    }
  }

  private static byte[] stripOrFail(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int version = in.getInt(0);
    if (version != 0x00010000 && version != 0x74727565) return font; // 'OTTO' (CFF) or a collection
    int numTables = in.getShort(4) & 0xFFFF;
    List<Table> tables = new ArrayList<>();
    Table head = null;
    Table maxp = null;
    Table loca = null;
    Table glyf = null;
    Table post = null;
    Table cmap = null;
    for (int i = 0; i < numTables; i++) {
      int rec = 12 + 16 * i;
      String tag = new String(font, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      Table t = new Table(tag, in.getInt(rec + 8), in.getInt(rec + 12));
      tables.add(t);
      switch (tag) {
        case "head" -> head = t;
        case "maxp" -> maxp = t;
        case "loca" -> loca = t;
        case "glyf" -> glyf = t;
        case "post" -> post = t;
        case "cmap" -> cmap = t;
        default -> { }
      }
    }
    if (head == null || maxp == null || loca == null || glyf == null) return font;
    boolean longLoca = in.getShort(head.offset() + 50) != 0;
    int numGlyphs = in.getShort(maxp.offset() + 4) & 0xFFFF;

    // The glyphs, each without its instructions, and where each one starts.
    byte[] newGlyf = new byte[glyf.length() + 4 * numGlyphs + 4];
    int[] starts = new int[numGlyphs + 1];
    int at = 0;
    for (int g = 0; g < numGlyphs; g++) {
      starts[g] = at;
      int from = locaEntry(in, loca, g, longLoca);
      int to = locaEntry(in, loca, g + 1, longLoca);
      if (to > from) at = copyGlyph(font, glyf.offset() + from, to - from, newGlyf, at);
      at = (at + 3) & ~3;
    }
    starts[numGlyphs] = at;
    if (!longLoca && at > 0x1FFFE) return font; // cannot be a short loca; never happens for a smaller glyf

    byte[] newLoca = new byte[(numGlyphs + 1) * (longLoca ? 4 : 2)];
    ByteBuffer l = ByteBuffer.wrap(newLoca);
    for (int g = 0; g <= numGlyphs; g++) {
      if (longLoca) l.putInt(starts[g]);
      else l.putShort((short) (starts[g] / 2));
    }

    // Tables written anew; the others are copied as they are.
    // By identity: each table is one object, and a record's own hashCode is bootstrapped at run time.
    java.util.Map<Table, byte[]> replaced = new java.util.IdentityHashMap<>();
    replaced.put(glyf, java.util.Arrays.copyOf(newGlyf, at));
    replaced.put(loca, newLoca);
    if (post != null && post.length() >= 32) {
      // The post table's header, as format 3: the same italic angle, underline and pitch, no glyph names.
      byte[] newPost = java.util.Arrays.copyOfRange(font, post.offset(), post.offset() + 32);
      ByteBuffer.wrap(newPost).putInt(0, 0x00030000);
      replaced.put(post, newPost);
    }
    if (cmap != null) {
      byte[] windowsOnly = windowsCharacterMaps(font, cmap);
      if (windowsOnly != null) replaced.put(cmap, windowsOnly);
    }

    // Write the font again: the same tables in the same order, less the hinting ones.
    List<Table> kept = new ArrayList<>();
    for (Table t : tables) if (!UNUSED.contains(t.tag())) kept.add(t);
    int size = 12 + 16 * kept.size();
    for (Table t : kept) {
      byte[] data = replaced.get(t);
      size += ((data != null ? data.length : t.length()) + 3) & ~3;
    }
    // Four bytes of padding at the end: fontbox warns of a post table without glyph names when it ends the file.
    ByteBuffer out = ByteBuffer.allocate(size + 4);
    int entrySelector = 31 - Integer.numberOfLeadingZeros(kept.size());
    int searchRange = 16 << entrySelector;
    out.putInt(version).putShort((short) kept.size()).putShort((short) searchRange)
        .putShort((short) entrySelector).putShort((short) (kept.size() * 16 - searchRange));
    int offset = 12 + 16 * kept.size();
    for (Table t : kept) {
      byte[] data = replaced.get(t);
      int from = data != null ? 0 : t.offset();
      int length = data != null ? data.length : t.length();
      if (data == null) data = font;
      out.put(t.tag().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
          .putInt(checksum(data, from, length)).putInt(offset).putInt(length);
      out.put(offset, data, from, length);
      offset += (length + 3) & ~3;
    }
    return out.array();
  }

  /**
   * The character map table with only its Windows subtables (platform 3: the BMP map, and the full Unicode map
   * where there is one), which are the ones PDFBox reads; the Unicode-platform and Macintosh copies of the same
   * map are dropped, since fontbox parses every subtable. Null when there is no Windows subtable, or one of a
   * format whose length cannot be read here: the table then stays as it is.
   */
  private static byte[] windowsCharacterMaps(byte[] font, Table cmap) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int base = cmap.offset();
    int count = in.getShort(base + 2) & 0xFFFF;
    List<int[]> records = new ArrayList<>(); // platform, encoding, offset
    for (int i = 0; i < count; i++) {
      int rec = base + 4 + 8 * i;
      int platform = in.getShort(rec) & 0xFFFF;
      if (platform == 3) records.add(new int[] {platform, in.getShort(rec + 2) & 0xFFFF, in.getInt(rec + 4)});
    }
    if (records.isEmpty() || records.size() == count) return null;
    // Each distinct subtable once, in the order of the records; records may share one.
    java.util.Map<Integer, Integer> newOffsets = new java.util.LinkedHashMap<>();
    java.io.ByteArrayOutputStream subtables = new java.io.ByteArrayOutputStream();
    int header = 4 + 8 * records.size();
    for (int[] r : records) {
      if (newOffsets.containsKey(r[2])) continue;
      int at = base + r[2];
      int format = in.getShort(at) & 0xFFFF;
      int length = switch (format) {
        case 0, 2, 4, 6 -> in.getShort(at + 2) & 0xFFFF;
        case 8, 10, 12, 13 -> in.getInt(at + 4);
        default -> -1;
      };
      if (length <= 0 || at + length > base + cmap.length()) return null;
      newOffsets.put(r[2], header + subtables.size());
      subtables.write(font, at, length);
      while (subtables.size() % 4 != 0) subtables.write(0);
    }
    ByteBuffer out = ByteBuffer.allocate(header + subtables.size());
    out.putShort((short) 0).putShort((short) records.size());
    for (int[] r : records) out.putShort((short) r[0]).putShort((short) r[1]).putInt(newOffsets.get(r[2]));
    out.put(subtables.toByteArray());
    return out.array();
  }

  private static int locaEntry(ByteBuffer in, Table loca, int g, boolean longLoca) {
    return longLoca ? in.getInt(loca.offset() + 4 * g) : (in.getShort(loca.offset() + 2 * g) & 0xFFFF) * 2;
  }

  /** Copies one glyph without its instructions; returns where the copy ends. */
  private static int copyGlyph(byte[] font, int from, int length, byte[] out, int at) {
    ByteBuffer g = ByteBuffer.wrap(font, from, length).slice();
    int contours = g.getShort(0);
    if (contours >= 0) {
      int instructionsAt = 10 + 2 * contours;
      int instructions = g.getShort(instructionsAt) & 0xFFFF;
      System.arraycopy(font, from, out, at, instructionsAt);
      out[at + instructionsAt] = 0;
      out[at + instructionsAt + 1] = 0;
      int rest = outlineLength(g, instructionsAt + 2 + instructions, contours, length);
      System.arraycopy(font, from + instructionsAt + 2 + instructions, out, at + instructionsAt + 2, rest);
      return at + instructionsAt + 2 + rest;
    }
    // A composite glyph: components, then the instructions of the whole when the last component says so.
    int p = 10;
    int lastFlags;
    do {
      lastFlags = g.getShort(p) & 0xFFFF;
      int flagsAt = p;
      p += 4 + ((lastFlags & 0x0001) != 0 ? 4 : 2);
      if ((lastFlags & 0x0008) != 0) p += 2;
      else if ((lastFlags & 0x0040) != 0) p += 4;
      else if ((lastFlags & 0x0080) != 0) p += 8;
      if ((lastFlags & 0x0020) == 0) {
        System.arraycopy(font, from, out, at, p);
        int cleared = lastFlags & ~0x0100;
        out[at + flagsAt] = (byte) (cleared >> 8);
        out[at + flagsAt + 1] = (byte) cleared;
        return at + p;
      }
    } while (true);
  }

  /**
   * The bytes of a simple glyph's flags and coordinates from {@code at}: the glyph's data without the padding
   * after it, which would otherwise add up with the padding of the copy.
   */
  private static int outlineLength(ByteBuffer g, int at, int contours, int length) {
    if (contours == 0) return length - at;
    int points = (g.getShort(10 + 2 * (contours - 1)) & 0xFFFF) + 1;
    int p = at;
    int xBytes = 0;
    int yBytes = 0;
    for (int n = 0; n < points; ) {
      int flag = g.get(p++) & 0xFF;
      int repeat = 1;
      if ((flag & 0x08) != 0) repeat += g.get(p++) & 0xFF;
      int x = (flag & 0x02) != 0 ? 1 : (flag & 0x10) != 0 ? 0 : 2;
      int y = (flag & 0x04) != 0 ? 1 : (flag & 0x20) != 0 ? 0 : 2;
      xBytes += x * repeat;
      yBytes += y * repeat;
      n += repeat;
    }
    int end = p + xBytes + yBytes;
    if (end > length) throw new IllegalStateException("glyph outline runs past its end");
    return end - at;
  }

  private static int checksum(byte[] data, int from, int length) {
    int sum = 0;
    for (int i = 0; i < length; i += 4) {
      int word = 0;
      for (int j = 0; j < 4; j++) word = (word << 8) | (i + j < length ? data[from + i + j] & 0xFF : 0);
      sum += word;
    }
    return sum;
  }
}
