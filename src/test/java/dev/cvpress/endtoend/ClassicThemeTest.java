package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classic theme's page as a reader sees it: Jane Doe's résumé on one page of A4 and of Letter at the theme's own
 * sizes, the place and the dates on the entry title's first baseline (or on one line under a title too long to share
 * its line), a header without a name still centred, and sub-headings a level below the entry titles they sit under.
 */
class ClassicThemeTest {
  @TempDir Path dir;

  /** One glyph as drawn (an icon as a space): its character, left edge, baseline and right edge in points, size, face. */
  private record Glyph(String text, float x, float baseline, float right, float size, String face) {}

  private static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          String u = t.getUnicode();
          // Icons read back as spaces; they are kept, as they take their place on the line.
          boolean icon = t.getFont().getName().contains("FontAwesome");
          if (u == null || u.isBlank() && !icon) return;
          out.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
              Math.abs(t.getTextMatrix().getScalingFactorY()), t.getFont().getName()));
        }
      };
      s.setStartPage(1);
      s.setEndPage(1);
      s.getText(doc);
    }
    return out;
  }

  /** The glyphs that spell {@code word} (no spaces), at its first place in drawing order; null when absent. */
  private static List<Glyph> find(List<Glyph> glyphs, String word) {
    for (int start = 0; start + word.length() <= glyphs.size(); start++) {
      StringBuilder got = new StringBuilder();
      for (int i = start; i < start + word.length(); i++) got.append(glyphs.get(i).text());
      if (got.toString().equals(word)) return glyphs.subList(start, start + word.length());
    }
    return null;
  }

  private static Glyph first(List<Glyph> glyphs, String word) {
    List<Glyph> found = find(glyphs, word);
    assertNotNull(found, "\"" + word + "\" is not on page 1");
    return found.get(0);
  }

  /** The glyphs on the baseline of {@code word}'s first glyph. */
  private static List<Glyph> lineOf(List<Glyph> glyphs, String word) {
    float baseline = first(glyphs, word).baseline();
    return glyphs.stream().filter(g -> Math.abs(g.baseline() - baseline) < 0.5).toList();
  }

  private static Rendered render(Path input, String theme, String paper) throws Exception {
    return Cvpress.render(input, Options.builder().theme(theme).paper(paper).build());
  }

  // ---- one page ----

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void janeDoeFitsOnePageAtTheThemesOwnSizes(String paper) throws Exception {
    Rendered r = render(Path.of("examples/jane-doe.md"), "classic", paper);
    assertEquals(1, r.pages(), paper);
    assertNull(r.fit(), paper + ": one page only by shrinking: " + r.fit());
  }

  // ---- the entry heading ----

  private static final String ENTRIES = """
      ---
      name: Ada Lovelace
      ---

      ## Experience

      ### Analyst — Analytical Engine Co — London, United Kingdom | Jun 2021 – Present

      - Wrote the first published program for the engine.

      ### Principal Architect for Payment Infrastructure and Risk Assessment Platforms — Deutsche \
      Zahlungsverkehrsgesellschaft mbH — Frankfurt am Main | 03/2019 – 05/2021

      - Moved 140 services to a new platform.
      """;

  private Path entries() throws IOException {
    return Files.writeString(dir.resolve("entries.md"), ENTRIES, StandardCharsets.UTF_8);
  }

  /** The baselines of the title's first word, the place's first word and the start date, top to bottom. */
  private static List<Float> headingBaselines(List<Glyph> g, String title, String place, String date) {
    return List.of(first(g, title).baseline(), first(g, place).baseline(), first(g, date).baseline());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void placeAndDatesSitOnTheTitlesFirstBaseline(String paper) throws Exception {
    List<Glyph> g = glyphs(render(entries(), "classic", paper).pdf());
    List<Float> b = headingBaselines(g, "Analyst", "London", "Jun");
    assertEquals(b.get(0), b.get(1), 0.3, "place off the title's baseline: " + b);
    assertEquals(b.get(0), b.get(2), 0.3, "dates off the title's baseline: " + b);
    assertTrue(first(g, "London").x() < first(g, "Jun").x(), "the place comes before the dates");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void aTitleTooLongForItsLineHasThePlaceAndDatesUnderIt(String paper) throws Exception {
    List<Glyph> g = glyphs(render(entries(), "classic", paper).pdf());
    List<Float> b = headingBaselines(g, "Principal", "Frankfurt", "Mar");
    // The title runs the full width: its org's long word ends near the right edge of the text, under no dates.
    float lastTitleLine = first(g, "Zahlungsverkehrsgesellschaft").baseline();
    assertTrue(lastTitleLine > b.get(0), "the title wraps: " + b);
    assertTrue(b.get(1) > lastTitleLine, "the place under the title's last line: " + b + " " + lastTitleLine);
    assertEquals(b.get(1), b.get(2), 0.3, "the place and the dates on one line: " + b);
    assertEquals(first(g, "Principal").x(), first(g, "Frankfurt").x(), 0.5, "the place starts where the title does");
    assertTrue(first(g, "Frankfurt").x() < first(g, "Mar").x(), "the place comes before the dates");
  }

  @Test
  void theBaselineCheckCanFail() throws Exception {
    // The same sheet with place and dates stacked: the dates leave the title's baseline.
    Path stacked = Files.writeString(dir.resolve("stacked.css"),
        Files.readString(Path.of("styles/classic.css")) + "\n.entry-meta span { display: block; }\n");
    List<Glyph> g = glyphs(render(entries(), stacked.toString(), "a4").pdf());
    List<Float> b = headingBaselines(g, "Analyst", "London", "Jun");
    assertTrue(Math.abs(b.get(0) - b.get(2)) > 3, "stacked, yet on one baseline: " + b);
  }

  // ---- the header without a name ----

  private static double centre(List<Glyph> line) {
    double left = line.stream().mapToDouble(Glyph::x).min().orElseThrow();
    double right = line.stream().mapToDouble(Glyph::right).max().orElseThrow();
    return (left + right) / 2;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void aHeaderWithoutANameIsCentredAndLeadsWithTheHeadline(String paper) throws Exception {
    Rendered r = render(Path.of("examples/about-me.md"), "classic", paper);
    List<Glyph> g = glyphs(r.pdf());
    float width = PdfLook.pageSizes(r.pdf()).get(0)[0];
    List<Glyph> headline = lineOf(g, "Work");
    List<Glyph> contacts = lineOf(g, "xyj.asmy@gmail.com");
    assertEquals(width / 2, centre(headline), 1.5, "the headline is not centred");
    assertEquals(width / 2, centre(contacts), 1.5, "the contact line is not centred");
    assertEquals(width / 2, centre(lineOf(g, "Side")), 1.5, "the section title is not centred");
    // It leads: larger than any section title, and first on the page.
    assertTrue(headline.get(0).size() > first(g, "Side").size() + 2, "headline " + headline.get(0).size() + " pt");
    float top = (float) g.stream().mapToDouble(Glyph::baseline).min().orElseThrow();
    assertEquals(top, headline.get(0).baseline(), 0.01, "something stands above the headline");
  }

  // ---- sub-headings ----

  @Test
  void subHeadingsAreALevelBelowEntryTitles() throws Exception {
    List<Glyph> g = glyphs(render(Path.of("examples/about-me.md"), "classic", "a4").pdf());
    Glyph entry = first(g, "Glow");
    Glyph sub = first(g, "Server");
    Glyph body = first(g, "Responsible");
    assertTrue(sub.size() < entry.size(), "sub-heading " + sub.size() + " pt, entry title " + entry.size() + " pt");
    assertEquals(body.size(), sub.size(), 0.05, "a sub-heading is set at the body size");
    assertTrue(sub.face().contains("Italic"), sub.face());
    assertFalse(entry.face().contains("Italic"), entry.face());
  }
}
