package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cvpress.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcodesTest {
  private final List<Diagnostic> warnings = new ArrayList<>();

  private Shortcodes.Stripped strip(String text) {
    return strip(text, 0);
  }

  private Shortcodes.Stripped strip(String text, int from) {
    return Shortcodes.strip(SourceText.of("cv.md", text), text, from, warnings);
  }

  @Test
  void pairedShortcodesGoAndTheirContentStaysWithAWarningAtEach() {
    String text = "Built {{% badge %}}engines{{% /badge %}} daily.";
    Shortcodes.Stripped s = strip(text);
    assertEquals("Built engines daily.", s.text());
    assertEquals(2, warnings.size(), warnings.toString());
    assertEquals("Hugo shortcode `{{% badge %}}` removed", warnings.get(0).message());
    assertEquals(1, warnings.get(0).pos().line());
    assertEquals(7, warnings.get(0).pos().column());
    assertEquals("Hugo shortcode `{{% /badge %}}` removed", warnings.get(1).message());
    assertEquals(27, warnings.get(1).pos().column());
    assertEquals(text, warnings.get(0).sourceLine(), "the warning shows its line");
  }

  @Test
  void offsetsInTheStrippedTextMapBackToTheFile() {
    String text = "Built {{% badge %}}engines{{% /badge %}} daily.";
    Shortcodes.Stripped s = strip(text);
    for (String word : new String[] {"Built", "engines", "daily"}) {
      assertEquals(text.indexOf(word), s.toSource().applyAsInt(s.text().indexOf(word)), word);
    }
  }

  @Test
  void aShortcodeBetweenWordsLeavesOneSpaceAndOneOverLinesKeepsItsLineBreaks() {
    assertEquals("a b", strip("a{{< x >}}b").text());
    Shortcodes.Stripped s = strip("one {{< figure\n  src=\"a.png\" >}} two\nthree");
    assertEquals("one \n two\nthree", s.text());
    assertEquals(1, warnings.get(0).pos().line());
  }

  @Test
  void liquidTagsAreNamedAsSuch() {
    assertEquals("Text.\n", strip("{% include head.html %}Text.\n").text());
    assertEquals("Liquid tag `{% include %}` removed", warnings.get(0).message());
  }

  @Test
  void hugosEscapedFormIsKeptAsTheShortcodeItShows() {
    assertEquals("Write {{< x >}} or {{% y %}} here.", strip("Write {{</* x */>}} or {{%/* y */%}} here.").text());
    assertEquals(List.of(), warnings);
  }

  @Test
  void shortcodesInFencedCodeAreShownAsWritten() {
    String text = "```\n{{< kept >}}\n```\n{{< gone >}}\n";
    assertEquals("```\n{{< kept >}}\n```\n\n", strip(text).text());
    assertEquals(1, warnings.size());
    assertEquals(4, warnings.get(0).pos().line());
  }

  @Test
  void nothingBeforeTheBodyIsTouched() {
    String text = "{{< a >}}\n{{< b >}}\n";
    assertEquals("{{< a >}}\n\n", strip(text, 10).text());
    assertEquals(2, warnings.get(0).pos().line());
  }

  @Test
  void anUnclosedOrOverlongShortcodeOrOneOverABlankLineIsLeftAlone() {
    for (String text : new String[] {"{{< never closed", "{{< " + "x".repeat(5000) + " >}}", "{{< a\n\nb >}}"}) {
      assertEquals(text, strip(text).text());
    }
    assertEquals(List.of(), warnings);
  }

  @Test
  void textWithoutShortcodesComesBackAsItIs() {
    String text = "No templates { here }.";
    Shortcodes.Stripped s = strip(text);
    assertSame(text, s.text());
    assertEquals(7, s.toSource().applyAsInt(7));
  }
}
