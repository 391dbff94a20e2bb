package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.cli.Main;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import dev.cvpress.style.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --fit-pages N} shrinks a résumé that runs over N pages, never below the readability floors (8.5 pt body,
 * 1.15 leading, 10 mm margins), and says by how much; when even the floors are not enough it exits 3 and says
 * how much to cut. {@code --max-pages N} fails without shrinking. Without {@code --fit-pages}, a last page of a few
 * lines is pulled back onto the page before, within a small range, and the report says so. Sizes are measured in
 * the PDF, not taken from the report.
 */
class FitPagesTest {
  private static final Pattern PULLED_BACK =
      Pattern.compile("\\((\\d+) pages?, \\d+ ms, pulled back from (\\d+) pages\\)");
  private static final Pattern FITTED =
      Pattern.compile("\\((\\d+) pages?, \\d+ ms, fitted at (\\d+)%: body ([\\d.]+) pt, margins (\\d+) mm\\)");
  private static final double FLOOR_PT = 8.5;
  private static final double FLOOR_MM = 10;
  /** Extra bullets found to push the starter onto N pages, per theme: finding them takes several renders. */
  private static final Map<String, Integer> BULLETS = new ConcurrentHashMap<>();

  @TempDir Path dir;

  /** The body size of the theme a résumé gets when it names none. */
  private static double defaultBodyPt() throws IOException {
    return Theme.builtIn(Theme.DEFAULT).fontSizePt();
  }
  private String starter;

  @BeforeEach
  void readStarter() throws IOException {
    try (var in = FitPagesTest.class.getResourceAsStream("/starter.md")) {
      starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private record Run(int code, String out, String err) {
    String both() {
      return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    return new Run(code, out.toString(), err.toString());
  }

  /** The starter résumé with {@code extra} one-line bullets added to its first entry. */
  private Path withBullets(String name, int extra) throws IOException {
    StringBuilder bullets = new StringBuilder();
    for (int i = 1; i <= extra; i++) {
      bullets.append("- Shipped improvement ").append(i).append(" to the routing service.\n");
    }
    String anchor = "- Led the move of 140 services to Kubernetes with zero customer-facing downtime.\n";
    assertTrue(starter.contains(anchor), "the starter changed; this test adds bullets after: " + anchor);
    return Files.writeString(dir.resolve(name), starter.replace(anchor, anchor + bullets), StandardCharsets.UTF_8);
  }

  /** Renders without pulling a short last page back, so that the page counts are the layout's own. */
  private static Rendered natural(Path cv, String theme) throws Exception {
    return Cvpress.render(cv, Options.builder().theme(theme).set(Map.of("pull-back", "off")).build());
  }

  private static int pages(Path cv, String theme) throws Exception {
    return natural(cv, theme).pages();
  }

  /** The fewest extra bullets that push the starter onto {@code pages} pages in this theme. */
  private int bulletsToReach(String theme, int pages) throws Exception {
    Integer known = BULLETS.get(theme + pages);
    if (known != null) return known;
    int lo = 0;
    int hi = 40;
    while (pages(withBullets("probe.md", hi), theme) < pages) {
      lo = hi;
      hi *= 2;
      assertTrue(hi < 2000, "never reaches " + pages + " pages");
    }
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (pages(withBullets("probe.md", mid), theme) >= pages) hi = mid;
      else lo = mid + 1;
    }
    BULLETS.put(theme + pages, hi);
    return hi;
  }

  /** The body size a theme sets on {@code html}, read from its CSS here rather than from cvpress. */
  private static double basePt(String theme) throws IOException {
    Matcher m = Pattern.compile("(?s)(?:^|})\\s*html\\s*\\{[^}]*?font-size:\\s*([\\d.]+)pt")
        .matcher(Files.readString(Path.of("styles", theme + ".css")));
    assertTrue(m.find(), theme + " sets no body size in pt");
    return Double.parseDouble(m.group(1));
  }

  /** Lines of text on a page (0-based), the footer left out. */
  private static List<String> lines(byte[] pdf, int page) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : PdfLook.pageText(pdf, page).split("\\R")) {
      if (!l.isBlank() && !l.strip().matches("(.* · )?Page \\d+ of \\d+")) out.add(l.strip());
    }
    return out;
  }

