package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits read off the text before parsing, each refused at the place it is passed. */
class TextLimitsTest {
  private static final int SIZE = 200_000;

  private static Resume parse(String markdown) throws CvpressException {
    return ResumeParser.parse("cv.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static Diagnostic error(String markdown) {
    return ResumeParserTest.error(markdown);
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
  void aLongRunOfSpacesIsAnError() {
    Diagnostic d = error("# X\n\n## a" + " ".repeat(2_000) + "b\n");
    assertEquals("cv.md:3:1005", d.pos().toString());
    assertTrue(d.message().contains("more than 1,000 spaces or tabs in a row"), d.message());
  }

  @Test
  void frontMatterCountsTowardTheTextLimit() {
    String big = "x".repeat(300_000);
    Diagnostic d = error("---\nname: X\nnote: " + big.substring(0, 250_000) + "\n---\n# X\n\n" + big.substring(0, 160_000));
    assertTrue(d.message().contains("too long for a résumé"), d.message());
    assertEquals(7, d.pos().line(), "where the 400,000th character is");
  }

  @Test
  void listsAndQuotesOpenedOnOneLineAreRefusedAtTheLevelPastTheLimitBeforeParsing() throws Exception {
    String[][] lines = {{"- ", "- "}, {">", ">"}, {"1. ", "1. "}, {"> - ", "> "}, {"* + ", "* "}, {"2) ", "2) "}};
    for (String[] unit : lines) {
      // Ten thousand levels: refused by the scan of the line, which never hands it to the parser.
      String deep = unit[0].repeat(10_000 / unit[0].length() * 2) + "x\n";
      SourceText src = SourceText.of("cv.md", "# X\n\n" + deep);
      CvpressException e = org.junit.jupiter.api.Assertions.assertThrows(CvpressException.class,
          () -> TextLimits.nestingOnALine(src, src.text, null), unit[0]);
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
      TextLimits.nestingOnALine(src, src.text, null);
    }
  }
}
