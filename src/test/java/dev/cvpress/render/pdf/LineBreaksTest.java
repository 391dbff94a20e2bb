package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Line breaks are the engine's own, found in time proportional to the text, except inside numbers: a fraction,
 * a version, a date or a ratio is never split.
 */
class LineBreaksTest {
  private static List<Integer> breaks(FSTextBreaker breaker, String text) {
    breaker.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) out.add(b);
    return out;
  }

  private static void assertEngineBreaks(String text) {
    List<Integer> engine = breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), text);
    assertEquals(engine, breaks(new LineBreaks(), text), text);
  }

  @Test
  void breaksWhereTheEngineBreaks() {
    for (String text : List.of("", " ", "/", "//", "://", "a", "plain words, and more.",
        "path/to/file and /abs/path/ and trailing/",
        "a//b ///c .../d /-/ ://x x:// https:/not", "中文简历/项目经历：https://github.com/user/repo。",
        "日本語の文章です。改行/できる？", "ab\n/cd\t/ef", "a/\u200Bb/\u00ADc", "https://", "x://y://z")) {
      assertEngineBreaks(text);
    }
    // The engine would also break after the points of the host and after a query's question mark; a web address
    // breaks only before a slash.
    assertEquals(List.of("see ", "https://example.com", "/a", "/b", "/c?x=1 ", "and ", "http://x.org/"),
        pieces("see https://example.com/a/b/c?x=1 and http://x.org/"));
  }

  @Test
  void breaksWhereTheEngineBreaksInRandomText() {
    String alphabet = "ab /:.-,\n中文。https";
    Random random = new Random(11);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String t = text.toString();
      List<Integer> engine = breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), t);
      List<Integer> ours = breaks(new LineBreaks(), t);
      boolean loneSign = java.util.stream.IntStream.range(0, t.length())
          .anyMatch(i -> LineBreaks.startsWithALoneSign(t, i));
      if (java.util.Arrays.stream(t.split("\\s+")).noneMatch(LineBreaks::isAddress) && !loneSign) {
        assertEquals(engine, ours, t);
      } else {
        // Inside an address, or before a sign alone, some of the engine's breaks are taken away; none is added.
        assertTrue(engine.containsAll(ours), t + ": " + engine + " " + ours);
      }
    }
  }

  @Test
  void anAddressBreaksOnlyAtASlashOrAPointNeverAfterItsOwnHyphen() {
    assertEquals(List.of("linkedin.com", "/in", "/alexrivera-example"), pieces("linkedin.com/in/alexrivera-example"));
    assertEquals(List.of("see ", "https://github.com", "/alex-rivera-example ", "or ", "mail ",
        "alex-rivera@my-example.", "com."),
        pieces("see https://github.com/alex-rivera-example or mail alex-rivera@my-example.com."));
    assertEquals(List.of("(alex-rivera.", "dev)"), pieces("(alex-rivera.dev)"), "no slash: after a point");
    // Words with hyphens that are no addresses keep their breaks.
    assertEquals(List.of("event-", "driven ", "Node.", "js-", "based ", "state-", "of-", "the-", "art."),
        pieces("event-driven Node.js-based state-of-the-art."));
    FSTextBreaker engine = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    assertTrue(breaks(engine, "linkedin.com/in/alexrivera-example").contains(27),
        "the engine alone breaks after the hyphen");
  }

  @Test
  void aSignAloneBetweenSpacesNeverStartsALine() {
    String text = "transparent tcp proxy(mainly used in China), works on Linux & MacOS";
    List<Integer> engine = breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), text);
    assertTrue(engine.contains(text.indexOf('&')), "the engine alone would break before the ampersand");
    assertFalse(breaks(new LineBreaks(), text).contains(text.indexOf('&')));
    for (String sign : List.of("&", "\u2013", "|", "\u00b7", "/")) {
      String t = "Berlin " + sign + " Munich";
      assertEquals(List.of("Berlin " + sign + " ", "Munich"), pieces(t), t);
    }
    // A sign inside a word, or before one, keeps the engine's breaks: "R&D", "/usr".
    assertEquals(List.of("R&D ", "teams"), pieces("R&D teams"));
  }

  @Test
  void aParagraphsShortLastWordIsKeptWithTheWordBeforeIt() {
    String text = "Redesigned on-call around runbooks, SLOs and error budgets; pages per week dropped by 70%.";
    List<String> pieces = pieces(text);
    assertEquals("by 70%.", pieces.get(pieces.size() - 1));
    List<Integer> engine = breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), text);
    assertTrue(engine.contains(text.indexOf("70%")), "the engine alone would break before the last word");
    // A long last word, and a short text such as a title, keep the break.
    String longLast = "Introduced event sourcing for the ledger of payments, making its audits reproducible.";
    assertEquals("reproducible.", pieces(longLast).get(pieces(longLast).size() - 1));
    assertEquals(List.of("Languages ", "and ", "tools"), pieces("Languages and tools"));
  }

  @Test
  void eachTextIsJudgedOnItsOwnWords() {
    // The same breaker, as the engine uses it, on a text of plain hyphenated words, then on a web address: the
    // address still breaks only before its slash, never after one of its hyphens.
    LineBreaks breaker = new LineBreaks();
    String words = "@example-university and more words";
    assertTrue(breaks(breaker, words).contains(words.indexOf("university")), "plain words break after a hyphen");
    String address = "github.com/jane-doe-whitfield-research";
    assertEquals(List.of(address.indexOf('/'), address.length()), breaks(breaker, address));
  }

  @Test
  void aLongWordWithHyphensIsLookedAtOnce() {
    String text = "x-".repeat(200_000) + ".io";
    List<Integer> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> breaks(new LineBreaks(), text));
    assertTrue(found.stream().noneMatch(b -> text.charAt(b - 1) == '-'), "a break after a hyphen");
  }

  /** The pieces a text may be cut into: the text between each break and the next. */
  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int b : breaks(new LineBreaks(), text)) {
      out.add(text.substring(from, b));
      from = b;
    }
    if (from < text.length()) out.add(text.substring(from));
    return out;
  }

  @Test
  void numbersAreNeverSplit() {
    for (String number : List.of("1/10", "3/4", "24/7", "2021/05", "12/31/2024", "x86/64", "v1.10", "v2.0.1",
        "16:9", "10:30", "2023-07", "2019–2021", "1.5x", "100ms", "p95", "1,000", "3.14")) {
      String text = "around " + number + " of the original";
      assertEquals(List.of("around ", number + " ", "of ", "the ", "original"), pieces(text), text);
    }
  }

  @Test
  void aNumberKeepsTheUnitWrittenAfterASpace() {
    for (String measure : List.of("150 ms", "20 GB", "38 %", "2 bn", "5 x", "400 k")) {
      String text = "down to " + measure + ", a day";
      assertEquals(List.of("down ", "to ", measure + ", ", "a ", "day"), pieces(text), text);
    }
    assertEquals(List.of("Linguistics, ", "47 (3):611–640"), pieces("Linguistics, 47 (3):611–640"));
    // A word that is no unit still starts a line, and so does a unit after a word.
    assertEquals(List.of("in ", "2021 ", "most ", "ms "), pieces("in 2021 most ms "));
  }

  @Test
  void theEngineAloneWouldSplitSomeOfThem() {
    FSTextBreaker engine = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    assertEquals(List.of(1, 4), breaks(engine, "1/10"), "the engine's breaker breaks before the slash");
    assertEquals(List.of(3, 5), breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)),
        "v1.10"), "the engine's breaker breaks after the point");
    assertEquals(List.of("1/10"), pieces("1/10"));
    assertEquals(List.of("v1.10"), pieces("v1.10"));
  }

  @Test
  void linksKeepTheirBreaksBetweenNumbers() {
    List<String> pieces = pieces("https://example.com/blog/2021/05/post-1");
    assertTrue(pieces.contains("/blog") && pieces.contains("/2021/05"), pieces.toString());
  }

  @Test
  void aChineseCharacterAfterADigitMayStillStartALine() {
    assertEquals(List.of("2023", "年", "6", "月"), pieces("2023年6月"));
  }

  @Test
  void aLongParagraphThatBreaksAfterEveryCharacterIsBrokenInOnePass() {
    // 400,000 characters with a break opportunity after each and one slash at the end: the engine's breaker
    // searched to that slash from every opportunity.
    String text = "中".repeat(400_000) + "/x";
    List<Integer> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> breaks(new LineBreaks(), text));
    assertEquals(400_001, found.size());
  }
}
