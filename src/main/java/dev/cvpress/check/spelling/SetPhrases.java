package dev.cvpress.check.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin and French set phrases a résumé may use in any language ("summa cum laude", "pro bono", "Dr. rer. nat.",
 * "née"), from the bundled {@code set-phrases.txt}. Their words are right only inside the phrase: "laude" alone is
 * still looked up, so a typo that happens to be one of them is not hidden.
 */
public final class SetPhrases {
  private static volatile List<List<String>> phrases;
  /** A word as the prose is cut into words: "Dipl.-Ing." is two, "savoir-faire" and "d'être" one each. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.\\-][\\p{L}\\p{M}\\p{N}]+)*");

  private SetPhrases() {}

  /**
   * Which of {@code words} (the prose's words in reading order, as written) stand inside one of the phrases; a word
   * cut as the prose is ("Dipl.-Ing." is "Dipl" and "Ing").
   */
  public static boolean[] covered(List<String> words) {
    List<String> norm = words.stream().map(SetPhrases::normal).toList();
    boolean[] out = new boolean[words.size()];
    for (List<String> phrase : all()) {
      for (int i = 0; i + phrase.size() <= norm.size(); i++) {
        if (norm.subList(i, i + phrase.size()).equals(phrase)) Arrays.fill(out, i, i + phrase.size(), true);
      }
    }
    return out;
  }

  /** A word as phrases are compared: lower case, a typographic apostrophe as a plain one, no closing full stop. */
  private static String normal(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static List<List<String>> all() {
    List<List<String>> p = phrases;
    if (p != null) return p;
    List<List<String>> read = new ArrayList<>();
    try (InputStream in = SetPhrases.class.getResourceAsStream("set-phrases.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) words.add(normal(m.group()));
        read.add(List.copyOf(words));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    phrases = List.copyOf(read);
    return phrases;
  }
}
