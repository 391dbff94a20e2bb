package dev.cvpress.parse;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Front-matter values given per language ({@code headline: {en: Engineer, de: Ingenieur}}), each replaced by the
 * value in the résumé's language; and the languages the front matter declares ({@code lang}, {@code languages}).
 * A map is taken for one value per language when every key is a language tag; other maps ({@code links},
 * {@code style}) are never read this way.
 */
final class FrontMatterLanguages {
  private FrontMatterLanguages() {}

  /** The keys whose value is text (or a list of words) that a person writes in a language. */
  static final List<String> TEXT_KEYS = List.of("name", "headline", "title", "location", "email", "phone",
      "website", "github", "linkedin", "photo", "keywords");

  private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*");

  /**
   * Replaces each per-language value in {@code data} by the value in {@code chosen}: its own, its base language's
   * ({@code de} for {@code de-AT}), else the value in the document's written language, else the first.
   *
   * @param declared the languages the front matter declares
   * @param keyPos where a key's value, or a language inside it ({@code key.lang}), is written
   * @param warnings where a value lacking a language another one has is reported, and a language not declared
   */
  static void choose(Map<String, Object> data, String chosen, String written, List<String> declared,
      BiFunction<String, String, SourcePos> keyPos, List<Diagnostic> warnings) {
    choose(data, TEXT_KEYS, chosen, written, declared, keyPos, warnings);
  }

  /** The same for {@code keys}: a cover letter's own keys (its recipient, subject, salutation, closing …). */
  static void choose(Map<String, Object> data, List<String> keys, String chosen, String written,
      List<String> declared, BiFunction<String, String, SourcePos> keyPos, List<Diagnostic> warnings) {
    Map<String, Map<String, Object>> perLanguage = perLanguage(data, keys);
    if (perLanguage.isEmpty()) return;
    Set<String> all = new LinkedHashSet<>();
    perLanguage.values().forEach(v -> all.addAll(v.keySet()));
    String want = normal(chosen);
    for (Map.Entry<String, Map<String, Object>> e : perLanguage.entrySet()) {
      String key = e.getKey();
      Map<String, Object> values = e.getValue();
      String used = pick(values, want, written == null ? null : normal(written));
      data.put(key, values.get(used));
      for (String lang : values.keySet()) {
        if (declared.stream().noneMatch(d -> normal(d).equals(lang))) {
          warnings.add(Diagnostic.warning(Code.LANGUAGE_NOT_DECLARED, keyPos.apply(key, lang), "`" + key
              + "` has a value in `" + lang + "`, a language the front matter does not declare",
              "list the résumé's languages, e.g. `languages: [" + String.join(", ", union(declared, lang))
                  + "]`, or correct the language"));
        }
      }
      List<String> missing = new ArrayList<>(all);
      missing.removeAll(values.keySet());
      String shown = "";
      if (!used.equals(want) && !want.startsWith(used + "-")) {
        if (!missing.contains(want)) missing.add(want);
        shown = "; the `" + used + "` one is shown";
      }
      if (!missing.isEmpty()) {
        warnings.add(Diagnostic.warning(Code.LANGUAGE_MISSING, keyPos.apply(key, null), "`" + key
            + "` has no value in " + String.join(", ", missing.stream().map(l -> "`" + l + "`").toList()) + shown,
            "add `" + missing.get(0) + ": …` to `" + key + "`, so that every language has one"));
      }
    }
  }

  /** The values given per language, by key, each by language as written (in lower case). */
  static Map<String, Map<String, Object>> perLanguage(Map<String, Object> data) {
    return perLanguage(data, TEXT_KEYS);
  }

  private static Map<String, Map<String, Object>> perLanguage(Map<String, Object> data, List<String> keys) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (String key : keys) {
      if (data.get(key) instanceof Map<?, ?> m && !m.isEmpty()
          && m.keySet().stream().allMatch(k -> LANGUAGE_TAG.matcher(String.valueOf(k)).matches())) {
        Map<String, Object> values = new LinkedHashMap<>();
        m.forEach((k, v) -> values.put(normal(String.valueOf(k)), v));
        out.put(key, values);
      }
    }
    return out;
  }

  /** The language whose value is shown for {@code want}. */
  private static String pick(Map<String, Object> values, String want, String written) {
    if (values.containsKey(want)) return want;
    String base = want.split("-")[0];
    if (values.containsKey(base)) return base;
    if (written != null && values.containsKey(written)) return written;
    return values.keySet().iterator().next();
  }

  /**
   * The languages the front matter declares: {@code lang} as written first, then each of {@code languages} (a
   * list, or one string of them separated by commas; a list that is not all language tags is none); English when
   * it names none, as {@code lang} is then.
   */
  static List<String> declared(Object lang, Object languages) {
    Set<String> out = new LinkedHashSet<>();
    if (lang != null && !(lang instanceof Map) && !(lang instanceof List) && !String.valueOf(lang).isBlank()) {
      out.add(normal(String.valueOf(lang)));
    }
    List<?> listed = languages instanceof List<?> l ? l
        : languages == null ? List.of() : List.of(String.valueOf(languages).split("[,\\s]+"));
    // Spoken languages written there ("English (native)") are no declaration: other tools use the key so.
    boolean tags = listed.stream()
        .allMatch(o -> o != null && LANGUAGE_TAG.matcher(String.valueOf(o).strip()).matches());
    if (tags) listed.forEach(o -> out.add(normal(String.valueOf(o))));
    if (out.isEmpty()) out.add("en");
    return List.copyOf(out);
  }

  private static List<String> union(List<String> declared, String lang) {
    Set<String> out = new LinkedHashSet<>(declared);
    out.add(lang);
    return List.copyOf(out);
  }

  private static String normal(String lang) {
    return lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
