package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.cli.Main;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each style option, from front matter {@code style:} or {@code --set}, changes the PDF the way the README says,
 * read back from the PDF itself; a bad value is a positioned error that says what is allowed.
 */
class StyleOptionsTest {
  /** A short résumé with every kind of contact, a dated entry and five sections; %s adds front matter (line 8). */
  static final String SAMPLE = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      phone: +44 20 7946 0000
      location: London
      website: https://ada.example
      links: [https://github.com/ada, https://www.linkedin.com/in/ada]
      %s---

      Analyst and programmer.

      ## Experience

      ### Analyst — Analytical Engine Co (https://engine.example) | 2021.6 ~ Now

      *London · Engines*

      - Wrote the first published program for the engine.
      - Annotated the translation of the memoir.

      ## Open Source

      - Notes on the analytical engine.

      ## Education

      ### Mathematics — University of London | 1830 – 1835

      ## Skills

      - Mathematics, poetry, translation

      ## Languages

      - English, French
      """;

  @TempDir Path dir;
  private Path aboutMe;

  @BeforeEach
  void copyReference() throws IOException {
    aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
  }

  /** The sample with these lines added to its front matter. */
  private Path sample(String name, String frontMatter) throws IOException {
    return Files.writeString(dir.resolve(name), SAMPLE.formatted(frontMatter), StandardCharsets.UTF_8);
  }

  private static Rendered render(Path input, String theme, String... set) throws Exception {
    Map<String, String> overrides = new HashMap<>();
    for (String kv : set) overrides.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    return Cvpress.render(input, Options.builder().theme(theme).set(overrides).build());
  }

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    return new Run(code, out.toString(), err.toString());
  }

  /** The accent a theme file declares in its header comment, read here independently of cvpress. */
  private static String declaredAccent(String theme) throws IOException {
    Matcher m = Pattern.compile("(?m)^\\s*\\*\\s*accent:\\s*(#[0-9a-fA-F]{6})").matcher(
        Files.readString(Path.of("styles", theme + ".css")));
    assertTrue(m.find(), theme + " declares no accent");
    return m.group(1).toLowerCase(Locale.ROOT);
  }

  // ---- accent ----

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void accentReplacesTheThemesColour(String theme) throws Exception {
    Path cv = sample("cv.md", "");
    String own = declaredAccent(theme);
    byte[] plain = render(cv, theme).pdf();
    assertTrue(PdfLook.paints(plain, own), theme + " does not paint its own accent " + own);
    assertFalse(PdfLook.paints(plain, "#ff0000"));

    byte[] red = render(cv, theme, "accent=#ff0000").pdf();
    assertTrue(PdfLook.paints(red, "#ff0000"), "no red in " + theme);
    assertFalse(PdfLook.paints(red, own), theme + " still paints " + own);
  }

  @Test
  void accentFromFrontMatterByNameAndShortHex() throws Exception {
    assertTrue(PdfLook.paints(render(sample("teal.md", "style: {accent: teal}\n"), null).pdf(), "#008080"));
    assertTrue(PdfLook.paints(render(sample("short.md", "style:\n  accent: \"#f00\"\n"), null).pdf(), "#ff0000"));
    assertTrue(PdfLook.paints(render(sample("set.md", ""), null, "style.accent=navy").pdf(), "#000080"));
  }

  // ---- fonts ----

  private static boolean usesFont(byte[] pdf, String family) throws IOException {
    return PdfLook.fontNames(pdf).stream().anyMatch(n -> n.replaceFirst("^[A-Z]{6}\\+", "").startsWith(family));
  }

  @Test
  void bundledSerifReplacesTheThemesSans() throws Exception {
    Path cv = sample("cv.md", "");
    byte[] sans = render(cv, "modern").pdf();
    assertTrue(usesFont(sans, "SourceSans3"));
    assertFalse(usesFont(sans, "SourceSerif4"));

    byte[] serif = render(cv, "modern", "font=Source Serif 4").pdf();
    assertTrue(usesFont(serif, "SourceSerif4"), PdfLook.fontNames(serif).toString());
    assertFalse(usesFont(serif, "SourceSans3"), "the body is still in Source Sans 3: " + PdfLook.fontNames(serif));
    assertEquals(List.of(), PdfLook.notEmbedded(serif));
  }

  @ParameterizedTest
  @CsvSource({"DejaVu Sans, DejaVuSans", "DejaVu Serif, DejaVuSerif", "liberation serif, LiberationSerif",
      "Liberation Sans, LiberationSans", "source sans 3, SourceSans3", "Source Serif 4, SourceSerif4"})
  void everyBundledFamilyFromFrontMatter(String family, String postScript) throws Exception {
    byte[] pdf = render(sample("cv.md", "style:\n  font: " + family + "\n"), "classic").pdf();
    assertTrue(usesFont(pdf, postScript), PdfLook.fontNames(pdf).toString());
    assertEquals(List.of(), PdfLook.notEmbedded(pdf));
  }

  /** A TrueType file from the jar's own fonts, copied next to the résumé under another name. */
  private Path userFont(String name) throws IOException {
    try (InputStream in = StyleOptionsTest.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
      assertTrue(in != null, "the jar has no /fonts/DejaVuSerif.ttf");
      Path font = dir.resolve(name);
      Files.copy(in, font);
      return font;
    }
  }

  @Test
  void userTrueTypeFileIsEmbedded() throws Exception {
    userFont("MyFace.ttf");
    Path cv = sample("cv.md", "style:\n  font: MyFace.ttf\n");
    assertFalse(usesFont(render(sample("plain.md", ""), null).pdf(), "DejaVuSerif"));
    Rendered r = render(cv, null);
    assertTrue(usesFont(r.pdf(), "DejaVuSerif"), PdfLook.fontNames(r.pdf()).toString());
    assertFalse(usesFont(r.pdf(), "SourceSans3"), PdfLook.fontNames(r.pdf()).toString());
    assertEquals(List.of(), PdfLook.notEmbedded(r.pdf()));
    assertEquals(List.of(), r.warnings());
    // The same through --set, relative to the résumé's folder.
    assertTrue(usesFont(render(sample("set.md", ""), null, "font=MyFace.ttf").pdf(), "DejaVuSerif"));
  }

  @Test
  void openTypeCffFontIsAPositionedError() throws Exception {
    byte[] otto = new byte[64];
    System.arraycopy("OTTO".getBytes(StandardCharsets.ISO_8859_1), 0, otto, 0, 4);
    Files.write(dir.resolve("Fancy.otf"), otto);
    Path cv = sample("cv.md", "style:\n  font: Fancy.otf\n");
    Run run = cli(cv.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(cv + ":9:3: error: "), run.err());
    assertTrue(run.err().contains("OpenType/CFF"), run.err());
    assertTrue(run.err().contains("hint: ") && run.err().contains(".ttf"), run.err());
    assertFalse(Files.exists(dir.resolve("cv.pdf")));

    // The name does not matter: CFF data in a file called .ttf is refused the same way.
    Files.write(dir.resolve("Liar.ttf"), otto);
    Run liar = cli(sample("liar.md", "style:\n  font: Liar.ttf\n").toString());
    assertEquals(1, liar.code(), liar.err());
    assertTrue(liar.err().contains(":9:3: error: ") && liar.err().contains("OpenType/CFF"), liar.err());
  }

  @Test
  void unknownFontNameListsTheBundledFamilies() throws Exception {
    Run run = cli(sample("cv.md", "style:\n  font: Liberation Sanz\n").toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(":9:3: error: "), run.err());
    assertTrue(run.err().contains("did you mean `Liberation Sans`?"), run.err());
    assertTrue(run.err().contains("DejaVu Serif"), run.err());
  }

  // ---- sizes and spacing ----

  @Test
  void largerTypeTakesMorePages() throws Exception {
    // Without pulling a short last page back, which would shrink the type a little below what was asked for.
    Rendered small = render(aboutMe, null, "font-size=8", "pull-back=off");
    Rendered large = render(aboutMe, null, "style.font-size=14pt", "pull-back=off");
    assertTrue(large.pages() > small.pages(), small.pages() + " pages at 8 pt, " + large.pages() + " at 14 pt");
    assertEquals(8.0, PdfLook.bodySizePt(small.pdf()), 0.1);
    assertEquals(14.0, PdfLook.bodySizePt(large.pdf()), 0.1);
  }

  @Test
  void largerLeadingTakesMorePages() throws Exception {
    int tight = render(aboutMe, null, "line-height=1.0").pages();
    int loose = render(aboutMe, null, "line-height=2.0").pages();
    assertTrue(loose > tight, tight + " pages at 1.0, " + loose + " at 2.0");
  }

  @Test
  void marginsMoveTheText() throws Exception {
    // Pulling a short last page back would narrow the margins asked for: off, to see them as they are.
    Rendered narrow = render(aboutMe, null, "margins=5mm", "pull-back=off");
    Rendered wide = render(aboutMe, null, "margins=40mm", "pull-back=off");
    assertEquals(5 * PdfLook.PT_PER_MM, PdfLook.leftmostText(narrow.pdf(), 0), 3);
    assertEquals(40 * PdfLook.PT_PER_MM, PdfLook.leftmostText(wide.pdf(), 0), 3);
    assertTrue(wide.pages() > narrow.pages(), narrow.pages() + " pages at 5 mm, " + wide.pages() + " at 40 mm");

    // Two values: top and bottom, then left and right.
    Rendered sides = render(aboutMe, null, "margins=10mm 30mm");
    assertEquals(30 * PdfLook.PT_PER_MM, PdfLook.leftmostText(sides.pdf(), 0), 3);
    List<PdfLook.Glyph> glyphs = PdfLook.glyphs(sides.pdf(), 0);
    float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    assertTrue(right <= PdfLook.A4[0] - 30 * PdfLook.PT_PER_MM + 2, "text runs into the right margin: " + right);
  }

  // ---- dates ----

  @Test
  void dateFormatOriginalShowsDatesAsWritten() throws Exception {
    String house = PdfInspect.collapse(PdfInspect.text(render(sample("cv.md", ""), null).pdf()));
    assertTrue(house.contains("Jun 2021 – Present"), house);
    assertFalse(house.contains("2021.6 ~ Now"), house);
    String original = PdfInspect.collapse(PdfInspect.text(
        render(sample("orig.md", "style:\n  date-format: original\n"), null).pdf()));
    assertTrue(original.contains("2021.6 ~ Now"), original);
    assertFalse(original.contains("Jun 2021"), original);
  }

  // ---- sections ----

  private static List<String> outline(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return PdfInspect.outline(doc);
    }
  }

  @Test
  void sectionOrderByTitleOrId() throws Exception {
    assertEquals(List.of("Experience", "Open Source", "Education", "Skills", "Languages"),
        outline(render(sample("cv.md", ""), null).pdf()));
    byte[] pdf = render(sample("order.md", "style:\n  section-order: skills, open-source, Languages\n"), null).pdf();
    assertEquals(List.of("Skills", "Open Source", "Languages", "Experience", "Education"), outline(pdf));
    // The page follows the outline.
    String text = PdfInspect.collapse(PdfInspect.text(pdf)).toLowerCase(Locale.ROOT);
    assertTrue(text.indexOf("mathematics, poetry") < text.indexOf("notes on the analytical engine"), text);
    assertTrue(text.indexOf("notes on the analytical engine") < text.indexOf("wrote the first published"), text);
  }

  @Test
  void hideLeavesSectionsOut() throws Exception {
    byte[] pdf = render(sample("cv.md", "style:\n  hide: [Education, languages]\n"), null).pdf();
    assertEquals(List.of("Experience", "Open Source", "Skills"), outline(pdf));
    String text = PdfInspect.collapse(PdfInspect.text(pdf));
    assertFalse(text.contains("University of London"), text);
    assertFalse(text.contains("English, French"), text);
    assertTrue(text.contains("Mathematics, poetry"), text);
    // From the command line too.
    assertEquals(List.of("Open Source", "Education", "Skills", "Languages"),
        outline(render(sample("set.md", ""), null, "hide=Experience").pdf()));
  }

  @Test
  void namingASectionThatIsNotThereIsReported() throws Exception {
    Path cv = sample("cv.md", "style:\n  hide: Educaton\n");
    Run run = cli(cv.toString(), "-o", dir.resolve("cv.pdf").toString());
    assertTrue(run.err().contains(cv + ":9:3: ") && run.err().contains("Educaton"), run.err());
    assertTrue(run.err().contains("Education"), "the hint should name the sections: " + run.err());
    Run order = cli(sample("order.md", "style:\n  section-order: Skils\n").toString(), "-o",
        dir.resolve("order.pdf").toString());
    assertTrue(order.err().contains("Skils") && order.err().contains("Skills"), order.err());
  }

  // ---- icons ----

  /** The text's characters, whitespace left out, sorted: equal when no character was added or lost. */
  private static String characters(byte[] pdf) throws IOException {
    int[] cps = PdfInspect.text(pdf).codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
    return new String(cps, 0, cps.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compact", "sidebar", "ledger"})
  void iconsAreDrawnButNeverExtracted(String theme) throws Exception {
    Path cv = sample("cv.md", "");
    byte[] with = render(cv, theme).pdf();
    byte[] without = render(cv, theme, "icons=false").pdf();
    assertTrue(usesFont(with, "FontAwesome"), theme + ": " + PdfLook.fontNames(with));
    assertFalse(usesFont(without, "FontAwesome"), theme + ": " + PdfLook.fontNames(without));

    String text = PdfInspect.text(with);
    List<String> privateUse = text.codePoints().filter(c -> c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD)
        .mapToObj(c -> String.format("U+%04X", c)).toList();
    assertEquals(List.of(), privateUse, theme + ": icon code points leak into the text");
    assertEquals(characters(without), characters(with), theme + ": the icons add or lose characters");
  }

  @Test
  void iconsAreNoGarbageInPdftotext() throws Exception {
    // The issue's own check: what poppler's pdftotext reads, as a recruiter's tools do.
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    Assumptions.assumeTrue(Files.isExecutable(pdftotext), "pdftotext is not installed");
    for (String theme : List.of("modern", "sidebar")) {
      Path pdf = Files.write(dir.resolve(theme + ".pdf"), render(sample("cv.md", ""), theme).pdf());
      Process p = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-")
          .redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), text);
      List<String> odd = text.codePoints()
          .filter(c -> c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD || c < 0x20 && c != '\n' && c != '\f' && c != '\t')
          .mapToObj(c -> String.format("U+%04X", c)).toList();
      assertEquals(List.of(), odd, theme + ":\n" + text);
      for (String contact : List.of("ada@example.com", "+44 20 7946 0000", "London", "ada.example", "github.com/ada",
          "linkedin.com/in/ada")) {
        assertTrue(text.contains(contact), theme + ": no " + contact + " in\n" + text);
      }
    }
  }

  @Test
  void iconsOffFromFrontMatter() throws Exception {
    assertFalse(usesFont(render(sample("cv.md", "style: {icons: false}\n"), "sidebar").pdf(), "FontAwesome"));
    assertTrue(usesFont(render(sample("on.md", "style: {icons: \"yes\"}\n"), "sidebar").pdf(), "FontAwesome"));
  }

  /**
   * Modern and classic set the contacts as text, a divider character between the items of a row: no icon font, and
   * pdftotext reads the rows one after the other, each item whole, rather than down the columns they happen to form.
   */
  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic"})
  void contactsAsTextReadRowByRow(String theme) throws Exception {
    Path pdftotext = Path.of("/usr/bin/pdftotext");
    Assumptions.assumeTrue(Files.isExecutable(pdftotext), "pdftotext is not installed");
    Rendered r = render(Path.of("examples/jane-doe.md"), theme);
    assertFalse(usesFont(r.pdf(), "FontAwesome"), theme + ": " + PdfLook.fontNames(r.pdf()));
    Path pdf = Files.write(dir.resolve(theme + "-rows.pdf"), r.pdf());
    Process p = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", "-l", "1", pdf.toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), text);
    String divider = "[^\\p{L}\\p{N}\\s]";
    Pattern rows = Pattern.compile("jane@example\\.com " + divider + " \\+1 555 010 2030 " + divider
        + " Berlin, Germany\\ngithub\\.com/janedoe " + divider + " linkedin\\.com/in/janedoe\\n");
    assertTrue(rows.matcher(text).find(), theme + ":\n" + text);
  }

  // ---- photo ----

  /** A 90×120 image (PNG or JPEG, by the name) of a blue field with an orange disc, next to the résumé. */
  private void photo(String name) throws IOException {
    BufferedImage img = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x3366aa));
    g.fillRect(0, 0, 90, 120);
    g.setColor(Color.ORANGE);
    g.fillOval(20, 20, 50, 50);
    g.dispose();
    assertTrue(ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", dir.resolve(name).toFile()));
  }

  private static boolean hasPhoto(byte[] pdf) throws IOException {
    // The photo may be drawn cropped to its frame, so it is found by being the only picture, not by its size.
    return PdfLook.images(pdf, 0).stream().anyMatch(s -> s[0] >= 80 && s[1] >= 80);
  }

  @ParameterizedTest
  @CsvSource({"modern, round", "modern, square", "classic, round", "classic, square", "compact, round",
      "compact, square", "sidebar, round", "sidebar, square"})
  void photoOnTheFirstPage(String theme, String shape) throws Exception {
    photo("me.png");
    Path cv = sample("cv.md", "photo: me.png\nstyle:\n  photo-shape: " + shape + "\n");
    Rendered r = render(cv, theme);
    assertEquals(List.of(), r.warnings());
    assertTrue(hasPhoto(r.pdf()), theme + "/" + shape + ": no photo on page 1");
    assertFalse(hasPhoto(render(sample("none.md", ""), theme).pdf()));
  }

  @Test
  void jpegPhoto() throws Exception {
    photo("me.jpg");
    Rendered r = render(sample("cv.md", "photo: me.jpg\n"), null);
    assertEquals(List.of(), r.warnings());
    assertTrue(hasPhoto(r.pdf()), "no JPEG photo on page 1");
  }

  @Test
  void roundAndSquarePhotosDiffer() throws Exception {
    photo("me.png");
    byte[] round = render(sample("round.md", "photo: me.png\nstyle: {photo-shape: round}\n"), null).pdf();
    byte[] square = render(sample("square.md", "photo: me.png\nstyle: {photo-shape: square}\n"), null).pdf();
    assertFalse(Arrays.equals(round, square), "photo-shape changes nothing in the PDF");
  }

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void portraitPhotoKeepsItsProportions(String theme) throws Exception {
    photo("me.png");
    Rendered r = render(sample("cv.md", "photo: me.png\n"), theme);
    // The sidebar theme's tinted column is a one-pixel image stretched on purpose, and list bullets may be
    // pictures a few points wide: neither is a photo.
    List<PdfLook.Placement> photos = PdfLook.placements(r.pdf(), 0).stream()
        .filter(p -> p.pixelWidth() > 1 && p.pixelHeight() > 1 && p.drawnHeight() > 20).toList();
    assertEquals(1, photos.size(), photos.toString());
    PdfLook.Placement p = photos.get(0);
    // Cropped to the frame or not, the picture is drawn in the proportions of its pixels: never squashed.
    assertEquals((double) p.pixelWidth() / p.pixelHeight(), p.drawnWidth() / p.drawnHeight(), 0.02,
        theme + ": a " + p.pixelWidth() + "×" + p.pixelHeight() + " px picture is drawn "
            + Math.round(p.drawnWidth()) + "×" + Math.round(p.drawnHeight()) + " pt");
  }

  @Test
  void missingPhotoIsAWarningNotAFailure() throws Exception {
    Rendered r = render(sample("cv.md", "photo: nobody.png\n"), null);
    assertTrue(r.pages() >= 1);
    assertFalse(r.warnings().isEmpty(), "no warning for a missing photo");
    assertTrue(r.warnings().toString().contains("nobody.png"), r.warnings().toString());
  }

  // ---- bad values ----

  @Test
  void badAccentIsAnErrorAtItsLineWithTheAllowedValues() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada\nstyle: {accent: bluish}\n---\n\nHi\n");
    Run run = cli(cv.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(cv + ":3:9: error: style.accent: `bluish` is not allowed"), run.err());
    assertTrue(run.err().contains("style: {accent: bluish}\n"), "no source line: " + run.err());
    assertTrue(run.err().contains("hint: use a colour") && run.err().contains("#1f5a8a")
        && run.err().contains("navy"), run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(dir.resolve("cv.pdf")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "accent; bluish; #1f5a8a",
      "font-size; 30; between 7 and 14",
      "font-size; big; between 7 and 14",
      "line-height; 3; between 1.0 and 2.0",
      "margins; 50mm; between 5mm and 40mm",
      "margins; 1mm 2mm 3mm 4mm 5mm; between 5mm and 40mm",
      "paper; a5; a4, letter or legal",
      "date-format; iso; original",
      "icons; maybe; true or false",
      "photo-shape; oval; round or square",
      "fit-pages; 0; whole number",
      "fit-pages; 1.5; whole number"})
  void badValueIsAnErrorAtItsLine(String key, String value, String allowed) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"),
        "---\nname: Ada\nstyle:\n  theme: modern\n  " + key + ": " + value + "\n---\n\nHi\n");
    Run run = cli(cv.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(cv + ":5:3: error: style." + key + ": `" + value + "`"), run.err());
    Matcher hint = Pattern.compile("(?m)^hint: (.*)$").matcher(run.err());
    assertTrue(hint.find() && hint.group(1).contains(allowed), run.err());
    assertFalse(Files.exists(dir.resolve("cv.pdf")));
  }

  @Test
  void badValueFromTheCommandLineNamesTheOption() {
    Run run = cli(aboutMe.toString(), "-o", dir.resolve("x.pdf").toString(), "--set", "style.accent=bluish");
    assertEquals(2, run.code(), "a bad value on the command line is a usage error: " + run.err());
    assertTrue(run.err().contains("style.accent") && run.err().contains("bluish"), run.err());
    assertTrue(run.err().contains("hint: use a colour"), run.err());
    assertFalse(Files.exists(dir.resolve("x.pdf")));
  }

  @Test
  void unknownStyleKeySuggestsTheNearestOne() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada\nstyle:\n  acent: red\n---\n\nHi\n");
    Run run = cli(cv.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().startsWith(cv + ":4:3: error: unknown style option `acent`"), run.err());
    assertTrue(run.err().contains("did you mean `accent`?"), run.err());
  }

  @Test
  void everyBadValueIsReportedAtOnce() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"),
        "---\nname: Ada\nstyle:\n  accent: bluish\n  paper: a5\n  fontsize: 9\n---\n\nHi\n");
    Run run = cli(cv.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(cv + ":4:3: error:"), run.err());
    assertTrue(run.err().contains(cv + ":5:3: error:"), run.err());
    assertTrue(run.err().contains(cv + ":6:3: error:") && run.err().contains("did you mean `font-size`?"), run.err());
  }
}
