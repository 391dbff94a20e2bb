package dev.cvpress.formats.rendercv;

import java.util.Map;

/**
 * RenderCV's {@code design.theme} as the nearest cvpress theme, by how the page looks, and its
 * {@code locale.language} as the language code cvpress reads.
 */
final class Design {
  private Design() {}

  /**
   * RenderCV's built-in themes. classic and opal: sans-serif, one column, dates on the right, a blue or teal
   * accent: modern. engineeringresumes, engineeringclassic and sb2nov: the dense engineering one-pager: compact.
   * harvard, ink and ember: serif or centred and academic: classic. moderncv: dates in a column of their own:
   * ledger.
   */
  static final Map<String, String> THEMES = Map.of(
      "classic", "modern",
      "opal", "modern",
      "engineeringresumes", "compact",
      "engineeringclassic", "compact",
      "sb2nov", "compact",
      "harvard", "classic",
      "ink", "classic",
      "ember", "classic",
      "moderncv", "ledger");

  /** RenderCV's locale languages and their codes. */
  static final Map<String, String> LANGUAGES = Map.ofEntries(
      Map.entry("arabic", "ar"), Map.entry("danish", "da"), Map.entry("dutch", "nl"), Map.entry("english", "en"),
      Map.entry("french", "fr"), Map.entry("german", "de"), Map.entry("hebrew", "he"), Map.entry("hindi", "hi"),
      Map.entry("hungarian", "hu"), Map.entry("indonesian", "id"), Map.entry("italian", "it"),
      Map.entry("japanese", "ja"), Map.entry("korean", "ko"), Map.entry("mandarin_chinese", "zh"),
      Map.entry("norwegian_bokmål", "nb"), Map.entry("norwegian_nynorsk", "nn"), Map.entry("persian", "fa"),
      Map.entry("portuguese", "pt"), Map.entry("russian", "ru"), Map.entry("spanish", "es"),
      Map.entry("turkish", "tr"), Map.entry("vietnamese", "vi"));

  /**
   * Each cvpress theme as the RenderCV theme nearest to it, so that a theme read from RenderCV goes back to the one
   * it came from where it can: modern: classic; compact: engineeringresumes; classic: harvard; ledger: moderncv;
   * sidebar (two columns, which no RenderCV theme has): classic, the sans-serif one.
   */
  static final Map<String, String> RENDERCV_THEMES = Map.of(
      "modern", "classic",
      "compact", "engineeringresumes",
      "classic", "harvard",
      "ledger", "moderncv",
      "sidebar", "classic");

  /** RenderCV's locale language for a language code ({@code de}, {@code pt-BR}); null when it has none. */
  static String language(String lang) {
    String base = lang.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    return LANGUAGES.entrySet().stream().filter(e -> e.getValue().equals(base)).map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }
}
