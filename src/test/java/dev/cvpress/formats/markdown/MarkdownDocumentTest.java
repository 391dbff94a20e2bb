package dev.cvpress.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownDocumentTest {
  private static Resume parse(String markdown) throws Exception {
    return ResumeParser.parse("x.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  /** A front-matter value reads back as exactly what was written, however YAML would take it plain. */
  @ParameterizedTest
  @ValueSource(strings = {"Ada Lovelace", "Engineer: backend", "C# #1", "yes", "No", "null", "~", "2016-01-01",
      "4.0", "0x1F", "+1 555 010", "\"quoted\"", "back\\slash", "[a, b]", "{x}", "- dash", "@handle", "*star*",
      "line\nbreak", "trailing ", "Zoë Ünal · Café", "12:30", "& amp", "! bang", "% pct", "`tick`", "a, b"})
  void aValueReadsBackAsWritten(String value) throws Exception {
    MarkdownDocument doc = new MarkdownDocument();
    doc.field("name", "Ada", null);
    doc.field("headline", value, null);
    doc.block("## S", null);
    String text = doc.write().text();
    String expected = value.strip().isEmpty() ? null : value.strip();
    assertEquals(expected, dev.cvpress.model.Inline.plain(parse(text).header().headline()), text);
  }

  @Test
  void everyLineRemembersWhereItCameFrom() {
    MarkdownDocument doc = new MarkdownDocument();
    doc.field("name", "Ada", "/basics/name");
    doc.list("links", List.of("https://a.example", "https://b.example"), List.of("/p/0", "/p/1"));
    doc.block("## Experience", "/work");
    doc.block("- one", "/work/0/highlights/0");
    doc.lines("- two", "/work/0/highlights/1");
    MarkdownDocument.Written w = doc.write();
    String[] lines = w.text().split("\n");
    assertEquals("---", lines[0]);
    assertEquals("name: Ada", lines[1]);
    assertEquals("/basics/name", w.origin(2));
    assertEquals("  - \"https://b.example\"", lines[4]);
    assertEquals("/p/1", w.origin(5));
    assertEquals("## Experience", lines[7]);
    assertEquals("/work", w.origin(8));
    assertEquals("- two", lines[10]);
    assertEquals("/work/0/highlights/1", w.origin(11));
  }

  @Test
  void valuesPerLanguageAreWrittenBackAsOneFlowMapALine() {
    String md = "---\nname: A\nheadline: Engineer\ntitle: CV\n---\n\nheadline: in the body\n";
    MarkdownDocument.PerLanguage written = MarkdownDocument.withValuesPerLanguage(md, java.util.Map.of(
        "headline", new java.util.LinkedHashMap<>(java.util.Map.of("en", "Engineer, backend")),
        "location", java.util.Map.of("de", "Berlin")));
    assertEquals("---\nname: A\nheadline: {en: \"Engineer, backend\"}\ntitle: CV\n---\n\nheadline: in the body\n",
        written.text());
    assertEquals(java.util.List.of("location"), written.notWritten());
  }
}
