package dev.cvpress.render.docx;

import dev.cvpress.style.BundledFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontsList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFontFamily;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPitch;

/**
 * The bundled faces the document is set in, carried inside it as Word and LibreOffice read embedded fonts: each
 * face a part {@code word/fonts/fontN.odttf}, its first 32 bytes obfuscated with a key (a GUID made from the face,
 * so the same document gives the same bytes), declared in the font table with that key and the face it is
 * (regular, bold, italic, bold italic), and {@code embedTrueTypeFonts} in the settings. Each family also names the
 * face Word uses where embedded fonts are not read (Calibri or Georgia). The faces go in whole, as published:
 * nothing here can subset a font, and a font whose licence reserves its name may not be changed under that name.
 */
final class EmbeddedFonts {
  private EmbeddedFonts() {}

  static final String FONT_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  /**
   * A family as Word knows it: its name (the faces' own family name, by which Word and LibreOffice find them), the
   * face that stands in for it where embedded faces are not read, its kind, and the faces it carries (none: named
   * only).
   */
  record Family(String name, String altName, boolean serif, boolean mono, List<Face> faces) {}

  /** One face of a family, in the slot Word keeps it in: its file's name (which seeds its key) and its bytes. */
  record Face(Slot slot, String file, byte[] bytes) {}

  /** The faces Word embeds for a family, in the order the font table names them. */
  enum Slot {
    REGULAR, BOLD, ITALIC, BOLD_ITALIC;

    static Slot of(boolean bold, boolean italic) {
      return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }
  }

  /**
   * The families Word knows {@code sources} as, in the order their faces come: each face under its own family name
   * and in the slot its bold and italic bits give (a semibold face is the regular of a family of its own); a second
   * face for a slot already taken is left out.
   */
  static List<Family> families(List<DocumentFonts.Source> sources, String altName, boolean serif, boolean mono) {
    java.util.Map<String, java.util.Map<Slot, Face>> byName = new java.util.LinkedHashMap<>();
    for (DocumentFonts.Source s : sources) {
      TrueTypeFace face = TrueTypeFace.read(s.bytes());
      if (face == null) continue;
      byName.computeIfAbsent(face.family(), k -> new java.util.EnumMap<>(Slot.class))
          .putIfAbsent(Slot.of(face.bold(), face.italic()), new Face(Slot.of(face.bold(), face.italic()), s.file(),
              s.bytes()));
    }
    List<Family> out = new java.util.ArrayList<>();
    byName.forEach((name, faces) -> out.add(new Family(name, altName, serif, mono, List.copyOf(faces.values()))));
    return out;
  }

  /** The bundled family called {@code name}, or null when the document is set in a face cvpress does not carry. */
  static BundledFamily bundled(String name) {
    return name == null ? null : BundledFamily.named(name.strip().replaceAll("^[\"']|[\"']$", "")).orElse(null);
  }

  /** Writes the font table with {@code families}, embedding the faces of each that is bundled. */
  static void embed(XWPFDocument doc, List<Family> families) throws IOException {
    try {
      OPCPackage pkg = doc.getPackage();
      PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart table = pkg.createPart(tableName, XWPFRelation.FONT_TABLE.getContentType());
      doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
      FontsDocument fonts = FontsDocument.Factory.newInstance();
      CTFontsList list = fonts.addNewFonts();
      int n = 0;
      boolean embedded = false;
      for (Family family : families) {
        CTFont font = list.addNewFont();
        font.setName(family.name());
        if (family.altName() != null && !family.altName().equals(family.name())) {
          font.addNewAltName().setVal(family.altName());
        }
        font.addNewFamily().setVal(family.mono() ? STFontFamily.MODERN
            : family.serif() ? STFontFamily.ROMAN : STFontFamily.SWISS);
        font.addNewPitch().setVal(family.mono() ? STPitch.FIXED : STPitch.VARIABLE);
        for (Face face : family.faces()) {
          byte[] bytes = face.bytes();
          String key = key(face.file(), bytes);
          PackagePartName partName = PackagingURIHelper.createPartName("/word/fonts/font" + (++n) + ".odttf");
          PackagePart part = pkg.createPart(partName, OBFUSCATED_FONT);
          try (OutputStream out = part.getOutputStream()) {
            out.write(obfuscated(bytes, key));
          }
          String id = table.addRelationship(partName, TargetMode.INTERNAL, FONT_RELATION).getId();
          CTFontRel rel = switch (face.slot()) {
            case REGULAR -> font.addNewEmbedRegular();
            case BOLD -> font.addNewEmbedBold();
            case ITALIC -> font.addNewEmbedItalic();
            case BOLD_ITALIC -> font.addNewEmbedBoldItalic();
          };
          rel.setId(id);
          rel.setFontKey(key);
          embedded = true;
        }
      }
      try (OutputStream out = table.getOutputStream()) {
        fonts.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      }
      // Word reads embedded faces only from a document that says it carries them.
      if (embedded) doc.getSettings().getCTSettings().addNewEmbedTrueTypeFonts();
    } catch (InvalidFormatException cannotBe) {
      throw new IllegalStateException("fixed part names are valid", cannotBe);
    }
  }

  /** The font key: a GUID made from the face's name and bytes, in braces and capitals as Word writes it. */
  static String key(String file, byte[] bytes) {
    byte[] name = file.getBytes(StandardCharsets.UTF_8);
    byte[] seed = new byte[name.length + bytes.length];
    System.arraycopy(name, 0, seed, 0, name.length);
    System.arraycopy(bytes, 0, seed, name.length, bytes.length);
    return "{" + UUID.nameUUIDFromBytes(seed).toString().toUpperCase(Locale.ROOT) + "}";
  }

  /**
   * A face as an .odttf holds it: its first 32 bytes XORed with the key's 16 bytes, which are the GUID's hex digits
   * read as bytes from the last to the first (ECMA-376, part 1, 17.8.1). The same operation undoes it.
   */
  static byte[] obfuscated(byte[] font, String key) {
    String hex = key.replaceAll("[{}-]", "");
    byte[] k = new byte[16];
    for (int i = 0; i < 16; i++) k[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
    byte[] out = font.clone();
    for (int i = 0; i < Math.min(32, out.length); i++) out[i] ^= k[i % 16];
    return out;
  }
}
