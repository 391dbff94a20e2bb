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
 * entry's place sits over its dates in a right-hand column, the place on the title's baseline and the dates on the
 * baseline of the line beside them; no text of a section with dates runs under that column, and a section without
 * runs on to the right margin; and a line of body text holds the characters
 * the header declares, on A4 and Letter alike.
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
        "meta", find(runs, "Mar 2021 – Present"),
        "body", find(runs, "Data engineer with nine years"));
    for (var e : seen.entrySet()) {
      assertEquals(scale.get(e.getKey()), e.getValue().size(), 0.05, e.getKey() + ": " + e.getValue());
    }
    assertEquals(scale.get("meta"), find(runs, "London, UK").size(), 0.05, "the place is set as the dates");
    assertTrue(scale.get("section") >= 1.15 * scale.get("body"), "section titles are at least 1.15 × the body");
    assertTrue(scale.get("entry") > scale.get("body") && scale.get("entry") < scale.get("section"), scale.toString());
  }

  /** The entries of {@link #PLACES}: title, place, dates, and the line beside the dates (null: none). */
  private static final String[][] ENTRIES = {
      {"Senior Data Engineer, Northwind Retail", "London, UK", "Mar 2021 – Present", "Data platform team"},
      {"Data Engineer, Contoso Bank", "Edinburgh, UK", "Jun 2017 – Feb 2021", "Designed the fraud-signal"},
      {"Research Assistant, Universidade de Lisboa", "Lisbon", "2014 – 2015", null},
      {"Head of the Department", "Frankfurt", "2012 – 2014", null}};

  /** Where the right-hand block of each entry is not as it should be. */
  static List<String> blockProblems(List<Run> runs) {
    List<String> problems = new ArrayList<>();
    for (String[] e : ENTRIES) {
      Run title = find(runs, e[0]);
      Run place = find(runs, e[1]);
      Run dates = find(runs, e[2]);
      if (Math.abs(title.baseline() - place.baseline()) > 0.1) problems.add(e[1] + " is off the title's baseline");
      if (dates.baseline() < place.baseline() + 0.9 * dates.size()) problems.add(e[2] + " is not under " + e[1]);
      if (Math.abs(place.x1() - dates.x1()) > 0.5) problems.add(e[1] + " and " + e[2] + " end at two right edges");
      if (place.x0() < title.x1() + 10) problems.add(e[1] + " is not in a column right of " + e[0]);
      if (e[3] != null && Math.abs(find(runs, e[3]).baseline() - dates.baseline()) > 0.3) {
        problems.add(e[2] + " is off the baseline of \"" + e[3] + "\" beside it");
      }
    }
    // An entry with nothing under its heading ends below its dates: the next heading starts under them.
    if (find(runs, "Head of the Department").baseline() < find(runs, "2014 – 2015").baseline() + 10) {
      problems.add("the entry after Research Assistant starts beside its dates");
    }
    return problems;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void thePlaceSitsOverTheDatesOnTheTitlesBaseline(String paper) throws Exception {
    List<Run> runs = runs(render(paper).pdf(), 0);
    List<String> problems = blockProblems(runs);
    if (!problems.isEmpty()) fail(String.join("\n", problems) + "\n" + runs);
    // The long title takes two lines, and the place stays on the first.
    assertTrue(find(runs, "Headquarters").baseline() > find(runs, "Frankfurt").baseline() + 5, runs.toString());
  }

  @Test
  void theBlockCheckCanFail() throws Exception {
    // The dates kept in the heading's row: the role line and the body move down, below them.
    Path flat = Files.writeString(dir.resolve("flat.css"),
        ".entry-meta .meta-gap + .dates { margin-bottom: 0 !important; }");
    Path cv = Files.writeString(dir.resolve("flat.md"), PLACES, StandardCharsets.UTF_8);
    List<Run> runs = runs(Cvpress.render(cv, Options.builder().theme("ledger").css(flat).build()).pdf(), 0);
    List<String> problems = blockProblems(runs);
    assertTrue(problems.stream().anyMatch(p -> p.contains("Mar 2021 – Present is off the baseline")), problems.toString());
  }

  /** The lines of the section with places and dates, Experience: below its title, above the next section's. */
  private static List<Run> dated(List<Run> runs) {
    float top = find(runs, "Experience").baseline();
    float bottom = find(runs, "Skills").baseline();
    return runs.stream().filter(r -> r.baseline() > top && r.baseline() < bottom).toList();
  }

  /** On A4 and Letter, and with margins so wide that the text column has to give way. */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter", "a4 30mm"})
  void noTextRunsUnderThePlacesAndDates(String paper) throws Exception {
    byte[] pdf = render(paper).pdf();
    List<Run> runs = runs(pdf, 0);
    double meta = scale().get("meta");
    List<Run> below = dated(runs);
    double column = below.stream().filter(r -> Math.abs(r.size() - meta) < 0.05).mapToDouble(Run::x0).min()
        .orElseThrow();
    float width = PdfLook.pageSizes(pdf).get(0)[0];
    for (Run r : below) {
      if (Math.abs(r.size() - meta) < 0.05) continue;
      assertTrue(r.x1() < column - 10, "\"" + r.text() + "\" runs to " + r.x1() + ", the dates begin at " + column);
    }
    assertTrue(column > width / 2, "the places and dates are on the right");
  }

  /**
   * A section without places or dates (the summary) runs on into the right-hand column, but stops at about 100
   * characters a line rather than at the right margin.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void aSectionWithoutDatesUsesTheFullWidth(String paper) throws Exception {
    byte[] pdf = render(paper).pdf();
    List<Run> runs = runs(pdf, 0);
    double meta = scale().get("meta");
    double column = dated(runs).stream().filter(r -> Math.abs(r.size() - meta) < 0.05).mapToDouble(Run::x0).min()
        .orElseThrow();
    double datesEnd = find(runs, "Mar 2021 – Present").x1();
    Run summary = find(runs, "Data engineer with nine years");
    int measure = declared("measure");
    int chars = summary.text().length();
    assertTrue(chars > measure + 3 && chars <= 102 && summary.x1() < datesEnd - 40,
        "the summary's first line holds " + chars + " characters (a dated section's text " + measure
            + ", at most about 100) and ends at " + summary.x1() + "; the dates run from " + column + " to "
            + datesEnd);
  }

  @Test
  void aLineOfBodyTextHoldsTheDeclaredMeasureOnA4AndLetter() throws Exception {
    int measure = declared("measure");
    assertTrue(measure >= 85 && measure <= 100, "measure " + measure);
    Map<String, List<Integer>> full = new HashMap<>();
    for (String paper : List.of("a4", "letter")) {
      List<Run> runs = dated(runs(render(paper).pdf(), 0));
      double body = scale().get("body");
      List<Run> lines = runs.stream().filter(r -> Math.abs(r.size() - body) < 0.05).toList();
      double right = lines.stream().mapToDouble(Run::x1).max().orElseThrow();
      double left = lines.stream().mapToDouble(Run::x0).min().orElseThrow();
      // Full lines: those of the paragraph under the Contoso Bank entry, which starts at the text column's left
      // edge and runs to its right.
      List<Integer> counts = lines.stream().filter(r -> r.x0() - left < 1 && right - r.x1() < 25)
          .map(r -> r.text().length()).toList();
      assertFalse(counts.isEmpty(), paper);
      for (int n : counts) {
        assertTrue(Math.abs(n - measure) <= 6, paper + ": a full line of " + n + " characters, declared " + measure);
      }
      full.put(paper, counts);
    }
    assertEquals(full.get("a4"), full.get("letter"), "the text column is as wide on Letter as on A4");
  }

  @Test
  void theMeasureCheckCanFail() throws Exception {
    // The same résumé with the text column let out to the page's full width: lines far over the measure.
    Path wide = Files.writeString(dir.resolve("wide.css"),
        ".summary, .section > *, .entry > * { max-width: none !important; margin-right: 0 !important; }");
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
    Path cv = Files.writeString(dir.resolve("check-" + paper + ".md"), PLACES, StandardCharsets.UTF_8);
    var checked = Cvpress.check(cv, Options.builder().theme("ledger").paper(paper).build(), null, null);
    assertEquals(List.of(), checked.problems());
    String drawn = dev.cvpress.render.pdf.PdfText.read(render(paper).pdf()).inDrawingOrder().replaceAll("\\s+", " ");
    assertTrue(drawn.contains("Northwind Retail London, UK Mar 2021 – Present Data platform team"), drawn);
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
