package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;

/** The faces a Word document carries, read back from its font table and undone from their obfuscation. */
class EmbeddedFontsTest {
  @TempDir Path dir;

  private static List<CTFont> fontTable(XWPFDocument doc) throws Exception {
    PackagePart table = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
    assertNotNull(table, "a font table");
    try (InputStream in = table.getInputStream()) {
      return List.of(FontsDocument.Factory.parse(in).getFonts().getFontArray());
    }
  }

  /** The face a font-table entry points to, as the font file it was before it was obfuscated. */
  private static byte[] face(XWPFDocument doc, CTFontRel rel) throws Exception {
    PackagePart table = doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
    PackageRelationship r = table.getRelationship(rel.getId());
    assertEquals(EmbeddedFonts.FONT_RELATION, r.getRelationshipType());
    PackagePart part = table.getRelatedPart(r);
    assertEquals(EmbeddedFonts.OBFUSCATED_FONT, part.getContentType());
    try (InputStream in = part.getInputStream()) {
      return EmbeddedFonts.obfuscated(in.readAllBytes(), rel.getFontKey());
    }
  }

  private static byte[] bundled(String file) throws Exception {
    try (InputStream in = EmbeddedFontsTest.class.getResourceAsStream("/fonts/" + file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aSansThemeCarriesSourceSans3InItsFourFacesWithCalibriNamedForAWordWithoutThem() throws Exception {
    Rendered r = DocxRendererTest.render(Path.of("examples/jane-doe.md"), "modern");
    byte[] docx = DocxRendererTest.docx(r);
    assertTrue(docx.length < 800_000, "a sensible size: " + docx.length);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<CTFont> fonts = fontTable(doc);
      assertEquals(List.of("Source Sans 3"), fonts.stream().map(CTFont::getName).toList(), "no code, no mono face");
      CTFont sans = fonts.get(0);
      assertEquals("Calibri", sans.getAltName().getVal());
      assertArrayEquals(bundled("SourceSans3_400Regular.ttf"), face(doc, sans.getEmbedRegular()));
      assertArrayEquals(bundled("SourceSans3_700Bold.ttf"), face(doc, sans.getEmbedBold()));
      assertArrayEquals(bundled("SourceSans3_400Regular_Italic.ttf"), face(doc, sans.getEmbedItalic()));
      assertArrayEquals(bundled("SourceSans3_700Bold_Italic.ttf"), face(doc, sans.getEmbedBoldItalic()));
      // Obfuscated in the file: its first bytes are not a font's.
      List<String> keys = new ArrayList<>();
      for (CTFontRel rel : List.of(sans.getEmbedRegular(), sans.getEmbedBold())) {
        keys.add(rel.getFontKey());
        assertTrue(rel.getFontKey().matches("\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}}"), rel.getFontKey());
      }
      assertFalse(keys.get(0).equals(keys.get(1)), "a key per face");
      assertTrue(doc.getSettings().getCTSettings().isSetEmbedTrueTypeFonts(), "Word told to read them");
      assertEquals("Source Sans 3", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
          .getAscii());
    }
  }

  @Test
  void theObfuscationXorsTheFirst32BytesWithTheKeyReadBackwards() {
    byte[] font = new byte[40];
    byte[] out = EmbeddedFonts.obfuscated(font, "{00112233-4455-6677-8899-AABBCCDDEEFF}");
    assertEquals((byte) 0xFF, out[0]);
    assertEquals((byte) 0xEE, out[1]);
    assertEquals((byte) 0x00, out[15]);
    assertEquals((byte) 0xFF, out[16]);
    assertEquals((byte) 0x00, out[31]);
    assertEquals(0, out[32], "past 32 bytes the face is as it was");
  }

  @Test
  void aSerifThemeCarriesSourceSerif4AndCodeBringsLiberationMono() throws Exception {
    Path cv = dir.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        theme: classic
        ---

        ## Work

        Wrote `note G` for the engine.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      List<CTFont> fonts = fontTable(doc);
      assertEquals(List.of("Source Serif 4", "Liberation Mono"), fonts.stream().map(CTFont::getName).toList());
      assertEquals("Georgia", fonts.get(0).getAltName().getVal());
      assertEquals("Courier New", fonts.get(1).getAltName().getVal());
      assertArrayEquals(bundled("SourceSerif4_400Regular.ttf"), face(doc, fonts.get(0).getEmbedRegular()));
      assertArrayEquals(bundled("LiberationMono-Regular.ttf"), face(doc, fonts.get(1).getEmbedRegular()));
      assertFalse(fonts.get(1).isSetEmbedItalic(), "a face the family lacks is not made up");
    }
  }
}
