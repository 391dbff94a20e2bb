package dev.cvpress.check.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that are right though no dictionary holds them: the bundled technical terms (products, projects,
 * protocols, the trade's jargon) and the résumé's own list. Matched without regard to case, and in the plural.
 */
public final class KnownWords {
  private static volatile Set<String> technical;
  private final Set<String> words = new HashSet<>();

  private KnownWords(Collection<String> own) {
    words.addAll(technicalTerms());
    for (String w : own) {
      String s = w.strip();
      if (!s.isEmpty() && !s.startsWith("#")) words.add(s.toLowerCase(Locale.ROOT));
    }
  }

  /** The technical terms and {@code own}, the résumé's words (a line each; # starts a comment). */
  public static KnownWords with(Collection<String> own) {
    return new KnownWords(own);
  }

  /** Whether {@code word} is one of the known words, or its plural or possessive. */
  public boolean contains(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (words.contains(w)) return true;
    if (w.endsWith("'s")) return words.contains(w.substring(0, w.length() - 2));
    if (w.endsWith("es") && words.contains(w.substring(0, w.length() - 2))) return true;
    return w.endsWith("s") && words.contains(w.substring(0, w.length() - 1));
  }

  /** The bundled terms, read once. */
  public static Set<String> technicalTerms() {
    Set<String> t = technical;
    if (t != null) return t;
    Set<String> read = new HashSet<>();
    try (InputStream in = KnownWords.class.getResourceAsStream("technical-terms.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) read.add(s.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    technical = Set.copyOf(read);
    return technical;
  }
}
