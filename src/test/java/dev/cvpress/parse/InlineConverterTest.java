package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Inline.Code;
import dev.cvpress.model.Inline.Emph;
import dev.cvpress.model.Inline.Image;
import dev.cvpress.model.Inline.LineBreak;
import dev.cvpress.model.Inline.Link;
import dev.cvpress.model.Inline.Strike;
import dev.cvpress.model.Inline.Strong;
import dev.cvpress.model.Inline.Text;
import dev.cvpress.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineConverterTest {
  /** The inlines of the first block of {@code markdown}. */
  private static List<Inline> inlines(String markdown) throws CvpressException {
    MarkdownSource source = MarkdownSource.parse(SourceText.of("cv.md", markdown), markdown, i -> i);
    InlineConverter converter = new InlineConverter(source, new FootnoteNumbers(source.document()));
    return converter.inlines(source.document().getFirstChild());
  }

  private static SourcePos at(int line, int column) {
    return new SourcePos("cv.md", line, column);
  }

  @Test
  void textRunsAreJoinedWithEntitiesAndLineBreaksAsSpaces() throws Exception {
    assertEquals(List.of(new Text("Fish & chips, cheap and hot")), inlines("Fish &amp; chips, cheap\nand hot"));
  }

  @Test
  void hardBreaksInMarkdownOrHtmlAreLineBreaks() throws Exception {
    List<Inline> expected = List.of(new Text("a"), new LineBreak(), new Text("b"), new LineBreak(), new Text("c"));
    assertEquals(expected, inlines("a  \nb<br/>c"));
  }

  @Test
  void emphasisNestsAndCodeKeepsItsText() throws Exception {
    assertEquals(List.of(
        new Strong(List.of(new Text("bold "), new Emph(List.of(new Text("both"))))),
        new Text(" "), new Strike(List.of(new Text("gone"))), new Text(" "), new Code("a  *b*")),
        inlines("**bold *both*** ~~gone~~ `a  *b*`"));
  }

  @Test
  void linksKeepTheirTargetTextAndPosition() throws Exception {
    assertEquals(List.of(
        new Text("See "), new Link("https://acme.com", List.of(new Text("Acme")), at(1, 5)),
        new Text(", "), new Link("https://x.org", List.of(new Text("https://x.org")), at(1, 31)),
        new Text(", "), new Link("https://www.y.org", List.of(new Text("www.y.org")), at(1, 48)),
        new Text(" or "), new Link("mailto:ada@example.com", List.of(new Text("ada@example.com")), at(1, 61)),
        new Text(".")),
        inlines("See [Acme](https://acme.com), <https://x.org>, www.y.org or <ada@example.com>."));
  }

  @Test
  void referenceLinksAreResolvedAndAnUnknownOneStaysText() throws Exception {
    assertEquals(List.of(
        new Link("https://acme.com", List.of(new Text("Acme")), at(1, 1)), new Text(", "),
        new Link("https://b.org", List.of(new Text("b")), at(1, 12)), new Text(", [none][x]")),
        inlines("[Acme][a], [b][], [none][x]\n\n[a]: https://acme.com\n[b]: https://b.org\n"));
  }

  @Test
  void imagesInMarkdownByReferenceAndInHtml() throws Exception {
    assertEquals(List.of(
        new Image("me.png", "Me", at(1, 1)), new Text(" "), new Image("p.png", "P", at(1, 15)), new Text(" "),
        new Image("a.png", "A", at(1, 23))),
        inlines("![Me](me.png) ![P][p] <img src=\"a.png\" alt=\"A\">\n\n[p]: p.png\n"));
  }

  @Test
  void emojiShortcodesAreCharactersWhenTheyNameOne() throws Exception {
    assertEquals(List.of(new Text("Shipped \uD83D\uDE80 :octocat: at 10:30:45")),
        inlines("Shipped :rocket: :octocat: at 10:30:45"));
  }

  @Test
  void footnoteReferencesAreNumberedMarks() throws Exception {
    assertEquals(List.of(new Text("A¹ B² A¹")),
        inlines("A[^b] B[^a] A[^b] [^none]\n\n[^a]: First.\n[^b]: Second.\n"));
  }

  @Test
  void commentsAndOtherInlineHtmlGoButTheirTextStays() throws Exception {
    assertEquals(List.of(new Text("a  b bold")), inlines("a <!-- note --> b <span class=\"x\">bold</span>"));
  }

  @Test
  void trimStripsTheOuterRunsOnly() {
    Strong strong = new Strong(List.of(new Text(" x ")));
    assertEquals(List.of(new Text("a "), strong),
        InlineConverter.trim(List.of(new Text("  a "), strong, new Text("  "))));
    assertEquals(List.of(), InlineConverter.trim(List.of(new Text(" "))));
  }
}
