package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new page is asked for with {@code \newpage} on a line of its own, an HTML element with the class page-break,
 * or a heading marked {@code {.page-break}}; each becomes a {@link Block.PageBreak} where the page should turn.
 */
class PageBreaksTest {
  private static Resume parse(String markdown) throws Exception {
    return ResumeParserTest.parse(markdown);
  }

  /** The kinds of the blocks of a list, by simple name, for a short assertion. */
  private static List<String> kinds(List<? extends Node> blocks) {
    return blocks.stream().map(b -> b.getClass().getSimpleName()).toList();
  }

  private static long breaks(Resume r) {
    return Nodes.stream(r).filter(Block.PageBreak.class::isInstance).count();
  }

  /** Every word a reader would see, to show that no command is left as text. */
  private static String words(Resume r) {
    return String.join(" ", Nodes.stream(r).flatMap(n -> Nodes.runs(n).stream()).map(Inline::plain).toList());
  }

  @Test
  void aBreakBeforeAnyContentIsDropped() throws Exception {
    // Page 1 would hold nothing but the header.
    assertEquals(0, breaks(parse("\\newpage\n\n# Pat\n\n## Work\n\nText.\n")));
    assertEquals(0, breaks(parse("# Pat\n\n\\newpage\n\n## Work\n\nText.\n")));
    assertEquals(1, breaks(parse("# Pat\n\nHeadline.\n\nIntro.\n\n\\newpage\n\n## Work\n\nText.\n")));
  }

