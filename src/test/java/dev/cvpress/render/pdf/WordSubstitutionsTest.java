package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Word-sized substitutions write exactly the glyphs PDFBox writes with the face's whole substitution tables, in
 * every script PDFBox shapes, and work out the narrowed tables once per distinct word.
 */
class WordSubstitutionsTest {
  private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");

  /** Random words of {@code letters}, each followed by one of {@code marks}, with a fixed seed. */
  private static List<String> words(int count, int[] letters, String[] marks) {
    Random random = new Random(7);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        w.appendCodePoint(letters[random.nextInt(letters.length)]).append(marks[random.nextInt(marks.length)]);
      }
      words.add(w.toString());
    }
    return words;
  }

  private static int[] range(int from, int to) {
    return java.util.stream.IntStream.range(from, to).filter(Character::isLetter).toArray();
  }

  /** A one-page PDF of {@code text} in {@code face}, and the font it drew with. */
  private record Written(byte[] pdf, PDType0Font font) {}

  private static Written write(byte[] face, String text, boolean narrowed) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face));
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      if (narrowed) assertTrue(WordSubstitutions.apply(font), "the font narrows its substitutions");
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        // As the engine draws: the font set again for every run of text, a run holding several words.
        for (String line : text.split("\n")) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.showText(line);
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new Written(out.toByteArray(), font);
    }
  }

  /** The decoded content of the first page: the glyph codes as written. */
  private static byte[] content(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf); InputStream in = doc.getPage(0).getContents()) {
      return in.readAllBytes();
    }
  }

  private static String lines(List<String> words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) text.append(words.get(i)).append(i % 7 == 6 ? "\n" : " ");
    return text.toString().strip();
  }

  private static void assertSameGlyphs(byte[] face, List<String> words) throws IOException {
    String text = lines(words);
    Written whole = write(face, text, false);
    Written narrowed = write(face, text, true);
    assertArrayEquals(content(whole.pdf()), content(narrowed.pdf()), "the same glyphs, byte for byte");
  }

  private static byte[] noto(String file) throws IOException {
    Path font = NOTO.resolve(file);
    assumeTrue(Files.isRegularFile(font), "fonts-noto-core is installed");
    return Files.readAllBytes(font);
  }

  @Test
  void devanagariWordsGetTheGlyphsOfTheWholeTables() throws IOException {
    // Consonants, nukta, matras (ि is drawn before its consonant), virama conjuncts and reph (र्).
    assertSameGlyphs(noto("NotoSansDevanagari-Regular.ttf"), words(600, range(0x0915, 0x0939),
        new String[] {"", "\u093E", "\u093F", "\u0940", "\u094D", "\u0930\u094D", "\u093C", "\u0947", "\u0902"}));
  }

  @Test
  void bengaliWordsGetTheGlyphsOfTheWholeTables() throws IOException {
    // The Bengali worker reads a whole feature (init) when it is made, and splits ো and ৌ around a consonant.
    assertSameGlyphs(noto("NotoSansBengali-Regular.ttf"), words(600, range(0x0995, 0x09B9),
        new String[] {"", "\u09BE", "\u09BF", "\u09C7", "\u09CB", "\u09CC", "\u09CD", "\u09B0\u09CD"}));
  }

  @Test
  void gujaratiWordsGetTheGlyphsOfTheWholeTables() throws IOException {
    assertSameGlyphs(noto("NotoSansGujarati-Regular.ttf"), words(600, range(0x0A95, 0x0AB9),
        new String[] {"", "\u0ABE", "\u0ABF", "\u0AC0", "\u0ACD", "\u0AB0\u0ACD"}));
  }

  @Test
  void latinLigaturesGetTheGlyphsOfTheWholeTables() throws IOException {
    assertSameGlyphs(FontLibrary.bytes("DejaVuSans.ttf"), words(400, new int[] {'f', 'i', 'l', 'a', 'o', 'T'},
        new String[] {"", "f", "i", "\u0301"}));
  }

  @Test
  void aRecurringWordIsNarrowedOnceAndOfferedOnlyWhatItCanHold() throws IOException {
    byte[] face = noto("NotoSansDevanagari-Regular.ttf");
    String text = ("नमस्ते दुनिया\n").repeat(500);
    Written written = write(face, text, true);
    WordSubstitutions.Narrowing narrowing = assertInstanceOf(WordSubstitutions.Narrowing.class,
        written.font().getGsubData());
    assertEquals(2, narrowing.worked, "one narrowing per distinct word");
    assertEquals(998, narrowing.recalled, "every other shaping is answered from memory");

    // What the splitter is offered for a word is a small part of the face's tables: the cost of a word.
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face));
    GsubData whole = ttf.getGsubData();
    int all = 0;
    for (String feature : whole.getSupportedFeatures()) {
      all += whole.getFeature(feature).getAllGlyphIdsForSubstitution().size();
    }
    assertTrue(all > 400, "the face has hundreds of substitutions: " + all);
    assertTrue(narrowing.mostOffered < all / 10, "a word is offered " + narrowing.mostOffered + " of " + all);
  }

  @Test
  void requestsFromOutsideShapingGetWholeFeatures() throws IOException {
    byte[] face = noto("NotoSansDevanagari-Regular.ttf");
    Written written = write(face, "नमस्ते", true);
    GsubData narrowing = written.font().getGsubData();
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face));
    GsubData whole = ttf.getGsubData();
    // A worker being made reads features for what it keeps (Bengali's init): it sees them whole.
    narrowing.getLanguage();
    assertEquals(whole.getFeature("half").getAllGlyphIdsForSubstitution(),
        narrowing.getFeature("half").getAllGlyphIdsForSubstitution());
    assertNotEquals(0, whole.getFeature("half").getAllGlyphIdsForSubstitution().size());
  }

  @Test
  void aFontWithoutSubstitutionsIsLeftAsItIs() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontLibrary.bytes("DejaVuSans.ttf")));
      ttf.setEnableGsub(false);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      assertFalse(WordSubstitutions.apply(font));
      assertEquals(GsubData.NO_DATA_FOUND, font.getGsubData());
    }
  }
}
