package dev.cvpress.check;

import dev.cvpress.check.grammar.GrammarChecker;
import dev.cvpress.check.grammar.Piece;
import dev.cvpress.check.grammar.Slip;
import dev.cvpress.check.spelling.Dictionaries;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grammar errors, confused words and punctuation errors in the résumé's prose, found by LanguageTool's rules for its
 * language (English, German, French, Spanish, Portuguese), with the rules that are noise on a résumé left out (see
 * {@code check.grammar.RuleChoice}). It reads the same lines as {@link Grammar}, a paragraph, an item or a heading
 * at a time ({@link ProseBlocks}), with code, addresses and markup read as what they stand for, so that each
 * finding points at its own line and column. A slip that cvpress's own rules already report is said once.
 */
final class LanguageGrammar implements Rules {
  /** What cvpress's own rules find in prose: a slip LanguageTool finds at the same place is not said again. */
  private static final Set<Code> OWN = Set.of(Code.POSSIBLE_TYPO, Code.REPEATED_WORD, Code.WRONG_ARTICLE,
      Code.DOUBLED_PUNCTUATION, Code.SPACE_BEFORE_PUNCTUATION, Code.GRAMMAR, Code.CONFUSED_WORD, Code.PUNCTUATION);

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    if (!checked.grammar() || checked.source() == null) return;
    String lang = checked.resume().meta().lang();
    Optional<GrammarChecker> checker = GrammarChecker.forLanguage(lang);
    if (checker.isEmpty()) {
      checked.notes().add("grammar not checked: cvpress checks grammar in " + String.join(", ",
          GrammarChecker.CHECKED) + ", not `" + lang + "`");
      return;
    }
    List<ProseWords.Word> words = ProseWords.of(checked.resume(), checked.file(), checked.source());
    if (words.stream().filter(w -> !latin(w.text())).count() * 2 > words.size()) return;
    List<Diagnostic> found = new ArrayList<>();
    // The trade writes English in every language ("un data lake"): the language's agreement rules do not bind it.
    boolean inEnglish = lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    Dictionaries.Spelling own = inEnglish ? null : Dictionaries.forLanguage(lang).orElse(null);
    Dictionaries.Spelling english = own == null ? null : Dictionaries.forLanguage("en").orElseThrow();
    for (ProseBlocks.Block block : ProseBlocks.of(checked.source(), words, checked.file())) {
      for (Slip slip : checker.get().check(block.pieces())) {
        SourcePos from = block.at(slip.from());
        SourcePos to = block.at(Math.max(slip.from(), slip.to() - 1));
        if (saidAlready(problems, from, to) || saidAlready(found, from, to)) continue;
        if (english != null && leansOnEnglish(block.wordsAround(slip.from(), slip.to()), own, english)) continue;
        found.add(report(slip, block.text(slip.from(), slip.to()), from));
      }
    }
    problems.addAll(found);
  }

  /** Whether one of cvpress's own prose findings already stands on the stretch from {@code from} to {@code to}. */
  private static boolean saidAlready(List<Diagnostic> problems, SourcePos from, SourcePos to) {
    return problems.stream().anyMatch(p -> OWN.contains(p.code()) && p.pos().file().equals(from.file())
        && p.pos().line() >= from.line() && p.pos().line() <= to.line()
        && (p.pos().line() > from.line() || p.pos().column() >= from.column())
        && (p.pos().line() < to.line() || p.pos().column() <= to.column()));
  }

  private static Diagnostic report(Slip slip, String text, SourcePos pos) {
    Code code = switch (slip.kind()) {
      case GRAMMAR -> Code.GRAMMAR;
      case CONFUSED_WORD -> Code.CONFUSED_WORD;
      case PUNCTUATION -> Code.PUNCTUATION;
    };
    String what = switch (slip.kind()) {
      case GRAMMAR -> "possible grammar error";
      case CONFUSED_WORD -> "possibly confused word";
      case PUNCTUATION -> "possible punctuation error";
    };
    String message = what + " \"" + text + "\""
        + (slip.suggestions().isEmpty() ? "" : " → \"" + slip.suggestions().get(0) + "\"");
    String others = slip.suggestions().size() > 1 ? " Or \"" + String.join("\", \"", slip.suggestions()
        .subList(1, slip.suggestions().size())) + "\"." : "";
    return Diagnostic.warning(code, pos, message, slip.message() + others + " (LanguageTool: " + slip.rule()
        + "; --no-grammar leaves grammar out)");
  }

  /** Whether one of {@code words} is English and not the résumé's language: a slip there is LanguageTool's misreading. */
  private static boolean leansOnEnglish(List<String> words, Dictionaries.Spelling own, Dictionaries.Spelling english) {
    return words.stream().anyMatch(w -> w.length() > 2 && !own.knows(w) && !own.knows(w.toLowerCase(java.util.Locale.ROOT))
        && english.knows(w.toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean latin(String word) {
    return word.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }
}
