package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real-world Markdown as Hugo, Jekyll and GitHub résumés write it. */
class MarkdownQuirksTest {
  private static ResumeParser.Result parse(String md) throws CvpressException {
    return ResumeParser.parse("cv.md", md.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS);
  }

  private static Section section(ResumeParser.Result r, int i) {
    return r.resume().sections().get(i);
  }

  private static String plain(Block b) {
    if (b instanceof Block.Paragraph p) return Inline.plain(p.inlines());
    throw new AssertionError("not a paragraph: " + b);
  }

  @Test
  void hugoShortcodesAreRemovedWithAWarningOnTheirLine() throws Exception {
    ResumeParser.Result r = parse("---\ntitle: x\n---\n# Ada\n\n## Work\n\n{{< figure src=\"a.png\" >}}\n"
        + "Built {{% badge %}}engines{{% /badge %}} daily.\n");
    List<Diagnostic> w = r.warnings();
    assertEquals(3, w.size(), w.toString());
    assertEquals(8, w.get(0).pos().line());
    assertTrue(w.stream().allMatch(d -> d.code() == Code.SHORTCODE_REMOVED), w.toString());
    assertEquals(9, w.get(1).pos().line());
    assertEquals(7, w.get(1).pos().column());
    assertEquals("Built engines daily.", plain(section(r, 0).blocks().get(0)));
  }

