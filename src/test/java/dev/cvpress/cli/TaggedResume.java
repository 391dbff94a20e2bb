package dev.cvpress.cli;

import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * src/test/resources/variants/tagged.md and, written out independently of the code, which of its PDF lines each
 * selection of tags keeps. Test helper.
 */
final class TaggedResume {
  private TaggedResume() {}

  static final Path SOURCE = Path.of("src/test/resources/variants/tagged.md");

  /**
   * One line of the PDF's text and the tags on it and on what encloses it (a bullet in a tagged entry, an entry in
   * a tagged section), outermost first; an empty set for an untagged level.
   */
  record Line(String text, List<Set<String>> chain) {
    static Line of(String text, Set<?>... chain) {
      List<Set<String>> c = new ArrayList<>();
      for (Set<?> s : chain) c.add(s.stream().map(Object::toString).collect(java.util.stream.Collectors.toSet()));
      return new Line(text, c);
    }
  }

  private static final Set<String> NONE = Set.of();
  private static final Set<String> BACKEND = Set.of("backend");
  private static final Set<String> CLOUD = Set.of("cloud");
  private static final Set<String> OLD = Set.of("old");
  private static final Set<String> BACKEND_CLOUD = Set.of("backend", "cloud");

  /** Every line of the full résumé as the PDF reads, in order. */
  static final List<Line> LINES = List.of(
      Line.of("Ada Lovelace"),
      Line.of("Software engineer"),
      Line.of("ada@example.com +44 20 7946 0000"),
      Line.of("Engineer who ships reliable systems."),
      Line.of("Backend specialist in Kafka pipelines.", BACKEND),
      Line.of("Punch card veteran since the Oldco days.", OLD),
      Line.of("Experience"),
      Line.of("Platform Engineer, Acme 2020 – Present", NONE, BACKEND_CLOUD),
      Line.of("Cut the Acme cloud bill by forty percent", NONE, BACKEND_CLOUD, CLOUD),
      Line.of("Wrote the Acme billing service in Go", NONE, BACKEND_CLOUD, BACKEND),
      Line.of("Mentored four engineers at Acme", NONE, BACKEND_CLOUD, NONE),
      Line.of("Acme platform work for cloud teams.", NONE, BACKEND_CLOUD, CLOUD),
      Line.of("Analyst, Initech 2015 – 2019", NONE, NONE),
      Line.of("Built the Initech reporting tool", NONE, NONE, NONE),
      Line.of("Ran Initech COBOL batch jobs", NONE, NONE, OLD),
      Line.of("Mainframe Operator, Oldco 1999 – 2001", NONE, OLD),
      Line.of("Fed Oldco punch cards into the reader", NONE, OLD, NONE),
      Line.of("Cloud certifications", CLOUD),
      Line.of("AWS certified Solutions Architect", CLOUD, NONE),
      Line.of("Skills"),
      Line.of("Kafka streaming pipelines", NONE, BACKEND),
      Line.of("Terraform cloud modules", NONE, CLOUD),
      Line.of("COBOL Oldco maintenance", NONE, OLD),
      Line.of("Writing clear documents", NONE, NONE));

  /** README: untagged content is always in; tagged content is in when it has a selected tag (or none is selected), out when it has an excluded one. */
  static boolean keeps(Set<String> tags, Set<String> include, Set<String> exclude) {
    if (tags.isEmpty()) return true;
    if (tags.stream().anyMatch(exclude::contains)) return false;
    return include.isEmpty() || tags.stream().anyMatch(include::contains);
  }

  /** The lines a selection keeps: a line is in when every level that encloses it is. */
  static List<String> expected(Set<String> include, Set<String> exclude) {
    return LINES.stream().filter(l -> l.chain().stream().allMatch(t -> keeps(t, include, exclude)))
        .map(Line::text).toList();
  }

  /**
   * The PDF's lines, whitespace collapsed (icons read as spaces), blank lines dropped, and the dividers that a theme
   * draws as characters between two contacts of a row (modern's bar, classic's bullet) left out: they are the theme's.
   */
  static List<String> pdfLines(Path pdf) throws IOException {
    return PdfInspect.text(Files.readAllBytes(pdf)).lines().map(PdfInspect::collapse)
        .map(l -> l.replace(" | ", " ").replace(" \u2022 ", " ")).filter(l -> !l.isEmpty()).toList();
  }
}
