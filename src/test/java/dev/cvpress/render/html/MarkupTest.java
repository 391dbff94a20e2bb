package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void textAndAttributesAreEscaped() {
    assertEquals("a&lt;b&gt;&amp;c \"q\"", Markup.escape("a<b>&c \"q\""));
    assertEquals("&quot;q&quot; &amp;", Markup.escapeAttribute("\"q\" &"));
    assertEquals(" href=\"?a=1&amp;b=&quot;2&quot;\"", Markup.attr("href", "?a=1&b=\"2\""));
    assertEquals("<p>1 &lt; 2</p>", new Markup(false).open("p").text("1 < 2").close("p").toString());
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertEquals("a b\tc\nd", Markup.escape("a\u0001b\tc\nd"));
  }

  @Test
  void aBlockTakesTheDirectionOfItsFirstStrongLetter() {
    Markup out = new Markup(false).open("p", " class=\"x\"").text("2021 — ").raw("<b>").text("שלום").raw("</b>")
        .text(" world").close("p");
    assertEquals("<p class=\"x\" dir=\"rtl\">2021 — <b>שלום</b> world</p>", out.toString());
  }

  @Test
  void nestedBlocksAreDecidedByTheSameLetter() {
    Markup out = new Markup(false).open("ul").open("li").text("• ").open("p").text("مرحبا").close("p").open("p")
        .text("Hi").close("p").close("li").close("ul");
    assertEquals("<ul><li dir=\"rtl\">• <p dir=\"rtl\">مرحبا</p><p>Hi</p></li></ul>", out.toString());
  }

  @Test
  void aBlockWithoutLettersHasNoDirection() {
    Markup out = new Markup(true).open("td").text("42 %").close("td").open("td").text("abc").close("td");
    assertEquals("<td>42 %</td><td dir=\"ltr\">abc</td>", out.toString());
  }

  @Test
  void leftToRightIsWrittenOnlyInARightToLeftDocument() {
    assertEquals("<h2>Skills</h2>", new Markup(false).open("h2").text("Skills").close("h2").toString());
    assertEquals("<h2 dir=\"ltr\">Skills</h2>", new Markup(true).open("h2").text("Skills").close("h2").toString());
  }

  @Test
  void onlyBlocksOfTextAreDirected() {
    Markup out = new Markup(false).raw("<div>").open("span").text("عربي").close("span").raw("</div>");
    assertEquals("<div><span>عربي</span></div>", out.toString());
  }

  @Test
  void aClosedBlockIsNotDecidedByTextAfterIt() {
    Markup out = new Markup(false).open("p").text("…").close("p").open("p").text("עברית").close("p");
    assertEquals("<p>…</p><p dir=\"rtl\">עברית</p>", out.toString());
  }
}
