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
import java.util.List;
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
  void aLongRunOfCombiningMarksIsAPositionedError() {
    Diagnostic d = error("# X\n\nZa" + "\u0301".repeat(SIZE) + "\n");
    assertEquals("cv.md:3:33", d.pos().toString());
    assertTrue(d.message().contains("more than 30 combining marks"), d.message());
    Diagnostic selectors = error("# X\n\n" + "a" + "\uFE0F".repeat(100) + "\n");
    assertEquals(3, selectors.pos().line());
  }

  @Test
  void thirtyCombiningMarksAreText() throws Exception {
    Resume r = parse("# X\n\nZa" + "\u0301".repeat(30) + "\n");
    assertEquals("Za" + "\u0301".repeat(30), dev.cvpress.model.Inline.plain(r.header().headline()));
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
  void aParagraphOfThousandsOfLinesIsAnError() {
    Diagnostic d = error("# X\n\nStart\n" + "[a]: <b> 'c'\n".repeat(15_000));
    assertEquals("cv.md:3:1", d.pos().toString());
    assertTrue(d.message().contains("runs over more than 1,000 lines without a blank line"), d.message());
  }

  @Test
  void aHeadingOverTenThousandCharactersIsAnError() {
    Diagnostic d = error("# X\n\n## Y {tags=" + ",a".repeat(20_000) + "}\n");
    assertEquals("cv.md:3:1", d.pos().toString());
    assertTrue(d.message().contains("a heading is longer than 10,000 characters"), d.message());
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
  void aLongRunOfSpacesIsAnError() {
    Diagnostic d = error("# X\n\n## a" + " ".repeat(2_000) + "b\n");
    assertEquals("cv.md:3:1005", d.pos().toString());
    assertTrue(d.message().contains("more than 1,000 spaces or tabs in a row"), d.message());
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
  void frontMatterCountsTowardTheTextLimit() {
    String big = "x".repeat(300_000);
    Diagnostic d = error("---\nname: X\nnote: " + big.substring(0, 250_000) + "\n---\n# X\n\n" + big.substring(0, 160_000));
    assertTrue(d.message().contains("too long for a résumé"), d.message());
    assertEquals(7, d.pos().line(), "where the 400,000th character is");
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

  @Test
  void listsAndQuotesOpenedOnOneLineAreRefusedAtTheLevelPastTheLimitBeforeParsing() throws Exception {
    String[][] lines = {{"- ", "- "}, {">", ">"}, {"1. ", "1. "}, {"> - ", "> "}, {"* + ", "* "}, {"2) ", "2) "}};
    for (String[] unit : lines) {
      // Ten thousand levels: refused by the scan of the line, which never hands it to the parser.
      String deep = unit[0].repeat(10_000 / unit[0].length() * 2) + "x\n";
      SourceText src = SourceText.of("cv.md", "# X\n\n" + deep);
      CvpressException e = org.junit.jupiter.api.Assertions.assertThrows(CvpressException.class,
          () -> Limits.nestingOnALine(src, src.text, null), unit[0]);
      Diagnostic d = e.diagnostics().get(0);
      assertEquals("lists or quotes are nested more than 32 levels deep", d.message(), unit[0]);
      assertEquals(3, d.pos().line(), unit[0]);
      // The column of the 33rd opening mark.
      String line = deep;
      int column = 0;
      for (int level = 0, i = 0; level < 33; level++) {
        while (line.charAt(i) == ' ') i++;
        column = i + 1;
        i += line.charAt(i) == '>' ? 1 : line.charAt(i) >= '0' && line.charAt(i) <= '9' ? 3 : 2;
      }
      assertEquals(column, d.pos().column(), unit[0]);
    }
    // Thirty-two levels are allowed, and so are a rule of many marks and marks inside a code fence.
    for (String ok : List.of("- ".repeat(32) + "x\n", "- ".repeat(60) + "-\n", "* ".repeat(60) + "*\n",
        "```\n" + "- ".repeat(60) + "x\n```\n", "> ```\n> " + "- ".repeat(60) + "x\n> ```\n")) {
      SourceText src = SourceText.of("cv.md", "# X\n\n" + ok);
      Limits.nestingOnALine(src, src.text, null);
    }
  }
}
