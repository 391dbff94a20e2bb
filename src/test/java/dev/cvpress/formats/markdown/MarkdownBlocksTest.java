package dev.cvpress.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.formats.Positions;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Blocks and entries written as Markdown read back as the same blocks: every section of every résumé we have. */
class MarkdownBlocksTest {
  static Stream<Path> resumes() throws Exception {
    List<Path> all = new ArrayList<>(List.of(Path.of("examples/about-me.md"), Path.of("examples/jane-doe.md"),
        Path.of("src/main/resources/starter.md")));
    try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
      corpus.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
    }
    return all.stream();
  }

  static Resume parse(String name, String markdown) throws Exception {
    return MarkdownTextTest.parse(name, markdown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void everySectionReadsBackAsWritten(Path file) throws Exception {
    Resume resume = Positions.withoutPositions(parse(file.toString(), Files.readString(file)));
    for (Section s : resume.sections()) {
      if (s.title().isBlank()) continue;
      // A note referenced in one section and written in another belongs to neither alone: read by itself, the
      // section leaves out the note or the reference, with a warning (the whole document keeps both: see
      // RoundTripTest).
      boolean notes = Nodes.stream(s.blocks()).anyMatch(n -> n instanceof Block.Footnote);
      boolean marks = Nodes.stream(s.blocks()).flatMap(Nodes::inlines)
          .anyMatch(i -> i instanceof Inline.Text t && t.text().matches("(?s).*[\\p{L}\\p{N}.,;:)][¹²³⁴⁵⁶⁷⁸⁹].*"));
      if (notes != marks) continue;
      String written = "---\nname: X\n---\n\n## " + s.title() + MarkdownText.tags(s.tags()) + "\n\n"
          + MarkdownBlocks.blocks(s.blocks()) + "\n";
      Resume back = Positions.withoutPositions(parse("x.md", written));
      assertEquals(1, back.sections().size(), written);
      assertEquals(s.blocks(), back.sections().get(0).blocks(), file + " section " + s.title() + ":\n" + written);
    }
  }

  @Test
  void everyKindOfBlockReadsBackAsWritten() throws Exception {
    for (var e : dev.cvpress.model.Samples.blocks().entrySet()) {
      Block b = e.getValue();
      // A code block's text ends with its last line's break, as the reader gives it.
      if (b instanceof Block.CodeBlock c) b = new Block.CodeBlock(c.language(), c.text() + "\n", c.pos());
      if (b instanceof Block.Footnote) continue; // its number is the order of its use: see below
      // A level-3 heading is an entry in a section; one inside an entry or a list is a sub-heading (see below).
      if (b instanceof Block.SubHeading h && h.level() == 3) b = new Block.SubHeading(4, h.inlines(), h.pos());
      List<Block> blocks = b instanceof dev.cvpress.model.Entry ? List.of(b)
          : List.of(new Block.Paragraph(List.of(new Inline.Text("Before")), java.util.Set.of(),
              dev.cvpress.model.Samples.POS), b);
      String written = "---\nname: X\n---\n\n## S\n\n" + MarkdownBlocks.blocks(blocks) + "\n";
      Resume back = Positions.withoutPositions(parse("x.md", written));
      assertEquals(Positions.blocks(blocks, p -> dev.cvpress.model.SourcePos.file("")),
          back.sections().get(0).blocks(), e.getKey() + ":\n" + written);
    }
  }

  @Test
  void footnotesKeepTheirNumbersInTheOrderWritten() throws Exception {
    String markdown = "---\nname: X\n---\n\n## S\n\nA claim[^a] and another[^b].\n\n[^a]: First.\n\n[^b]: Second.\n";
    Resume resume = Positions.withoutPositions(parse("x.md", markdown));
    String written = "---\nname: X\n---\n\n## S\n\n" + MarkdownBlocks.blocks(resume.sections().get(0).blocks()) + "\n";
    assertEquals(resume.sections(), Positions.withoutPositions(parse("x.md", written)).sections(), written);
  }

  @Test
  void anEntryIsWrittenAsItsHeadingRoleAndBody() {
    dev.cvpress.model.Entry e = new dev.cvpress.model.Entry("Staff Engineer", "Acme", "https://acme.example",
        "Berlin", "Platform team", new dev.cvpress.model.DateRange(new dev.cvpress.model.PartialDate(2020, 1), null,
        true, "Jan 2020 – Present"), java.util.Set.of("lead"), List.of(), dev.cvpress.model.Samples.POS);
    assertEquals("### Staff Engineer — Acme (https://acme.example) — Berlin | Jan 2020 – Present {tags=lead}\n\n"
        + "*Platform team*", MarkdownBlocks.entry(e));
  }
  @Test
  void aTitleWithNoOrganisationIsWrittenWithAnEmptyPlaceForOneAndReadsBackSo() throws Exception {
    assertEquals("Freelance Developer — | 2019 – 2020",
        MarkdownBlocks.heading("Freelance Developer", null, null, null, "2019 – 2020"));
    assertEquals("Consultant — — Berlin | 2020", MarkdownBlocks.heading("Consultant", null, null, "Berlin", "2020"));
    assertEquals("Freelance Developer (https://robin.example) —",
        MarkdownBlocks.heading("Freelance Developer", null, "https://robin.example", null, null));
    for (String[] parts : List.of(new String[] {"Freelance Developer", null, null, "2019 – 2020"},
        new String[] {"Consultant", null, "Berlin", "2020"},
        new String[] {"Freelance Developer", "https://robin.example", null, "2019"},
        new String[] {"Routing at Scale", null, null, "2020"},
        new String[] {"C++ —", null, null, "2020"})) {
      String written = "---\nname: X\n---\n\n## S\n\n### "
          + MarkdownBlocks.heading(parts[0], null, parts[1], parts[2], parts[3]) + "\n";
      dev.cvpress.model.Entry e = parse("x.md", written).sections().get(0).entries().get(0);
      assertEquals(parts[0], e.title(), written);
      assertEquals(null, e.org(), written);
      assertEquals(parts[1], e.url(), written);
      assertEquals(parts[2], e.location(), written);
      assertEquals(parts[3], e.dates().original(), written);
    }
  }
  @Test
  void aYearInAnUndatedHeadingIsWrittenSoThatItReadsBackAsText() throws Exception {
    assertEquals("Windows &#50;000 Migration — Acme", MarkdownBlocks.heading("Windows 2000 Migration", "Acme", null,
        null, null));
    assertEquals("Windows 2000 Migration — Acme | 2001", MarkdownBlocks.heading("Windows 2000 Migration", "Acme",
        null, null, "2001"));
    for (String[] parts : List.of(new String[] {"Migration to Windows 2000", "Acme", null},
        new String[] {"Speaker", "PyCon 2019", "Pittsburgh"}, new String[] {null, "Class of 2019", null},
        new String[] {"Release 2019-2020", null, "Room 2021"}, new String[] {"Launch 2023年6月", "Acme", null},
        new String[] {"Item &#1074;", "Acme 1999", null})) {
      String written = "---\nname: X\n---\n\n## S\n\n### "
          + MarkdownBlocks.heading(parts[0], parts[1], null, parts[2], null) + "\n";
      dev.cvpress.model.Entry e = parse("x.md", written).sections().get(0).entries().get(0);
      assertEquals(null, e.dates(), written);
      assertEquals(parts[0], e.title(), written);
      assertEquals(parts[1], e.org(), written);
      assertEquals(parts[2], e.location(), written);
    }
  }
}
