package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Origin;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading style options from front matter and the command line, and the CSS they become. */
class StyleTest {
  @TempDir Path dir;

  /** Front matter whose {@code style:} holds these options, one per line from line 3 of cv.md. */
  private static Meta meta(String... keyValues) {
    return meta(Set.of(), keyValues);
  }

  private static Meta meta(Set<String> topLevel, String... keyValues) {
    Map<String, String> style = new LinkedHashMap<>();
    Map<String, SourcePos> pos = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      style.put(keyValues[i], keyValues[i + 1]);
      pos.put(keyValues[i], new SourcePos("cv.md", 3 + i / 2, 3));
    }
    return new Meta("", "en", List.of(), null, style, pos, topLevel, Map.of());
  }

  private Style read(String... keyValues) throws CvpressException {
    return Style.read(meta(keyValues), dir);
  }

  private List<Diagnostic> errors(String... keyValues) {
    return assertThrows(CvpressException.class, () -> read(keyValues)).diagnostics();
  }

  private static Theme theme(String layout, String pageCss) {
    return Theme.parse("/* name: t\n * accent: #1f5a8a\n * layout: " + layout + " */\n" + pageCss
        + "h2 { color: #1F5A8A; }\n", "t", "test");
  }

  @Test
  void keysAreTheDeclaredOptionsInOrder() {
    assertEquals(StyleOptions.ALL.stream().map(StyleOption::key).toList(), List.copyOf(Style.KEYS));
    assertThrows(UnsupportedOperationException.class, () -> Style.KEYS.add("colour"));
  }

  @Test
  void nothingGivenMeansEveryDefault() throws Exception {
    Style style = read();
    assertNull(style.theme());
    assertNull(style.fontSizePt());
    assertNull(style.margins());
    assertNull(style.fontFile());
    assertNull(style.fitPages());
    assertTrue(style.icons());
    assertFalse(style.originalDates());
    assertEquals(List.of(), style.hide());
    assertEquals(List.of(), style.sectionOrder());
    assertEquals("a4", style.valueOrDefault(StyleOptions.PAPER));
    assertNull(style.get(StyleOptions.PAPER), "a default is not a value given");
    assertEquals("\n/* options */\n", style.css(theme("single", "")));
  }

  @Test
  void valuesAreReadInTheirOwnTerms() throws Exception {
    Style style = read("accent", " Teal ", "paper", "LETTER", "margins", "15MM  2cm", "font-size", "10.5pt",
        "line-height", "1.25", "font", "liberation serif", "photo-shape", "Square", "icons", "off",
        "date-format", "original", "section-order", "Skills, , education", "hide", "Hobbies", "fit-pages", "2",
        "theme", " classic ");
    assertEquals("teal", style.get(StyleOptions.ACCENT));
    assertEquals("letter", style.get(StyleOptions.PAPER));
    assertEquals("15mm 2cm", style.margins());
    assertEquals(10.5, style.fontSizePt());
    assertEquals(1.25, style.lineHeight());
    assertSame(BundledFamily.LIBERATION_SERIF, style.get(StyleOptions.FONT).family());
    assertNull(style.fontFile());
    assertEquals("square", style.get(StyleOptions.PHOTO_SHAPE));
    assertFalse(style.icons());
    assertTrue(style.originalDates());
    assertEquals(List.of("Skills", "education"), style.sectionOrder());
    assertEquals(List.of("Hobbies"), style.hide());
    assertEquals(2, style.fitPages());
    assertEquals("classic", style.theme());
  }

  @Test
  void blankValuesAreNotGiven() throws Exception {
    Style style = read("accent", "  ", "font", "", "hide", " ");
    assertNull(style.get(StyleOptions.ACCENT));
    assertNull(style.get(StyleOptions.FONT));
    assertEquals(List.of(), style.hide());
  }

  @Test
  void theCssOfEveryOptionInDeclarationOrder() throws Exception {
    Style style = read("photo-shape", "round", "font", "DejaVu Serif", "line-height", "1.3", "font-size", "11",
        "margins", "20mm", "paper", "a4", "accent", "navy");
    assertEquals("""

        /* options */
        @page { size: A4; }
        @page { margin: 20mm; }
        html { font-size: 11pt; }
        body { line-height: 1.3; }
        body, body * { font-family: "DejaVu Serif", "DejaVu Sans"; }
        body code, body pre, body pre * { font-family: "Liberation Mono", "DejaVu Sans"; }
        .photo { border-radius: 50%; }
        """, style.css(theme("single", "")));
    assertEquals("\n/* options */\n@page { size: legal; }\n.photo { border-radius: 0; }\n",
        read("paper", "legal", "photo-shape", "square").css(theme("single", "")));
  }

  @Test
  void aSidebarThemeKeepsItsLeftMarginWhateverTheMargins() throws Exception {
    Theme sidebar = theme("sidebar", "@page { margin: 12mm 14mm 12mm 0mm; }\n");
    assertEquals("\n/* options */\n@page { margin: 9mm; }\n@page { margin-left: 0.0mm; }\n",
        read("margins", "9mm").css(sidebar));
  }

  @Test
  void accentReplacesTheThemesDeclaredColourInAnyCase() throws Exception {
    Theme theme = theme("single", "");
    assertSame(theme.css(), read().themeCss(theme), "no accent leaves the theme as it is");
    String css = read("accent", "#26a").themeCss(theme);
    assertFalse(css.toLowerCase().contains("#1f5a8a"), css);
    assertTrue(css.contains("h2 { color: #26a; }"), css);
    assertTrue(css.contains("accent: #26a"), "the header comment names the colour too: " + css);
    Theme undeclared = Theme.parse("h2 { color: #1f5a8a; }", "plain", "test");
    assertEquals(undeclared.css(), read("accent", "red").themeCss(undeclared));
  }

  @Test
  void aBadValueIsAnErrorAtItsLineWithWhatIsAllowed() {
    List<Diagnostic> errors = errors("paper", "a5");
    assertEquals(1, errors.size());
    Diagnostic d = errors.get(0);
    assertTrue(d.isError());
    assertEquals(new SourcePos("cv.md", 3, 3), d.pos());
    assertEquals("style.paper: `a5` is not allowed", d.message());
    assertEquals("use a4, letter or legal", d.hint());
  }

  @Test
  void everyBadValueIsReportedInDeclarationOrder() {
    List<Diagnostic> errors = errors("fit-pages", "1.5", "font-size", "30", "accent", "bluish", "colour", "red");
    assertEquals(List.of("unknown style option `colour`", "style.accent: `bluish` is not allowed",
        "style.font-size: `30` is not allowed", "style.fit-pages: `1.5` is not allowed"),
        errors.stream().map(Diagnostic::message).toList());
    assertTrue(errors.get(0).hint().contains("the style options are: " + String.join(", ", Style.KEYS)),
        errors.get(0).hint());
  }

  @Test
  void anUnknownKeySuggestsTheNearestOption() {
    Diagnostic d = errors("fontsize", "9").get(0);
    assertEquals("unknown style option `fontsize`", d.message());
    assertTrue(d.hint().startsWith("did you mean `font-size`? "), d.hint());
  }

  @Test
  void rangesAreInclusiveAndWholePagesWhole() throws Exception {
    assertEquals(7.0, read("font-size", "7").fontSizePt());
    assertEquals(14.0, read("font-size", "14pt").fontSizePt());
    assertEquals(1, errors("font-size", "6.9").size());
    assertEquals(1, errors("line-height", "2.01").size());
    assertEquals("5mm 40mm 1cm 0.5in", read("margins", "5mm 40mm 1cm 0.5in").margins());
    assertEquals(1, errors("margins", "4mm").size());
    assertEquals(1, errors("margins", "10px").size());
    assertEquals(20, read("fit-pages", "20").fitPages());
    assertEquals(1, errors("fit-pages", "21").size());
  }

  @Test
  void colourNamesAndForms() throws Exception {
    for (String ok : List.of("#abc", "#A0B1C2", "rgb(10, 20, 30)", "Maroon")) {
      assertTrue(read("accent", ok).get(StyleOptions.ACCENT) != null, ok);
    }
    for (String bad : List.of("#abcd", "yellow", "bluish", "rgb(1,2)")) {
      assertEquals(1, errors("accent", bad).size(), bad);
    }
  }

  @Test
  void aBadTopLevelValueIsAWarningAndTheDefaultStands() throws Exception {
    List<Diagnostic> warnings = new ArrayList<>();
    Style style = Style.read(meta(Set.of("icons", "hide"), "icons", "sometimes", "hide", "toc"), dir, warnings);
    assertTrue(style.icons());
    assertEquals(List.of("toc"), style.hide(), "a value cvpress can use is used");
    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic w = warnings.get(0);
    assertFalse(w.isError());
    assertTrue(w.message().startsWith("style.icons: `sometimes` is not allowed; ignored"), w.message());
    assertTrue(w.hint().contains("write it under `style:`") && w.hint().endsWith("; use true or false"), w.hint());
  }

  @Test
  void anUnknownFontNamesTheBundledFamilies() {
    Diagnostic d = errors("font", "Liberation Sanz").get(0);
    assertEquals("unknown font `Liberation Sanz`", d.message());
    assertTrue(d.hint().startsWith("did you mean `Liberation Sans`? "), d.hint());
    assertTrue(d.hint().contains(String.join(", ", BundledFamily.names())), d.hint());
  }

  @Test
  void aTrueTypeFileNextToTheResumeIsTheBodyFont() throws Exception {
    Path ttf = Files.write(dir.resolve("Face.ttf"), new byte[] {0, 1, 0, 0, 9, 9});
    Style style = read("font", "Face.ttf");
    assertEquals(ttf.toRealPath(), style.fontFile());
    assertTrue(style.css(theme("single", "")).contains("font-family: \"" + Style.USER_FONT + "\", \"DejaVu Sans\""));
  }

  @Test
  void fontFilesThatCannotBeEmbeddedAreRefused() throws Exception {
    Files.write(dir.resolve("Cff.otf"), "OTTO....".getBytes());
    Files.write(dir.resolve("Web.ttf"), "wOF2....".getBytes());
    Files.write(dir.resolve("Text.ttf"), "hello".getBytes());
    assertTrue(errors("font", "Cff.otf").get(0).message().contains("OpenType/CFF"));
    assertTrue(errors("font", "Web.ttf").get(0).message().contains("web font (WOFF)"));
    assertTrue(errors("font", "Text.ttf").get(0).message().contains("is not a TrueType font"));
    Diagnostic missing = errors("font", "Gone.ttf").get(0);
    assertEquals("font file not found: " + dir.resolve("Gone.ttf"), missing.message());
    assertTrue(missing.hint().startsWith("give a TrueType (.ttf) file next to the résumé"), missing.hint());
  }

  @Test
  void aFontFileOutsideTheFolderOnlyFromTheCommandLine(@TempDir Path elsewhere) throws IOException, CvpressException {
    Path ttf = Files.write(elsewhere.resolve("Far.ttf"), new byte[] {0, 1, 0, 0});
    assertEquals(1, errors("font", ttf.toString()).size());
    // Where it came from is data, not a position's wording.
    Meta fromCli = new Meta("", "en", List.of(), null, Map.of("font", ttf.toString()),
        Map.of("font", SourcePos.file("--set style.font")), Set.of(), Map.of("font", Origin.COMMAND_LINE));
    assertTrue(Style.fromCommandLine(fromCli, "font"));
    assertEquals(ttf.toRealPath(), Style.read(fromCli, dir).fontFile());
  }

  @Test
  void marginShorthandInMillimetres() {
    assertArrayEquals(new double[] {10, 10, 10, 10}, Style.marginsMm("1cm"), 1e-9);
    assertArrayEquals(new double[] {25.4, 36, 25.4, 36}, Style.marginsMm("1in 102.047244pt"), 1e-3);
    assertArrayEquals(new double[] {1, 2, 3, 2}, Style.marginsMm("1mm 2mm 3mm"), 1e-9);
    assertArrayEquals(new double[] {18, 5, 18, 5}, Style.marginsMm("auto 5mm"), 1e-9);
  }
}
