package dev.cvpress.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  static Resume parse(String name, String markdown) throws Exception {
    return ResumeParser.parse(name, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
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
          + MarkdownBlocks.paragraph(List.of(new Inline.Text(s))) + "\n";
      Block b = parse("x.md", written).sections().get(0).blocks().get(0);
      assertEquals(List.of(new Inline.Text(s)), ((Block.Paragraph) b).inlines(), written);
    }
  }

  @Test
  void languagesAreWrittenAsLangBesideTheTags() {
    assertEquals(" {lang=de}", MarkdownText.tags(java.util.Set.of("lang:de")));
    assertEquals(" {tags=cloud lang=de,en}", MarkdownText.tags(new java.util.LinkedHashSet<>(
        java.util.List.of("lang:en", "cloud", "lang:de"))));
    assertEquals("", MarkdownText.tags(java.util.Set.of()));
  }
}
