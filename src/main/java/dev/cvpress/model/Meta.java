package dev.cvpress.model;

import java.util.List;
import java.util.Map;

/**
 * Document-level facts from the front matter.
 *
 * @param title the document title (Hugo's {@code title}); may be empty
 * @param lang BCP 47 language tag, "en" when not given
 * @param date the front matter {@code date} as written; may be null
 * @param style rendering options, keys without the {@code style.} prefix, in the order given
 * @param stylePos where each style option was set, for positioned errors about its value
 * @param styleFromTopLevel the style options written as top-level front-matter keys ({@code theme:} rather than
 *     {@code style: {theme: ...}}): other tools (Hugo, Jekyll, VitePress) use those keys for their own, so a value
 *     cvpress cannot use is a warning there, not an error
 * @param styleOrigins where style options were given other than in the front matter
 * @param languages the languages the résumé is written in, as its front matter declares them: its {@code lang}
 *     as written, then those of {@code languages}; one for a résumé in one language
 */
public record Meta(
    String title, String lang, List<String> keywords, String date, Map<String, String> style,
    Map<String, SourcePos> stylePos, java.util.Set<String> styleFromTopLevel, Map<String, Origin> styleOrigins,
    List<String> languages) {
  public Meta(String title, String lang, List<String> keywords, String date, Map<String, String> style,
      Map<String, SourcePos> stylePos) {
    this(title, lang, keywords, date, style, stylePos, java.util.Set.of(), Map.of());
  }

  public Meta(String title, String lang, List<String> keywords, String date, Map<String, String> style,
      Map<String, SourcePos> stylePos, java.util.Set<String> styleFromTopLevel, Map<String, Origin> styleOrigins) {
    this(title, lang, keywords, date, style, stylePos, styleFromTopLevel, styleOrigins, List.of());
  }

  public Meta {
    styleFromTopLevel = java.util.Set.copyOf(styleFromTopLevel);
    if (title == null) title = "";
    if (lang == null || lang.isBlank()) lang = "en";
    keywords = List.copyOf(keywords);
    style = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(style));
    stylePos = Map.copyOf(stylePos);
    styleOrigins = Map.copyOf(styleOrigins);
    languages = languages.isEmpty() ? List.of(lang) : List.copyOf(languages);
  }

  /** The same facts for the résumé as it reads in {@code chosen} alone: one of its languages. */
  public Meta inOneLanguage(String chosen) {
    return new Meta(title, chosen, keywords, date, style, stylePos, styleFromTopLevel, styleOrigins,
        List.of(chosen));
  }

  /** Where the style option {@code key} was given. */
  public Origin styleOrigin(String key) {
    return styleOrigins.getOrDefault(key, Origin.FRONT_MATTER);
  }
}
