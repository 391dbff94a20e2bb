package dev.cvpress.check.spelling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which a misspelt word's replacements are offered: fewest edits first (a letter added, dropped,
 * changed, or two swapped), then, for a word written in lower case, common words before names and acronyms
 * ("believe" and "relive" before "Belize" for "belive"), then the dictionary's own order, which weighs how often
 * each word is used.
 */
final class SuggestionOrder {
  private SuggestionOrder() {}

  /** Up to {@code max} of {@code found} (in the dictionary's order) in the order to offer them for {@code word}. */
  static List<String> ranked(String word, List<String> found, int max) {
    boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
    boolean capitalised = !lower && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
    List<String> order = new ArrayList<>(found);
    order.sort(Comparator.comparingInt((String c) -> distance(word, c))
        .thenComparingInt(c -> lower && !c.equals(c.toLowerCase(Locale.ROOT))
            || capitalised && c.length() > 1 && c.substring(1).chars().anyMatch(Character::isUpperCase) ? 1 : 0));
    return order.stream().distinct().limit(max).toList();
  }

  /** The edits between two words, case aside: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) d[i][0] = i;
    for (int j = 0; j <= t.length(); j++) d[0][j] = j;
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }
}
