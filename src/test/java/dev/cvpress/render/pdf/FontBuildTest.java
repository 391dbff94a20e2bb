package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontBuildTest {
  @Test
  void writesLeanFontsTheirFactsAndCopiesTheRest(@TempDir Path dir) throws IOException {
    Path from = Files.createDirectories(dir.resolve("from"));
    Files.write(from.resolve("LiberationSans-Bold.ttf"), LeanFontTest.original("LiberationSans-Bold.ttf"));
    Files.writeString(from.resolve("LICENSE.txt"), "licence");
    FontBuild.main(new String[] {from.toString(), dir.resolve("to").toString()});
    byte[] lean = LeanFont.of(LeanFontTest.original("LiberationSans-Bold.ttf"));
    assertArrayEquals(lean, Files.readAllBytes(dir.resolve("to/LiberationSans-Bold.ttf")));
    assertEquals("licence", Files.readString(dir.resolve("to/LICENSE.txt")));
    String facts = Files.readString(dir.resolve("to/faces.properties"));
    assertEquals(FontBuild.factsFile(Map.of("LiberationSans-Bold.ttf", FontBuild.factsOf(parse(lean)))), facts);
    assertArrayEquals(FontBuild.coversFile(Map.of("LiberationSans-Bold.ttf", FontBuild.factsOf(parse(lean)))),
        Files.readAllBytes(dir.resolve("to/faces.covers")));
  }

  @Test
  void aFaceWhoseLicenceReservesItsNameShipsAsPublished(@TempDir Path dir) throws IOException {
    Path from = Files.createDirectories(dir.resolve("from"));
    byte[] original = LeanFontTest.original("LiberationSans-Bold.ttf");
    Files.write(from.resolve("LiberationSans-Bold.ttf"), original);
    Files.writeString(from.resolve("OFL.txt"), "Copyright 2012 Someone, with Reserved Font Name 'Liberation'.");
    FontBuild.main(new String[] {from.toString(), dir.resolve("to").toString()});
    assertArrayEquals(original, Files.readAllBytes(dir.resolve("to/LiberationSans-Bold.ttf")));
    // Its facts are those of the lean face every document loads.
    String facts = Files.readString(dir.resolve("to/faces.properties"));
    assertEquals(FontBuild.factsFile(Map.of("LiberationSans-Bold.ttf",
        FontBuild.factsOf(parse(LeanFont.of(original))))), facts);
  }

  @Test
  void theJarsSourceSansFacesAreTheFilesAsPublished() throws IOException {
    try (var files = Files.list(Path.of("fonts", "source-sans-3"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ttf")).toList()) {
        try (var in = FontBuildTest.class.getResourceAsStream("/fonts/" + file.getFileName())) {
          assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), file.toString());
        }
      }
    }
  }

  @Test
  void theFactsInTheJarAreThoseOfTheBundledFaces() throws IOException {
    Map<String, FaceFacts> bundled = FaceFacts.bundled();
    assertEquals(FontLibrary.files().size(), bundled.size(), "one entry per bundled face");
    for (String file : FontLibrary.files()) {
      FaceFacts expected = FontBuild.factsOf(parse(FontLibrary.bytes(file)));
      FaceFacts actual = bundled.get(file);
      assertEquals(expected.gsubChars(), actual.gsubChars(), file);
      assertArrayEquals(expected.covered(), actual.covered(), file);
      assertMetricsEqual(expected.metrics(), actual.metrics(), file);
    }
  }

  private static void assertMetricsEqual(PdfBoxRawPDFontMetrics a, PdfBoxRawPDFontMetrics b, String file) {
    assertArrayEquals(
        new float[] {a._ascent, a._descent, a._strikethroughOffset, a._strikethroughThickness, a._underlinePosition,
            a._underlineThickness, a._typoDescent},
        new float[] {b._ascent, b._descent, b._strikethroughOffset, b._strikethroughThickness, b._underlinePosition,
            b._underlineThickness, b._typoDescent}, file);
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }
}
