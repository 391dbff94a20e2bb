package dev.cvpress;

import dev.cvpress.output.Rendered;
import dev.cvpress.style.Theme;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the reference résumé: examples/about-me.md to a PDF, read back with PDFBox. */
class CvpressTest {
  static final Path ABOUT_ME = Path.of("examples/about-me.md");
  private static final String FOOTER = "(?:[^\\n]*? · )?Page \\d+ of \\d+";

  private static Rendered rendered;
  /** The PDF's text in reading order. */
  private static String text;

  @TempDir Path dir;

  @BeforeAll
  static void renderReference() throws Exception {
    rendered = Cvpress.render(ABOUT_ME, Options.defaults());
    text = PdfInspect.text(rendered.pdf());
  }

  /**
   * The body lines of the Markdown: not front matter, headings or the contact line; list markers removed, and bare
   * links as the page shows them, without their scheme.
   */
  static List<String> bodyLines(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    int start = lines.subList(1, lines.size()).indexOf("---") + 2;
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("*email*")) continue;
      out.add(PdfInspect.collapse(l.replaceFirst("^([-*+]|\\d+\\.)\\s+", "")
          .replaceAll("https?://(\\S+?)/?(?=\\s|$)", "$1")));
    }
    return out;
  }

  @Test
  void aCoverLetterSaysWhereItIsOne() throws Exception {
    assertEquals(2, Cvpress.letterType(Cvpress.Input.read(Path.of("examples", "letter.md"))).line(),
        "`type: letter` is on line 2");
    assertNull(Cvpress.letterType(Cvpress.Input.read(ABOUT_ME)), "a résumé is no letter");
  }

  @Test
  void bodyLinesAppearInReadingOrder() throws Exception {
    List<String> lines = bodyLines(ABOUT_ME);
    assertTrue(lines.size() > 40, "the reference résumé has many body lines: " + lines.size());
    assertEquals("Work with tech, belive in magic, live on fun :)", lines.get(0));
    String page = PdfInspect.collapse(text.replaceAll(FOOTER, " "));
    int cursor = 0;
    List<String> problems = new ArrayList<>();
    for (String line : lines) {
      int at = page.indexOf(line, cursor);
      if (at < 0) {
        problems.add((page.contains(line) ? "out of order: " : "missing: ") + line);
      } else {
        cursor = at + line.length();
      }
    }
    if (!problems.isEmpty()) fail(String.join("\n", problems) + "\n--- PDF text ---\n" + text);
  }

  @Test
  void headerComesFirst() {
    String lower = text.toLowerCase(Locale.ROOT);
    int headline = lower.indexOf("work with tech");
    int email = lower.indexOf("xyj.asmy@gmail.com");
    int firstSection = lower.indexOf("side projects");
    assertTrue(lower.strip().startsWith("work with tech") && headline < email && email < firstSection, text);
    assertFalse(lower.contains("about me"), "the page title is not printed as a name\n" + text);
    assertEquals(email, lower.lastIndexOf("xyj.asmy@gmail.com"), "the email is shown once, in the header");
  }

  @Test
  void sectionTitlesInOrder() {
    String lower = text.toLowerCase(Locale.ROOT);
    int side = lower.indexOf("side projects");
    int work = lower.indexOf("work expenrience");
    int xsky = lower.indexOf("xsky ltd");
    assertTrue(side >= 0 && side < work && work < xsky, text);
  }

  @Test
  void entryDatesShareTheLineOfTheirOrg() {
    List<String> lines = text.lines().map(PdfInspect::collapse).toList();
    for (String[] pair : new String[][] {
        {"XSky Ltd", "Jun 2021 – Present"}, {"Glow Inc", "Nov 2014 – May 2021"},
        {"UnitedStack", "Jan 2013 – Oct 2014"}, {"Sina", "Jan 2012 – Dec 2012"}}) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(pair[0]) && l.endsWith(pair[1])),
          pair[0] + " and " + pair[1] + " on one line:\n" + text);
    }
  }

  @Test
  void exactlyTheFiveLinks() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      List<String> uris = new ArrayList<>(PdfInspect.linkUris(doc));
      uris.sort(null);
      assertEquals(List.of("https://github.com/monsterxx03/gospy", "https://github.com/monsterxx03/snet",
          "https://glowing.com", "https://www.xsky.com/", "mailto:xyj.asmy@gmail.com"), uris);
    }
  }

  @Test
  void bareLinksReadWithoutTheirSchemeAndLeadToTheFullAddress() throws Exception {
    assertTrue(text.contains("github.com/monsterxx03/gospy"), text);
    assertFalse(text.contains("https://"), "no link is shown with its scheme: " + text);
    assertTrue(rendered.text().contains("https://github.com/monsterxx03/gospy"), "the text output keeps it whole");
    Path cv = write("links.md", "# Ada\n\nSee https://github.com/ada/engine/ and <mailto:ada@example.com>.\n");
    Rendered r = Cvpress.render(cv, Options.defaults());
    String shown = PdfInspect.collapse(PdfInspect.text(r.pdf()));
    assertTrue(shown.contains("See github.com/ada/engine and ada@example.com."), shown);
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      assertEquals(List.of("https://github.com/ada/engine/", "mailto:ada@example.com"), PdfInspect.linkUris(doc));
    }
    String web = org.jsoup.Jsoup.parse(r.webHtml()).body().text();
    assertTrue(web.contains("See github.com/ada/engine and ada@example.com."), web);
  }

  @Test
  void oneOutlineEntryPerSection() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      assertEquals(List.of("Side projects", "Work expenrience"), PdfInspect.outline(doc));
    }
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      List<PDFontLike> fonts = PdfInspect.fonts(doc);
      assertFalse(fonts.isEmpty());
      for (PDFontLike f : fonts) assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
    }
  }

  @Test
  void metadata() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      var info = doc.getDocumentInformation();
      assertEquals("About Me", info.getTitle(), "the page's own title");
      assertNull(info.getAuthor(), "a page title is not an author");
      assertTrue(info.getSubject().contains("Work with tech, belive in magic, live on fun :)"), info.getSubject());
      assertNull(info.getKeywords(), "the reference résumé has no keywords");
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void creationDateIsTheFrontMatterDate() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      assertEquals(Instant.parse("2016-01-01T15:49:46Z").toEpochMilli(),
          doc.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  @Test
  void isTagged() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      var catalog = doc.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo(), "no MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked());
      assertNotNull(catalog.getStructureTreeRoot());
    }
  }

  @Test
  void twoPages() throws Exception {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      assertEquals(rendered.pages(), doc.getNumberOfPages());
    }
    // About 90 lines of body text: more than one A4 page at 10 pt, well under two.
    assertEquals(2, rendered.pages());
  }

  @Test
  void multiPageResumeHasPageFooters() {
    assertTrue(text.contains("Page 1 of 2"), text);
    assertTrue(text.contains("Page 2 of 2"), text);
  }

  @Test
  void singlePageResumeHasNoFooter() throws Exception {
    Path cv = write("tiny.md", "# Ada Lovelace\n\nEngineer\n\n## Skills\n\n- Java\n- Go\n");
    Rendered r = Cvpress.render(cv, Options.defaults());
    assertEquals(1, r.pages());
    String tiny = PdfInspect.text(r.pdf());
    assertTrue(tiny.contains("Ada Lovelace"), tiny);
    assertFalse(tiny.contains("Page 1 of 1"), tiny);
    assertFalse(tiny.matches("(?s).*" + FOOTER + ".*"), tiny);
  }

  @Test
  void datesInHouseStyleByDefault() {
    assertTrue(text.contains("Jun 2021 – Present"), text);
    assertFalse(text.contains("2021.6 ~ Now"), text);
  }

  @Test
  void originalDatesWhenAsked() throws Exception {
    var options = Options.builder().set(Map.of("date-format", "original")).build();
    String original = PdfInspect.text(Cvpress.render(ABOUT_ME, options).pdf());
    assertTrue(original.contains("2021.6 ~ Now"), original);
    assertTrue(original.contains("2014.11 ~ 2021.5"), original);
    assertFalse(original.contains("Jun 2021 – Present"), original);
  }

  @Test
  void sameInputSameBytes() throws Exception {
    assertArrayEquals(rendered.pdf(), Cvpress.render(ABOUT_ME, Options.defaults()).pdf());
  }

  @Test
  void keywordsLanguageAndNameFromFrontMatter() throws Exception {
    Path cv = write("ada.md", """
        ---
        name: Ada Lovelace
        headline: Programmierin
        keywords: [Mathematik, Maschinen]
        lang: de
        ---

        ## Erfahrung

        ### Analytikerin | 1842 – 1843

        - Notizen
        """);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      var info = doc.getDocumentInformation();
      assertEquals("Ada Lovelace — Résumé", info.getTitle());
      assertEquals("Ada Lovelace", info.getAuthor());
      assertEquals("Mathematik, Maschinen", info.getKeywords());
      assertEquals("de", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void sourceDateEpochWinsOverFrontMatterDate() throws Exception {
    Path cv = write("dated.md", "---\ndate: 2016-01-01\n---\n# Ada\n");
    var options = Options.builder().sourceDateEpoch(1_700_000_000L).build();
    try (PDDocument doc = Loader.loadPDF(Cvpress.render(cv, options).pdf())) {
      assertEquals(1_700_000_000_000L, doc.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  @Test
  void missingFile() {
    Diagnostic d = error(dir.resolve("nope.md"), Options.defaults());
    assertEquals(Code.FILE_NOT_FOUND, d.code());
    assertEquals(0, d.pos().line());
  }

  @Test
  void directoryIsNotAResume() {
    assertEquals(Code.NOT_A_REGULAR_FILE, error(dir, Options.defaults()).code());
  }

  @Test
  void unknownThemeListsTheThemes() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Diagnostic d = error(cv, Options.builder().theme("nope").build());
    assertEquals(Code.UNKNOWN_THEME, d.code());
    assertEquals(dev.cvpress.model.SourcePos.file("--theme"), d.pos());
    for (Theme t : Cvpress.themes()) assertTrue(d.hint().contains(t.name()), d.hint());
  }

  @Test
  void badStyleValuesAreAllReported() throws Exception {
    Path cv = write("cv.md", "---\nstyle:\n  accent: bluish\n  paper: a5\n---\n# Ada\n");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(cv, Options.defaults()));
    assertEquals(2, e.diagnostics().size(), e.diagnostics().toString());
    for (Diagnostic d : e.diagnostics()) assertEquals(cv.toString(), d.pos().file());
    assertEquals(List.of(3, 4), e.diagnostics().stream().map(d -> d.pos().line()).sorted().toList());
  }

  @Test
  void builtInThemesHaveNamesAndDescriptions() {
    List<Theme> themes = Cvpress.themes();
    assertEquals(Theme.DEFAULT, themes.get(0).name());
    for (Theme t : themes) assertFalse(t.description().isBlank(), t.name() + " has no description");
  }

  @Test
  void everyBuiltInThemeRendersTheReference() throws Exception {
    for (Theme t : Cvpress.themes()) {
      var options = Options.builder().theme(t.name()).build();
      Rendered r = Cvpress.render(ABOUT_ME, options);
      String themed = PdfInspect.collapse(PdfInspect.text(r.pdf()));
      assertTrue(themed.contains("Custom development based on OpenStack projects"), t.name());
      try (PDDocument doc = Loader.loadPDF(r.pdf())) {
        assertEquals(5, PdfInspect.linkUris(doc).size(), t.name());
        for (PDFontLike f : PdfInspect.fonts(doc)) assertTrue(f.isEmbedded(), t.name() + ": " + f.getName());
      }
    }
  }

  @Test
  void anInputInMemoryRendersWithItsFolder() throws Exception {
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png", dir.resolve("me.png").toFile());
    byte[] markdown = "# Ada Lovelace\n\n## Work\n\n![me](me.png) Analyst\n".getBytes(StandardCharsets.UTF_8);
    Cvpress.Input input = new Cvpress.Input(Path.of("virtual", "cv.md"), markdown, dir);
    Rendered r = Cvpress.render(input, Options.defaults());
    assertTrue(PdfInspect.text(r.pdf()).contains("Ada Lovelace"));
    assertEquals(List.of("me.png"), r.imageSources());
    assertTrue(r.warnings().isEmpty(), "the image is read from the input's folder: " + r.warnings());
  }

  @Test
  void anInputIsNamedInItsMessages() {
    byte[] markdown = "---\nstyle:\n  paper: a5\n---\n# Ada\n".getBytes(StandardCharsets.UTF_8);
    Cvpress.Input input = new Cvpress.Input(Path.of("virtual", "cv.md"), markdown, dir);
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(input, Options.defaults()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Path.of("virtual", "cv.md").toString(), d.pos().file());
    assertEquals(3, d.pos().line());
    assertEquals("  paper: a5", d.sourceLine());
  }

  @Test
  void readingAnInputKeepsItsBytesAndFolder() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Cvpress.Input input = Cvpress.Input.read(cv);
    assertArrayEquals("# Ada\n".getBytes(StandardCharsets.UTF_8), input.bytes());
    assertEquals(dir.toAbsolutePath().normalize(), input.folder());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Diagnostic error(Path input, Options options) {
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(input, options));
    assertFalse(e.diagnostics().isEmpty());
    return e.diagnostics().get(0);
  }
}