  /** Checks a fitted PDF against the report line: body and margins at or above the floors, as reported. */
  private static void assertFitted(Run run, Path pdfFile, int pages, String theme, String markdown) throws IOException {
    assertEquals(0, run.code(), run.both());
    Matcher m = FITTED.matcher(run.out());
    assertTrue(m.find(), "no \"fitted at N%\" in the report: " + run.both());
    assertEquals(pages, Integer.parseInt(m.group(1)), run.out());
    int percent = Integer.parseInt(m.group(2));
    double body = Double.parseDouble(m.group(3));
    int margins = Integer.parseInt(m.group(4));
    assertTrue(percent <= 100 && percent >= 50, run.out());
    assertTrue(body >= FLOOR_PT, "reported body below the floor: " + run.out());
    assertTrue(margins >= FLOOR_MM, "reported margins below the floor: " + run.out());
    assertEquals(basePt(theme) * percent / 100, body, 0.1, "the percentage and the body size disagree: " + run.out());

    byte[] pdf = Files.readAllBytes(pdfFile);
    assertEquals(pages, PdfLook.pages(pdf));
    double measured = PdfLook.bodySizePt(pdf);
    assertTrue(measured >= FLOOR_PT - 0.01, "body text is " + measured + " pt in the PDF");
    assertEquals(body, measured, 0.1, "the report says body " + body + " pt, the PDF has " + measured);
    if (!theme.equals("sidebar")) {
      // The sidebar's band starts at the paper's edge by design; everything else keeps a real margin.
      for (int p = 0; p < pages; p++) {
        assertTrue(PdfLook.leftmostText(pdf, p) >= FLOOR_MM * PdfLook.PT_PER_MM - 0.5, "text in the margin");
      }
      // Shrinking never loses a word.
      List<String> problems = ResumeWords.inOrder(markdown, PdfInspect.text(pdf));
      if (!problems.isEmpty()) fail(String.join("\n", problems));
    }
  }

  // ---- fitting ----

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void aLittleOverOnePageFitsOnOne(String theme) throws Exception {
    Path cv = withBullets("over.md", bulletsToReach(theme, 2) + 4);
    Rendered natural = natural(cv, theme);
    assertEquals(2, natural.pages(), "the résumé must run over one page before fitting");
    assertTrue(lines(natural.pdf(), 1).size() >= 3, "page 2 holds " + lines(natural.pdf(), 1));

    Path out = dir.resolve("over.pdf");
    Run run = cli(cv.toString(), "--theme", theme, "--fit-pages", "1", "-o", out.toString());
    assertFitted(run, out, 1, theme, Files.readString(cv));
    assertTrue(Integer.parseInt(FITTED.matcher(run.out()).results().findFirst().orElseThrow().group(2)) < 100,
        run.out());
  }

  @Test
  void fittingASidebarWithItsOwnMarginsKeepsTheBandAtThePapersEdge() throws Exception {
    Path cv = withBullets("over.md", bulletsToReach("sidebar", 2) + 4);
    Path out = dir.resolve("over.pdf");
    Run run = cli(cv.toString(), "--theme", "sidebar", "--set", "margins=20mm", "--fit-pages", "1", "-o",
        out.toString());
    assertTrue(FITTED.matcher(run.out()).find(), run.both());
    // The side column's text starts at its own padding (9 mm), not at a page margin moved in from the edge.
    float left = PdfLook.leftmostText(Files.readAllBytes(out), 0);
    assertTrue(left < 15 * PdfLook.PT_PER_MM, "the side column starts " + left / PdfLook.PT_PER_MM + " mm in");
  }

