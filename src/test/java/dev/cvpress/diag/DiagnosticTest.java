package dev.cvpress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.SourcePos;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static final SourcePos POS = new SourcePos("cv.md", 3, 1);

  private static Diagnostic at(int column, String line) {
    return Diagnostic.warning(Code.SHORTCODE_REMOVED, new SourcePos("cv.md", 3, column), "shortcode removed",
        "write Markdown").withSourceLine(line);
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
    Diagnostic d = Diagnostic.error(Code.UNKNOWN_THEME, new SourcePos("cv\u001b]0;x\u0007.md", 1, 6),
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
    Diagnostic d = Diagnostic.error(Code.BAD_STYLE_VALUE, SourcePos.file("cv.md"),
        "unknown font `" + "x".repeat(50_000) + "`", null);
    assertTrue(d.message().length() <= 1001 && d.message().endsWith("…"), d.message().length() + "");
  }

  @Test
  void repeatsOfOneKindAreCountedAfterTwenty() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 1234 + 20; i++) {
      many.add(Diagnostic.warning(Code.SHORTCODE_REMOVED, new SourcePos("cv.md", 1, i),
          "Hugo shortcode `{{< x" + i + " >}}` removed", null));
    }
    many.add(Diagnostic.warning(Code.IMAGE_NOT_FOUND, new SourcePos("cv.md", 9, 1), "image not found: a.png", null));
    List<Diagnostic> kept = Diagnostic.limitRepeats(many);
    assertEquals(22, kept.size());
    assertEquals("image not found: a.png", kept.get(20).message());
    Diagnostic summary = kept.get(21);
    assertEquals("… and 1,234 more like this: Hugo shortcode `{{< x21 >}}` removed", summary.message());
    assertEquals("the first is at cv.md:1:21", summary.hint());
    assertEquals(kept, Diagnostic.limitRepeats(kept), "applying it twice changes nothing");
    assertEquals(Code.MORE_OF_A_KIND, summary.code());
  }

  @Test
  void aKindIsACodeWhateverTheWords() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      many.add(Diagnostic.warning(Code.IMAGE_NOT_FOUND, new SourcePos("cv.md", i, 1), "image not found: " + i + ".png",
          null));
      many.add(Diagnostic.warning(Code.MISSING_GLYPH, new SourcePos("cv.md", i, 2), "image not found: " + i + ".png",
          null));
    }
    List<Diagnostic> kept = Diagnostic.limitRepeats(many);
    assertEquals(2 * (Diagnostic.KEEP_OF_A_KIND + 1), kept.size());
    assertEquals(List.of("… and 5 more like this: image not found: 21.png"),
        kept.stream().filter(d -> d.code() == Code.MORE_OF_A_KIND).map(Diagnostic::message).distinct().toList());
  }

  @Test
  void anExceptionKeepsTwentyErrorsOfAKind() {
    List<Diagnostic> errors = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      errors.add(Diagnostic.error(Code.FRONT_MATTER_INVALID, new SourcePos("cv.md", i, 1), "bad TOML " + i, null));
    }
    assertEquals(21, new CvpressException(errors).diagnostics().size());
  }

  @Test
  void formatsMessageSourceLineCaretAndHint() {
    Diagnostic d = Diagnostic.error(Code.BAD_STYLE_VALUE, new SourcePos("about-me.md", 3, 7), "bad value",
        "quote it").withSourceLine("date: 2016-01-01 : x");
    assertEquals("""
        about-me.md:3:7: error: bad value
            date: 2016-01-01 : x
                  ^
        hint: quote it
        """, d.format());
  }

  @Test
  void caretKeepsTabsOfTheSourceLine() {
    Diagnostic d = Diagnostic.warning(Code.SHORTCODE_REMOVED, new SourcePos("cv.md", 1, 3), "tabbed", null)
        .withSourceLine("\t\tx: y");
    assertEquals("cv.md:1:3: warning: tabbed\n    \t\tx: y\n    \t\t^\n", d.format());
  }

  @Test
  void withoutLineHasNoCaret() {
    Diagnostic d = Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file("cv.md"), "file not found", "check the path")
        .withSourceLine("ignored");
    assertEquals("cv.md: error: file not found\nhint: check the path\n", d.format());
  }

  @Test
  void needsCodeSeverityPositionAndMessage() {
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(null, POS, "m", null));
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(Code.NO_NAME, null, "m", null));
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(Code.NO_NAME, POS, null, null));
  }

  @Test
  void exceptionCarriesEveryDiagnostic() {
    Diagnostic a = Diagnostic.error(Code.NO_NAME, POS, "first", null);
    Diagnostic b = Diagnostic.error(Code.NO_CONTACT, POS, "second", null);
    CvpressException e = new CvpressException(List.of(a, b));
    assertEquals(List.of(a, b), e.diagnostics());
    assertEquals("first", e.getMessage());
    assertEquals(0, e.getStackTrace().length, "a user error carries no stack trace");
  }

  @Test
  void severityLabelIsLowerCase() {
    assertEquals("error", Diagnostic.Severity.ERROR.label());
    assertTrue(Diagnostic.error(Code.NO_NAME, POS, "m", null).isError());
    assertFalse(Diagnostic.warning(Code.EMPTY_SECTION, POS, "m", null).isError());
  }
}
