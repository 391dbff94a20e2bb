package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import dev.cvpress.style.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in theme writes its type scale down in its header ({@code scale: name 24pt, headline 11.5pt, ...},
 * {@code unit:}, {@code measure:}), and the PDF shows what it says: the sizes are read back from the glyphs, and
 * the measure is counted on the lines of a long paragraph.
 */
class TypeScaleTest {
  private static final List<String> ROLES = List.of("name", "headline", "section", "entry", "meta", "body", "small");
  private static final Pattern SCALE = Pattern.compile("(?m)^\\s*\\*\\s*scale:\\s*(.+)$");
  private static final Pattern STEP = Pattern.compile("([a-z]+)\\s+([\\d.]+)pt");
  private static final Pattern UNIT = Pattern.compile("(?m)^\\s*\\*\\s*unit:\\s*([\\d.]+)pt\\s*$");

  @TempDir static Path dir;

  static Stream<String> themes() {
    return Theme.BUILT_IN.stream();
  }

  static Stream<Arguments> themesAndPapers() {
    return Theme.BUILT_IN.stream().flatMap(t -> Stream.of(Arguments.of(t, "a4"), Arguments.of(t, "letter")));
  }

  /** The scale a theme declares, role to size in points. */
  static Map<String, Double> declared(Theme theme) {
    Matcher line = SCALE.matcher(theme.css());
    assertTrue(line.find(), theme.name() + " declares no `scale:` in its header");
    Map<String, Double> scale = new LinkedHashMap<>();
    Matcher step = STEP.matcher(line.group(1));
    while (step.find()) scale.put(step.group(1), Double.parseDouble(step.group(2)));
    return scale;
  }

  @ParameterizedTest
  @MethodSource("themes")
  void theScaleIsWrittenDownAndHasAHierarchy(String name) throws IOException {
    Theme theme = Theme.builtIn(name);
    Map<String, Double> s = declared(theme);
    assertEquals(ROLES, List.copyOf(s.keySet()), "the roles of the scale, in order");
    assertTrue(s.get("section") >= 1.15 * s.get("body") - 1e-9, "section title at least 1.15 × body: " + s);
    assertTrue(s.get("entry") >= s.get("body") && s.get("entry") <= s.get("section"),
        "entry title between body and section title: " + s);
    assertTrue(s.get("name") > s.get("section") && s.get("name") > s.get("headline"), "the name leads: " + s);
    assertTrue(s.get("small") < s.get("body") && s.get("meta") <= s.get("body"), "small and meta under body: " + s);
    assertEquals(s.get("body"), theme.fontSizePt(), 1e-9, "body is the html font size");
    Matcher unit = UNIT.matcher(theme.css());
    assertTrue(unit.find(), name + " declares no `unit:`");
    assertTrue(theme.measure() >= 85 && theme.measure() <= 100, "measure 85–100: " + theme.measure());
  }

  @Test
  void theScaleCheckCanFail() {
    Theme flat = Theme.parse("/*\n * scale: name 24pt, headline 11pt, section 10pt, entry 10.5pt, meta 9pt,"
        + " body 10pt, small 8pt\n */ html { font-size: 10pt; }", "flat", "test");
    assertEquals(10.0, declared(flat).get("section"));
    assertTrue(declared(flat).get("section") < 1.15 * declared(flat).get("body"));
  }

  /** Jane Doe's résumé, with the text each role of the scale is first drawn in. */
  private static final Map<String, String> SAMPLES = Map.of(
      "name", "Jane Doe",
      "headline", "Staff Software Engineer · distributed",
      "section", "Experience",
      "entry", "Senior Software Engineer,",
      "meta", "Mar 2016",
      "body", "Rebuilt route planning as event-driven");

  @ParameterizedTest
  @MethodSource("themes")
  void thePdfShowsTheDeclaredSizes(String name) throws Exception {
    Map<String, Double> s = declared(Theme.builtIn(name));
    Rendered r = Cvpress.render(Path.of("examples/jane-doe.md"), Options.builder().theme(name).build());
    List<PdfLook.Glyph> glyphs = PdfLook.glyphs(r.pdf(), 0);
    List<String> wrong = new ArrayList<>();
    for (var sample : SAMPLES.entrySet()) {
      Double size = sizeOf(glyphs, sample.getValue());
      assertNotNull(size, name + ": \"" + sample.getValue() + "\" is not on page 1");
      if (Math.abs(size - s.get(sample.getKey())) > 0.15) {
        wrong.add(String.format(Locale.ROOT, "%s drawn at %.2fpt, declared %.2fpt", sample.getKey(), size,
            s.get(sample.getKey())));
      }
    }
    assertTrue(wrong.isEmpty(), name + ": " + wrong);
  }

  @Test
  void theSizeCheckCanFail() throws Exception {
    Rendered r = Cvpress.render(Path.of("examples/jane-doe.md"),
        Options.builder().theme("modern").set(Map.of("style.font-size", "12")).build());
    double body = sizeOf(PdfLook.glyphs(r.pdf(), 0), SAMPLES.get("body"));
    assertTrue(Math.abs(body - declared(Theme.builtIn("modern")).get("body")) > 0.15, "body at " + body);
  }

