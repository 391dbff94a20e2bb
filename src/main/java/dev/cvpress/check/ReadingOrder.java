package dev.cvpress.check;

import dev.cvpress.check.ResumeText.Part;
import dev.cvpress.check.ResumeText.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether text read back from a PDF holds the résumé's words in order. Words the page adds (labels, dates, page
 * numbers) are skipped; a word of the résumé that is missing, or comes too late, is lost. The parts of the résumé
 * may come in any order, as a layout places them (a sidebar before the main column), but each part whole: a
 * reading that mixes two columns line by line loses words.
 */
final class ReadingOrder {
  private ReadingOrder() {}

  /** How many words a part's opening has: enough to tell where the part starts. */
  private static final int OPENING = 3;
  /**
   * How far apart two words of an opening may be: an entry's dates ("Mar 2016 – Dec 2019") or a label may sit
   * between its title and what follows, but a part's first words are close.
   */
  private static final int OPENING_GAP = 6;

  /**
   * How far a reading got.
   *
   * @param lost the first word of the résumé the reading loses; null when it has them all, in order
   * @param matched how many of the résumé's words it had before that
   */
  record Result(Word lost, int matched) {
    boolean ok() {
      return lost == null;
    }
  }

  /** Reads {@code actual} for the words of {@code parts}: in the model's order, else part by part. */
  static Result read(List<Part> parts, List<String> actual) {
    Result inModelOrder = inOrder(ResumeText.all(parts), actual, 0).result();
    if (inModelOrder.ok() || parts.size() < 2) return inModelOrder;
    Result partByPart = partByPart(parts, actual);
    return partByPart.ok() || partByPart.matched() > inModelOrder.matched() ? partByPart : inModelOrder;
  }

  /** A match of words from {@code start}: the result, and where in {@code actual} it ended. */
  private record Match(Result result, int end) {}

  private static Match inOrder(List<Word> expected, List<String> actual, int start) {
    int j = start;
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i).text();
      while (j < actual.size() && !actual.get(j).equals(want)) j++;
      if (j == actual.size()) return new Match(new Result(expected.get(i), i), j);
      j++;
    }
    return new Match(new Result(null, expected.size()), j);
  }

  /**
   * The parts in the order the reading starts them: at each point, the part whose opening comes first (the
   * tighter one when two start at the same word, as a name and an email address can).
   */
  private static Result partByPart(List<Part> parts, List<String> actual) {
    List<Part> left = new ArrayList<>(parts);
    int at = 0;
    int matched = 0;
    while (!left.isEmpty()) {
      Part next = null;
      Opening first = null;
      for (Part p : left) {
        Opening o = opening(p, actual, at);
        if (o != null && (first == null || o.start() < first.start()
            || o.start() == first.start() && o.span() < first.span())) {
          next = p;
          first = o;
        }
      }
      if (next == null) return new Result(left.get(0).words().get(0), matched);
      Match m = inOrder(next.words(), actual, first.start());
      if (!m.result().ok()) return new Result(m.result().lost(), matched + m.result().matched());
      matched += next.words().size();
      at = m.end();
      left.remove(next);
    }
    return new Result(null, matched);
  }

  /** Where a part's opening was read: its first word's index, and how many words it took. */
  private record Opening(int start, int span) {}

  /** Where, from {@code from} on, the part's first words occur close together; null when they do not. */
  private static Opening opening(Part part, List<String> actual, int from) {
    List<Word> words = part.words().subList(0, Math.min(OPENING, part.words().size()));
    for (int i = from; i < actual.size(); i++) {
      if (!actual.get(i).equals(words.get(0).text())) continue;
      int last = i;
      for (int k = 1; k < words.size() && last >= 0; k++) {
        int found = -1;
        for (int j = last + 1; j < actual.size() && j <= last + OPENING_GAP; j++) {
          if (actual.get(j).equals(words.get(k).text())) {
            found = j;
            break;
          }
        }
        last = found;
      }
      if (last >= 0) return new Opening(i, last - i + 1);
    }
    return null;
  }
}
