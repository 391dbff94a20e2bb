package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.cli.Main;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in theme on A4 and US Letter, with every example and the {@code cvpress init} starter: the pages are
 * the paper asked for, fonts are embedded, every word of the résumé is on the page in reading order, no glyph
 * overlaps another or leaves the paper, and no heading is left alone at the foot of a page.
 */
class ThemesTest {
  static final List<String> THEMES = List.of("classic", "modern", "compact", "sidebar", "ledger");
  static final List<String> PAPERS = List.of("a4", "letter");
  static final List<String> EXAMPLES = List.of("examples/about-me.md", "examples/jane-doe.md", "starter");

  /** The sidebar theme's tinted band, where its side column lives, from the paper's left edge (64 mm). */
  private static final float SIDEBAR_BAND = sidebarBand();

  @TempDir static Path dir;
  private static Path starter;
  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

  @BeforeAll
  static void writeStarter() {
    starter = dir.resolve("resume.md");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"init", starter.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err), Map.of());
    assertEquals(0, code, err.toString());
  }

  private static float sidebarBand() {
    try {
      String css = Files.readString(Path.of("styles", "sidebar.css"));
      Matcher m = Pattern.compile("background-size:\\s*([\\d.]+)mm").matcher(css);
      return (float) ((m.find() ? Double.parseDouble(m.group(1)) : 64) * PdfLook.PT_PER_MM);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String theme : THEMES) {
      for (String paper : PAPERS) {
        for (String example : EXAMPLES) out.add(Arguments.of(theme, paper, example));
      }
    }
    return out.stream();
  }

  private static Path input(String example) {
    return example.equals("starter") ? starter : Path.of(example);
  }

  private static String markdown(String example) throws IOException {
    return Files.readString(input(example), StandardCharsets.UTF_8);
  }

  /** Renders once per theme, paper and example; the checks below share the result. */
  private static Rendered render(String theme, String paper, String example) {
    return RENDERED.computeIfAbsent(theme + "/" + paper + "/" + example, k -> {
      try {
        return Cvpress.render(input(example),
            Options.builder().theme(theme).paper(paper).build());
      } catch (Exception e) {
        throw new AssertionError(k + " did not render: " + e, e);
      }
    });
  }

  // ---- the pages ----

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void pagesAreThePaperAskedFor(String theme, String paper, String example) throws IOException {
    Rendered r = render(theme, paper, example);
    List<float[]> sizes = PdfLook.pageSizes(r.pdf());
    assertTrue(sizes.size() >= 1);
    assertEquals(r.pages(), sizes.size());
    float[] want = paper.equals("a4") ? PdfLook.A4 : PdfLook.LETTER;
    for (int i = 0; i < sizes.size(); i++) {
      assertTrue(PdfLook.samePaper(sizes.get(i), want),
          "page " + (i + 1) + " is " + sizes.get(i)[0] + "×" + sizes.get(i)[1] + " pt, not " + paper);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void rendersWithoutWarningsAndEmbedsEveryFont(String theme, String paper, String example) throws IOException {
    Rendered r = render(theme, paper, example);
    assertEquals(List.of(), r.warnings());
    assertFalse(PdfLook.fontNames(r.pdf()).isEmpty());
    assertEquals(List.of(), PdfLook.notEmbedded(r.pdf()), "fonts not embedded");
  }

  // ---- the words ----

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void everyWordIsThereInReadingOrder(String theme, String paper, String example) throws IOException {
    Rendered r = render(theme, paper, example);
    String md = markdown(example);
    if (twoColumns(r)) {
      float width = PdfLook.pageSizes(r.pdf()).get(0)[0];
      String side = String.join("\n", PdfLook.columnText(r.pdf(), 0, SIDEBAR_BAND));
      String main = String.join("\n", PdfLook.columnText(r.pdf(), SIDEBAR_BAND, width));
      List<String> sideTitles = new ArrayList<>();
      List<String> problems = new ArrayList<>(ResumeWords.inOrder(md, main, side, sideTitles));
      // The side column holds contacts and short lists; the history stays in the main column.
      for (ResumeWords.Segment s : ResumeWords.segments(md)) {
        String t = s.title().toLowerCase(Locale.ROOT);
        boolean shortList = t.equals("skills") || t.equals("languages") || s.contacts();
        boolean history = t.contains("experience") || t.contains("expenrience") || t.equals("summary");
        if (shortList && !sideTitles.contains(s.title())) problems.add(s.title() + " is not in the side column");
        if (history && sideTitles.contains(s.title())) problems.add(s.title() + " is in the side column");
      }
      if (!problems.isEmpty()) {
        fail(String.join("\n", problems) + "\n--- main column ---\n" + main + "\n--- side column ---\n" + side);
      }
    } else {
      String text = PdfInspect.text(r.pdf());
      List<String> problems = ResumeWords.inOrder(md, text);
      if (!problems.isEmpty()) fail(String.join("\n", problems) + "\n--- PDF text ---\n" + text);
    }
  }

  @Test
  void theWordCheckCanFail() {
    String md = "# Ada\n\n## Work\n\n- Built engines\n- Wrote notes\n";
    assertEquals(List.of(), ResumeWords.inOrder(md, "ADA\nWORK\n• Built engines\n• Wrote notes\n"));
    assertEquals(1, ResumeWords.inOrder(md, "ADA\nWORK\n• Wrote notes\n• Built engines\n").size());
    assertEquals(1, ResumeWords.inOrder(md, "ADA\nWORK\n• Built\n• Wrote notes\n").size());
    assertEquals(1, ResumeWords.inOrder(md, "ADA\nWORK\n• Built engines\n• Wrotenotes\n").size());
  }

  /** The text in the order the content stream draws it, whitespace collapsed. */
  private static String contentOrder(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      return PdfInspect.collapse(stripper.getText(doc));
    }
  }

  /**
   * On a page of two columns, reading by position mixes the columns, so the order the page is drawn in is the one
   * an extractor must trust: the runs of a line (emphasis, links, code) are drawn in place.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void theSidebarIsDrawnInReadingOrder(String paper) throws IOException {
    String text = contentOrder(render("sidebar", paper, "examples/jane-doe.md").pdf());
    assertTrue(text.contains("Maintainer of pgqueue, a PostgreSQL-backed job queue"), text);
    int side = text.indexOf("LANGUAGES");
    int main = text.indexOf("Jane Doe");
    assertTrue(side >= 0 && main > side, "the side column, then the main column: " + text);
  }

  /**
   * Consecutive lines of one size in the side column are less than one and a half sizes apart, baseline to
   * baseline: a reader that goes by position (pdftotext) then keeps the column's lines as one block, and does not
   * pair them with the main column's lines beside them.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sidebarCases")
  void theSidebarsLinesHoldTogether(String paper, String example) throws IOException {
    Rendered r = render("sidebar", paper, example);
    assumeTrue(twoColumns(r), "set in one column");
    List<String> problems = new ArrayList<>();
    for (int page = 0; page < r.pages(); page++) {
      // Baseline and size of each line of the side column, top to bottom; icons (private use) aside.
      List<float[]> lines = new ArrayList<>();
      PdfLook.glyphs(r.pdf(), page).stream()
          .filter(g -> g.x() < SIDEBAR_BAND && Character.getType(g.text().codePointAt(0)) != Character.PRIVATE_USE)
          .sorted(java.util.Comparator.comparingDouble(g -> g.y() + g.height()))
          .forEach(g -> {
            float baseline = g.y() + g.height();
            float[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && baseline - last[0] < 1) last[1] = Math.max(last[1], g.fontSizePt());
            else lines.add(new float[] {baseline, g.fontSizePt()});
          });
      for (int i = 1; i < lines.size(); i++) {
        float[] above = lines.get(i - 1);
        float[] line = lines.get(i);
        if (Math.abs(above[1] - line[1]) < 0.05 && line[0] - above[0] >= 1.5 * line[1]) {
          problems.add(String.format(Locale.ROOT, "page %d: lines at %.2f and %.2f pt, %.2f pt type", page + 1,
              above[0], line[0], line[1]));
        }
      }
    }
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }

  private static boolean twoColumns(Rendered r) {
    return r.html().contains("<aside class=\"sidebar\">");
  }

  /**
   * The sidebar theme keeps its side column for a résumé with short lists to put there, and sets one whose side
   * would hold only an e-mail address (the reference résumé) in one column, with no band and even margins.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void theSidebarFallsBackToOneColumnWhenItsSideWouldBeEmpty(String paper) throws IOException {
    assertTrue(twoColumns(render("sidebar", paper, "examples/jane-doe.md")));
    Rendered r = render("sidebar", paper, "examples/about-me.md");
    assertFalse(twoColumns(r));
    float width = PdfLook.pageSizes(r.pdf()).get(0)[0];
    double left = PdfLook.glyphs(r.pdf(), 0).stream().mapToDouble(PdfLook.Glyph::x).min().orElseThrow();
    double right = PdfLook.glyphs(r.pdf(), 0).stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    assertTrue(Math.abs(left - (width - right)) < 20, "margins " + left + " and " + (width - right));
    assertTrue(PdfLook.pageText(r.pdf(), 0).contains("xyj.asmy@gmail.com"));
  }

  static Stream<Arguments> sidebarCases() {
    return PAPERS.stream().flatMap(paper -> EXAMPLES.stream().map(example -> Arguments.of(paper, example)));
  }

  /**
   * The examples of the examples folder, with every theme: {@code cvpress check} finds them clean, except that the
   * reference résumé, a Hugo page titled "About Me", is told that it shows no name (and nothing else).
   */
  static Stream<Arguments> examplesInEveryTheme() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      assertFalse(examples.isEmpty());
      return THEMES.stream().flatMap(t -> examples.stream().map(e -> Arguments.of(t, e.toString()))).toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examplesInEveryTheme")
  void checkFindsTheExamplesClean(String theme, String example) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", example, "--theme", theme}, new PrintWriter(out), new PrintWriter(err),
        Map.of());
    if (example.endsWith("about-me.md")) {
      assertEquals(3, code, out + "\n" + err);
      // The page title taken for no name, and the three typos the résumé really has: nothing else.
      assertTrue(out.toString().contains(": 4 problems"), out + "\n" + err);
      assertTrue(err.toString().contains("`About Me` is a page title, not a name"), err.toString());
      for (String typo : List.of("belive", "expenrience", "warehourse")) {
        assertTrue(err.toString().contains("possible spelling mistake \"" + typo + "\""), err.toString());
      }
    } else {
      assertEquals(0, code, out + "\n" + err);
    }
  }

  // ---- headings at the foot of a page ----

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void noHeadingIsLastOnAPage(String theme, String paper, String example) throws IOException {
    List<String> problems = orphanedHeadings(render(theme, paper, example), theme, markdown(example));
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }

  @Test
  void theHeadingCheckCanFail() throws Exception {
    // A page break forced after every section title leaves each one alone at the foot of its page.
    Path css = Files.writeString(dir.resolve("orphans.css"), ".section-title { page-break-after: always !important; }");
    for (String theme : List.of("modern", "sidebar")) {
      Rendered r = Cvpress.render(starter, Options.builder().theme(theme).css(css).build());
      List<String> problems = orphanedHeadings(r, theme, markdown("starter"));
      assertFalse(problems.isEmpty(), theme);
      assertTrue(problems.get(0).toLowerCase(Locale.ROOT).contains("experience"), problems.toString());
    }
  }

  /** Pages (all but the last) whose last line, in either column, is a heading of the résumé. */
  static List<String> orphanedHeadings(Rendered r, String theme, String markdown) throws IOException {
    List<List<String>> headings = ResumeWords.segments(markdown).stream()
        .flatMap(s -> s.lines().stream()).filter(ResumeWords.Line::heading).map(ResumeWords.Line::words)
        .filter(w -> !w.isEmpty()).toList();
    List<String> problems = new ArrayList<>();
    for (int page = 0; page < r.pages() - 1; page++) {
      List<String> columns = new ArrayList<>();
      if (theme.equals("sidebar")) {
        float width = PdfLook.pageSizes(r.pdf()).get(page)[0];
        columns.add(PdfLook.columnText(r.pdf(), 0, SIDEBAR_BAND).get(page));
        columns.add(PdfLook.columnText(r.pdf(), SIDEBAR_BAND, width).get(page));
      } else {
        columns.add(PdfLook.pageText(r.pdf(), page));
      }
      for (String column : columns) {
        String last = lastLine(column);
        if (last != null && headings.contains(ResumeWords.words(last))) {
          problems.add("page " + (page + 1) + " ends with the heading \"" + last + "\"");
        }
      }
    }
    return problems;
  }

  /** The last line of text, the page footer left out; null when there is none. */
  private static String lastLine(String text) {
    String last = null;
    for (String line : text.split("\\R")) {
      if (!line.isBlank() && !line.strip().matches("(?i)(.* · )?page \\d+ of \\d+")) last = line.strip();
    }
    return last;
  }

  // ---- overlaps and clipping ----

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void noGlyphOverlapsAnotherOrLeavesThePaper(String theme, String paper, String example) throws IOException {
    List<String> problems = overlaps(render(theme, paper, example).pdf());
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }

  @Test
  void theOverlapCheckCanFail() throws Exception {
    Path up = Files.writeString(dir.resolve("up.css"), ".headline { margin-top: -1.6em !important; }");
    Rendered r = Cvpress.render(starter, Options.builder().theme("modern").css(up).build());
    assertFalse(overlaps(r.pdf()).isEmpty(), "a headline pulled up over the name");
    Path off = Files.writeString(dir.resolve("off.css"), ".name { margin-left: -40mm !important; }");
    r = Cvpress.render(starter, Options.builder().theme("modern").css(off).build());
    assertFalse(overlaps(r.pdf()).isEmpty(), "a name pushed off the paper");
  }

  /**
   * Glyphs that cover half of another glyph, or come within 3 mm of the paper's edge (where a printer clips):
   * text drawn over text, or pushed off the page.
   */
  static List<String> overlaps(byte[] pdf) throws IOException {
    List<float[]> sizes = PdfLook.pageSizes(pdf);
    List<String> problems = new ArrayList<>();
    float edge = (float) (3 * PdfLook.PT_PER_MM);
    for (int page = 0; page < sizes.size(); page++) {
      float w = sizes.get(page)[0];
      float h = sizes.get(page)[1];
      List<PdfLook.Glyph> glyphs = new ArrayList<>(PdfLook.glyphs(pdf, page));
      for (PdfLook.Glyph g : glyphs) {
        if (g.x() < edge || g.x() + g.width() > w - edge || g.y() < edge || g.y() + g.height() > h - edge) {
          problems.add("page " + (page + 1) + ": '" + g.text() + "' at " + g.x() + "," + g.y()
              + " is within 3 mm of the paper's edge or beyond it");
        }
      }
      glyphs.sort((a, b) -> Float.compare(a.x(), b.x()));
      for (int i = 0; i < glyphs.size() && problems.size() < 20; i++) {
        PdfLook.Glyph a = glyphs.get(i);
        for (int j = i + 1; j < glyphs.size() && glyphs.get(j).x() < a.x() + a.width(); j++) {
          PdfLook.Glyph b = glyphs.get(j);
          double dx = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
          double dy = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
          if (dx > 0.5 * Math.min(a.width(), b.width()) && dy > 0.5 * Math.min(a.height(), b.height())) {
            problems.add("page " + (page + 1) + ": '" + a.text() + "' and '" + b.text() + "' overlap at "
                + a.x() + "," + a.y());
          }
        }
      }
    }
    return problems;
  }

  // ---- the printable area ----

  /** The least distance from a printed mark to the paper's edge: an office printer leaves 4 to 6 mm unprinted. */
  static final double PRINTABLE_MM = 8;

  /**
   * Every glyph, the footer's, a continuation page's and the side band's icons too, is at least 8 mm from every
   * edge of the paper.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void everyMarkIsClearOfAPrintersEdge(String theme, String paper, String example) throws IOException {
    List<String> problems = tooCloseToTheEdge(render(theme, paper, example).pdf());
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }

  @Test
  void theEdgeCheckCanFail() throws Exception {
    Path low = Files.writeString(dir.resolve("low.css"), "@page { margin-bottom: 10mm; }");
    Rendered r = Cvpress.render(Path.of("examples/about-me.md"), Options.builder().theme("classic").css(low)
        .set(Map.of("style.pull-back", "off")).build());
    assertTrue(tooCloseToTheEdge(r.pdf()).stream().anyMatch(p -> p.contains("'P'")), "a footer 5 mm from the foot");
    Path left = Files.writeString(dir.resolve("left.css"), "@page { margin-left: 7mm; }");
    r = Cvpress.render(starter, Options.builder().theme("modern").css(left).build());
    assertFalse(tooCloseToTheEdge(r.pdf()).isEmpty(), "text 7 mm from the left edge");
  }

  static List<String> tooCloseToTheEdge(byte[] pdf) throws IOException {
    List<float[]> sizes = PdfLook.pageSizes(pdf);
    List<String> problems = new ArrayList<>();
    double pt = PdfLook.PT_PER_MM;
    for (int page = 0; page < sizes.size() && problems.size() < 20; page++) {
      float w = sizes.get(page)[0];
      float h = sizes.get(page)[1];
      for (PdfLook.Glyph g : PdfLook.marks(pdf, page)) {
        double nearest = Math.min(Math.min(g.x(), w - g.x() - g.width()), Math.min(g.y(), h - g.y() - g.height()));
        if (nearest < PRINTABLE_MM * pt && problems.size() < 20) {
          problems.add(String.format(Locale.ROOT, "page %d: '%s' is %.1f mm from the paper's edge", page + 1,
              g.text(), nearest / pt));
        }
      }
    }
    return problems;
  }

  // ---- paper sizes ----

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void legalPaperFromTheCommandLine(String theme) throws IOException {
    Path out = dir.resolve("legal-" + theme + ".pdf");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {starter.toString(), "--theme", theme, "--set", "paper=legal", "-o",
        out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
    assertEquals(0, code, err.toString());
    for (float[] size : PdfLook.pageSizes(Files.readAllBytes(out))) {
      assertTrue(PdfLook.samePaper(size, PdfLook.LEGAL), size[0] + "×" + size[1]);
    }
  }

  @Test
  void paperOptionOverridesTheFrontMatter() throws IOException {
    // The starter's front matter says a4; --paper letter wins.
    Path out = dir.resolve("letter.pdf");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {starter.toString(), "--paper", "letter", "-o", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
    assertEquals(0, code, err.toString());
    assertTrue(PdfLook.samePaper(PdfLook.pageSizes(Files.readAllBytes(out)).get(0), PdfLook.LETTER));
  }

  // ---- cvpress themes ----

  @Test
  void themesListsTheFiveWithDescriptionAndPath() throws IOException {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"themes"}, new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of());
    assertEquals(0, code);
    List<String> lines = List.of(out.toString().split("\\R"));
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = Pattern.compile("^(\\S+)\\s+(.+)$").matcher(lines.get(i));
      if (!m.matches()) continue;
      String name = m.group(1);
      listed.add(name);
      String description = description(Path.of("styles", name + ".css"));
      assertFalse(description.isBlank(), name);
      assertTrue(m.group(2).startsWith(description), name + ": " + lines.get(i));
      assertTrue(i + 1 < lines.size() && lines.get(i + 1).contains("styles/" + name + ".css"),
          name + " has no path: " + out);
    }
    assertEquals(THEMES, listed, out.toString());
    assertTrue(lines.get(0).startsWith("classic ") && lines.get(0).endsWith("(default)"), lines.get(0));
  }

  /** The one-line description in a theme file's header comment, read here independently of cvpress. */
  private static String description(Path css) throws IOException {
    Matcher m = Pattern.compile("(?m)^\\s*\\*\\s*description:\\s*(.+?)\\s*$").matcher(Files.readString(css));
    return m.find() ? m.group(1) : "";
  }
}
