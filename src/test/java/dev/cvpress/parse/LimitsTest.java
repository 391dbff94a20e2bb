package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Input built to be slow: each construct repeated to about 200 KB must parse, or fail with a positioned error,
 * well within the guard (each took from 16 s to minutes before the parser was made linear).
 */
class LimitsTest {
  private static final Duration GUARD = Duration.ofSeconds(10);
  private static final int SIZE = 200_000;

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length());
  }

  static Object[][] slowConstructs() {
    return new Object[][] {
      {"spaces", "# X\n\na" + " ".repeat(SIZE) + "b\n"},
      {"spaces before tags", "# X\n\n- a" + " ".repeat(SIZE) + "{tags=x}\n"},
      {"spaces in a heading", "# X\n\n## a" + " ".repeat(SIZE) + "{.x}\n"},
      {"spaces in a contact line", "Email:" + " ".repeat(SIZE) + "x\n"},
      {"front matter of spaces", "---\nname: X\nnote: \"" + " ".repeat(SIZE) + "\"\n---\n# X\n"},
      {"entities", "# X\n\n" + repeat("&amp;")},
      {"numeric entities", "# X\n\n" + repeat("&#123;")},
      {"backtick runs", "# X\n\n" + backtickRuns()},
      {"stars", "# X\n\n" + repeat("*a ")},
      {"underscores", "# X\n\n" + repeat("_a ")},
      {"open brackets", "# X\n\n" + repeat("[")},
      {"nested brackets", "# X\n\n" + repeat("[a](") },
      {"image openers", "# X\n\n" + repeat("![")},
      {"less-than signs", "# X\n\n" + repeat("<")},
      {"html-ish tags", "# X\n\n" + repeat("<a href='x' ")},
      {"autolinks", "# X\n\n" + repeat("<http://a.b> ")},
      {"bare links", "# X\n\n" + repeat("www.a.b ")},
      {"emails", "# X\n\n" + repeat("a@b.c ")},
      {"link references", "# X\n\n" + repeat("[a]: <b> 'c'\n")},
      {"shortcodes on one line", "# X\n\n" + repeat("{{< x >}}")},
      {"emoji shortcodes", "# X\n\n" + repeat(":rocket:")},
      {"variation selectors after emoji", "# X\n\n" + repeat("\u2764\uFE0F")},
      {"a heading of one long run of tags", "# X\n\n## H {tags=" + repeat(",a") + "}\n"},
      {"a heading of commas", "# X\n\n## " + repeat(",") + "\n"},
      {"a list item of commas", "# X\n\n- " + repeat(",a") + "\n"},
      {"a quoted heading of commas", "# X\n\n> ## " + repeat(",a") + "\n"},
    };
  }

  private static String backtickRuns() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; s.length() < SIZE; i++) s.append("`".repeat(i % 700 + 1)).append(' ');
    return s.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slowConstructs")
  void pathologicalInlineInputParsesInLinearTime(String what, String markdown) {
    assertTimeoutPreemptively(GUARD, () -> {
      try {
        parse(markdown);
      } catch (CvpressException e) {
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(d.pos().line() > 0, what + ": a limit says where: " + d.format());
      }
    }, (Supplier<String>) () -> what + " took longer than " + GUARD);
  }

  @Test
  void anUnclosedCodeFenceStopsAtTheLineLimit() {
    Diagnostic d = error("# X\n\n## Code\n\n```\n" + "x\n".repeat(100_000));
    assertEquals("cv.md:5:1", d.pos().toString());
    assertTrue(d.message().contains("code blocks hold more than 2,000 lines"), d.message());
    assertTrue(d.hint().contains("left open"), d.hint());
  }

  @Test
  void tablesStopAtTheCellLimit() {
    StringBuilder md = new StringBuilder("# X\n\n|" + "h|".repeat(40) + "\n|" + "---|".repeat(40) + "\n");
    for (int i = 0; i < 300; i++) md.append('|').append("x|".repeat(40)).append('\n');
    Diagnostic d = error(md.toString());
    assertTrue(d.message().contains("tables hold more than 10,000 cells"), d.message());
    assertEquals(3 + 1 + 250, d.pos().line(), "the row that passes the limit");
  }

  @Test
  void aParagraphOverTenThousandCharactersIsAnError() {
    Diagnostic d = error("# X\n\n## Y\n\n" + "[a](".repeat(20_000) + "\n");
    assertEquals("cv.md:5:1", d.pos().toString());
    assertTrue(d.message().contains("a paragraph is longer than 10,000 characters"), d.message());
  }

  @Test
  void aWordTooLongForAnyLineIsAnErrorAtItsBlock() throws Exception {
    Diagnostic d = error("# X\n\n## Y\n\n- one\n- " + "**a**&amp;".repeat(700) + "\n");
    assertEquals("cv.md:6:1", d.pos().toString());
    assertTrue(d.message().contains("a word is longer than 1,000 characters"), d.message());
    parse("# X\n\n" + "x".repeat(1_000) + " " + "y".repeat(1_000) + "\n\n![a](data:image/png;base64,"
        + "A".repeat(50_000) + ")\n");
  }

  @Test
  void listItemsCountOnceAgainstTheBlockLimit() throws Exception {
    parse("# X\n\n" + "- item\n".repeat(4_990));
    Diagnostic d = error("# X\n\n" + "- item\n".repeat(5_001));
    assertTrue(d.message().contains("more than 5000 paragraphs, list items and rows"), d.message());
    assertEquals(5002, d.pos().line());
  }

  @Test
  void tableRowsCountAgainstTheBlockLimit() {
    Diagnostic d = error("# X\n\n" + ("|a|\n|---|\n" + "|x|\n".repeat(998) + "\n").repeat(6));
    assertTrue(d.message().contains("more than 5000"), d.message());
  }

  @Test
  void tomlAndJsonFrontMatterHaveTheYamlSizeLimit() {
    String value = "x".repeat(FrontMatter.MAX_CHARS);
    Diagnostic toml = error("+++\nnote = \"" + value + "\"\n+++\n# X\n");
    assertTrue(toml.message().contains("front matter is longer than 256 KB"), toml.message());
    Diagnostic json = error("{\n\"note\": \"" + value + "\"\n}\n# X\n");
    assertTrue(json.message().contains("front matter is longer than 256 KB"), json.message());
  }

  @Test
  void deeplyNestedTomlIsAnErrorNotAStackOverflow() {
    assertTimeoutPreemptively(GUARD, () -> {
      Diagnostic d = error("+++\na = " + "[".repeat(50_000) + "\n+++\n# X\n");
      assertTrue(d.message().contains("front matter") || d.message().contains("nested"), d.message());
    });
  }

  private static Resume parse(String markdown) throws CvpressException {
    return ResumeParser.parse("cv.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static Diagnostic error(String markdown) {
    return ResumeParserTest.error(markdown);
  }
}
