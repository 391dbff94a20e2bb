package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line breaks are the engine's own, found in time proportional to the text. */
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
        "see https://example.com/a/b/c?x=1 and http://x.org/", "path/to/file and /abs/path/ and trailing/",
        "a//b ///c .../d /-/ ://x x:// https:/not", "中文简历/项目经历：https://github.com/user/repo。",
        "日本語の文章です。改行/できる？", "ab\n/cd\t/ef", "a/\u200Bb/\u00ADc", "https://", "x://y://z")) {
      assertEngineBreaks(text);
    }
  }

  @Test
  void breaksWhereTheEngineBreaksInRandomText() {
    String alphabet = "ab /:.-,\n中文。https";
    Random random = new Random(11);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertEngineBreaks(text.toString());
    }
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
