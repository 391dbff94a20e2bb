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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
  void aSansThemeCarriesSourceSans3AndItsSemiboldAsAFamilyOfItsOwnWithCalibriNamedForAWordWithoutThem()
      throws Exception {
    Rendered r = DocxRendererTest.render(Path.of("examples/jane-doe.md"), "modern");
    byte[] docx = DocxRendererTest.docx(r);
    assertTrue(docx.length < 1_000_000, "a sensible size: " + docx.length);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<CTFont> fonts = fontTable(doc);
      assertEquals(List.of("Source Sans 3", "Source Sans 3 SemiBold"), fonts.stream().map(CTFont::getName).toList(),
          "no code, no mono face");
      CTFont sans = fonts.get(0);
      assertEquals("Calibri", sans.getAltName().getVal());
      assertArrayEquals(bundled("SourceSans3_400Regular.ttf"), face(doc, sans.getEmbedRegular()));
      assertArrayEquals(bundled("SourceSans3_700Bold.ttf"), face(doc, sans.getEmbedBold()));
      assertArrayEquals(bundled("SourceSans3_400Regular_Italic.ttf"), face(doc, sans.getEmbedItalic()));
      assertArrayEquals(bundled("SourceSans3_700Bold_Italic.ttf"), face(doc, sans.getEmbedBoldItalic()));
      // Word has no semibold: the 600 faces are the regular and italic of a family named as the faces name it.
      CTFont semibold = fonts.get(1);
      assertEquals("Calibri", semibold.getAltName().getVal());
      assertArrayEquals(bundled("SourceSans3_600SemiBold.ttf"), face(doc, semibold.getEmbedRegular()));
      assertArrayEquals(bundled("SourceSans3_600SemiBold_Italic.ttf"), face(doc, semibold.getEmbedItalic()));
      assertFalse(semibold.isSetEmbedBold(), "its bold would be a made-up one");
      assertEquals("Source Sans 3 SemiBold", TrueTypeFace.read(bundled("SourceSans3_600SemiBold.ttf")).family());
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
      // modern's section and entry titles are semibold: set in that family, not bold; its name is bold.
      for (String heading : List.of(WordStyles.SECTION, WordStyles.ENTRY)) {
        var run = doc.getStyles().getStyle(heading).getCTStyle().getRPr();
        assertEquals("Source Sans 3 SemiBold", run.getRFontsArray(0).getAscii(), heading);
        assertEquals(0, run.sizeOfBArray(), heading + " is not Word's bold");
      }
      var name = doc.getStyles().getStyle(WordStyles.TITLE).getCTStyle().getRPr();
      assertEquals("Source Sans 3", name.getRFontsArray(0).getAscii());
      assertEquals(1, name.sizeOfBArray(), "the name is bold");
      // Strong text (Languages:) is semibold too; the organisation after a title is regular.
      XWPFParagraph skills = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Languages: Go"))
          .findFirst().orElseThrow();
      assertEquals("Source Sans 3 SemiBold", skills.getRuns().get(0).getFontFamily());
      XWPFParagraph entry = DocxRendererTest.styled(doc, WordStyles.ENTRY).get(0);
      XWPFRun org = entry.getRuns().stream().filter(x -> x.text().equals("Acme Corp")).findFirst().orElseThrow();
      assertEquals("Source Sans 3", org.getFontFamily());
      assertFalse(org.isBold());
    }
  }

  @Test
  void aFontFileOfTheResumesOwnIsCarriedUnderTheNameItsFaceGives() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("own"));
    Files.write(folder.resolve("brand.ttf"), bundled("LiberationSerif-Regular.ttf"));
    Path cv = folder.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        style:
          font: brand.ttf
        ---

        ## Work

        Wrote **note G** for the engine.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      List<CTFont> fonts = fontTable(doc);
      assertEquals(List.of("Liberation Serif"), fonts.stream().map(CTFont::getName).toList());
      assertArrayEquals(bundled("LiberationSerif-Regular.ttf"), face(doc, fonts.get(0).getEmbedRegular()));
      assertFalse(fonts.get(0).isSetEmbedBold(), "only the face the file holds");
      assertEquals("Liberation Serif", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
          .getAscii());
      assertEquals("Liberation Serif", doc.getStyles().getStyle(WordStyles.SECTION).getCTStyle().getRPr()
          .getRFontsArray(0).getAscii(), "no semibold of its own: the titles are its bold");
    }
  }

  @Test
  void aStyleSheetsOwnFontFacesAreCarriedAndItsSemiboldFaceIsAFamilyOfItsOwn() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("sheet"));
    Files.write(folder.resolve("text.ttf"), bundled("SourceSerif4_400Regular.ttf"));
    Files.write(folder.resolve("text-semibold.ttf"), bundled("SourceSerif4_600SemiBold.ttf"));
    Files.write(folder.resolve("text-bold.ttf"), bundled("SourceSerif4_700Bold.ttf"));
    Files.writeString(folder.resolve("house.css"), """
        /* name: house */
        @font-face { font-family: "House"; src: url(text.ttf); font-weight: normal; }
        @font-face { font-family: "House"; src: url("text-semibold.ttf"); font-weight: 600; }
        @font-face { font-family: "House"; src: url('text-bold.ttf'); font-weight: bold; }
        @font-face { font-family: "Elsewhere"; src: url(../outside.ttf); }
        body { font-family: "House", serif; }
        .section-title { font-weight: 600; }
        """, StandardCharsets.UTF_8);
    Files.write(dir.resolve("outside.ttf"), bundled("LiberationMono-Regular.ttf"));
    Path cv = folder.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        style:
          theme: house.css
        ---

        ## Work

        Wrote note G for the engine.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      List<CTFont> fonts = fontTable(doc);
      assertEquals(List.of("Source Serif 4", "Source Serif 4 SemiBold"), fonts.stream().map(CTFont::getName).toList(),
          "named as the faces name themselves, not as the style sheet calls them");
      assertArrayEquals(bundled("SourceSerif4_400Regular.ttf"), face(doc, fonts.get(0).getEmbedRegular()));
      assertArrayEquals(bundled("SourceSerif4_700Bold.ttf"), face(doc, fonts.get(0).getEmbedBold()));
      assertArrayEquals(bundled("SourceSerif4_600SemiBold.ttf"), face(doc, fonts.get(1).getEmbedRegular()));
      assertEquals("Source Serif 4 SemiBold", doc.getStyles().getStyle(WordStyles.SECTION).getCTStyle().getRPr()
          .getRFontsArray(0).getAscii());
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
      assertEquals(List.of("Source Serif 4", "Source Serif 4 SemiBold", "Liberation Mono"),
          fonts.stream().map(CTFont::getName).toList());
      assertEquals("Georgia", fonts.get(0).getAltName().getVal());
      assertEquals("Georgia", fonts.get(1).getAltName().getVal());
      assertEquals("Courier New", fonts.get(2).getAltName().getVal());
      assertArrayEquals(bundled("SourceSerif4_400Regular.ttf"), face(doc, fonts.get(0).getEmbedRegular()));
      assertArrayEquals(bundled("SourceSerif4_600SemiBold.ttf"), face(doc, fonts.get(1).getEmbedRegular()));
      assertArrayEquals(bundled("LiberationMono-Regular.ttf"), face(doc, fonts.get(2).getEmbedRegular()));
      assertFalse(fonts.get(2).isSetEmbedItalic(), "a face the family lacks is not made up");
    }
  }
}
