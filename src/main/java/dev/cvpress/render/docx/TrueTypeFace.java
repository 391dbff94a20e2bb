package dev.cvpress.render.docx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What Word needs to know of a TrueType face before it can carry it: the family it belongs to as Word groups faces
 * (the name table's legacy family, id 1, in which a semibold face is a family of its own: "Inter SemiBold"), and
 * whether it is the bold or the italic of that family (the OS/2 table's selection bits). Word and LibreOffice find
 * an embedded face by that family name, so the font table must name it so.
 *
 * @param family the legacy family name (name id 1)
 * @param bold whether the face is its family's bold
 * @param italic whether the face is its family's italic
 */
record TrueTypeFace(String family, boolean bold, boolean italic) {
  private static final int FAMILY = 1;

  /** The face {@code font} holds, or null when it is not a single TrueType face (a collection, CFF, damaged). */
  static TrueTypeFace read(byte[] font) {
    try {
      ByteBuffer b = ByteBuffer.wrap(font);
      int version = b.getInt(0);
      if (version != 0x00010000 && version != 0x74727565) return null; // not TrueType outlines in one face
      int tables = Short.toUnsignedInt(b.getShort(4));
      int name = -1;
      int os2 = -1;
      int head = -1;
      for (int i = 0; i < tables; i++) {
        int record = 12 + 16 * i;
        String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
        int offset = b.getInt(record + 8);
        switch (tag) {
          case "name" -> name = offset;
          case "OS/2" -> os2 = offset;
          case "head" -> head = offset;
          default -> { }
        }
      }
      String family = name < 0 ? null : family(b, name);
      if (family == null || family.isBlank()) return null;
      boolean bold;
      boolean italic;
      if (os2 >= 0) {
        int selection = Short.toUnsignedInt(b.getShort(os2 + 62));
        italic = (selection & 1) != 0;
        bold = (selection & 0x20) != 0;
      } else if (head >= 0) {
        int macStyle = Short.toUnsignedInt(b.getShort(head + 44));
        bold = (macStyle & 1) != 0;
        italic = (macStyle & 2) != 0;
      } else {
        bold = false;
        italic = false;
      }
      return new TrueTypeFace(family.strip(), bold, italic);
    } catch (IndexOutOfBoundsException damaged) {
      return null;
    }
  }

  /** The family name: Windows' in US English first (as Word reads it), else any Windows one, else the Mac one. */
  private static String family(ByteBuffer b, int table) {
    int count = Short.toUnsignedInt(b.getShort(table + 2));
    int strings = table + Short.toUnsignedInt(b.getShort(table + 4));
    String windows = null;
    String mac = null;
    for (int i = 0; i < count; i++) {
      int r = table + 6 + 12 * i;
      int platform = Short.toUnsignedInt(b.getShort(r));
      int language = Short.toUnsignedInt(b.getShort(r + 4));
      int id = Short.toUnsignedInt(b.getShort(r + 6));
      int length = Short.toUnsignedInt(b.getShort(r + 8));
      int offset = Short.toUnsignedInt(b.getShort(r + 10));
      if (id != FAMILY) continue;
      byte[] bytes = new byte[length];
      b.get(strings + offset, bytes);
      if (platform == 3) {
        String s = new String(bytes, StandardCharsets.UTF_16BE);
        if (language == 0x409) return s;
        if (windows == null) windows = s;
      } else if (platform == 1 && mac == null) {
        mac = new String(bytes, StandardCharsets.ISO_8859_1);
      }
    }
    return windows != null ? windows : mac;
  }
}