  @Test
  void theCommandOnALineOfItsOwnIsAPageBreak() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nFirst page.\n\n\\newpage\n\nSecond page.\n\n\\pagebreak\n\nThird.\n");
    assertEquals(List.of("Paragraph", "PageBreak", "Paragraph", "PageBreak", "Paragraph"),
        kinds(r.sections().get(0).blocks()));
    assertEquals(new SourcePos("cv.md", 7, 1), r.sections().get(0).blocks().get(1).pos());
    assertFalse(words(r).contains("newpage") || words(r).contains("pagebreak"), words(r));
  }

  @Test
  void theCommandRightUnderTextOrABulletStillBreaksAfterIt() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nA paragraph.\n\\newpage\n\n- one\n- two\n\\newpage\n## Next\n\n- three\n");
    Section work = r.sections().get(0);
    assertEquals(List.of("Paragraph", "PageBreak", "BulletList", "PageBreak"), kinds(work.blocks()));
    assertEquals("A paragraph.", Inline.plain(((Block.Paragraph) work.blocks().get(0)).inlines()));
    Block.BulletList list = assertInstanceOf(Block.BulletList.class, work.blocks().get(2));
    assertEquals("two", Inline.plain(list.items().get(1).text()));
    assertEquals("Next", r.sections().get(1).title());
    assertFalse(words(r).contains("newpage"), words(r));
  }

  @Test
  void anHtmlPageBreakIsAPageBreak() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nOne.\n\n<div class=\"page-break\"></div>\n\nTwo.\n\n"
        + "<div style=\"page-break-after: always;\"></div>\n\n## Next\n");
    assertEquals(List.of("Paragraph", "PageBreak", "Paragraph", "PageBreak"), kinds(r.sections().get(0).blocks()));
  }

  @Test
  void aMarkedSectionStartsWithThePageBreak() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nOne.\n\n## Projects {.page-break}\n\n- Engine notes\n");
    Section projects = r.sections().get(1);
    assertEquals("Projects", projects.title());
    assertEquals(List.of("PageBreak", "BulletList"), kinds(projects.blocks()));
    assertEquals(1, breaks(r));
  }

  @Test
  void aMarkedEntryHasThePageBreakRightBeforeIt() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\n### Analyst — Engine Co | 2020 – 2021\n\n- One\n\n"
        + "### Translator — Memoir Ltd | 2018 – 2019 {#memoir .page-break}\n\n- Two\n");
    List<Block> blocks = r.sections().get(0).blocks();
    assertEquals(List.of("Entry", "PageBreak", "Entry"), kinds(blocks));
    Entry second = (Entry) blocks.get(2);
    assertTrue(second.org() != null && !second.org().contains("page-break"), second.toString());
  }

  @Test
  void aMarkedSubHeadingHasThePageBreakRightBeforeIt() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\n### Analyst — Engine Co | 2020 – 2021\n\n- One\n\n"
        + "#### Later projects {.page-break}\n\n- Two\n");
    Entry entry = (Entry) r.sections().get(0).blocks().get(0);
    assertEquals(List.of("BulletList", "PageBreak", "SubHeading", "BulletList"), kinds(entry.body()));
  }

  @Test
  void otherClassesAndCodeAskForNoPage() throws Exception {
    Resume r = parse("# Ada\n\n## Work {.wide}\n\n```\n\\newpage\n```\n\nSay `\\newpage` to break.\n\n"
        + "Text \\newpage inside a line.\n");
    assertEquals(0, breaks(r));
    assertTrue(words(r).contains("Text \\newpage inside a line."), words(r));
  }

  @Test
  void twoBreaksInARowAreOne() throws Exception {
    for (String twice : List.of("\\newpage\n\\newpage\n", "\\newpage\n\n\\newpage\n", "\\newpage\n\\pagebreak\n",
        "<div class=\"page-break\"></div>\n<div class=\"page-break\"></div>\n",
        "<div class=\"page-break\"></div>\n\n<div class=\"page-break\"></div>\n",
        "\\newpage\n\n<div class=\"page-break\"></div>\n", "- one\n- two\n\\newpage\n\n\\newpage\n")) {
      Resume r = parse("# Ada\n\n## Work\n\nFirst page.\n\n" + twice + "\nSecond page.\n");
      assertEquals(1, breaks(r), twice);
      assertFalse(words(r).contains("newpage") || words(r).contains("pagebreak"), twice + ": " + words(r));
      assertTrue(words(r).contains("Second page."), words(r));
    }
  }

  @Test
  void aBreakRightBeforeAHeadingMarkedForANewPageIsThatOneBreak() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nOne.\n\n\\newpage\n\n## Projects {.page-break}\n\n- Two\n\n"
        + "### Analyst — Engine Co | 2020 – 2021\n\n- Three\n\n\\newpage\n\n"
        + "### Translator — Memoir Ltd | 2018 – 2019 {.page-break}\n\n- Four\n");
    assertEquals(List.of("Paragraph"), kinds(r.sections().get(0).blocks()));
    assertEquals(List.of("PageBreak", "BulletList", "Entry", "PageBreak", "Entry"), kinds(r.sections().get(1).blocks()));
    assertEquals(2, breaks(r));
  }

  @Test
  void aBreakInsideAListItemBreaksThereAndIsNeverText() throws Exception {
    // Under the first bullet with no blank line (a lazy continuation line), indented under it, and a bullet that
    // is nothing but the command.
    for (String list : List.of("- one\n\\newpage\n- two\n", "- one\n  \\newpage\n- two\n",
        "- one\n\n  \\newpage\n\n- two\n", "- one\n- \\newpage\n- two\n", "1. one\n   \\newpage\n2. two\n",
        "- one\n  - nested\n    \\newpage\n- two\n")) {
      Resume r = parse("# Ada\n\n## Work\n\n" + list + "\nAfter.\n");
      assertEquals(1, breaks(r), list);
      assertFalse(words(r).contains("newpage"), list + ": " + words(r));
      Block.BulletList bullets = assertInstanceOf(Block.BulletList.class, r.sections().get(0).blocks().get(0));
      assertEquals(2, bullets.items().size(), list);
      assertEquals("one", Inline.plain(bullets.items().get(0).text()), list);
      assertEquals("two", Inline.plain(bullets.items().get(1).text()), list);
      assertTrue(Nodes.stream(bullets.items().get(0).children()).anyMatch(Block.PageBreak.class::isInstance),
          list + ": the page turns after the first bullet");
    }
  }

  @Test
  void aBreakInsideABlockQuoteBreaksThereAndIsNeverText() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\n> Quoted.\n> \\newpage\n> More.\n\nAfter.\n");
    Block.Quote quote = assertInstanceOf(Block.Quote.class, r.sections().get(0).blocks().get(0));
    assertEquals(List.of("Paragraph", "PageBreak", "Paragraph"), kinds(quote.blocks()));
    assertEquals("Quoted.", Inline.plain(((Block.Paragraph) quote.blocks().get(0)).inlines()));
    assertEquals(new SourcePos("cv.md", 6, 3), quote.blocks().get(1).pos());
    // At the end of a quote the page turns after it.
    r = parse("# Ada\n\n## Work\n\n> Quoted.\n> \\newpage\n\nAfter.\n");
    assertEquals(List.of("Quote", "PageBreak", "Paragraph"), kinds(r.sections().get(0).blocks()));
    assertFalse(words(r).contains("newpage"), words(r));
  }

  @Test
  void aBreakBetweenLinesOfAParagraphSplitsIt() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nFirst line\nsecond line.\n\\newpage\nThird line.\n");
    List<Block> blocks = r.sections().get(0).blocks();
    assertEquals(List.of("Paragraph", "PageBreak", "Paragraph"), kinds(blocks));
    assertEquals("First line second line.", Inline.plain(((Block.Paragraph) blocks.get(0)).inlines()));
    assertEquals("Third line.", Inline.plain(((Block.Paragraph) blocks.get(2)).inlines()));
    assertEquals(new SourcePos("cv.md", 8, 1), blocks.get(2).pos());
  }
}
