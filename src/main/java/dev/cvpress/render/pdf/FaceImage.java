package dev.cvpress.render.pdf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One face of a TrueType file on the machine (a {@code .ttf}, or one font of a {@code .ttc} collection), read
 * table by table from the file and written out as a standalone TrueType font of the tables asked for.
 *
 * <p>fontbox reads a whole file into memory before it parses it, then parses every face of a collection and
 * copies each face's outlines once more: for {@code wqy-zenhei.ttc} (17 MB, three faces) that is more than a
 * small heap holds. Here only the directory of the file and the tables a face needs are read, so fontbox is handed
 * one face without its bitmaps, font-editor sources and other tables that neither the layout engine nor PDFBox
 * reads.
 */
final class FaceImage {
  private FaceImage() {}

  /**
   * A face whose tables add up to more than this is not used: the largest TrueType CJK fonts are about 25 MB, and
   * a parse needs about four times its face's size of memory while it runs.
   */
  static final long MAX_FACE_BYTES = 40L << 20;

  /** At most this many faces in a collection and tables in a face: real fonts have a few dozen of either. */
  private static final int MAX_ENTRIES = 256;

  /** One table of a face: its tag, and where it is in the file. */
  record Table(String tag, long offset, int length) {}

  /**
   * The tables of one face; {@code index} is its place in a collection, -1 in a plain file; {@code outlines} is
   * false for CFF (OpenType {@code OTTO}) faces.
   */
  record Directory(int index, boolean outlines, List<Table> tables) {
    Table table(String tag) {
      for (Table t : tables) if (t.tag().equals(tag)) return t;
      return null;
    }

    long size(Set<String> tags) {
      long size = 0;
      for (Table t : tables) if (tags.contains(t.tag())) size += t.length();
      return size;
    }
  }

  /** The tables of a TrueType file as a layout engine and PDFBox read them; the others are never copied. */
  static final Set<String> EMBEDDED = Set.of("head", "hhea", "maxp", "OS/2", "name", "post", "cmap", "hmtx",
      "loca", "glyf", "GSUB", "vhea", "vmtx");

  /**
   * The directory of every face in {@code file}, in the file's order (index -1 for a plain TrueType file, which is no collection).
   *
   * @throws IOException when the file cannot be read or is not a TrueType font or collection
   */
  static List<Directory> read(Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
      int tag = bytes(in, 0, 4).getInt(0);
      List<Directory> faces = new ArrayList<>();
      if (tag == 0x74746366) { // 'ttcf'
        long count = bytes(in, 8, 4).getInt(0) & 0xFFFFFFFFL;
        if (count < 1 || count > MAX_ENTRIES) throw new IOException("not a font collection: " + count + " faces");
        ByteBuffer offsets = bytes(in, 12, (int) count * 4);
        for (int i = 0; i < count; i++) faces.add(face(in, size, i, offsets.getInt(4 * i) & 0xFFFFFFFFL));
      } else {
        faces.add(face(in, size, -1, 0));
      }
      return faces;
    }
  }

  private static Directory face(FileChannel in, long size, int index, long at) throws IOException {
    ByteBuffer header = bytes(in, at, 12);
    int version = header.getInt(0);
    boolean outlines = version == 0x00010000 || version == 0x74727565; // TrueType, or Apple's 'true'
    if (!outlines && version != 0x4F54544F) throw new IOException("not a TrueType font"); // 'OTTO' is CFF
    int count = header.getShort(4) & 0xFFFF;
    if (count > MAX_ENTRIES) throw new IOException("not a TrueType font: " + count + " tables");
    ByteBuffer records = bytes(in, at + 12, 16 * count);
    List<Table> tables = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      byte[] name = new byte[4];
      records.get(16 * t, name);
      long offset = records.getInt(16 * t + 8) & 0xFFFFFFFFL;
      long length = records.getInt(16 * t + 12) & 0xFFFFFFFFL;
      if (offset + length > size || length > Integer.MAX_VALUE - 8) {
        throw new IOException("table runs past the end of the file");
      }
      tables.add(new Table(new String(name, StandardCharsets.ISO_8859_1), offset, (int) length));
    }
    return new Directory(index, outlines, List.copyOf(tables));
  }

  /**
   * A standalone TrueType font of the face's tables whose tags are in {@code keep}, read from {@code file}.
   * {@code headersOnly} writes the {@code glyf} table empty and the {@code post} table without glyph names: enough
   * to read the face's character map, names and metrics, not to draw.
   */
  static byte[] standalone(Path file, Directory face, Set<String> keep, boolean headersOnly) throws IOException {
    List<Table> kept = new ArrayList<>();
    for (Table t : face.tables()) if (keep.contains(t.tag())) kept.add(t);
    List<byte[]> data = new ArrayList<>(kept.size());
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      for (Table t : kept) {
        if (headersOnly && t.tag().equals("glyf")) {
          data.add(new byte[0]);
        } else if (headersOnly && t.tag().equals("post") && t.length() >= 32) {
          // The post table's header as format 3: the same metrics, no glyph names.
          ByteBuffer post = bytes(in, t.offset(), 32);
          post.putInt(0, 0x00030000);
          data.add(post.array());
        } else {
          data.add(bytes(in, t.offset(), t.length()).array());
        }
      }
    }
    return write(kept, data);
  }

  private static byte[] write(List<Table> tables, List<byte[]> data) {
    int size = 12 + 16 * tables.size();
    for (byte[] d : data) size += (d.length + 3) & ~3;
    ByteBuffer out = ByteBuffer.allocate(size);
    int entrySelector = tables.isEmpty() ? 0 : 31 - Integer.numberOfLeadingZeros(tables.size());
    int searchRange = 16 << entrySelector;
    out.putInt(0x00010000).putShort((short) tables.size()).putShort((short) searchRange)
        .putShort((short) entrySelector).putShort((short) (tables.size() * 16 - searchRange));
    int offset = 12 + 16 * tables.size();
    for (int i = 0; i < tables.size(); i++) {
      byte[] d = data.get(i);
      out.put(tables.get(i).tag().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(d)).putInt(offset)
          .putInt(d.length);
      out.put(offset, d);
      offset += (d.length + 3) & ~3;
    }
    return out.array();
  }

  private static int checksum(byte[] data) {
    int sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      int word = 0;
      for (int j = 0; j < 4; j++) word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
      sum += word;
    }
    return sum;
  }

  private static ByteBuffer bytes(FileChannel in, long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (in.read(buffer, at + buffer.position()) < 0) throw new EOFException("font file ends early");
    }
    return buffer.flip();
  }
}
