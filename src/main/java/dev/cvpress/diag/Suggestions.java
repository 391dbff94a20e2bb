package dev.cvpress.diag;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …": the one measure of how close a misspelt name is to a known one. */
public final class Suggestions {
  private Suggestions() {}

  /** "did you mean `x`? " when a known name is close to {@code given} (case ignored), else "". */
  public static String didYouMean(String given, Collection<String> known) {
    String best = closest(given, known);
    return best == null ? "" : "did you mean `" + best + "`? ";
  }

  /** The known name closest to {@code given} when it is close enough to be what was meant; null when none is. */
  public static String closest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(g, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3) ? best : null;
  }

  /**
   * Edit distance counting an insertion, a deletion, a replacement or a swap of neighbouring letters as one edit:
   * "Jnu" is one edit from "Jun", "thme" one from "theme".
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
