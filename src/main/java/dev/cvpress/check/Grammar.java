package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cheap grammar checks a reviewer makes at a glance, as LanguageTool's rules of the same names do, offline and
 * with no model of the language: a word written twice ("the the"), "a" or "an" before the wrong sound in English
 * ("a hour", "an user"; "an MBA", "a UX" are right), doubled punctuation (",,", "e.g.."), a space before a comma
 * or a full stop, and none after one between words ("done,and"). They read the lines that hold the résumé's
 * prose, with code, addresses and markup left out, so that each finding points at its own column.
 */
final class Grammar implements Rules {
  /** A word and the one after it, with nothing but spaces (and emphasis marks) between. */
  private static final Pattern TWICE = Pattern.compile(
      "(?<![\\p{L}\\p{N}'’\\-\\u0001])(\\p{L}+)[*_]*\\s+[*_]*(\\p{L}+)(?![\\p{L}\\p{N}'’\\u0001]|-\\p{L})");
  /** Words that are right twice in a row: "had had", "that that", German "das das", French "nous nous". */
  private static final Set<String> RIGHT_TWICE = Set.of("had", "that", "das", "die", "der", "nous", "vous");
  /** An article and the word after it. */
  private static final Pattern ARTICLE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.\\u0001])([Aa]n?)\\s+[*_\"“]*([\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\-]*)");
  private static final Pattern DOUBLED = Pattern.compile("(?<!\\.)\\.\\.(?![./\\p{N}])|,,|;;|[,;][.,;]");
  /**
   * A space before a comma or a full stop that ends a word: then a space, the line's end, or a word glued to the mark
   * ("Done ,and", "finished .Then"). A full stop before a capitalised word only, so that ".NET", ".js" and ".5" stay.
   */
  private static final Pattern SPACE_BEFORE = Pattern.compile(
      "(?<=\\S)[ \\t]+(?:(,)(?=\\s|$|(\\p{L}))|(\\.)(?=\\s|$|(\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}.]))))");
  /**
   * A comma or full stop between two words with no space after it ("done,and", "finished.Then"): the word before
   * is a whole word of any length ending in two small letters (not "Node.js", "e.g.", "1,000").
   */
  private static final Pattern NO_SPACE_AFTER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.\\u0001])\\p{L}*\\p{Ll}{2}(?:(,)(?=\\p{Ll}{2})|(\\.)(?=\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}.])))");
  /** What is not prose on a line: code spans, link targets, tags, attribute braces, addresses. */
  static final Pattern NOT_PROSE = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)|<[^>]*>|\\{[^}]*}|"
      + "(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)\\S*|\\S+@\\S+\\.\\S+|\\S*[a-z0-9-]\\.[a-z]{2,}/\\S*|\\S*/\\S*/\\S*");

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    if (!checked.grammar() || checked.source() == null) return;
    String[] lines = checked.source().split("\n", -1);
    Set<Integer> prose = new TreeSet<>();
    for (ProseWords.Word w : ProseWords.of(checked.resume(), checked.file(), checked.source())) {
      if (w.pos().line() > 0 && w.pos().file().equals(checked.file())) prose.add(w.pos().line());
    }
    boolean english = checked.resume().meta().lang().toLowerCase(Locale.ROOT).startsWith("en");
    for (int n : prose) {
      if (n > lines.length) continue;
      String line = blanked(lines[n - 1]);
      SourcePos at = new SourcePos(checked.file(), n, 1);
      repeated(line, at, problems);
      if (english) articles(line, at, problems);
      punctuation(line, at, problems);
    }
  }

  /** The line with what is not prose overwritten, column for column, by a character no rule reads. */
  private static String blanked(String line) {
    StringBuilder out = new StringBuilder(line.replace('\r', ' '));
    Matcher m = NOT_PROSE.matcher(line);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, '\u0001');
    }
    return out.toString();
  }

  private static SourcePos col(SourcePos line, int index) {
    return new SourcePos(line.file(), line.line(), index + 1);
  }

  private static void repeated(String line, SourcePos at, List<Diagnostic> problems) {
    Matcher m = TWICE.matcher(line);
    int from = 0;
    while (from < line.length() && m.find(from)) {
      String a = m.group(1);
      String b = m.group(2);
      from = m.start(2);
      if (!a.equalsIgnoreCase(b) || RIGHT_TWICE.contains(a.toLowerCase(Locale.ROOT))) continue;
      // Both capitalised is a name ("Bora Bora", "Baden Baden"), not a slip.
      if (Character.isUpperCase(a.codePointAt(0)) && Character.isUpperCase(b.codePointAt(0))) continue;
      problems.add(Diagnostic.warning(Code.REPEATED_WORD, col(at, m.start(2)), "\"" + b + "\" is written twice: \""
          + a + " " + b + "\"", "delete one of them"));
    }
  }

  private static void articles(String line, SourcePos at, List<Diagnostic> problems) {
    Matcher m = ARTICLE.matcher(line);
    while (m.find()) {
      String article = m.group(1);
      // A capital "A" is an article only where a sentence starts ("Grade A English" is none).
      if (Character.isUpperCase(article.charAt(0)) && !line.substring(0, m.start()).matches(
          "\\s*(?:[-*+]\\s+|\\d+[.)]\\s+|#+\\s+|>\\s*)?(?:.*[.!?:]\\s+)?[*_\"“]*")) {
        continue;
      }
      Boolean vowel = ArticleSound.vowelSound(m.group(2));
      if (vowel == null) continue;
      boolean an = article.length() == 2;
      if (an == vowel) continue;
      String right = (Character.isUpperCase(article.charAt(0)) ? (vowel ? "An" : "A") : (vowel ? "an" : "a"));
      String word = m.group(2).replaceAll("[.'’\\-].*", "");
      problems.add(Diagnostic.warning(Code.WRONG_ARTICLE, col(at, m.start(1)), "\"" + article + " " + word
          + "\" → \"" + right + " " + word + "\"", (vowel ? "\"an\" goes before a vowel sound" : "\"a\" goes before a"
          + " consonant sound") + ": an hour, an MBA, a user, a UX designer"));
    }
  }

  private static void punctuation(String line, SourcePos at, List<Diagnostic> problems) {
    Matcher d = DOUBLED.matcher(line);
    while (d.find()) {
      problems.add(Diagnostic.warning(Code.DOUBLED_PUNCTUATION, col(at, d.start()), "doubled punctuation \""
          + d.group() + "\"", "keep one mark: \"" + d.group().charAt(d.group().length() - 1) + "\""));
    }
    Matcher s = SPACE_BEFORE.matcher(line);
    while (s.find()) {
      String mark = s.group(1) != null ? s.group(1) : s.group(3);
      String glued = s.group(1) != null ? s.group(2) : s.group(4);
      String name = mark.equals(",") ? "comma" : "full stop";
      problems.add(glued == null
          ? Diagnostic.warning(Code.SPACE_BEFORE_PUNCTUATION, col(at, s.start()), "space before \"" + mark + "\"",
              "delete the space: a " + name + " follows its word directly")
          : Diagnostic.warning(Code.SPACE_BEFORE_PUNCTUATION, col(at, s.start()), "space before \"" + mark
              + "\" and none after it", "move the space: a " + name + " follows its word directly and a space"
              + " follows the " + name));
    }
    Matcher a = NO_SPACE_AFTER.matcher(line);
    while (a.find()) {
      String mark = a.group(1) != null ? a.group(1) : a.group(2);
      String name = mark.equals(",") ? "comma" : "full stop";
      int markAt = a.group(1) != null ? a.start(1) : a.start(2);
      problems.add(Diagnostic.warning(Code.NO_SPACE_AFTER_PUNCTUATION, col(at, markAt), "no space after \"" + mark
          + "\"", "add a space: a word after a " + name + " is written apart from it"));
    }
  }
}
