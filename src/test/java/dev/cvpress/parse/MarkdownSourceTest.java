package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSourceTest {
  private static final SourcePos AT = new SourcePos("cv.md", 7, 3);

  private static MarkdownSource parse(String markdown) throws CvpressException {
    return MarkdownSource.parse(SourceText.of("cv.md", markdown), markdown, i -> i);
  }

  @Test
  void positionsAreOffsetsMappedBackToTheFile() throws Exception {
    // The file holds a removed line before the Markdown: offsets shift by its length.
    SourceText file = SourceText.of("cv.md", "{{< removed >}}\n# Ada\n\nText.\n");
    MarkdownSource source = MarkdownSource.parse(file, "# Ada\n\nText.\n", i -> i + 16);
    Node heading = source.document().getFirstChild();
    assertInstanceOf(Heading.class, heading);
    assertEquals(new SourcePos("cv.md", 2, 1), source.pos(heading));
    assertEquals(new SourcePos("cv.md", 4, 1), source.pos(heading.getNext()));
  }

  @Test
  void aParagraphPastTheLimitIsAnErrorWhereItStartsInTheFile() {
    String markdown = "word ".repeat(Limits.MAX_PARAGRAPH / 4);
    CvpressException e = assertThrows(CvpressException.class,
        () -> MarkdownSource.parse(SourceText.of("cv.md", "\n\n" + markdown), markdown, i -> i + 2));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("a paragraph is longer than 10,000 characters", d.message());
    assertEquals(new SourcePos("cv.md", 3, 1), d.pos());
  }

  @Test
  void theDocumentIsCheckedAgainstTheLimits() {
    String row = "|" + " x |".repeat(Limits.MAX_TABLE_COLUMNS + 1);
    String markdown = "Text.\n\n" + row + "\n|" + "---|".repeat(Limits.MAX_TABLE_COLUMNS + 1) + "\n";
    CvpressException e = assertThrows(CvpressException.class, () -> parse(markdown));
    assertEquals("the table has 41 columns; cvpress lays out at most 40", e.diagnostics().get(0).message());
    assertEquals(3, e.diagnostics().get(0).pos().line());
  }

  @Test
  void rawHtmlIsReadAsItsMarkdownPlacedAtTheHtml() throws Exception {
    MarkdownSource source = parse("Outer.\n");
    Document outer = source.document();
    List<String> read = new ArrayList<>();
    source.readHtml("<h2>Title</h2><p>Text <b>bold</b></p>\n\n<div\n", AT, n -> {
      read.add(n.getClass().getSimpleName() + " " + n.getChars().toString().strip());
      assertNotSame(outer, source.document(), "the HTML's Markdown is the document in view");
      assertSame(n.getDocument(), source.document());
      assertEquals(AT, source.pos(n));
    });
    assertEquals(List.of("Heading ## Title", "Paragraph Text **bold**"), read, "what stays HTML is skipped");
    assertSame(outer, source.document());
    assertEquals(new SourcePos("cv.md", 1, 1), source.pos(outer.getFirstChild()));
  }

  @Test
  void htmlReadInsideHtmlPlacesItsNodesAtTheInnerHtmlUntilItIsDone() throws Exception {
    MarkdownSource source = parse("Outer.\n");
    SourcePos inner = new SourcePos("cv.md", 9, 1);
    List<SourcePos> seen = new ArrayList<>();
    source.readHtml("<p>One</p>", AT, n -> {
      source.readHtml("<p>Two</p>", inner, m -> seen.add(source.pos(m)));
      seen.add(source.pos(n));
    });
    assertEquals(List.of(inner, AT), seen);
  }

  @Test
  void htmlThatStandsForNoMarkdownReadsNothing() throws Exception {
    MarkdownSource source = parse("Outer.\n");
    List<Node> read = new ArrayList<>();
    source.readHtml("<!-- a note --><script>x()</script>", AT, read::add);
    source.readHtml("<img alt=\"no source\">", AT, read::add);
    assertEquals(List.of(), read);
  }

  @Test
  void aLimitPassedInsideTheHtmlIsReportedAtTheHtml() throws Exception {
    MarkdownSource source = parse("Outer.\n");
    String longText = "<p>" + "word ".repeat(Limits.MAX_PARAGRAPH / 4) + "</p>";
    Limits.Exceeded e = assertThrows(Limits.Exceeded.class, () -> source.readHtml(longText, AT, n -> { }));
    assertEquals("a paragraph is longer than 10,000 characters", e.error().diagnostics().get(0).message());
    assertEquals(AT, e.error().diagnostics().get(0).pos());

    String code = "<pre>" + "a\n".repeat(Limits.MAX_CODE_LINES + 1) + "</pre>";
    e = assertThrows(Limits.Exceeded.class, () -> source.readHtml(code, AT, n -> { }));
    assertEquals(AT, e.error().diagnostics().get(0).pos());
    assertInstanceOf(Paragraph.class, source.document().getFirstChild(), "the file's document is in view again");
  }
}
