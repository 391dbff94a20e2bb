package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.Block;
import dev.cvpress.model.Block.BulletList;
import dev.cvpress.model.Block.CodeBlock;
import dev.cvpress.model.Block.Definition;
import dev.cvpress.model.Block.ListItem;
import dev.cvpress.model.Block.Paragraph;
import dev.cvpress.model.Block.Quote;
import dev.cvpress.model.Block.Rule;
import dev.cvpress.model.Block.SubHeading;
import dev.cvpress.model.Block.Table;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Inline.Text;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockConverterTest {
  private MarkdownSource source;
  private BlockConverter converter;

  /** The blocks of every top-level node of {@code markdown}, with its variant tags read as the parser does. */
  private List<Block> blocks(String markdown) throws CvpressException {
    StringBuilder text = new StringBuilder(markdown);
    Tags tags = Tags.strip(text);
    source = MarkdownSource.parse(SourceText.of("cv.md", markdown), text.toString(), i -> i);
    FootnoteNumbers notes = new FootnoteNumbers(source.document());
    converter = new BlockConverter(source, new InlineConverter(source, notes), tags, notes);
    List<Block> out = new ArrayList<>();
    for (Node n = source.document().getFirstChild(); n != null; n = n.getNext()) out.addAll(converter.blocksOf(n));
    return out;
  }

  private static SourcePos at(int line, int column) {
    return new SourcePos("cv.md", line, column);
  }

  private static List<Inline> text(String s) {
    return List.of(new Text(s));
  }

  private static Paragraph paragraph(String s, int line, int column) {
    return new Paragraph(text(s), Set.of(), at(line, column));
  }

  @Test
  void aNumberedListCountsFromTheNumberItsFirstItemWasWrittenWith() throws Exception {
    BulletList list = assertInstanceOf(BulletList.class, blocks("3. three\n4. four\n").get(0));
    assertEquals(true, list.ordered());
    assertEquals(3, list.start());
    assertEquals(List.of(3L, 4L), List.of(list.number(0), list.number(1)));
    assertEquals(1, assertInstanceOf(BulletList.class, blocks("1. one\n").get(0)).start());
  }

  @Test
  void aBulletLedByAYearAndADotIsThatLineNotAnEmptyBulletHoldingAList() throws Exception {
    BulletList list = assertInstanceOf(BulletList.class,
        blocks("- 1999. A great year {tags=web}\n- 1842.\n- 2001. Text\n\n  More.\n").get(0));
    assertEquals(false, list.ordered());
    assertEquals(List.of(
        new ListItem(text("1999. A great year"), List.of(), null, Set.of("web"), at(1, 1)),
        new ListItem(text("1842."), List.of(), null, Set.of(), at(2, 1)),
        new ListItem(text("2001. Text"), List.of(paragraph("More.", 5, 3)), null, Set.of(), at(3, 1))),
        list.items());
  }

  @Test
  void aBulletLedBySmallNumbersStillHoldsANumberedList() throws Exception {
    BulletList list = assertInstanceOf(BulletList.class, blocks("- 1. First\n  2. Second\n").get(0));
    ListItem item = list.items().get(0);
    assertEquals(List.of(), item.text());
    BulletList inner = assertInstanceOf(BulletList.class, item.children().get(0));
    assertEquals(true, inner.ordered());
    assertEquals(2, inner.items().size());
  }

  @Test
  void listItemsTakeTheirFirstParagraphAsTextTheRestAsChildrenAndTheirLinesTags() throws Exception {
    assertEquals(List.of(new BulletList(true, List.of(
        new ListItem(text("First"), List.of(), null, Set.of("web"), at(1, 1)),
        new ListItem(text("Second"), List.of(paragraph("More.", 5, 4)), null, Set.of(), at(3, 1))), at(1, 1))),
        blocks("1. First {tags=web}\n\n2. Second\n\n   More.\n"));
  }

  @Test
  void taskItemsAreCheckedOrNot() throws Exception {
    BulletList list = assertInstanceOf(BulletList.class, blocks("- [x] done\n- [ ] todo\n- plain\n").get(0));
    assertEquals(false, list.ordered());
    assertEquals(List.of(true, false), list.items().subList(0, 2).stream().map(ListItem::checked).toList());
    assertEquals(null, list.items().get(2).checked());
  }

  @Test
  void tablesHaveAHeadRowAlignmentsAndRowsFilledOrCutToTheHead() throws Exception {
    assertEquals(List.of(new Table(
        List.of(List.of(text("a"), text("b"))),
        List.of(List.of(text("1"), text("2")), List.of(text("4"), List.of())),
        List.of("left", "right"), at(1, 1))),
        blocks("| a | b |\n|:--|--:|\n| 1 | 2 | 3 |\n| 4 |\n"));
  }

  @Test
  void definitionListsGiveOneBlockPerTerm() throws Exception {
    assertEquals(List.of(
        new Definition(text("Java"), List.of(List.of(paragraph("A language.", 2, 3)),
            List.of(paragraph("Fast.", 3, 3))), at(1, 1)),
        new Definition(text("Go"), List.of(List.of(paragraph("Gophers.", 6, 3))), at(5, 1))),
        blocks("Java\n: A language.\n: Fast.\n\nGo\n: Gophers.\n"));
  }

  @Test
  void aFootnoteIsItsNumberedTextWhereItIsDefined() throws Exception {
    assertEquals(List.of(paragraph("A¹.", 1, 1),
        new Block.Footnote(1, text("Note text."), List.of(paragraph("More.", 5, 5)), at(3, 1))),
        blocks("A[^n].\n\n[^n]: Note text.\n\n    More.\n"));
  }

  @Test
  void codeQuotesRulesAndHeadingsInsideOtherBlocks() throws Exception {
    assertEquals(List.of(
        new CodeBlock("java", "int a;\n", at(1, 1)),
        new CodeBlock("", "indented\n", at(5, 5)),
        new Quote(List.of(new SubHeading(3, text("Inside"), at(7, 3)), paragraph("Quoted.", 8, 3)), at(7, 1)),
        new Rule(at(10, 1))),
        blocks("```java\nint a;\n```\n\n    indented\n\n> ## Inside\n> Quoted.\n\n---\n"));
  }

  @Test
  void anImageAloneIsAnImageBlockAndWithTextAParagraph() throws Exception {
    List<Block> blocks = blocks("![Me](me.png)\n\nSee ![Me](me.png)\n");
    assertEquals(new Block.Image("me.png", "Me", at(1, 1)), blocks.get(0));
    assertInstanceOf(Paragraph.class, blocks.get(1));
  }

  @Test
  void aParagraphTakesTheTagsOfAnyOfItsLines() throws Exception {
    assertEquals(List.of(new Paragraph(text("Line one line two"), Set.of("x", "y"), at(1, 1))),
        blocks("Line one {tags=x}\nline two {tags=y}\n"));
  }

  @Test
  void htmlInAListBecomesTheBlocksItStandsForPlacedAtTheHtml() throws Exception {
    BulletList one = assertInstanceOf(BulletList.class, blocks("- item\n\n  <div><p>One</p></div>\n").get(0));
    assertEquals(List.of(paragraph("One", 3, 3)), one.items().get(0).children());
    BulletList two = assertInstanceOf(BulletList.class,
        blocks("- item\n\n  <div><p>One</p><p>Two</p></div>\n").get(0));
    assertEquals(List.of(new Quote(List.of(paragraph("One", 3, 3), paragraph("Two", 3, 3)), at(3, 3))),
        two.items().get(0).children(), "several blocks stay together as one quote");
  }

  @Test
  void commentsAndLinkDefinitionsAreNoBlocks() throws Exception {
    assertEquals(List.of(), blocks("[a]: https://x.org\n\n<!-- note -->\n"));
  }

  @Test
  void aHeadingTakesOnlyTheTagsOfItsOwnLine() throws Exception {
    blocks("## Work {tags=a}\n");
    assertEquals(Set.of("a"), converter.tagsOf(source.document().getFirstChild(), false));
  }
}