  @Test
  void fitPagesInTheFrontMatterIsTheSame() throws Exception {
    Path cv = withBullets("over.md", bulletsToReach(Theme.DEFAULT, 2) + 4);
    Path inMatter = Files.writeString(dir.resolve("matter.md"),
        Files.readString(cv).replace("  # fit-pages: 1", "  fit-pages: 1"), StandardCharsets.UTF_8);
    assertTrue(Files.readString(inMatter).contains("\n  fit-pages: 1"), "the starter's fit-pages comment moved");
    Run flag = cli(cv.toString(), "--fit-pages", "1", "-o", dir.resolve("flag.pdf").toString());
    Run matter = cli(inMatter.toString(), "-o", dir.resolve("matter.pdf").toString());
    assertEquals(0, matter.code(), matter.both());
    Matcher a = FITTED.matcher(flag.out());
    Matcher b = FITTED.matcher(matter.out());
    assertTrue(a.find() && b.find(), flag.both() + matter.both());
    assertEquals(a.group(2) + " " + a.group(3) + " " + a.group(4), b.group(2) + " " + b.group(3) + " " + b.group(4));
    assertEquals(1, PdfLook.pages(Files.readAllBytes(dir.resolve("matter.pdf"))));
  }

  @Test
  void aFewLinesOnTheLastPageArePulledBack() throws Exception {
    Path cv = withBullets("spill.md", bulletsToReach(Theme.DEFAULT, 2));
    Rendered natural = natural(cv, Theme.DEFAULT);
    assertEquals(2, natural.pages());
    List<String> spilled = lines(natural.pdf(), 1);
    assertTrue(spilled.size() <= 3, "the last page should hold only a few lines: " + spilled);

    Rendered fitted =
        Cvpress.render(cv, Options.builder().set(Map.of("fit-pages", "1")).build());
    assertEquals(1, fitted.pages());
    assertTrue(fitted.fit().fits());
    assertTrue(fitted.fit().scale() < 1 && fitted.fit().scale() >= 0.97,
        "a few lines need only a little shrinking: " + fitted.fit());
    assertEquals(defaultBodyPt() * fitted.fit().scale(), PdfLook.bodySizePt(fitted.pdf()), 0.06);
  }

  @Test
  void aFewLinesOnAThirdPageArePulledBackToTwo() throws Exception {
    Path cv = withBullets("spill3.md", bulletsToReach(Theme.DEFAULT, 3));
    Rendered natural = natural(cv, Theme.DEFAULT);
    assertEquals(3, natural.pages());
    List<String> spilled = lines(natural.pdf(), 2);
    assertTrue(spilled.size() <= 3, "the last page should hold a few lines: " + spilled);

    Path out = dir.resolve("spill3.pdf");
    Run run = cli(cv.toString(), "--fit-pages", "2", "-o", out.toString());
    assertFitted(run, out, 2, Theme.DEFAULT, Files.readString(cv));
    String text = PdfInspect.text(Files.readAllBytes(out));
    assertTrue(text.contains("Page 2 of 2") && !text.contains("of 3"), text);
  }