  /**
   * The largest size among the glyphs that spell {@code text} (spaces aside, any letter case: a theme may set
   * titles in capitals), at its first place in drawing order; null when it is not there.
   */
  static Double sizeOf(List<PdfLook.Glyph> glyphs, String text) {
    String want = text.replace(" ", "").toLowerCase(Locale.ROOT);
    for (int start = 0; start < glyphs.size(); start++) {
      StringBuilder got = new StringBuilder();
      double size = 0;
      for (int i = start; i < glyphs.size() && got.length() < want.length(); i++) {
        got.append(glyphs.get(i).text().toLowerCase(Locale.ROOT));
        size = Math.max(size, glyphs.get(i).fontSizePt());
      }
      if (got.toString().equals(want)) return size;
    }
    return null;
  }

  // ---- the measure ----

  /** About 1,200 characters of ordinary résumé prose: enough full lines at any measure. */
  private static final String PROSE = "Led the migration of forty services from a monolith to a platform of"
      + " small deployable units, working with product teams to plan each cut-over, writing the runbooks that"
      + " on-call engineers used during the move, and measuring latency, error rates and cost before and after"
      + " every step so that the business could see what it gained. Introduced contract tests between teams,"
      + " which ended a long series of integration outages, and set up a review of every incident so that its"
      + " causes were fixed rather than patched. Mentored six engineers, two of whom now lead teams of their own,"
      + " and ran the hiring loop for the platform group, rewriting its interview questions around real work"
      + " instead of puzzles. Wrote the design documents for the queueing layer and the storage tier, presented"
      + " them at the engineering all-hands, and kept them current as the system changed over three years of"
      + " steady growth in traffic, data and the number of people who depended on it every day.";

  private static Path prose() throws IOException {
    Path file = dir.resolve("prose.md");
    if (!Files.exists(file)) {
      Files.writeString(file, "# Jane Doe\n\njane@example.com | +1 555 010 2030 | Berlin\n\n## Experience\n\n"
          + "### Staff Engineer — Acme | 2020 – 2024\n\n" + PROSE + "\n\n## Skills\n\n- Go, Kotlin, Java\n"
          + "- Kubernetes, Terraform\n- PostgreSQL, Kafka\n\n## Languages\n\n- English\n- German\n- Spanish\n");
    }
    return file;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("themesAndPapers")
  void aFullLineOfBodyTextHoldsTheDeclaredMeasure(String name, String paper) throws Exception {
    Theme theme = Theme.builtIn(name);
    Rendered r = Cvpress.render(prose(), Options.builder().theme(name).paper(paper).build());
    List<Integer> lines = lineLengths(PdfLook.glyphs(r.pdf(), 0), "Led", "day.");
    assertTrue(lines.size() >= 6, "the paragraph's lines: " + lines);
    double full = lines.subList(0, lines.size() - 1).stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertTrue(full >= 85 && full <= 100, name + " on " + paper + ": " + full + " characters a line " + lines);
    assertEquals(theme.measure(), full, 6, name + " on " + paper + " declares a measure of " + theme.measure());
  }

  /**
   * The characters of each line of the paragraph that starts with {@code first} and ends with {@code last}, in a
   * column that starts where the paragraph does: glyphs grouped by baseline, a space wherever the gap between two
   * glyphs is wider than a sixth of the type size (a word space in Source Sans is exactly a fifth).
   */
  static List<Integer> lineLengths(List<PdfLook.Glyph> glyphs, String first, String last) {
    int start = indexOf(glyphs, first, 0);
    int end = indexOf(glyphs, last, start) + last.length() - 1;
    List<Integer> lengths = new ArrayList<>();
    float baseline = Float.NaN;
    PdfLook.Glyph previous = null;
    int length = 0;
    for (int i = start; i <= end; i++) {
      PdfLook.Glyph g = glyphs.get(i);
      float y = g.y() + g.height();
      if (previous != null && Math.abs(y - baseline) > 1) {
        lengths.add(length);
        length = 0;
        previous = null;
      }
      if (previous != null && g.x() - (previous.x() + previous.width()) > g.fontSizePt() / 6) length++;
      length += g.text().length();
      previous = g;
      baseline = y;
    }
    lengths.add(length);
    return lengths;
  }

  private static int indexOf(List<PdfLook.Glyph> glyphs, String word, int from) {
    for (int i = from; i + word.length() <= glyphs.size(); i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < word.length(); j++) s.append(glyphs.get(i + j).text());
      if (s.toString().equals(word)) return i;
    }
    throw new AssertionError("\"" + word + "\" is not on page 1");
  }

  @Test
  void theMeasureCheckCanFail() throws Exception {
    Rendered r = Cvpress.render(prose(), Options.builder().theme("modern").set(Map.of("style.font-size", "7")).build());
    List<Integer> lines = lineLengths(PdfLook.glyphs(r.pdf(), 0), "Led", "day.");
    assertTrue(lines.get(0) > 100, "at 7pt a line holds more: " + lines);
  }
}
