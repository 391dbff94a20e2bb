package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.style.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long name with a credential, and long addresses, in every theme on A4 and Letter, read back from the PDF: the
 * credential stays on the surname's line, and no address is broken after one of its own hyphens.
 */
class MastheadLinesTest {
  static final String LONG = """
      ---
      name: "Dr. Jane Alexandra Doe-Whitfield, PhD"
      headline: Principal Research Scientist · machine learning systems
      email: jane.whitfield@example-university.edu
      phone: +44 20 7946 0958
      location: London, UK
      links:
        - https://linkedin.com/in/jane-alexandra-doe-whitfield
        - https://github.com/jane-doe-whitfield-research
      ---

      ## Experience

      ### Research Scientist — DeepLab — London | 2020 – Present

      - Published the code at https://example.com/a-very-long-path/with-many-hyphens-in-it/and-more-of-them-here \
      for others to use.

      ## Skills

      - Python, JAX
      """;

  @TempDir static Path dir;

  static Stream<Arguments> themesAndPapers() {
    return Theme.BUILT_IN.stream().flatMap(t -> Stream.of(Arguments.of(t, "a4"), Arguments.of(t, "letter")));
  }

  private static List<LedgerThemeTest.Run> lines(String theme, String paper, String css) throws Exception {
    Path cv = Files.writeString(dir.resolve("long.md"), LONG, StandardCharsets.UTF_8);
    Options.Builder options = Options.builder().theme(theme).paper(paper);
    if (css != null) options.css(Files.writeString(dir.resolve("extra.css"), css));
    return LedgerThemeTest.runs(Cvpress.render(cv, options.build()).pdf(), 0);
  }

  private static List<String> hyphenEnds(List<LedgerThemeTest.Run> lines) {
    return lines.stream().map(LedgerThemeTest.Run::text).filter(t -> t.endsWith("-")).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("themesAndPapers")
  void theCredentialStaysWithTheSurnameAndNoAddressBreaksAtAHyphen(String theme, String paper) throws Exception {
    List<LedgerThemeTest.Run> lines = lines(theme, paper, null);
    LedgerThemeTest.Run credential = lines.stream().filter(r -> r.text().endsWith("PhD")).findFirst().orElseThrow();
    assertTrue(credential.text().contains("Doe-Whitfield, PhD"), "\"PhD\" on a line of its own: " + credential);
    assertTrue(hyphenEnds(lines).isEmpty(), "lines broken after a hyphen: " + hyphenEnds(lines));
  }

  /**
   * Each contact's icon stands on its label's line, just before it: in the starter, whose links make the longest
   * row of contacts, and in the long résumé, an icon is never left at the end of a line with its label below.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("themesAndPapers")
  void noIconIsPartedFromItsContact(String theme, String paper) throws Exception {
    String starter;
    try (var in = MastheadLinesTest.class.getResourceAsStream("/starter.md")) {
      starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String source : List.of(starter, LONG)) {
      Path cv = Files.writeString(dir.resolve("icons.md"), source, StandardCharsets.UTF_8);
      byte[] pdf = Cvpress.render(cv, Options.builder().theme(theme).paper(paper).build()).pdf();
      assertTrue(partedIcons(pdf).isEmpty(), theme + " " + paper + ": icons parted from their contacts at "
          + partedIcons(pdf));
      if (theme.equals("compact") || theme.equals("ledger")) {
        assertTrue(drawn(pdf).stream().anyMatch(Drawn::icon), theme + ": no icon found to judge");
      }
    }
  }

  /** A glyph of page 1 as drawn: its position, baseline and whether it is an icon (set in Font Awesome). */
  private record Drawn(boolean icon, boolean blank, float x, float right, float baseline, float size) {}

  private static List<Drawn> drawn(byte[] pdf) throws java.io.IOException {
    List<Drawn> out = new java.util.ArrayList<>();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
          // Icons extract as spaces: they are told by their font, not their text.
          boolean icon = t.getFont().getName() != null && t.getFont().getName().contains("Awesome");
          out.add(new Drawn(icon, t.getUnicode() == null || t.getUnicode().isBlank(), t.getXDirAdj(),
              t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(), Math.abs(t.getTextMatrix().getScalingFactorY())));
        }
      };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return out;
  }

  /** The icons of page 1 with no text just after them on their own baseline. */
  static List<String> partedIcons(byte[] pdf) throws java.io.IOException {
    List<Drawn> glyphs = drawn(pdf);
    List<Drawn> icons = glyphs.stream().filter(Drawn::icon).toList();
    assertTrue(glyphs.stream().anyMatch(g -> !g.icon() && !g.blank()), "no text found");
    return icons.stream()
        .filter(icon -> glyphs.stream().noneMatch(g -> !g.icon() && !g.blank()
            && Math.abs(g.baseline() - icon.baseline()) < 1.5
            && g.x() >= icon.right() - 0.5 && g.x() <= icon.right() + 2 * g.size()))
        .map(icon -> "(" + Math.round(icon.x()) + ", " + Math.round(icon.baseline()) + ")")
        .toList();
  }

  @Test
  void anIconLeftAtALineEndIsFound() throws Exception {
    // The starter's links in compact, set inline, a little larger and further apart: the row is too wide for
    // the line, and the engine parts the last icon from its label.
    String starter;
    try (var in = MastheadLinesTest.class.getResourceAsStream("/starter.md")) {
      starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path cv = Files.writeString(dir.resolve("icons.md"), starter, StandardCharsets.UTF_8);
    byte[] pdf = Cvpress.render(cv, Options.builder().theme("compact").paper("a4")
        .css(Files.writeString(dir.resolve("wide.css"), ".contact { display: inline !important; }"
            + " .contacts { font-size: 0.95rem !important; }"
            + " .contact + .contact { margin-left: 0.6rem !important; padding-left: 0.6rem !important; }"))
        .build()).pdf();
    assertTrue(!partedIcons(pdf).isEmpty(), "no parted icon found in a wrapped contact row");
  }

  @Test
  void theChecksCanFail() throws Exception {
    // The surname let loose, in a size that makes the name wrap: the engine breaks the double name at its hyphen.
    List<LedgerThemeTest.Run> lines = lines("modern", "a4", ".name-end { white-space: normal !important; }"
        + " .name { font-size: 60pt !important; }");
    assertTrue(hyphenEnds(lines).contains("Alexandra Doe-"), lines.toString());
  }
}
