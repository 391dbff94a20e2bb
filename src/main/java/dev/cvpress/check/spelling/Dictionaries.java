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

  /** Language (and, where it differs, region) to the dictionary file; the first of a language is its default. */
  private static final Map<String, String> FILES = Map.of(
      "en", ROOT + "en/hunspell/en_US.dict",
      "en-gb", ROOT + "en/hunspell/en_GB.dict",
      "de", ROOT + "de/hunspell/de_DE.dict",
      "fr", ROOT + "fr/french.dict",
      "es", ROOT + "es/es-ES.dict",
      "pt", ROOT + "pt/spelling/pt-BR.dict",
      "pt-pt", ROOT + "pt/spelling/pt-PT-90.dict");

  /** The languages checked, for messages. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt");

  private static final Map<String, Spelling> LOADED = new ConcurrentHashMap<>();

  /** A dictionary: whether it knows a word, and what it would suggest instead. */
  public interface Spelling {
    /** Whether the word is spelt as the dictionary has it (or with only its first letter raised). */
    boolean knows(String word);

    /** Up to {@code max} words the dictionary holds that are closest to {@code word}, best first. */
    List<String> suggestions(String word, int max);
  }

  /** The dictionary for a BCP 47 tag ("en", "en-GB", "pt_BR"); empty for a language cvpress has none for. */
  public static Optional<Spelling> forLanguage(String tag) {
    String t = tag == null ? "en" : tag.toLowerCase(Locale.ROOT).replace('_', '-');
    String lang = t.contains("-") ? t.substring(0, t.indexOf('-')) : t;
    String key = FILES.containsKey(t) ? t : lang;
    if (!FILES.containsKey(key)) return Optional.empty();
    return Optional.of(LOADED.computeIfAbsent(key, k -> load(FILES.get(k))));
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
      public synchronized List<String> suggestions(String word, int max) {
        return speller.findReplacements(word).stream().limit(max).toList();
      }
    };
  }
}
