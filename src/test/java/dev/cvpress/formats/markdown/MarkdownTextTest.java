package dev.cvpress.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.formats.Positions;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {
  static Stream<Path> resumes() throws Exception {
    List<Path> all = new ArrayList<>(List.of(Path.of("examples/about-me.md"), Path.of("examples/jane-doe.md"),
        Path.of("src/main/resources/starter.md")));
    try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
      corpus.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
    }
    return all.stream();
  }

  static Resume parse(String name, String markdown) throws Exception {
    return ResumeParser.parse(name, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resumes")
  void everySectionReadsBackAsWritten(Path file) throws Exception {
    Resume resume = Positions.withoutPositions(parse(file.toString(), Files.readString(file)));
    for (Section s : resume.sections()) {
      if (s.title().isBlank()) continue;
      String written = "---\nname: X\n---\n\n## " + s.title() + MarkdownText.tags(s.tags()) + "\n\n"
          + MarkdownText.blocks(s.blocks()) + "\n";
      Resume back = Positions.withoutPositions(parse("x.md", written));
      assertEquals(1, back.sections().size(), written);
      assertEquals(s.blocks(), back.sections().get(0).blocks(), file + " section " + s.title() + ":\n" + written);
    }
  }

  @Test
  void plainTextStaysPlain() {
    for (String s : List.of("C# and F#", "snake_case_name", "2 * 3 = 6", "Node.js/Express", "[WIP] tooling",
        "100% done", "a ~ b", "C:\\Users", "x < y", "AT&T")) {
      assertEquals(s, MarkdownText.inlines(List.of(new Inline.Text(s))), s);
    }
  }

  @Test
  void markupInTextIsEscaped() throws Exception {
    for (String s : List.of("*not emphasis*", "_nor this_", "`code`", "[a](b)", "<b>bold</b>", "&amp;",
        "~~struck~~", ":rocket:", "# heading", "- item", "1. first", "> quote", "\\*", "{{< shortcode >}}",
        "text {tags=x}", "---", ": definition", "[^1]: note", "\\newpage")) {
      String written = "---\nname: X\n---\n\n## S\n\n"
          + MarkdownText.paragraph(List.of(new Inline.Text(s))) + "\n";
      Block b = parse("x.md", written).sections().get(0).blocks().get(0);
      assertEquals(List.of(new Inline.Text(s)), ((Block.Paragraph) b).inlines(), written);
    }
  }
}
