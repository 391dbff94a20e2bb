package dev.cvpress.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the engine may break a line: the engine's own rules (Unicode line breaking, and before a slash inside a
 * word, so that a long URL can wrap), found in time proportional to the text.
 *
 * <p>The engine's breaker looks for the next slash from each break opportunity to the end of the text, and the
 * engine hands it the rest of the paragraph at every line. In a script that can break after every character
 * (Chinese, Japanese) that is quadratic: a 200,000-character paragraph spent most of ten seconds in that search.
 * This one looks for a slash only in the stretch between two opportunities, which is all the engine's breaker
 * uses of what it finds, so the breaks are the same.
 *
 * <p>One per document: the engine keeps it for the document's layout, on one thread.
 */
final class LineBreaks implements FSTextBreaker {
  /** Characters that are breaks already, so a slash next to them adds nothing. */
  private static final String BREAKING = ".,:;!?- \n\r\t/";

  private final BreakIterator opportunities = BreakIterator.getLineInstance(Locale.US);
  private String text;
  /** The break last returned, and the opportunity after it. */
  private int start;
  private int stop;

  @Override
  public void setText(String newText) {
    opportunities.setText(newText);
    text = newText;
    start = opportunities.current();
    stop = start;
  }

  @Override
  public int next() {
    if (start > opportunities.current()) throw new IllegalStateException("breaker ahead of its opportunities");
    // The stretch searched for a slash: from the last break to the next opportunity.
    int from = start;
    int to = stop;
    if (start == opportunities.current()) {
      if (advance()) return BreakIterator.DONE;
      // Never between the slashes of "://": the stretch starts after them.
      if ("://".equals(text.substring(Math.max(0, stop - 1), Math.min(text.length(), stop + 2)))) {
        from = stop + 2;
        to = Math.max(from, to);
        advance();
      }
    }
    to = Math.max(from, stop);
    while (from < stop && BREAKING.indexOf(text.charAt(from)) > -1) {
      from++;
      to = Math.max(from, to);
    }
    while (to > from && BREAKING.indexOf(text.charAt(to - 1)) > -1) to--;
    int slash = slashBetween(from, to);
    start = slash > -1 ? slash : opportunities.current();
    stop = Math.max(start, stop);
    return start;
  }

  /** Moves to the next opportunity; true at the end of the text. */
  private boolean advance() {
    int next = opportunities.next();
    stop = Math.max(start, next);
    return next == BreakIterator.DONE;
  }

  private int slashBetween(int from, int to) {
    int end = Math.min(to, text.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (text.charAt(i) == '/') return i;
    }
    return -1;
  }
}
