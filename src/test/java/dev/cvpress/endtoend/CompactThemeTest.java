package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engineering one-pager as a reader measures it: Jane Doe's résumé on one page with room to spare, on A4 and
 * Letter; an entry in two rows (title and organisation with the dates on the right, then role with the place on
 * the right, each pair on one baseline); a long title wrapping short of its dates; section titles in capitals a
 * clear step above the text and sub-headings a step below entry titles.
 */
class CompactThemeTest {
  @TempDir static Path dir;

  private static final String PLACES = """
      # Max Schneider

      ## Experience

      ### Principal Engineer — Zalando SE — Berlin, Germany | Jan 2020 – Present

      *Platform engineering*

      - Led the move of two thousand services to one build system with a shared remote cache, halving build times.

      ### Working Student — Bosch — Stuttgart | 2010 – 2012

      - Wrote the test harness for the embedded toolchain and kept it running on every commit for two years long.

      ### Senior Staff Engineer for Distributed Storage Systems and Query Execution Runtimes — SAP SE | 2016 – 2019

      - Built a columnar execution layer.
      """;

  private static Rendered render(Path file, String paper, String pullBack) throws Exception {
    return Cvpress.render(file, Options.builder().theme("compact").paper(paper)
        .set(Map.of("style.pull-back", pullBack)).build());
  }

  private static Path places() throws IOException {
    Path file = dir.resolve("places.md");
    if (!Files.exists(file)) Files.writeString(file, PLACES, StandardCharsets.UTF_8);
    return file;
  }

  /** The glyphs of the first place {@code text} (spaces aside) is drawn on the page. */
  private static List<PdfLook.Glyph> find(List<PdfLook.Glyph> glyphs, String text) {
    String want = text.replace(" ", "");
    StringBuilder all = new StringBuilder();
    for (PdfLook.Glyph g : glyphs) all.append(g.text().length() == 1 ? g.text() : "?");
    int at = all.indexOf(want);
    assertTrue(at >= 0, "\"" + text + "\" is not on the page: " + all);
    return glyphs.subList(at, at + want.length());
  }

  private static float baseline(List<PdfLook.Glyph> run) {
    return run.get(0).y() + run.get(0).height();
  }

  private static float right(List<PdfLook.Glyph> run) {
    PdfLook.Glyph last = run.get(run.size() - 1);
    return last.x() + last.width();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void janeDoeFitsOnOnePageWithALineToSpare(String paper) throws Exception {
    Rendered r = render(Path.of("examples/jane-doe.md"), paper, "off");
    assertEquals(1, r.pages(), paper);
    float height = PdfLook.pageSizes(r.pdf()).get(0)[1];
    float lowest = (float) PdfLook.glyphs(r.pdf(), 0).stream().mapToDouble(g -> g.y() + g.height()).max().orElseThrow();
    double bottomMargin = 14 * PdfLook.PT_PER_MM;
    assertTrue(height - bottomMargin - lowest >= 12, paper + ": the last line is " + (height - lowest) + " pt from the"
        + " foot of the page; the text ends less than a line above the margin");
  }

  @Test
  void theReferenceResumeTakesTwoPagesWithoutAShortLastPage() throws Exception {
    Rendered r = render(Path.of("examples/about-me.md"), "a4", "on");
    assertEquals(2, r.pages());
    float height = PdfLook.pageSizes(r.pdf()).get(1)[1];
    // The footer sits in the bottom margin: the text of page 2 is what lies above it.
    double text = PdfLook.glyphs(r.pdf(), 1).stream().filter(g -> g.y() < height - 14 * PdfLook.PT_PER_MM)
        .mapToDouble(g -> g.y() + g.height()).max().orElseThrow();
    assertTrue(text > height * 0.3, "page 2 holds only a few lines: its text ends " + text + " pt down");
  }

  /** Title, place and dates on one row, in that reading order; the role under the title. */
  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void anEntryIsTitlePlaceAndDatesThenTheRole(String paper) throws Exception {
    List<PdfLook.Glyph> page = PdfLook.glyphs(render(places(), paper, "off").pdf(), 0);
    List<PdfLook.Glyph> title = find(page, "Principal Engineer,");
    List<PdfLook.Glyph> dates = find(page, "Jan 2020");
    List<PdfLook.Glyph> role = find(page, "Platform engineering");
    List<PdfLook.Glyph> place = find(page, "Berlin, Germany");

    assertEquals(baseline(title), baseline(dates), 0.3, "title and dates on one baseline");
    assertEquals(baseline(title), baseline(place), 0.3, "the place on the title's baseline too");
    assertTrue(right(place) < dates.get(0).x(), "the place before the dates");
    assertTrue(place.get(0).x() > right(title) + 36, "the place stands apart from the title, on the right");
    float row = baseline(role) - baseline(title);
    assertEquals(12, row, 1.5, "the role's row follows the title's");
    assertTrue(role.get(0).x() <= title.get(0).x() + 0.5, "the role starts under the title");
    assertTrue(title.get(0).fontSizePt() > role.get(0).fontSizePt(), "the title is set larger than the role");
  }

  @Test
  void withoutARoleTheBodyFollowsTheTitleRow() throws Exception {
    List<PdfLook.Glyph> page = PdfLook.glyphs(render(places(), "a4", "off").pdf(), 0);
    List<PdfLook.Glyph> title = find(page, "Working Student,");
    List<PdfLook.Glyph> place = find(page, "Stuttgart");
    List<PdfLook.Glyph> body = find(page, "Wrote the test harness");
    assertEquals(baseline(title), baseline(place), 0.3, "the place on the title's row");
    float gap = baseline(body) - baseline(title);
    assertTrue(gap > 10 && gap < 18, "no empty row between the title and the body: " + gap);
  }

  @Test
  void aLongTitleWrapsShortOfItsDates() throws Exception {
    List<PdfLook.Glyph> page = PdfLook.glyphs(render(places(), "a4", "off").pdf(), 0);
    List<PdfLook.Glyph> opening = find(page, "Senior Staff Engineer");
    List<PdfLook.Glyph> org = find(page, "SAP SE");
    List<PdfLook.Glyph> dates = find(page, "2016 – 2019");
    assertTrue(baseline(org) > baseline(opening) + 6, "the title wraps");
    assertEquals(baseline(opening), baseline(dates), 0.3, "the dates stay on the title's first line");
    float end = (float) page.stream().filter(g -> Math.abs(g.y() + g.height() - baseline(opening)) < 0.5)
        .filter(g -> g.x() < dates.get(0).x()).mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    assertTrue(dates.get(0).x() - end >= 6, "the title's first line ends well short of the dates");
  }

  @Test
  void sectionTitlesStepUpAndSubHeadingsStepDown() throws Exception {
    List<PdfLook.Glyph> page = PdfLook.glyphs(render(Path.of("examples/about-me.md"), "a4", "on").pdf(), 0);
    double body = find(page, "Work as senior architect").get(0).fontSizePt();
    List<PdfLook.Glyph> section = find(page, "WORK EXPENRIENCE");
    assertTrue(section.get(0).fontSizePt() >= 1.15 * body - 0.01, "section " + section.get(0).fontSizePt()
        + " pt over " + body + " pt text");
    double entry = find(page, "Glow Inc").get(0).fontSizePt();
    double sub = find(page, "Server Infra").get(0).fontSizePt();
    assertTrue(entry > sub, "the sub-heading (" + sub + " pt) is set below the entry title (" + entry + " pt)");
  }
}
