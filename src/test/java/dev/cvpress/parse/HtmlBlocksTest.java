package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {
  private static String markdown(String html) {
    return HtmlBlocks.toMarkdown(html).strip();
  }

  @Test
  void headingsAndParagraphsBecomeMarkdownBlocks() {
    assertEquals("# Ada Lovelace\n\nAnalyst", markdown("<h1>Ada Lovelace</h1><p>Analyst</p>"));
    assertEquals("### Work", markdown("<h3 id=\"w\">Work</h3>"));
  }

  @Test
  void emphasisLinksAndCodeBecomeTheirMarks() {
    assertEquals("**Analyst** · *of* ~~engines~~ [mail](<mailto:ada@example.com>) `x`",
        markdown("<p><b>Analyst</b> · <em>of</em> <del>engines</del> <a href=\"mailto:ada@example.com\">mail</a>"
            + " <code>x</code></p>"));
  }

  @Test
  void anImageKeepsItsAltTextEscapedAndOneWithoutSourceGoes() {
    assertEquals("![Ada \\[1842\\]](<me.png>)", markdown("<img src=\" me.png \" alt='Ada [1842]'>"));
    assertEquals("", markdown("<img alt=\"nothing\">"));
  }

  @Test
  void listsNestByTheirDepth() {
    assertEquals("- One\n\n- Two\n\n  - Deep", markdown("<ul><li>One</li><li>Two<ul><li>Deep</li></ul></li></ul>"));
  }

  @Test
  void tableCellsAreSeparatedAndRowsAreParagraphs() {
    assertEquals("Name Ada \n\nRole Analyst", markdown(
        "<table><tr><td>Name</td><td>Ada</td></tr><tr><th>Role</th><td>Analyst</td></tr></table>"));
  }

  @Test
  void preformattedTextIsAFenceKeptAsWritten() {
    assertEquals("```\nint a;\n    return a;\n```", markdown("<pre><code>int a;\n    return a;</code></pre>"));
  }

  @Test
  void indentationOfTheHtmlSourceIsNotReadAsCode() {
    assertEquals("Text", markdown("<div>\n        <p>\n        Text\n        </p>\n</div>"));
  }

  @Test
  void scriptsStylesAndCommentsGoWholeAndUnknownTagsKeepTheirText() {
    assertEquals("Kept text", markdown("<script>alert(1)</script><style>p{}</style><!-- note -->"
        + "<span class=\"x\">Kept</span> <u>text</u>"));
  }

  @Test
  void aLineBreakIsAMarkdownHardBreak() {
    assertEquals("a  \nb", markdown("a<br>b"));
  }

  @Test
  void anUnclosedLinkLeavesNoTraceOfItsTarget() {
    String md = markdown("<p><a href=\"https://x.org\">text</p>");
    assertEquals("[text", md);
    assertFalse(md.contains("x.org"));
  }

  @Test
  void anElementThatAsksForANewPageBecomesTheCommand() {
    for (String html : List.of("<div class=\"page-break\"></div>", "<DIV class='x page-break'> </DIV>",
        "<div style=\"page-break-before: always\">Next</div>", "<div style=\"page-break-after: always;\"></div>",
        "<p style=\"break-after: page\"></p>", "<hr class=\"page-break\">")) {
      assertEquals("\\newpage", markdown(html).lines().findFirst().orElse(""), html);
    }
  }

  @Test
  void otherElementsAskForNoNewPage() {
    for (String html : List.of("<div class=\"page-breaker\"></div>", "<div style=\"page-break-after: always\">Text</div>",
        "<div style=\"page-break-inside: avoid\"></div>", "<span class=\"page-break\"></span>")) {
      assertFalse(markdown(html).contains("newpage"), html);
    }
  }
}
