package dev.cvpress.check.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's grammar checking for one language, with only the rules {@link RuleChoice} keeps. Each language is
 * set up the first time a check asks for it, never when rendering: it reads the language's rules and tagger
 * dictionary, which takes a second or two.
 */
public final class GrammarChecker {
  /**
   * Language (and region, where its rules differ) to LanguageTool's code for it. LanguageTool makes each language
   * once, in its own registry (which reads the language modules' lists), so they are asked for by code.
   */
  private static final Map<String, String> LANGUAGES = Map.ofEntries(
      Map.entry("en", "en-US"), Map.entry("en-us", "en-US"), Map.entry("en-gb", "en-GB"),
      Map.entry("de", "de-DE"), Map.entry("de-de", "de-DE"), Map.entry("de-at", "de-AT"), Map.entry("de-ch", "de-CH"),
      Map.entry("fr", "fr"), Map.entry("es", "es"),
      Map.entry("pt", "pt-BR"), Map.entry("pt-br", "pt-BR"), Map.entry("pt-pt", "pt-PT"));

  /** The languages checked, for messages. */
  public static final List<String> CHECKED = List.of("en", "de", "fr", "es", "pt");

  private static final Map<String, GrammarChecker> LOADED = new ConcurrentHashMap<>();

  private final JLanguageTool tool;

  private GrammarChecker(Language language) {
    tool = new JLanguageTool(language);
    for (Rule rule : tool.getAllRules()) {
      if (!RuleChoice.kept(rule.getId(), rule.getCategory().getId().toString(),
          rule.getLocQualityIssueType().toString(), rule.isDictionaryBasedSpellingRule())) {
        tool.disableRule(rule.getId());
      }
    }
  }

  /** The checker for a BCP 47 tag ("en", "de-AT", "pt_BR"); empty for a language cvpress checks no grammar in. */
  public static Optional<GrammarChecker> forLanguage(String tag) {
    String t = tag == null ? "en" : tag.toLowerCase(Locale.ROOT).replace('_', '-');
    String key = LANGUAGES.containsKey(t) ? t : t.split("-")[0];
    if (!LANGUAGES.containsKey(key)) return Optional.empty();
    return Optional.of(LOADED.computeIfAbsent(key, k -> new GrammarChecker(Languages.getLanguageForShortCode(LANGUAGES.get(k)))));
  }

  /**
   * The slips in one text, a paragraph or an item, given as prose and markup; offsets count every piece as written.
   */
  public synchronized List<Slip> check(List<Piece> pieces) {
    AnnotatedTextBuilder text = new AnnotatedTextBuilder();
    for (Piece p : pieces) {
      if (p.isProse()) text.addText(p.text());
      else text.addMarkup(p.text(), p.readAs());
    }
    List<RuleMatch> matches;
    try {
      matches = tool.check(text.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Slip> out = new ArrayList<>();
    // One agreement slip explains the others of its sentence ("Les développeurs est satisfaits … continue": "est"
    // → "sont" makes "satisfaits" right and "continue" an adjective): each sentence's first is said, not its echoes.
    Set<AnalyzedSentence> agreementSaid = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RuleMatch m : matches) {
      Rule rule = m.getRule();
      if (RuleChoice.agreement(rule.getId()) && m.getSentence() != null && !agreementSaid.add(m.getSentence())) {
        continue;
      }
      List<String> suggestions = m.getSuggestedReplacements().stream().filter(s -> !s.isBlank()).limit(3).toList();
      out.add(new Slip(m.getFromPos(), m.getToPos(), RuleChoice.kind(rule.getCategory().getId().toString()),
          rule.getId(), plain(m.getMessage()), suggestions));
    }
    return out;
  }

  /** LanguageTool's message with its suggestion tags as quotation marks. */
  private static String plain(String message) {
    return message.replace(RuleMatch.SUGGESTION_START_TAG, "\"").replace(RuleMatch.SUGGESTION_END_TAG, "\"")
        .replaceAll("<[^>]+>", "").strip();
  }
}
