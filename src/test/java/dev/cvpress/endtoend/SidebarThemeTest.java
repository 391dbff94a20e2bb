package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.cli.Main;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sidebar theme as its header describes it, read back from the PDF: the type scale it declares, in both its
 * forms; the line its main column holds (its {@code measure}); contacts each whole in the band; and the one-column
 * form, for a résumé with too little for the band, with a line of sensible length and even margins, fitted or not.
 */
class SidebarThemeTest {
  private static final Path CSS = Path.of("styles", "sidebar.css");

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

  private static Rendered render(String paper, String example) {
    return RENDERED.computeIfAbsent(paper + "/" + example, k -> {
      try {
        Path in = example.equals("starter") ? starter : Path.of(example);
        return Cvpress.render(in, Options.builder().theme("sidebar").paper(paper).build());
      } catch (Exception e) {
        throw new AssertionError(k + " did not render: " + e, e);
      }
    });
  }

  private static boolean twoColumns(Rendered r) {
    return r.html().contains("<aside class=\"sidebar\">");
  }

  // ---- what the header declares ----

  /** A field of the theme's header comment, read here independently of cvpress. */
  private static String declared(String field) throws IOException {
    String css = Files.readString(CSS);
    Matcher m = Pattern.compile("(?m)^\\s*\\*\\s*" + field + ":\\s*(.+?)\\s*$").matcher(css.substring(0,
        css.indexOf("*/")));
    assertTrue(m.find(), "the header declares no " + field);
    return m.group(1);
  }

  /** The sizes of the header's {@code scale:} line, by name, in points. */
  private static Map<String, Double> scale() throws IOException {
    Map<String, Double> out = new HashMap<>();
    for (String part : declared("scale").split(",\\s*")) {
      Matcher m = Pattern.compile("(\\w+) ([\\d.]+)pt").matcher(part.strip());
      assertTrue(m.matches(), part);
      out.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return out;
  }

  /** The band's width in points, as the page background draws it. */
  private static float band() throws IOException {
    Matcher m = Pattern.compile("background-size:\\s*([\\d.]+)mm").matcher(Files.readString(CSS));
    assertTrue(m.find());
    return (float) (Double.parseDouble(m.group(1)) * PdfLook.PT_PER_MM);
  }

  // ---- sizes ----

  /** The size of the first glyph of the first run of glyphs that spells {@code word} (spaces left out), or -1. */
  private static double sizeOf(byte[] pdf, String word) throws IOException {
    List<PdfLook.Glyph> glyphs = PdfLook.glyphs(pdf, 0);
    StringBuilder text = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      String t = glyphs.get(i).text();
      text.append(t);
      for (int j = 0; j < t.length(); j++) owner.add(i);
    }
    int at = text.indexOf(word.replace(" ", ""));
    return at < 0 ? -1 : glyphs.get(owner.get(at)).fontSizePt();
  }

