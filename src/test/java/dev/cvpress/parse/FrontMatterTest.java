package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private static FrontMatter split(String text) throws CvpressException {
    return FrontMatter.split(SourceText.of("cv.md", text));
  }

  private static Diagnostic error(String text) {
    CvpressException e = assertThrows(CvpressException.class, () -> split(text));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    return e.diagnostics().get(0);
  }

  @Test
  void yamlKeysInFileOrderWithTheirLinesAndTheBodyAfterIt() throws Exception {
    FrontMatter fm = split("---\nname: Ada\nlinks:\n  - https://ada.dev\nstyle: {accent: navy}\n---\n# Body\n");
    assertEquals(List.of("name", "links", "style"), List.copyOf(fm.data().keySet()));
    assertEquals("Ada", fm.data().get("name"));
    assertEquals(List.of("https://ada.dev"), fm.data().get("links"));
    assertEquals(Map.of("accent", "navy"), fm.data().get("style"));
    assertEquals(Map.of("name", 2, "links", 3, "style", 5), fm.keyLines());
    assertEquals(7, fm.bodyLine());
    assertEquals("# Body\n", fm.body());
    assertEquals(new SourcePos("cv.md", 3, 1), fm.keyPos("cv.md", "links"));
    assertEquals(new SourcePos("cv.md", 1, 1), fm.keyPos("cv.md", "photo"), "a key not written is placed at the top");
  }

  @Test
  void yamlEndsAtThreeDotsToo() throws Exception {
    FrontMatter fm = split("---\nname: Ada\n...\nText.");
    assertEquals(Map.of("name", "Ada"), fm.data());
    assertEquals(4, fm.bodyLine());
  }

  @Test
  void tomlTablesAreMapsAndDatesStayText() throws Exception {
    FrontMatter fm = split("+++\nname = \"Ada\"\ndate = 2024-01-02\n[style]\naccent = \"navy\"\n+++\n");
    assertEquals("Ada", fm.data().get("name"));
    assertEquals("2024-01-02", fm.data().get("date"));
    assertEquals(Map.of("accent", "navy"), fm.data().get("style"));
    assertEquals(2, fm.keyLines().get("name"));
    assertEquals(7, fm.bodyLine());
  }

  @Test
  void tomlKeysAndValuesAreWhereTheyAreWrittenAtAnyDepth() throws Exception {
    FrontMatter fm = split("+++\nname = \"Ada\"\n[style]\ntheme = \"modren\"\n  accent =  \"navy\"\n"
        + "[title]\nen = \"Engineer\"\n[links]\nsite.url = 'x'\nrecipient = { name = \"Priya\" }\n+++\n");
    assertEquals(Map.of("name", 2, "style", 3, "title", 6, "links", 8), fm.keyLines());
    assertEquals(new SourcePos("cv.md", 3, 1), fm.keyPos("cv.md", "style"), "the table's header");
    assertEquals(new SourcePos("cv.md", 4, 9), fm.tomlValuePos("cv.md", "style", "theme"));
    assertEquals(new SourcePos("cv.md", 5, 13), fm.tomlValuePos("cv.md", "style", "accent"));
    assertEquals(new SourcePos("cv.md", 7, 6), fm.tomlValuePos("cv.md", "title", "en"));
    assertEquals(new SourcePos("cv.md", 9, 12), fm.tomlValuePos("cv.md", "links", "site", "url"));
    assertEquals(new SourcePos("cv.md", 10, 22), fm.tomlValuePos("cv.md", "links", "recipient", "name"));
    assertEquals(new SourcePos("cv.md", 2, 8), fm.tomlValuePos("cv.md", "name"));
    assertEquals(null, fm.tomlValuePos("cv.md", "style", "paper"), "not written");
    assertEquals(null, split("---\nstyle: {theme: x}\n---\n").tomlValuePos("cv.md", "style", "theme"));
  }

  @Test
  void jsonIsReadWithItsBraces() throws Exception {
    FrontMatter fm = split("{\n  \"name\": \"Ada\",\n  \"my key\": 1\n}\n# Ada\n");
    assertEquals(Map.of("name", "Ada", "my key", 1), fm.data());
    assertEquals(Map.of("name", 2, "my key", 3), fm.keyLines());
    assertEquals(5, fm.bodyLine());
  }

  @Test
  void yamlDatesStayAsWritten() throws Exception {
    assertEquals("2024-01-02", split("---\ndate: 2024-01-02\n---\n").data().get("date"));
  }

  @Test
  void aFileWithoutFrontMatterIsAllBody() throws Exception {
    FrontMatter fm = split("# Ada\n\n---\n");
    assertEquals(Map.of(), fm.data());
    assertEquals(1, fm.bodyLine());
    assertEquals("# Ada\n\n---\n", fm.body());
  }

  @Test
  void anUnclosedBlockIsAnErrorAtTheTop() {
    Diagnostic d = error("---\nname: Ada\n\n# Ada\n");
    assertEquals("front matter has no closing `---` line", d.message());
    assertEquals(1, d.pos().line());
    assertEquals("JSON front matter has no closing `}` line", error("{\n\"name\": 1\n").message());
  }

  @Test
  void badYamlIsReportedAtItsLineAndColumnInTheFile() {
    Diagnostic d = error("---\nname: Ada\ntitle: Engineer: backend\n---\n");
    assertTrue(d.message().startsWith("front matter is not valid YAML: mapping values are not allowed"), d.message());
    assertEquals(3, d.pos().line());
    assertEquals(16, d.pos().column());
    assertEquals("title: Engineer: backend", d.sourceLine());
    assertTrue(d.hint().contains("must be quoted"), d.hint());
  }

  @Test
  void aDuplicateKeyIsAnError() {
    Diagnostic d = error("---\nname: Ada\nname: Bob\n---\n");
    assertEquals(3, d.pos().line());
    assertEquals("each key may appear only once", d.hint());
  }

  @Test
  void frontMatterThatIsNotAMapIsAnError() {
    Diagnostic d = error("---\n- a\n- b\n---\n");
    assertEquals("front matter must be a set of `key: value` lines, not a list", d.message());
    assertEquals(2, d.pos().line());
  }

  @Test
  void badTomlIsReportedAtItsLine() {
    Diagnostic d = error("+++\nname = \"Ada\"\ntitle = About me\n+++\n");
    assertTrue(d.message().startsWith("front matter is not valid TOML: "), d.message());
    assertEquals(3, d.pos().line());
  }

  @Test
  void tomlNestedPastTheLimitIsRefusedAtItsLine() {
    String deep = "[".repeat(FrontMatter.MAX_NESTING + 1) + "]".repeat(FrontMatter.MAX_NESTING + 1);
    Diagnostic d = error("+++\nname = \"Ada\"\nx = " + deep + "\n+++\n");
    assertEquals("front matter is nested more than " + FrontMatter.MAX_NESTING + " levels deep", d.message());
    assertEquals(3, d.pos().line());
  }

  @Test
  void tomlBracketsInStringsAndCommentsDoNotCountAsNesting() throws Exception {
    String brackets = "[".repeat(FrontMatter.MAX_NESTING + 5);
    FrontMatter fm = split("+++\nx = \"" + brackets + "\" # " + brackets + "\n+++\n");
    assertEquals(brackets, fm.data().get("x"));
  }

  @Test
  void frontMatterPastItsSizeLimitIsRefused() {
    String big = "---\n" + "a: " + "x".repeat(FrontMatter.MAX_CHARS) + "\n---\n";
    Diagnostic d = error(big);
    assertEquals("the front matter is longer than " + FrontMatter.MAX_CHARS / 1024 + " KB", d.message());
  }
}