  @Test
  void vitePressContainersAreReadAsTheirContentWithTheirTitle() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\n::: tip Contact\nWrite to me.\n:::\n\n:::warning\n"
        + "Busy until May.\n:::\n\n```\n::: kept\n```\n");
    List<Block> blocks = section(r, 0).blocks();
    assertEquals(List.of(), r.warnings());
    Block.Paragraph tip = assertInstanceOf(Block.Paragraph.class, blocks.get(0));
    assertInstanceOf(Inline.Strong.class, tip.inlines().get(0), tip.toString());
    assertTrue(tip.inlines().stream().anyMatch(i -> i instanceof Inline.LineBreak), "the title is a line of its own");
    assertEquals("Contact Write to me.", plain(tip));
    assertEquals("Busy until May.", plain(blocks.get(1)));
    Block.CodeBlock code = assertInstanceOf(Block.CodeBlock.class, blocks.get(2));
    assertEquals("::: kept", code.text().strip());
  }

  @Test
  void escapedShortcodesAndShortcodesInCodeStay() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\nWrite {{</* x */>}} to show one.\n\n```\n{{< kept >}}\n```\n");
    assertEquals(List.of(), r.warnings());
    assertEquals("Write {{< x >}} to show one.", plain(section(r, 0).blocks().get(0)));
    assertInstanceOf(Block.CodeBlock.class, section(r, 0).blocks().get(1));
    assertTrue(((Block.CodeBlock) section(r, 0).blocks().get(1)).text().contains("{{< kept >}}"));
  }

  @Test
  void positionsAfterFrontMatterAndShortcodesAreFileLines() throws Exception {
    ResumeParser.Result r = parse("+++\nname = \"Ada\"\n+++\n\n{{< a >}} {{< b >}}\n## Work\n\nText.\n");
    assertEquals(6, section(r, 0).pos().line());
    assertEquals(8, section(r, 0).blocks().get(0).pos().line());
  }

  @Test
  void htmlCommentsAreDropped() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n<!-- private note -->\n\n## Work\n\nKept <!-- inline --> text.\n\n<!--\n"
        + "several\n\nparagraphs\n-->\n");
    assertEquals(1, section(r, 0).blocks().size());
    assertEquals("Kept  text.", plain(section(r, 0).blocks().get(0)));
  }

  @Test
  void rawHtmlBlocksBecomeMarkdown() throws Exception {
    ResumeParser.Result r = parse("<div align=\"center\">\n  <h1>Ada Lovelace</h1>\n  <p><b>Analyst</b> · "
        + "<a href=\"https://ada.dev\">ada.dev</a></p>\n</div>\n\n## Work\n\n<div>\n\n**Bold** inside.\n\n</div>\n");
    assertEquals("Ada Lovelace", r.resume().header().name());
    List<Inline> headline = r.resume().header().headline();
    assertInstanceOf(Inline.Strong.class, headline.get(0));
    assertTrue(headline.stream().anyMatch(i -> i instanceof Inline.Link l && l.url().equals("https://ada.dev")));
    Block.Paragraph p = (Block.Paragraph) section(r, 0).blocks().get(0);
    assertInstanceOf(Inline.Strong.class, p.inlines().get(0));
  }

  @Test
  void scriptAndStyleInHtmlAreNotText() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\n<script>alert(1)</script>\n\n<style>p{}</style>\n\nText.\n");
    assertEquals(1, section(r, 0).blocks().size());
  }

  @Test
  void definitionListsFootnotesTasksStrikeAndReferenceLinks() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Skills\n\nJava\n: A language.\n: Fast.\n\nGo\n: Gophers.\n\n"
        + "- [x] done\n- [ ] todo\n\nSee[^n] ~~old~~ [site][s].\n\n[s]: https://s.example\n[^n]: The note.\n");
    List<Block> blocks = section(r, 0).blocks();
    Block.Definition java = assertInstanceOf(Block.Definition.class, blocks.get(0));
    assertEquals("Java", Inline.plain(java.term()));
    assertEquals(2, java.descriptions().size());
    assertInstanceOf(Block.Definition.class, blocks.get(1));
    Block.BulletList tasks = assertInstanceOf(Block.BulletList.class, blocks.get(2));
    assertEquals(Boolean.TRUE, tasks.items().get(0).checked());
    assertEquals(Boolean.FALSE, tasks.items().get(1).checked());
    Block.Paragraph see = (Block.Paragraph) blocks.get(3);
    assertEquals("See¹ old site.", Inline.plain(see.inlines()));
    assertTrue(see.inlines().stream().anyMatch(i -> i instanceof Inline.Strike));
    assertTrue(see.inlines().stream().anyMatch(i -> i instanceof Inline.Link l && l.url().equals("https://s.example")));
    Block.Footnote note = assertInstanceOf(Block.Footnote.class, blocks.get(4));
    assertEquals("¹", note.mark());
    assertEquals("The note.", Inline.plain(note.text()));
  }

  @Test
  void footnotesAreNumberedInTheOrderOfTheirFirstReference() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\nA[^b] and B[^a] and C[^b].\n\n[^a]: First.\n[^b]: Second.\n");
    List<Block> blocks = section(r, 0).blocks();
    assertEquals("A¹ and B² and C¹.", plain(blocks.get(0)));
    // Listed in the order of their numbers, not of their definitions.
    Block.Footnote b = assertInstanceOf(Block.Footnote.class, blocks.get(1));
    Block.Footnote a = assertInstanceOf(Block.Footnote.class, blocks.get(2));
    assertEquals("¹ Second.", b.mark() + " " + Inline.plain(b.text()));
    assertEquals("² First.", a.mark() + " " + Inline.plain(a.text()));
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void aNoteNothingRefersToIsLeftOutWithAWarning() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\nA[^a].\n\n[^a]: First.\n[^old]: Unused.\n[^a]: Again.\n");
    List<Block> blocks = section(r, 0).blocks();
    assertEquals(2, blocks.size(), blocks.toString());
    assertEquals("First.", Inline.plain(((Block.Footnote) blocks.get(1)).text()));
    assertEquals(List.of(Code.FOOTNOTE_UNUSED, Code.FOOTNOTE_UNUSED), r.warnings().stream().map(Diagnostic::code).toList());
    Diagnostic unused = r.warnings().get(0);
    assertEquals(new SourcePos("cv.md", 8, 1), unused.pos());
    assertTrue(unused.message().contains("[^old]") && unused.hint().contains("[^old]"), unused.format());
    assertTrue(r.warnings().get(1).message().contains("twice"), r.warnings().get(1).format());
  }

  @Test
  void aReferenceToAnUndefinedNoteIsLeftOutWithAWarningAtIt() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\nShipped it.[^zz] Then more.\n");
    assertEquals("Shipped it. Then more.", plain(section(r, 0).blocks().get(0)));
    Diagnostic d = r.warnings().get(0);
    assertEquals(Code.FOOTNOTE_UNDEFINED, d.code());
    assertEquals(new SourcePos("cv.md", 5, 12), d.pos());
    assertTrue(d.message().contains("[^zz]") && d.hint().contains("[^zz]:"), d.format());
    assertEquals("Shipped it.[^zz] Then more.", d.sourceLine());
    // A note defined in the Markdown is found from raw HTML too.
    r = parse("# Ada\n\n## Work\n\n<p>See[^a].</p>\n\n[^a]: First.\n");
    assertEquals(List.of(), r.warnings());
    assertEquals("See¹.", plain(section(r, 0).blocks().get(0)));
  }

  @Test
  void emojiShortcodesBecomeCharactersAndUnknownOnesStayText() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\nShipped :rocket: at 10:30:45 :octocat: :not_an_emoji:\n");
    assertEquals("Shipped \uD83D\uDE80 at 10:30:45 :octocat: :not_an_emoji:", plain(section(r, 0).blocks().get(0)));
  }

  @Test
  void headingAttributesAreNotText() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Experience {#work .wide}\n\nText.\n");
    assertEquals("Experience", section(r, 0).title());
  }

  @Test
  void tableSeparatorIsNotARowAndRaggedRowsAreSquared() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Data\n\n| a | b |\n|:--|--:|\n| 1 | 2 | 3 |\n| 4 |\n");
    Block.Table t = assertInstanceOf(Block.Table.class, section(r, 0).blocks().get(0));
    assertEquals(2, t.body().size());
    assertEquals(2, t.body().get(0).size());
    assertEquals(List.of("left", "right"), t.align());
  }

  @Test
  void windowsLineEndingsAndBom() throws Exception {
    byte[] bytes = "\uFEFF---\r\nname: Ada\r\n---\r\n## Work\r\n\r\nText.\r\n".getBytes(StandardCharsets.UTF_8);
    ResumeParser.Result r = ResumeParser.parse("cv.md", bytes, Map.of(), Style.KEYS);
    assertEquals("Ada", r.resume().header().name());
    assertEquals(4, section(r, 0).pos().line());
  }

  @Test
  void frontMatterInEachKind() throws Exception {
    assertEquals("Ada", parse("---\nname: Ada\n---\n").resume().header().name());
    assertEquals("Ada", parse("+++\nname = \"Ada\"\n+++\n").resume().header().name());
    assertEquals("Ada", parse("{\n  \"name\": \"Ada\"\n}\n").resume().header().name());
  }

  @Test
  void brokenFrontMatterIsAPositionedError() {
    Diagnostic yaml = assertThrows(CvpressException.class, () -> parse("---\nname: Ada\n  bad: [\n---\n"))
        .diagnostics().get(0);
    assertTrue(yaml.code() == Code.FRONT_MATTER_INVALID && yaml.pos().line() >= 2, yaml.format());
    Diagnostic toml = assertThrows(CvpressException.class, () -> parse("+++\nname = Ada\n+++\n"))
        .diagnostics().get(0);
    assertEquals(2, toml.pos().line(), toml.format());
    assertEquals(Code.FRONT_MATTER_INVALID, toml.code());
    Diagnostic json = assertThrows(CvpressException.class, () -> parse("{\n\"name\": \"Ada\",,\n}\n"))
        .diagnostics().get(0);
    assertTrue(json.code() == Code.FRONT_MATTER_INVALID && json.pos().line() == 2, json.format());
  }

  @Test
  void limitsAreErrorsAtTheirPlace() {
    Diagnostic deep = assertThrows(CvpressException.class, () -> parse("# A\n\n" + ">".repeat(40) + " x\n"))
        .diagnostics().get(0);
    assertEquals(3, deep.pos().line());
    Diagnostic wide = assertThrows(CvpressException.class,
        () -> parse("# A\n\n|" + "a|".repeat(41) + "\n|" + "---|".repeat(41) + "\n")).diagnostics().get(0);
    assertTrue(wide.message().contains("41 columns"), wide.message());
    Diagnostic htmlDeep = assertThrows(CvpressException.class,
        () -> parse("# A\n\n<div>\n" + "> ".repeat(100) + "x\n</div>\n")).diagnostics().get(0);
    // Opened on one line, the quotes are found on it before the HTML is read: at the 33rd `>`.
    assertEquals("4:65", htmlDeep.pos().line() + ":" + htmlDeep.pos().column(), htmlDeep.format());
  }

  @Test
  void nothingIsLostFromAnOrdinaryDocument() throws Exception {
    ResumeParser.Result r = parse("# Ada\n\n## Work\n\n### Analyst, Engines Ltd 1842 – 1843\n\n- Notes *on* the "
        + "**engine**\n");
    assertFalse(r.resume().sections().isEmpty());
    assertEquals(List.of(), r.warnings());
  }
}