  private static void assertSize(double want, byte[] pdf, String word) throws IOException {
    double size = sizeOf(pdf, word);
    assertTrue(size > 0, "\"" + word + "\" is not on page 1");
    assertEquals(want, size, 0.06, "\"" + word + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void bothFormsSetTheScaleTheHeaderDeclares(String paper) throws IOException {
    Map<String, Double> scale = scale();
    assertTrue(scale.get("section") >= 1.15 * scale.get("body"), scale.toString());
    assertTrue(scale.get("entry") > scale.get("body") && scale.get("entry") < scale.get("section"), scale.toString());

    byte[] two = render(paper, "examples/jane-doe.md").pdf();
    assertEquals(scale.get("body"), PdfLook.bodySizePt(two), 0.06);
    assertSize(scale.get("name"), two, "Jane Doe");
    assertSize(scale.get("headline"), two, "Staff Software Engineer");
    assertSize(scale.get("section"), two, "EXPERIENCE");
    assertSize(scale.get("section"), two, "SKILLS"); // the band's section titles are the main column's
    assertSize(scale.get("entry"), two, "Staff Engineer,");
    assertSize(scale.get("meta"), two, "Jan 2020");
    assertSize(scale.get("small"), two, "jane@example.com");

    byte[] one = render(paper, "examples/about-me.md").pdf();
    assertEquals(scale.get("body"), PdfLook.bodySizePt(one), 0.06);
    assertSize(scale.get("section"), one, "WORK EXPENRIENCE");
    assertSize(scale.get("entry"), one, "XSky Ltd");
    assertSize(scale.get("meta"), one, "Jun 2021");
    // A heading inside an entry is a level under the entry titles.
    assertSize(scale.get("small"), one, "SERVER INFRA");
  }

  // ---- entry headings ----

  /** The baseline (from the page's top) of the first glyph of the first run of glyphs spelling {@code word}. */
  private static double baselineOf(byte[] pdf, String word) throws IOException {
    List<PdfLook.Glyph> glyphs = PdfLook.glyphs(pdf, 0);
    StringBuilder text = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      text.append(glyphs.get(i).text());
      for (int j = 0; j < glyphs.get(i).text().length(); j++) owner.add(i);
    }
    int at = text.indexOf(word.replace(" ", ""));
    assertTrue(at >= 0, "\"" + word + "\" is not on page 1");
    PdfLook.Glyph g = glyphs.get(owner.get(at));
    return g.y() + g.height();
  }

  /**
   * An entry's place and dates sit on one line, on the baseline of its title's first line, in both forms: also
   * beside a title long enough to wrap, where the engine would otherwise part place from dates.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void placeAndDatesSitOnTheTitlesBaseline(boolean withSkills) throws Exception {
    String md = """
        ---
        name: Ada Example
        email: ada@example.com
        phone: +1 555 010 0000
        location: Berlin
        ---

        ## Experience

        ### Senior Engineer — Zahlwerk GmbH — Frankfurt am Main | Jan 2020 – Present

        - Built the payment platform.

        ### Principal Engineer, Distributed Storage and Streaming Infrastructure for Planet-Scale Systems — Very \
        Large Company International — San Francisco, California | Mar 2015 – Dec 2019

        - Built the storage platform.
        """;
    if (withSkills) md += "\n## Skills\n\n- Go, Kotlin, Java\n- Kubernetes, Terraform\n- PostgreSQL, Kafka\n";
    Path file = Files.writeString(dir.resolve("places-" + withSkills + ".md"), md);
    Rendered r = Cvpress.render(file, Options.builder().theme("sidebar").build());
    assertEquals(withSkills, twoColumns(r));
    byte[] pdf = r.pdf();
    for (String[] entry : List.of(new String[] {"Senior Engineer", "Frankfurt am Main", "Jan 2020"},
        new String[] {"Principal Engineer", "San Francisco, California", "Mar 2015"})) {
      double title = baselineOf(pdf, entry[0]);
      assertEquals(title, baselineOf(pdf, entry[1]), 0.5, entry[1] + " is off the title's baseline");
      assertEquals(title, baselineOf(pdf, entry[2]), 0.5, entry[2] + " is off the title's baseline");
    }
  }

  // ---- the line ----

  /**
   * Characters a full line of body text holds in the column that starts at {@code fromX}: the characters per point
   * of the lines that nearly fill the column, times the column's width. Spaces are counted from the gaps between
   * glyphs.
   */
  static double measure(byte[] pdf, float fromX) throws IOException {
    double body = PdfLook.bodySizePt(pdf);
    List<PdfLook.Glyph> glyphs = new ArrayList<>(PdfLook.glyphs(pdf, 0).stream()
        .filter(g -> g.x() >= fromX && Math.abs(g.fontSizePt() - body) < 0.05).toList());
    glyphs.sort(Comparator.comparingDouble((PdfLook.Glyph g) -> Math.round(g.y() + g.height()))
        .thenComparingDouble(PdfLook.Glyph::x));
    List<double[]> lines = new ArrayList<>(); // left, right, characters
    double baseline = Double.NaN;
    for (PdfLook.Glyph g : glyphs) {
      double b = Math.round(g.y() + g.height());
      double[] line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (line == null || b != baseline) {
        lines.add(new double[] {g.x(), g.x() + g.width(), g.text().codePointCount(0, g.text().length())});
        baseline = b;
        continue;
      }
      if (g.x() - line[1] > 0.2 * body) line[2]++; // a space
      line[1] = g.x() + g.width();
      line[2] += g.text().codePointCount(0, g.text().length());
    }
    double left = lines.stream().mapToDouble(l -> l[0]).min().orElseThrow();
    double right = lines.stream().mapToDouble(l -> l[1]).max().orElseThrow();
    double width = right - left;
    List<Double> perPoint = lines.stream().filter(l -> l[1] - l[0] > 0.85 * width)
        .map(l -> l[2] / (l[1] - l[0])).sorted().toList();
    assertTrue(perPoint.size() >= 3, "too few full lines to measure");
    return perPoint.get(perPoint.size() / 2) * width;
  }

  @Test
  void theMainColumnHoldsTheMeasureTheHeaderDeclares() throws IOException {
    int declared = Integer.parseInt(declared("measure"));
    assertTrue(declared >= 85 && declared <= 100, "measure: " + declared);
    double a4 = measure(render("a4", "examples/jane-doe.md").pdf(), band());
    assertEquals(declared, a4, 0.04 * declared, "characters a line in the main column on A4");
    // Letter is 6 mm wider: a few characters more, still within a comfortable line.
    double letter = measure(render("letter", "examples/jane-doe.md").pdf(), band());
    assertTrue(letter > a4 && letter <= 100, "on Letter: " + letter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void theOneColumnFormKeepsALineOfSensibleLength(String paper) throws IOException {
    Rendered r = render(paper, "examples/about-me.md");
    assertFalse(twoColumns(r));
    double chars = measure(r.pdf(), 0);
    // A4 within the measure's range; Letter, 6 mm wider with the same margins, a few characters more.
    assertTrue(chars >= 85 && chars <= (paper.equals("a4") ? 100 : 105), "characters a line: " + chars);
  }

  // ---- contacts ----

  /**
   * The band is page 1's, where the aside is: a later page, which the aside never reaches, has no tinted band standing
   * empty beside the main column. The band is the one image a page paints as tall as the page.
   */
  @Test
  void theBandIsOnPageOneOnly() throws Exception {
    String jane = Files.readString(Path.of("examples/jane-doe.md"));
    int at = jane.indexOf("\n## Experience");
    int end = jane.indexOf("\n## ", at + 1);
    String experience = jane.substring(at, end);
    Path cv = Files.writeString(dir.resolve("two-pages.md"), jane.substring(0, end)
        + experience.replace("## Experience", "## Earlier experience")
        + experience.replace("## Experience", "## Consulting") + jane.substring(end));
    Rendered r = Cvpress.render(cv, Options.builder().theme("sidebar").build());
    assertTrue(twoColumns(r), "two columns");
    assertEquals(2, r.pages());
    float height = PdfLook.pageSizes(r.pdf()).get(0)[1];
    float width = band();
    for (int page = 0; page < 2; page++) {
      long bands = PdfLook.placements(r.pdf(), page).stream()
          .filter(p -> Math.abs(p.drawnHeight() - height) < 1 && Math.abs(p.drawnWidth() - width) < 1).count();
      assertEquals(page == 0 ? 1 : 0, bands, "bands on page " + (page + 1));
    }
  }

  /** Each contact of the band is one line of the band's text, and stays inside the band. */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void theBandsContactsAreEachOneLine(String paper) throws IOException {
    float band = band();
    List<String> problems = new ArrayList<>();
    for (String example : List.of("starter", "examples/jane-doe.md")) {
      Rendered r = render(paper, example);
      assertTrue(twoColumns(r), example);
      List<String> labels = Jsoup.parse(r.html()).select("aside .contact").eachText().stream()
          .map(t -> t.replaceAll("\\p{Co}", "").strip()).toList();
      assertFalse(labels.isEmpty(), example);
      List<String> lines = List.of(PdfLook.columnText(r.pdf(), 0, band).get(0).split("\\R"));
      for (String label : labels) {
        if (lines.stream().noneMatch(l -> l.strip().equals(label))) {
          problems.add(example + ": \"" + label + "\" is not one line of the band: " + lines);
        }
      }
      for (PdfLook.Glyph g : PdfLook.glyphs(r.pdf(), 0)) {
        if (g.x() < band && g.x() + g.width() > band - 1.5 * PdfLook.PT_PER_MM) {
          problems.add(example + ": '" + g.text() + "' reaches the band's edge");
        }
      }
    }
    if (!problems.isEmpty()) fail(String.join("\n", problems));
  }

  /**
   * An e-mail address too long for the band's line breaks before its "@", into the mailbox and "@domain", each
   * whole: never after one of its points ("jane." / "doe-whitfield@example-university." / "edu").
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void aLongAddressInTheBandBreaksBeforeItsAt(String paper) throws Exception {
    String address = "jane.doe-whitfield@example-university.edu";
    Path cv = Files.writeString(dir.resolve("long-address.md"),
        Files.readString(Path.of("examples/jane-doe.md")).replace("jane@example.com", address));
    Rendered r = Cvpress.render(cv, Options.builder().theme("sidebar").paper(paper).build());
    assertTrue(twoColumns(r));
    List<String> lines = List.of(PdfLook.columnText(r.pdf(), 0, band()).get(0).split("\\R")).stream()
        .map(String::strip).toList();
    int mailbox = lines.indexOf("jane.doe-whitfield");
    assertTrue(mailbox > -1 && lines.get(mailbox + 1).equals("@example-university.edu"),
        "the address is not broken before its @ alone: " + lines);
  }

  // ---- the one-column form ----

  /**
   * Fitted to fewer pages, the one-column form keeps its even margins: fitting moves the margins the form has,
   * not the band's 0 mm of the two-column form.
   */
  @Test
  void theOneColumnFormKeepsEvenMarginsWhenFitted() throws Exception {
    Rendered r = Cvpress.render(Path.of("examples/about-me.md"),
        Options.builder().theme("sidebar").fitPages(1).build());
    assertFalse(twoColumns(r));
    assertTrue(r.fit() != null && r.fit().scale() < 1, "not fitted");
    float width = PdfLook.pageSizes(r.pdf()).get(0)[0];
    for (int page = 0; page < r.pages(); page++) {
      List<PdfLook.Glyph> glyphs = PdfLook.glyphs(r.pdf(), page);
      double left = glyphs.stream().mapToDouble(PdfLook.Glyph::x).min().orElseThrow();
      double right = width - glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
      if (Math.abs(left - right) > 20 || left < (dev.cvpress.layout.Fit.MIN_MARGIN_MM - 0.5) * PdfLook.PT_PER_MM) {
        fail(String.format(Locale.ROOT, "page %d: margins %.1f and %.1f mm", page + 1, left / PdfLook.PT_PER_MM,
            right / PdfLook.PT_PER_MM));
      }
    }
  }
}
