package dev.cvpress.check.grammar;

import java.util.List;

/**
 * A grammar slip LanguageTool found in a text handed to {@link GrammarChecker#check}.
 *
 * @param from the offset of its first character in the text as given, markup included
 * @param to the offset after its last character
 * @param kind what sort of slip it is
 * @param rule LanguageTool's name for the rule that found it (AGREEMENT_SENT_START, DE_AGREEMENT …)
 * @param message what is wrong, in the document's language, with suggestions in quotes
 * @param suggestions the replacements LanguageTool offers, best first; may be empty
 */
public record Slip(int from, int to, Kind kind, String rule, String message, List<String> suggestions) {
  /** The kinds cvpress reports: each its own code. */
  public enum Kind {
    /** Agreement, verb forms, a missing or extra word. */
    GRAMMAR,
    /** A word that is right elsewhere and wrong here ("their"/"there", "affect"/"effect"). */
    CONFUSED_WORD,
    /** A comma, quotation mark or bracket missing or wrong by the language's rules. */
    PUNCTUATION
  }
}
