package dev.cvpress.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of a job ad, found the same way on every run: the skills of the bundled vocabulary (each written any
 * of its ways: "Postgres" and "PostgreSQL" are one skill), the names and acronyms the ad writes with capitals, and
 * the two-word phrases it repeats, less each language's stop words.
 */
final class JobTerms {
  private JobTerms() {}

  /**
   * A term: the name it is reported by, and the ways it may be written, each as a list of tokens.
   *
   * @param exact for each way, whether it is matched in its case (Go) rather than in any case (golang)
   */
  record Term(String name, List<List<String>> ways, List<Boolean> exact) {}

  /** A token: a word as matched (lower case, singular) and as written. */
  record Token(String key, String written) {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}#+]+(?:[.'’/\\-][\\p{L}\\p{M}\\p{N}#+]+)*"
      + "|\\.[\\p{L}]+");
  private static volatile List<Term> vocabulary;
  private static volatile Map<String, Set<String>> stopWords;

  /** The terms of {@code ad}, in the order it first names them. */
  static List<Term> of(String ad) {
    List<Token> tokens = tokens(ad);
    Set<String> stop = stopWords(tokens);
    Map<String, Term> found = new LinkedHashMap<>();
    Set<String> covered = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (Term t : vocabulary()) {
        int n = matchAt(t, tokens, i);
        if (n > 0) {
          found.putIfAbsent(t.name(), t);
          for (int k = i; k < i + n; k++) covered.add(tokens.get(k).key());
        }
      }
    }
    // Names and acronyms the vocabulary does not know: capitals inside a word, or a capitalised word amid a sentence.
    Matcher sentences = Pattern.compile("[^.!?:\\n•*]+").matcher(ad);
    while (sentences.find()) {
      List<Token> words = tokens(sentences.group());
      for (int i = 0; i < words.size(); i++) {
        Token w = words.get(i);
        String s = w.written();
        boolean inner = s.length() > 1 && s.substring(1).chars().anyMatch(Character::isUpperCase)
            && s.chars().anyMatch(Character::isLetter);
        boolean named = i > 0 && Character.isUpperCase(s.codePointAt(0));
        if ((inner || named) && s.length() > 1 && !stop.contains(w.key()) && !covered.contains(w.key())) {
          found.putIfAbsent(w.key(), new Term(s, List.of(List.of(w.key())), List.of(false)));
        }
      }
    }
    // Phrases: two words that are no stop words, written together at least twice.
    Map<String, Integer> pairs = new HashMap<>();
    Map<String, String> pairWritten = new HashMap<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token a = tokens.get(i);
      Token b = tokens.get(i + 1);
      if (stop.contains(a.key()) || stop.contains(b.key()) || covered.contains(a.key()) || covered.contains(b.key())
          || !a.key().chars().allMatch(Character::isLetter) || !b.key().chars().allMatch(Character::isLetter)) {
        continue;
      }
      String key = a.key() + " " + b.key();
      pairs.merge(key, 1, Integer::sum);
      pairWritten.putIfAbsent(key, a.written().toLowerCase(Locale.ROOT) + " " + b.written().toLowerCase(Locale.ROOT));
    }
    pairs.forEach((key, count) -> {
      if (count >= 2) found.putIfAbsent(key, new Term(pairWritten.get(key), List.of(List.of(key.split(" "))),
          List.of(false)));
    });
    return List.copyOf(found.values());
  }

  /** How many tokens from {@code i} one of the term's ways takes; 0 when none is written there. */
  static int matchAt(Term t, List<Token> tokens, int i) {
    for (int w = 0; w < t.ways().size(); w++) {
      List<String> way = t.ways().get(w);
      if (i + way.size() > tokens.size()) continue;
      boolean all = true;
      for (int k = 0; k < way.size() && all; k++) {
        Token tok = tokens.get(i + k);
        all = t.exact().get(w) ? tok.written().equals(way.get(k)) : tok.key().equals(way.get(k));
      }
      if (all) return way.size();
    }
    return 0;
  }

  /** The tokens of {@code text}: words with their inner dots, slashes and hyphens ("node.js", "ci/cd"). */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group().replace('’', '\'');
      out.add(new Token(key(w), w));
    }
    return out;
  }

  /** A word as matched: lower case, without a possessive, singular. */
  static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The stop words of the language the ad is most written in (English's too: ads mix them). */
  private static Set<String> stopWords(List<Token> tokens) {
    Map<String, Set<String>> all = stopWords();
    String best = "en";
    long bestCount = -1;
    for (var e : all.entrySet()) {
      long n = tokens.stream().filter(t -> e.getValue().contains(t.key())).count();
      if (n > bestCount) {
        best = e.getKey();
        bestCount = n;
      }
    }
    Set<String> out = new HashSet<>(all.get("en"));
    out.addAll(all.get(best));
    return out;
  }

  static List<Term> vocabulary() {
    if (vocabulary != null) return vocabulary;
    List<Term> terms = new ArrayList<>();
    for (String line : lines("skills.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) continue;
      List<List<String>> ways = new ArrayList<>();
      List<Boolean> exact = new ArrayList<>();
      for (String way : line.substring(eq + 1).split("\\|")) {
        String w = way.strip();
        boolean cased = !w.equals(w.toLowerCase(Locale.ROOT));
        ways.add(tokens(w).stream().map(t -> cased ? t.written() : t.key()).toList());
        exact.add(cased);
      }
      terms.add(new Term(line.substring(0, eq).strip(), ways, exact));
    }
    vocabulary = List.copyOf(terms);
    return vocabulary;
  }

  private static Map<String, Set<String>> stopWords() {
    if (stopWords != null) return stopWords;
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines("stop-words.txt")) {
      int colon = line.indexOf(':');
      Set<String> words = out.computeIfAbsent(line.substring(0, colon).strip(), k -> new HashSet<>());
      for (String w : line.substring(colon + 1).strip().split("\\s+")) words.add(key(w));
    }
    stopWords = Map.copyOf(out);
    return stopWords;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = JobTerms.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.strip().startsWith("#")) out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
