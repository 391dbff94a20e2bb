package dev.cvpress.check.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's spelling dictionaries, one per language cvpress checks, chosen by the document's language tag.
 * Each is read the first time a check asks for it, never when rendering: it costs a few hundred milliseconds.
 */
public final class Dictionaries {
  private Dictionaries() {}

  private static final String ROOT = "/org/languagetool/resource/";

  private static final String EN_US = ROOT + "en/hunspell/en_US.dict";
  private static final String EN_GB = ROOT + "en/hunspell/en_GB.dict";
  private static final String PT_BR = ROOT + "pt/spelling/pt-BR.dict";
  private static final String PT_PT = ROOT + "pt/spelling/pt-PT-90.dict";

  /**
   * Language (and, where it matters, region) to its dictionary files. A language given without its region takes
   * the words of each of its regions ("maths" and "math" are both English); suggestions come from the first.
   */
  private static final Map<String, List<String>> FILES = Map.of(
      "en", List.of(EN_US, EN_GB),
      "en-us", List.of(EN_US),
      "en-gb", List.of(EN_GB),
      "de", List.of(ROOT + "de/hunspell/de_DE.dict"),
      "fr", List.of(ROOT + "fr/french.dict"),
      "es", List.of(ROOT + "es/es-ES.dict"),
      "pt", List.of(PT_BR, PT_PT),
      "pt-br", List.of(PT_BR),
      "pt-pt", List.of(PT_PT));

  /** The languages checked, for messages. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt");

  /** The dictionaries read so far, by file. */
  private static final Map<String, Spelling> LOADED = new ConcurrentHashMap<>();

  /** A dictionary: whether it knows a word, and what it would suggest instead. */
  public interface Spelling {
    /** Whether the word is spelt as the dictionary has it (or with only its first letter raised). */
    boolean knows(String word);

    /** Whether the dictionary holds {@code word} exactly as written, case and all (MPEG). */
    boolean holds(String word);

    /** Up to {@code max} words the dictionary holds that are closest to {@code word}, best first. */
    List<String> suggestions(String word, int max);
  }

  /** The dictionary for a BCP 47 tag ("en", "en-GB", "pt_BR"); empty for a language cvpress has none for. */
  public static Optional<Spelling> forLanguage(String tag) {
    String t = tag == null ? "en" : tag.toLowerCase(Locale.ROOT).replace('_', '-');
    String lang = t.contains("-") ? t.substring(0, t.indexOf('-')) : t;
    String key = FILES.containsKey(t) ? t : lang;
    if (!FILES.containsKey(key)) return Optional.empty();
    List<Spelling> each = FILES.get(key).stream().map(f -> LOADED.computeIfAbsent(f, Dictionaries::load)).toList();
    if (each.size() == 1) return Optional.of(each.get(0));
    return Optional.of(new Spelling() {
      @Override
      public boolean knows(String word) {
        return each.stream().anyMatch(d -> d.knows(word));
      }

      @Override
      public boolean holds(String word) {
        return each.stream().anyMatch(d -> d.holds(word));
      }

      @Override
      public List<String> suggestions(String word, int max) {
        return each.get(0).suggestions(word, max);
      }
    });
  }

  private static Spelling load(String resource) {
    URL url = Dictionaries.class.getResource(resource);
    if (url == null) throw new IllegalStateException("the spelling dictionary " + resource + " is not in the jar");
    Dictionary dictionary;
    try {
      dictionary = Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A suggestion needs its own speller: the speller keeps state while it searches.
    return new Spelling() {
      private final Speller speller = new Speller(dictionary, 2);

      @Override
      public synchronized boolean knows(String word) {
        return !speller.isMisspelled(word);
      }

      @Override
      public synchronized boolean holds(String word) {
        return speller.isInDictionary(word);
      }

      @Override
      public synchronized List<String> suggestions(String word, int max) {
        return SuggestionOrder.ranked(word, speller.findReplacements(word), max);
      }
    };
  }

  /**
   * {@code own} with {@code fallback} behind it: a word either knows is known; suggestions come from {@code own}
   * unless the fallback's best is closer to the word. The fallback is read only when a word {@code own} lacks is
   * looked up.
   */
  public static Spelling withFallback(Spelling own, java.util.function.Supplier<Spelling> fallback) {
    return new Spelling() {
      private Spelling second;

      private synchronized Spelling second() {
        if (second == null) second = fallback.get();
        return second;
      }

      @Override
      public boolean knows(String word) {
        return own.knows(word) || second().knows(word);
      }

      @Override
      public boolean holds(String word) {
        return own.holds(word) || second().holds(word);
      }

      @Override
      public List<String> suggestions(String word, int max) {
        List<String> mine = own.suggestions(word, max);
        List<String> theirs = second().suggestions(word, max);
        if (theirs.isEmpty()) return mine;
        if (!mine.isEmpty() && SuggestionOrder.distance(word, mine.get(0))
            <= SuggestionOrder.distance(word, theirs.get(0))) {
          return mine;
        }
        return java.util.stream.Stream.concat(theirs.stream(), mine.stream()).distinct().limit(max).toList();
      }
    };
  }
}
