package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger theme, read back from the PDF: the type scale its header declares is the one on the page; each
 * entry's place and dates sit on its title's baseline and end at the block's right edge, where the body text of
 * every section ends too; everything starts on one left edge; and a line of body text holds the characters the
 * header declares, on A4 and Letter.
 */
class LedgerThemeTest {
  /** Entries with a place, one with nothing under its heading, one whose title takes two lines. */
  static final String PLACES = """
      ---
      name: Alex Rivera
      headline: Senior Data Engineer · streaming pipelines and analytics platforms
      email: alex.rivera@example.com
      location: London, UK
      ---

      ## Summary

      Data engineer with nine years of building streaming and batch pipelines for retail and fintech, from ingestion \
      to the dashboards people use every morning. I like boring, well-tested systems and short feedback loops, and \
      I write things down.

      ## Experience

      ### Senior Data Engineer — Northwind Retail — London, UK | Mar 2021 – Present

      *Data platform team, lead of four engineers*

      - Moved nightly batch jobs to a Flink streaming platform; freshness of sales data from a day to two minutes.
      - Introduced data contracts between thirty producing teams and the warehouse, cutting broken dashboards by \
      four fifths over two quarters.

      ### Data Engineer — Contoso Bank — Edinburgh, UK | Jun 2017 – Feb 2021

      - Designed the fraud-signal pipeline on Kafka and Spark, scoring card payments within a few milliseconds \
      of the authorisation request.

      Led the migration of forty services from a monolith to a platform of small deployable units, working with \
      product teams to plan each cut-over, writing the runbooks that on-call engineers used during the move, and \
      measuring latency, error rates and cost before and after every step so that the business could see what it \
      gained.

      ### Research Assistant — Universidade de Lisboa — Lisbon | 2014 – 2015

      ### Head of the Department for Data Platforms, Analytics and Machine Learning in the Group Headquarters — Fabrikam \
      Insurance — Frankfurt | 2012 – 2014

      - Led the platform group.

      ## Skills

      - **Languages:** Python, Scala, SQL, Java
      """;

  @TempDir static Path dir;

  /** The résumé on {@code paper}, "a4" or "letter"; "a4 30mm" for A4 with margins of 30 mm. */
  private static Rendered render(String paper) throws Exception {
    String[] parts = paper.split(" ");
    Path cv = Files.writeString(dir.resolve("places-" + parts[0] + ".md"), PLACES, StandardCharsets.UTF_8);
    Options.Builder options = Options.builder().theme("ledger").paper(parts[0]);
    if (parts.length > 1) options.set(Map.of("style.margins", parts[1]));
    return Cvpress.render(cv, options.build());
  }

  private static String header() throws IOException {
    String css = Files.readString(Path.of("styles", "ledger.css"));
    return css.substring(0, css.indexOf("*/"));
  }

  /** The sizes the header comment declares, by name. */
  private static Map<String, Double> scale() throws IOException {
    Matcher line = Pattern.compile("(?m)^\\s*\\*\\s*scale:\\s*(.+)$").matcher(header());
    assertTrue(line.find(), "the header declares a scale");
    Map<String, Double> out = new HashMap<>();
    Matcher m = Pattern.compile("(\\w+) ([\\d.]+)pt").matcher(line.group(1));
    while (m.find()) out.put(m.group(1), Double.parseDouble(m.group(2)));
    return out;
  }

  private static int declared(String field) throws IOException {
    Matcher m = Pattern.compile("(?m)^\\s*\\*\\s*" + field + ":\\s*(\\d+)").matcher(header());
    assertTrue(m.find(), field);
    return Integer.parseInt(m.group(1));
  }

  /** A run of glyphs on one baseline, in one size, with no gap wider than three times that size. */
  record Run(String text, float x0, float x1, float baseline, float size) {
    boolean is(String s) {
      return text.equals(s);
    }
  }

