package dev.cvpress.diag;

import dev.cvpress.model.SourcePos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static Diagnostic at(int column, String line) {
    return Diagnostic.warning(new SourcePos("cv.md", 3, column), "shortcode removed", "write Markdown")
        .withSourceLine(line);
  }

  @Test
  void aLongSourceLineIsCutAroundTheColumnWithTheCaretUnderIt() {
    String line = "x".repeat(90_000) + "HERE" + "y".repeat(90_000);
    Diagnostic d = at(90_001, line);
    String[] out = d.format().split("\n");
    String shown = out[1].substring(4);
    String caret = out[2].substring(4);
    assertTrue(shown.length() <= Diagnostic.SHOWN + 2, "about 200 characters: " + shown.length());
    assertTrue(shown.startsWith("…") && shown.endsWith("…"), shown);
    assertEquals("HERE", shown.substring(caret.indexOf('^'), caret.indexOf('^') + 4));
    assertTrue(d.format().length() < 1000, d.format());
  }

  @Test
  void theStartAndEndOfALongLineAreShownWithOneEllipsis() {
    String line = "ab" + "x".repeat(1000);
    String[] start = at(1, line).format().split("\n");
    assertTrue(start[1].startsWith("    abx") && start[1].endsWith("…"), start[1]);
    assertEquals("    ^", start[2]);
    String[] end = at(1002, line).format().split("\n");
    assertTrue(end[1].startsWith("    …") && !end[1].endsWith("…"), end[1]);
    assertEquals(end[1].length() - 1, end[2].indexOf('^'), "the caret under the last character");
  }

  @Test
  void controlAndBidiCharactersFromTheInputAreEscaped() {
    Diagnostic d = Diagnostic.error(new SourcePos("cv\u001b]0;x\u0007.md", 1, 6),
        "unknown theme `\u001b[31mred\u001b[0m`", "not \u202Eevil\u0085")
        .withSourceLine("a\u001b[2Jb\u202Ec");
    String text = d.format();
    for (char c : text.toCharArray()) {
      assertFalse(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u202E',
          "no raw control character: U+" + Integer.toHexString(c) + " in " + text);
    }
    assertTrue(text.contains("unknown theme `\\x1B[31mred\\x1B[0m`"), text);
    assertTrue(text.contains("hint: not \\u202Eevil\\x85"), text);
    String[] lines = text.split("\n");
    assertEquals("    a\\x1B[2Jb\\u202Ec", lines[1]);
    assertEquals("b", lines[1].substring(lines[2].indexOf('^'), lines[2].indexOf('^') + 1),
        "the caret counts an escape as wide as it is shown");
  }

  @Test
  void longMessagesAreCut() {
    Diagnostic d = Diagnostic.error(SourcePos.file("cv.md"), "unknown font `" + "x".repeat(50_000) + "`", null);
    assertTrue(d.message().length() <= 1001 && d.message().endsWith("…"), d.message().length() + "");
  }

  @Test
  void repeatsOfOneKindAreCountedAfterTwenty() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 1234 + 20; i++) {
      many.add(Diagnostic.warning(new SourcePos("cv.md", 1, i), "Hugo shortcode `{{< x" + i + " >}}` removed", null));
    }
    many.add(Diagnostic.warning(new SourcePos("cv.md", 9, 1), "image not found: a.png", null));
    List<Diagnostic> kept = Diagnostic.limitRepeats(many);
    assertEquals(22, kept.size());
    assertEquals("image not found: a.png", kept.get(20).message());
    Diagnostic summary = kept.get(21);
    assertEquals("… and 1,234 more like this: Hugo shortcode `{{< x21 >}}` removed", summary.message());
    assertEquals("the first is at cv.md:1:21", summary.hint());
    assertEquals(kept, Diagnostic.limitRepeats(kept), "applying it twice changes nothing");
  }

  @Test
  void anExceptionKeepsTwentyErrorsOfAKind() {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 1; i <= 500; i++) errors.add(Diagnostic.error(new SourcePos("cv.md", i, 1), "bad TOML " + i, null));
    assertEquals(21, new CvpressException(errors).diagnostics().size());
  }
}