  @Test
  void aSmallShrinkIsNotReportedAsOneHundredPercent() throws Exception {
    Path cv = withBullets("spill.md", bulletsToReach(Theme.DEFAULT, 2));
    Run run = cli(cv.toString(), "--fit-pages", "1", "-o", dir.resolve("spill.pdf").toString());
    assertEquals(0, run.code(), run.both());
    Matcher m = FITTED.matcher(run.out());
    assertTrue(m.find(), run.both());
    assertTrue(Integer.parseInt(m.group(2)) < 100, "shrunk to fit, but reported as " + m.group(2) + "%: " + run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void referenceResumeFitsReadablyOrSaysHowMuchToCut(String theme) throws Exception {
    Path aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
    Path out = dir.resolve("about-me.pdf");
    Run run = cli(aboutMe.toString(), "--theme", theme, "--fit-pages", "1", "-o", out.toString());
    if (run.code() == 0) {
      assertFitted(run, out, 1, theme, Files.readString(aboutMe));
      return;
    }
    assertEquals(3, run.code(), run.both());
    assertFalse(Files.exists(out), "a résumé that does not fit must not be written");
    assertEquals("", run.out());
    Matcher m = Pattern.compile(Pattern.quote(aboutMe.toString())
        + ": error: does not fit on 1 page: at the smallest readable size \\(body 8\\.5 pt, margins 10 mm\\) it takes"
        + " (\\d+) pages, the last one (\\d+)% full\\R(?:.*\\R)*?"
        + "hint: cut about (\\d+) lines?, or allow --fit-pages (\\d+)")
        .matcher(run.err());
    assertTrue(m.find(), run.both());
    int pages = Integer.parseInt(m.group(1));
    assertEquals(2, pages, run.err());
    assertEquals(pages, Integer.parseInt(m.group(4)), run.err());

    // The same résumé at the floors, rendered by hand: the last page holds about as many lines as it says to cut.
    Rendered floors = Cvpress.render(aboutMe, Options.builder().theme(theme)
        .set(Map.of("font-size", "8.5", "line-height", "1.15", "margins", "10mm", "pull-back", "off")).build());
    assertEquals(pages, floors.pages());
    int onLastPage = lines(floors.pdf(), pages - 1).size();
    int cut = Integer.parseInt(m.group(3));
    assertTrue(cut >= onLastPage && cut <= 2 * onLastPage + 3,
        "says cut about " + cut + " lines; the last page at the floors holds " + onLastPage);
  }

  @Test
  void alreadyFittingIsLeftAtFullSize() throws Exception {
    Path cv = Files.writeString(dir.resolve("fits.md"), starter, StandardCharsets.UTF_8);
    Rendered fit = Cvpress.render(cv, Options.builder().set(Map.of("fit-pages", "1")).build());
    Rendered plain = Cvpress.render(cv, Options.defaults());
    assertEquals(1, fit.pages());
    assertTrue(fit.fit().fits());
    assertEquals(1.0, fit.fit().scale());
    assertEquals(defaultBodyPt(), fit.fit().fontSizePt());
    assertArrayEquals(plain.pdf(), fit.pdf(), "fitting a résumé that fits changed it");

    Run run = cli(cv.toString(), "--fit-pages", "2", "-o", dir.resolve("fits.pdf").toString());
    assertEquals(0, run.code(), run.both());
    assertTrue(run.out().contains("(1 page, "), run.out());
    assertFalse(run.out().contains("fitted"), run.out());
    assertArrayEquals(plain.pdf(), Files.readAllBytes(dir.resolve("fits.pdf")));
  }

  @Test
  void fitPagesMustBeAtLeastOne() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), starter, StandardCharsets.UTF_8);
    Run run = cli(cv.toString(), "--fit-pages", "0");
    assertEquals(2, run.code(), run.both());
    assertFalse(Files.exists(dir.resolve("cv.pdf")));
  }

  // ---- pulling back ----

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void aLastPageOfAFewLinesIsPulledBackByDefault(String theme) throws Exception {
    Path cv = withBullets("spill.md", bulletsToReach(theme, 2));
    Rendered natural = natural(cv, theme);
    assertEquals(2, natural.pages());
    assertTrue(lines(natural.pdf(), 1).size() <= 3, "page 2 holds " + lines(natural.pdf(), 1));

    Path out = dir.resolve("spill.pdf");
    Run run = cli(cv.toString(), "--theme", theme, "-o", out.toString());
    assertEquals(0, run.code(), run.both());
    Matcher m = PULLED_BACK.matcher(run.out());
    assertTrue(m.find(), "no \"pulled back\" in the report: " + run.both());
    assertEquals("1 2", m.group(1) + " " + m.group(2));
    byte[] pdf = Files.readAllBytes(out);
    assertEquals(1, PdfLook.pages(pdf));
    // Within the small range: type at most 3% smaller, never below the floor.
    double body = PdfLook.bodySizePt(pdf);
    assertTrue(body >= Math.max(FLOOR_PT, basePt(theme) * 0.97) - 0.05, theme + ": body " + body + " pt");
    assertTrue(body < basePt(theme) + 0.01, theme + ": body " + body + " pt");
    if (!theme.equals("sidebar")) {
      assertTrue(PdfLook.leftmostText(pdf, 0) >= FLOOR_MM * PdfLook.PT_PER_MM - 0.5, "text in the margin");
      List<String> problems = ResumeWords.inOrder(Files.readString(cv), PdfInspect.text(pdf));
      if (!problems.isEmpty()) fail(String.join("\n", problems));
    }
  }

  @Test
  void pullBackOffKeepsTheLastPage() throws Exception {
    Path cv = withBullets("spill.md", bulletsToReach(Theme.DEFAULT, 2));
    Run flag = cli(cv.toString(), "--set", "pull-back=off", "-o", dir.resolve("flag.pdf").toString());
    assertEquals(0, flag.code(), flag.both());
    assertTrue(flag.out().contains("(2 pages, ") && !flag.out().contains("pulled back"), flag.out());
    Path inMatter = Files.writeString(dir.resolve("matter.md"),
        Files.readString(cv).replaceFirst("\n---\n", "\npull-back: off\n---\n"), StandardCharsets.UTF_8);
    Rendered matter = Cvpress.render(inMatter, Options.defaults());
    assertEquals(2, matter.pages(), "YAML reads `off` as false, which is off too");
    assertEquals(null, matter.fit());
  }

  @Test
  void aLastPageThatCannotBePulledBackIsLeftAsItIs() throws Exception {
    // The page break puts the last section on a page of its own: no spacing can bring it back.
    Path cv = Files.writeString(dir.resolve("broken.md"),
        starter.replace("\n## Talks", "\n\\newpage\n\n## Talks"), StandardCharsets.UTF_8);
    Rendered off = natural(cv, Theme.DEFAULT);
    assertEquals(2, off.pages(), "the page break adds a page");
    assertTrue(lines(off.pdf(), 1).size() <= 4, "the last page holds a few lines: " + lines(off.pdf(), 1));
    Rendered on = Cvpress.render(cv, Options.defaults());
    assertEquals(null, on.fit());
    assertArrayEquals(off.pdf(), on.pdf());
  }

  @Test
  void aFullerLastPageIsLeftAlone() throws Exception {
    Path aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
    Rendered on = Cvpress.render(aboutMe, Options.defaults());
    assertEquals(2, on.pages());
    assertEquals(null, on.fit());
    assertArrayEquals(natural(aboutMe, Theme.DEFAULT).pdf(), on.pdf());
  }

  // ---- page limits ----

  @Test
  void maxPagesExceededExitsThreeAndWritesNothing() throws Exception {
    Path aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
    Run run = cli(aboutMe.toString(), "--max-pages", "1");
    assertEquals(3, run.code(), run.both());
    assertTrue(run.err().contains(aboutMe + ": error: 2 pages, more than --max-pages 1"), run.err());
    assertTrue(run.err().contains("--fit-pages 1"), run.err());
    assertFalse(Files.exists(dir.resolve("about-me.pdf")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("about-me.md"), files.map(p -> p.getFileName().toString()).toList());
    }

    // An older PDF stays as it was.
    Path old = Files.writeString(dir.resolve("about-me.pdf"), "old");
    assertEquals(3, cli(aboutMe.toString(), "--max-pages", "1").code());
    assertEquals("old", Files.readString(old));
  }

  @Test
  void maxPagesNeverShrinks() throws Exception {
    Path aboutMe = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), aboutMe);
    Run run = cli(aboutMe.toString(), "--max-pages", "2");
    assertEquals(0, run.code(), run.both());
    assertFalse(run.out().contains("fitted"), run.out());
    assertArrayEquals(Cvpress.render(aboutMe, Options.defaults()).pdf(),
        Files.readAllBytes(dir.resolve("about-me.pdf")));
  }

  @Test
  void fitAndMaxPagesTogether() throws Exception {
    Path cv = withBullets("over.md", bulletsToReach(Theme.DEFAULT, 2) + 4);
    assertEquals(3, cli(cv.toString(), "--max-pages", "1", "--set", "pull-back=off").code());
    Run run = cli(cv.toString(), "--fit-pages", "1", "--max-pages", "1");
    assertEquals(0, run.code(), run.both());
    assertEquals(1, PdfLook.pages(Files.readAllBytes(dir.resolve("over.pdf"))));
  }
}
