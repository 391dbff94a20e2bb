package dev.cvpress.check;

import dev.cvpress.check.spelling.Dictionaries;
import dev.cvpress.check.spelling.KnownWords;
import dev.cvpress.check.spelling.SetPhrases;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputFile;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Possible spelling mistakes in the résumé's prose, from the dictionary of its language. A technical résumé is full
 * of names no dictionary holds, so a word is only reported when nothing says it is a name: not written with
 * capitals inside it (VictoriaMetrics, HIPAA), not capitalised in the middle of a sentence (in languages that
 * capitalise only names), not part of an address the résumé shows, not one of the bundled technical terms and not
 * in the résumé's own word list ({@code .cvpress-words} beside it, or {@code check.words} in its front matter).
 */
final class Spelling implements Rules {
  /** The personal word list, beside the résumé. */
  static final String WORDS_FILE = ".cvpress-words";
  private static final int MAX_WORDS_FILE = 1024 * 1024;
  /** Languages that capitalise nouns, not only names: a capital says nothing there. */
  private static final List<String> CAPITALISE_NOUNS = List.of("de");
  private static final Pattern DIGIT = Pattern.compile(".*\\p{N}.*");
  /** The letters an elision or a possessive leaves before or after an apostrophe (l'été, company's). */
  private static final Pattern CLITIC = Pattern.compile("(?i)^(?:[ldjmnstc]|qu)['’]|['’](?:s|re|ll|ve|d|t|m)$");

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    if (!checked.spelling()) return;
    String lang = checked.resume().meta().lang();
    Optional<Dictionaries.Spelling> dictionary = Dictionaries.forLanguage(lang);
    if (dictionary.isEmpty()) {
      checked.notes().add("spelling not checked: cvpress has no dictionary for `" + lang + "` (it has "
          + String.join(", ", Dictionaries.LANGUAGES) + ")");
      return;
    }
    List<String> own = new ArrayList<>(ResumeParser.frontMatterList(checked.file(), checked.source(), "check",
        "words"));
    own.addAll(ownWords(checked.input(), problems));
    KnownWords known = KnownWords.with(own);
    String addresses = String.join(" ", ProseWords.addresses(checked.resume())).toLowerCase(Locale.ROOT);
    boolean capitalsAreNames = !CAPITALISE_NOUNS.contains(lang.toLowerCase(Locale.ROOT).split("[-_]")[0]);
    List<ProseWords.Word> words = ProseWords.of(checked.resume(), checked.file(), checked.source());
    long otherScript = words.stream().filter(w -> !latin(w.text())).count();
    if (otherScript * 2 > words.size()) {
      checked.notes().add("spelling not checked: the résumé's language is `" + lang + "` but most of its words are"
          + " in another script; set `lang:` in the front matter");
      return;
    }
    boolean[] inPhrase = SetPhrases.covered(words.stream().map(ProseWords.Word::text).toList());
    Dictionaries.Spelling both = withEnglish(lang, dictionary.get());
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      ProseWords.Word w = words.get(i);
      if (w.name() || inPhrase[i] || !latin(w.text())) continue;
      String[] parts = w.text().split("(?<=[\\-.])|(?=[\\-.])");
      if (parts.length > 1 && (known.contains(w.text()) || both.knows(w.text()))) continue;
      int offset = 0;
      for (String part : parts) {
        if (!part.equals("-") && !part.equals(".")) {
          SourcePos pos = w.pos().line() > 0 && !w.pos().equals(SourcePos.file(checked.file()))
              ? new SourcePos(w.pos().file(), w.pos().line(), w.pos().column() + offset) : w.pos();
          boolean opens = w.startsSentence() && offset == 0;
          // A word the model holds twice (a converted source can place two nodes on one line) is said once.
          if (reported.add(pos + part) && misspelt(part, opens, capitalsAreNames, known, addresses, both,
              dictionary.get()) && !writtenRight(part, pos, checked, both)) {
            problems.add(report(part, pos, both));
          }
        }
        offset += part.length();
      }
    }
  }

  /**
   * The dictionary of a résumé in German, French, Spanish or Portuguese with the English one behind it: the trade
   * writes "Continuous Delivery", "Deployment" and "Stakeholder" in every language, and an English word spelt right
   * is no mistake there. A word neither holds is still reported (a misspelt English word too, with the English
   * suggestions when they are closer), and an English résumé takes no other language's words.
   */
  private static Dictionaries.Spelling withEnglish(String lang, Dictionaries.Spelling own) {
    if (lang.toLowerCase(Locale.ROOT).split("[-_]")[0].equals("en")) return own;
    return Dictionaries.withFallback(own, () -> Dictionaries.forLanguage("en").orElseThrow());
  }

  private static boolean misspelt(String word, boolean opensSentence, boolean capitalsAreNames, KnownWords known,
      String addresses, Dictionaries.Spelling dictionary, Dictionaries.Spelling ownLanguage) {
    if (word.codePointCount(0, word.length()) < 3 || DIGIT.matcher(word).matches()) return false;
    // Capitals after the first letter: an acronym or a product's name (HIPAA, DynamoDB, iOS).
    if (word.substring(1).chars().anyMatch(Character::isUpperCase)) return false;
    if (capitalsAreNames && Character.isUpperCase(word.codePointAt(0)) && !opensSentence) return false;
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() >= 3 && addresses.contains(lower)) return false;
    if (known.contains(word)) return false;
    if (knows(dictionary, word)) return false;
    if (product(lower, known, dictionary)) return false;
    // Compounds of the résumé's own language only: English parts would make "Erfahr-rung" a word.
    if (!capitalsAreNames && compound(word, ownLanguage, 0)) return false;
    var clitic = CLITIC.matcher(word);
    if (clitic.find()) {
      String rest = clitic.start() == 0 ? word.substring(clitic.end()) : word.substring(0, clitic.start());
      return rest.length() > 1 && !known.contains(rest) && !knows(dictionary, rest);
    }
    return true;
  }

  /**
   * Whether a word is a technical term run together with a word ("pgqueue", "kubeconfig"): how projects are named.
   * Two dictionary words run together ("inthe") are still a mistake.
   */
  private static boolean product(String word, KnownWords known, Dictionaries.Spelling dictionary) {
    for (int i = 2; i <= word.length() - 2; i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (known.contains(head) && (tail.length() >= 3 && knows(dictionary, tail) || known.contains(tail))) return true;
      if (known.contains(tail) && head.length() >= 3 && knows(dictionary, head)) return true;
    }
    return false;
  }

  /** What German puts between the parts of a compound (Zahlung-s-dienst, Bewertung-en-liste). */
  private static final List<String> LINKS = List.of("s", "es", "n", "en", "e");

  /**
   * Whether a word is a compound of dictionary words, as German writes them ("Datenplattformen",
   * "Betrugsbewertungsdienst"), or the first part of one cut off before a hyphen ("Zahlungs- und Datenplattformen"):
   * the dictionary holds the common compounds only, and every résumé makes new ones.
   */
  private static boolean compound(String word, Dictionaries.Spelling dictionary, int depth) {
    if (depth > 3) return false;
    // The cut-off first part ends in the joining s ("Zahlungs-"); other endings are more often a typo.
    if (depth == 0 && word.endsWith("s") && word.length() > 4 && part(dictionary, word.substring(0, word.length() - 1))
        && !knows(dictionary, word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int i = 3; i <= word.length() - 3; i++) {
      String head = word.substring(0, i);
      if (!part(dictionary, head)) continue;
      String tail = word.substring(i);
      if (part(dictionary, tail) || compound(tail, dictionary, depth + 1)) return true;
      for (String link : LINKS) {
        if (!tail.startsWith(link) || tail.length() - link.length() < 3) continue;
        String rest = tail.substring(link.length());
        if (part(dictionary, rest) || compound(rest, dictionary, depth + 1)) return true;
      }
    }
    return false;
  }

  /** A part of a compound: a word as it stands, or as a noun (capitalised) when it stands alone. */
  private static boolean part(Dictionaries.Spelling dictionary, String part) {
    return knows(dictionary, part)
        || knows(dictionary, part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
  }

  /** Whether every letter of {@code word} is in the Latin script, the script of the dictionaries cvpress has. */
  private static boolean latin(String word) {
    return word.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static boolean knows(Dictionaries.Spelling dictionary, String word) {
    String plain = word.replace('’', '\'');
    // Case is no spelling: "Mpeg" is MPEG, at the start of an item.
    return dictionary.knows(plain) || dictionary.knows(plain.toLowerCase(Locale.ROOT))
        || dictionary.holds(plain.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether the text as written where {@code word} stands is a word after all: the word read without its dot is
   * an abbreviation with it ("inkl.", "bzw.", "approx."), or one the dictionary would suggest in its place.
   */
  private static boolean writtenRight(String word, SourcePos pos, Checked checked, Dictionaries.Spelling dictionary) {
    if (checked.source() == null || !pos.file().equals(checked.file()) || pos.line() < 1) return false;
    String[] lines = checked.source().split("\n", -1);
    if (pos.line() > lines.length) return false;
    String line = lines[pos.line() - 1];
    int at = pos.column() - 1;
    if (at < 0 || !line.startsWith(word, at)) return false;
    if (line.startsWith(".", at + word.length()) && knows(dictionary, word + ".")) return true;
    return dictionary.suggestions(word, 3).stream().anyMatch(s -> s.length() > word.length() && line.startsWith(s, at));
  }

  private static Diagnostic report(String word, SourcePos pos, Dictionaries.Spelling dictionary) {
    List<String> suggestions = dictionary.suggestions(word, 3);
    String message = "possible spelling mistake \"" + word + "\""
        + (suggestions.isEmpty() ? "" : " → \"" + suggestions.get(0) + "\"");
    String others = suggestions.size() > 1 ? "or \"" + String.join("\", \"", suggestions.subList(1,
        suggestions.size())) + "\"; " : "";
    return Diagnostic.warning(Code.POSSIBLE_TYPO, pos, message, others + "if it is right, add it to "
        + WORDS_FILE + " beside the résumé (a word a line) or to `check.words` in its front matter");
  }

  /** The words of {@code .cvpress-words} beside the résumé; none when there is no such file. */
  private static List<String> ownWords(Path input, List<Diagnostic> problems) {
    Path dir = input.toAbsolutePath().getParent();
    Path file = dir == null ? Path.of(WORDS_FILE) : dir.resolve(WORDS_FILE);
    if (!Files.exists(file)) return List.of();
    try {
      byte[] bytes = InputFile.readAll(file, MAX_WORDS_FILE, "word list", "");
      return List.of(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
    } catch (CvpressException e) {
      problems.addAll(e.diagnostics());
      return List.of();
    }
  }
}