  /** The runs of one page (0-based), top to bottom, then left to right; word spaces put back from the gaps. */
  static List<Run> runs(byte[] pdf, int page) throws IOException {
    Map<String, List<PdfLook.Glyph>> lines = new HashMap<>();
    for (PdfLook.Glyph g : PdfLook.glyphs(pdf, page)) {
      if (Character.getType(g.text().codePointAt(0)) == Character.PRIVATE_USE) continue; // icons
      String key = Math.round((g.y() + g.height()) * 4) + "/" + Math.round(g.fontSizePt() * 20);
      lines.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
    }
    List<Run> out = new ArrayList<>();
    for (List<PdfLook.Glyph> line : lines.values()) {
      line.sort(Comparator.comparingDouble(PdfLook.Glyph::x));
      StringBuilder text = new StringBuilder();
      PdfLook.Glyph first = line.get(0);
      float end = -1;
      for (PdfLook.Glyph g : line) {
        if (end >= 0 && g.x() - end > 3 * g.fontSizePt()) {
          out.add(new Run(text.toString(), first.x(), end, first.y() + first.height(), first.fontSizePt()));
          text.setLength(0);
          first = g;
        } else if (end >= 0 && g.x() - end > 0.15 * g.fontSizePt()) {
          text.append(' ');
        }
        text.append(g.text());
        end = g.x() + g.width();
      }
      out.add(new Run(text.toString(), first.x(), end, first.y() + first.height(), first.fontSizePt()));
    }
    out.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x0));
    return out;
  }

  private static Run find(List<Run> runs, String startsWith) {
    return runs.stream().filter(r -> r.text().startsWith(startsWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with \"" + startsWith + "\" in " + runs));
  }

  @Test
  void theDeclaredScaleIsWhatThePageShows() throws Exception {
    Map<String, Double> scale = scale();
    List<Run> runs = runs(render("a4").pdf(), 0);
    Map<String, Run> seen = Map.of(
        "name", find(runs, "Alex Rivera"),
        "headline", find(runs, "Senior Data Engineer ·"),
        "section", find(runs, "Experience"),
        "entry", find(runs, "Senior Data Engineer, Northwind Retail"),
        "meta", containing(runs, "Mar 2021 – Present"),
        "body", find(runs, "Data engineer with nine years"));
    for (var e : seen.entrySet()) {
      assertEquals(scale.get(e.getKey()), e.getValue().size(), 0.05, e.getKey() + ": " + e.getValue());
    }
    assertTrue(scale.get("section") >= 1.15 * scale.get("body"), "section titles are at least 1.15 × the body");
    assertTrue(scale.get("entry") > scale.get("body") && scale.get("entry") < scale.get("section"), scale.toString());
  }

  /** The entries of {@link #PLACES}: title, place, dates; the last one's title takes two lines. */
  private static final String[][] ENTRIES = {
      {"Senior Data Engineer, Northwind Retail", "London, UK", "Mar 2021 – Present"},
      {"Data Engineer, Contoso Bank", "Edinburgh, UK", "Jun 2017 – Feb 2021"},
      {"Research Assistant, Universidade de Lisboa", "Lisbon", "2014 – 2015"},
      {"Head of the Department", "Frankfurt", "2012 – 2014"}};

  /** The first run that holds {@code text}. */
  private static Run containing(List<Run> runs, String text) {
    return runs.stream().filter(r -> r.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no line holds \"" + text + "\" in " + runs));
  }

  /** The right edge of the text block: where the section titles' rules end, as the dates do. */
  private static double rightEdge(byte[] pdf) throws IOException {
    float width = PdfLook.pageSizes(pdf).get(0)[0];
    return width - 33 * PdfLook.PT_PER_MM;
  }

  /** Where the place and dates of each entry are not as they should be: on the title's line, at the right edge. */
  static List<String> headingProblems(List<Run> runs, double right) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < ENTRIES.length; i++) {
      String[] e = ENTRIES[i];
      Run title = find(runs, e[0]);
      Run meta = containing(runs, e[2]);
      if (!meta.text().startsWith(e[1])) problems.add(e[1] + " does not lead \"" + meta.text() + "\"");
      if (Math.abs(meta.x1() - right) > 1.5) problems.add(e[2] + " ends at " + meta.x1() + ", not at " + right);
      if (Math.abs(title.baseline() - meta.baseline()) > 0.3) problems.add(e[2] + " is off the title's baseline");
    }
    return problems;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void thePlaceAndDatesEndAtTheRightEdgeOnTheTitlesLine(String paper) throws Exception {
    byte[] pdf = render(paper).pdf();
    List<Run> runs = runs(pdf, 0);
    List<String> problems = headingProblems(runs, rightEdge(pdf));
    if (!problems.isEmpty()) fail(String.join("\n", problems) + "\n" + runs);
    // The long title takes two lines, and the place and dates stay on the first.
    assertTrue(containing(runs, "Headquarters").baseline() > containing(runs, "Frankfurt").baseline() + 5, runs.toString());
  }

  @Test
  void theHeadingCheckCanFail() throws Exception {
    // The dates put under the place: off the title's line.
    Path under = Files.writeString(dir.resolve("under.css"), ".entry-meta .dates { display: block !important; }");
    Path cv = Files.writeString(dir.resolve("under.md"), PLACES, StandardCharsets.UTF_8);
    byte[] pdf = Cvpress.render(cv, Options.builder().theme("ledger").css(under).build()).pdf();
    List<String> problems = headingProblems(runs(pdf, 0), rightEdge(pdf));
    assertFalse(problems.isEmpty(), "dates under their place pass");
  }

  /**
   * One measure for the whole block: the body text of a section with dates and of one without (the summary) runs
   * on to the right edge the dates end at, short of it by no more than a word; the name, the masthead and the
   * section titles start on the text's left edge.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void textRulesAndDatesShareOneRightEdge(String paper) throws Exception {
    byte[] pdf = render(paper).pdf();
    List<Run> runs = runs(pdf, 0);
    double right = rightEdge(pdf);
    double body = scale().get("body");
    float top = find(runs, "Experience").baseline();
    float bottom = find(runs, "Skills").baseline();
    double experience = runs.stream().filter(r -> r.baseline() > top && r.baseline() < bottom)
        .filter(r -> Math.abs(r.size() - body) < 0.05).mapToDouble(Run::x1).max().orElseThrow();
    double summary = runs.stream().filter(r -> r.baseline() < top && Math.abs(r.size() - body) < 0.05)
        .mapToDouble(Run::x1).max().orElseThrow();
    for (double end : new double[] {experience, summary}) {
      assertTrue(end <= right + 0.5 && end > right - 30, paper + ": text ends at " + end + ", the dates at " + right);
    }
    double left = find(runs, "Experience").x0();
    for (String s : List.of("Alex Rivera", "Senior Data Engineer ·", "Summary", "Data engineer with nine years")) {
      assertEquals(left, find(runs, s).x0(), 1.0, "\"" + s + "\" is not on the left edge");
    }
  }

  @Test
  void aLineOfBodyTextHoldsTheDeclaredMeasureOnA4AndLetter() throws Exception {
    int measure = declared("measure");
    assertTrue(measure >= 85 && measure <= 100, "measure " + measure);
    for (String paper : List.of("a4", "letter")) {
      byte[] pdf = render(paper).pdf();
      List<Run> runs = runs(pdf, 0);
      double body = scale().get("body");
      List<Run> lines = runs.stream().filter(r -> Math.abs(r.size() - body) < 0.05).toList();
      double left = lines.stream().mapToDouble(Run::x0).min().orElseThrow();
      double right = rightEdge(pdf);
      // Full lines: those that start at the text's left edge and end within a word of its right.
      List<Integer> counts = lines.stream().filter(r -> r.x0() - left < 1 && right - r.x1() < 25)
          .map(r -> r.text().length()).toList();
      assertFalse(counts.isEmpty(), paper);
      for (int n : counts) {
        assertTrue(Math.abs(n - measure) <= 6 && n <= 101, paper + ": a full line of " + n + " characters, declared "
            + measure);
      }
    }
  }

  @Test
  void theMeasureCheckCanFail() throws Exception {
    // The same résumé on a block let out to margins of 12 mm: lines far over the measure.
    Path wide = Files.writeString(dir.resolve("wide.css"), "@page { margin-left: 12mm; margin-right: 12mm; }");
    Path cv = Files.writeString(dir.resolve("wide.md"), PLACES, StandardCharsets.UTF_8);
    List<Run> runs = runs(Cvpress.render(cv, Options.builder().theme("ledger").css(wide).build()).pdf(), 0);
    int longest = runs.stream().filter(r -> Math.abs(r.size() - 10) < 0.05).mapToInt(r -> r.text().length()).max()
        .orElseThrow();
    assertTrue(longest > declared("measure") + 6, "longest line " + longest);
  }

  /**
   * The place and the dates are read with their entry: in drawing order the place follows the title and the dates
   * stay apart from the line they sit beside; by position the place is on the title's line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void checkReadsTheEntriesWithTheirPlaces(String paper) throws Exception {
    // Without the entry whose title wraps under an entry with nothing below its heading: a parser that reads by
    // position takes that pair for one entry, in this theme as in modern, where the dates share the title's line.
    String places = PLACES.substring(0, PLACES.indexOf("### Head of")) + PLACES.substring(PLACES.indexOf("## Skills"));
    Path cv = Files.writeString(dir.resolve("check-" + paper + ".md"), places, StandardCharsets.UTF_8);
    var checked = Cvpress.check(cv, Options.builder().theme("ledger").paper(paper).build(), null, null);
    assertEquals(List.of(), checked.problems());
    String drawn = dev.cvpress.render.pdf.PdfText.read(render(paper).pdf()).inDrawingOrder().replaceAll("\\s+", " ");
    assertTrue(drawn.contains("Northwind Retail London, UK · Mar 2021 – Present Data platform team"), drawn);
  }

  @Test
  void theHeaderDeclaresItsUnitAndTheAccentIsItsOwn() throws Exception {
    assertEquals(4, declared("unit"));
    String accent = dev.cvpress.style.Theme.builtIn("ledger").accent();
    for (String other : List.of("modern", "classic", "compact", "sidebar")) {
      assertFalse(accent.equals(dev.cvpress.style.Theme.builtIn(other).accent()), other);
    }
    assertTrue(PdfLook.paints(render("a4").pdf(), accent), "the name and section titles are in " + accent);
    assertEquals("ledger", dev.cvpress.style.Theme.BUILT_IN.get(dev.cvpress.style.Theme.BUILT_IN.size() - 1)
        .toLowerCase(Locale.ROOT));
  }
}
