package dev.cvpress.check.grammar;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of LanguageTool's rules run on a résumé. A résumé is written in fragments ("Led the migration of …",
 * "Senior Engineer, Acme"), so of LanguageTool's many rules only those that find a real error are kept: grammar
 * and agreement, confused words, real punctuation errors and common typing slips of whole phrases. Style advice
 * (passive voice, long sentences, wordiness, redundancy), sentence-start capitals (a bullet is a fragment),
 * typography and spacing (cvpress's own rules report doubled marks and spaces), repeated words and "a"/"an"
 * (cvpress's own rules, which know acronyms) and spelling (cvpress's own dictionary look-up) are off.
 */
final class RuleChoice {
  private RuleChoice() {}

  /**
   * LanguageTool's categories that are kept, by their ids: the shared ones (GRAMMAR, CONFUSED_WORDS …) and each
   * language's own names for grammar, agreement, confusions and punctuation.
   */
  private static final Set<String> KEPT_CATEGORIES = Set.of("GRAMMAR", "CONFUSED_WORDS", "PUNCTUATION", "TYPOS",
      "MISC", "NONSTANDARD_PHRASES",
      // French
      "AGREEMENT", "CAT_GRAMMAIRE", "CAT_HOMONYMES_PARONYMES", "CAT_ELISION", "PONCTUATION_VIRGULE",
      // Spanish
      "AGREEMENT_NOUNS", "AGREEMENT_VERBS", "CONFUSIONS", "CONFUSIONS2", "INCORRECT_EXPRESSIONS", "PREPOSITIONS",
      "CONTEXT",
      // Portuguese
      "CONTRACTIONS", "SYNTAX", "EGGCORNS");
  private static final Set<String> CONFUSIONS = Set.of("CONFUSED_WORDS", "CAT_HOMONYMES_PARONYMES", "CONFUSIONS",
      "CONFUSIONS2", "EGGCORNS");
  private static final Set<String> PUNCTUATION = Set.of("PUNCTUATION", "PONCTUATION_VIRGULE");
  /** Kinds of issue that are never an error on a résumé, in whatever category a rule stands. */
  private static final Set<String> NOT_ERRORS = Set.of("style", "typographical", "whitespace", "locale-violation",
      "register");

  /**
   * Rules of the kept categories that are noise on a résumé or that cvpress's own rules already report, so that
   * each slip is said once.
   */
  private static final Set<String> OFF = Set.of(
      // cvpress's own Grammar rules: repeated words, a/an, doubled punctuation, a space before punctuation.
      "ENGLISH_WORD_REPEAT_RULE", "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "EN_A_VS_AN", "WORD_REPEAT_RULE",
      "GERMAN_WORD_REPEAT_RULE", "GERMAN_WORD_REPEAT_BEGINNING_RULE", "FRENCH_WORD_REPEAT_RULE",
      "SPANISH_WORD_REPEAT_RULE", "PORTUGUESE_WORD_REPEAT_RULE", "WORD_REPEAT_BEGINNING_RULE",
      "DOUBLE_PUNCTUATION", "COMMA_PARENTHESIS_WHITESPACE", "WHITESPACE_RULE", "SENTENCE_WHITESPACE",
      "DE_DOUBLE_PUNCTUATION", "FRENCH_WHITESPACE", "FRENCH_WHITESPACE_STRICT", "PUNCTUATION_PARAGRAPH_END",
      "PUNCTUATION_PARAGRAPH_END2",
      // A bullet or a heading is a fragment: it may open in lower case and end without a full stop.
      "UPPERCASE_SENTENCE_START", "DE_CASE_SENTENCE_START",
      // Markdown and code take brackets and quotes apart; what is left is often unpaired on purpose.
      "UNPAIRED_BRACKETS", "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES", "DE_UNPAIRED_BRACKETS",
      "FR_UNPAIRED_BRACKETS", "ES_UNPAIRED_BRACKETS", "PT_UNPAIRED_BRACKETS", "ES_UNPAIRED_QUESTION_MARKS",
      // Typography: quotation marks, dashes, apostrophes, ellipses, units are the theme's and the writer's choice.
      "EN_QUOTES", "DE_TYPOGRAPHIC_QUOTES", "FR_QUOTES", "ES_QUOTES", "PT_QUOTES", "DASH_RULE", "ARROWS",
      "APOS_TYP", "TYPOGRAPHICAL_APOSTROPHE", "MULTIPLICATION_SIGN", "PLUS_MINUS", "EN_DIACRITICS_REPLACE",
      // Style advice, not errors.
      "TOO_LONG_SENTENCE", "TOO_LONG_PARAGRAPH", "PASSIVE_VOICE", "EN_PLAIN_ENGLISH_REPLACE", "EN_WORDINESS_REPLACE",
      // Spelling stays cvpress's own (its dictionary knows the trade's words): these are spelling by another name.
      "MORFOLOGIK_RULE_EN_US", "MORFOLOGIK_RULE_EN_GB", "GERMAN_SPELLER_RULE", "FR_SPELLING_RULE",
      "MORFOLOGIK_RULE_ES", "HUNSPELL_RULE", "MORFOLOGIK_RULE_PT_PT", "MORFOLOGIK_RULE_PT_BR",
      // Capitals: product names and headings (a title-cased heading, "Work Experience") are right as written.
      "EN_SPECIFIC_CASE", "TITLE_CASE", "EN_UPPER_CASE_NGRAM", "MAC_OS",
      // A comma after a short opening phrase ("At Acme I designed …") is the writer's choice.
      "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
      // "Ingénieure logiciel": a noun after a noun, not an adjective that should agree.
      "AGREEMENT_POSTPONED_ADJ",
      // Prescriptive advice against words in common use ("alertas").
      "ALERTAS_BR");

  /** Rule-name patterns that are style or typography whatever the language calls them. */
  private static final Pattern OFF_NAMES = Pattern.compile(
      ".*(?:_SIMPLE_REPLACE|_STYLE|_REDUNDANCY|_WORDINESS|_TYPOGRAPH|_WHITESPACE|_QUOTES|_SPACE|"
          + "_CONFUSION_PROB|_MULTITOKEN_SPELLING|_SPELLING_RULE|_SPELLER_RULE)(?:_.*)?");

  /** Whether a rule runs: its category is kept, it is not spelling, and it is not on the lists above. */
  static boolean kept(String rule, String category, String issueType, boolean spelling) {
    if (spelling || OFF.contains(rule) || NOT_ERRORS.contains(issueType)) return false;
    if (OFF_NAMES.matcher(rule).matches()) return false;
    return KEPT_CATEGORIES.contains(category.toUpperCase(Locale.ROOT));
  }

  /**
   * Rules of agreement (subject and verb, noun and adjective, participle), whatever each language calls them:
   * ACCORD_SUJET_VERBE, ETRE_VPPA_OU_ADJ, DE_AGREEMENT, SUBJECT_VERB_AGREEMENT, CONCORDANCIA_…
   */
  private static final Pattern AGREEMENT = Pattern.compile(
      ".*(?:ACCORD|AGREEMENT|CONCORD|KONGRUENZ|VPPA|NON3PRS|SUJET_VERBE|SUBJECT_VERB|_AGR(?:_|$)).*");

  /** Whether {@code rule} checks agreement, where one slip in a sentence makes the rule find others after it. */
  static boolean agreement(String rule) {
    return AGREEMENT.matcher(rule).matches();
  }

  /** What a slip found by a rule of {@code category} is called. */
  static Slip.Kind kind(String category) {
    String c = category.toUpperCase(Locale.ROOT);
    if (CONFUSIONS.contains(c)) return Slip.Kind.CONFUSED_WORD;
    return PUNCTUATION.contains(c) ? Slip.Kind.PUNCTUATION : Slip.Kind.GRAMMAR;
  }
}
