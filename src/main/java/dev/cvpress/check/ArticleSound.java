package dev.cvpress.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an English word starts with a vowel sound, which is what "a" or "an" goes by, not its first letter: "an
 * hour", "a user", "a one-year contract"; an abbreviation read letter by letter goes by its first letter's name ("an
 * MBA", "an SRE", "a UX", "a URL"). Where people say it both ways ("a SQL query", "an SQL query"; "a historic") either
 * is right.
 */
final class ArticleSound {
  private ArticleSound() {}

  /**
   * Letters whose name starts with a vowel sound: "ef", "el", "em", "en", "ar", "es", "ex". H is not among them:
   * it is "aitch" to some and "haitch" to others, so "a HA cluster" and "an HA cluster" are both right.
   */
  private static final String VOWEL_NAMED = "AEFILMNORSX";
  /** Abbreviations read as words, whose first letter's name says nothing: "a SCRUM team", "a NATO", "a SAML". */
  private static final Set<String> READ_AS_WORDS = Set.of("SQL", "SCRUM", "SPA", "SWAT", "SMART", "STEM", "SPRINT",
      "FAANG");
  /** Words that start with a vowel letter and a consonant sound ("a user", "a European", "a one-off"). */
  private static final Pattern VOWEL_LETTER_CONSONANT_SOUND = Pattern.compile(
      "^(?:uni(?![nmd])|unanim|u[bcfgjklmstvz][aeiou]|ur[aeiou]|eu|ewe|one(?:$|[-\\s])|once|onesie|ouija)");
  /** Letters a vowel begins with that are said either way, or not read at all, in a word starting with a vowel. */
  private static final Pattern EITHER = Pattern.compile("^(?:uni[nmd]|uber$|herb|histor|hotel|habit|heroic|hypot)");
  /** A silent h: "an hour", "an honest", "an heir". */
  private static final Pattern SILENT_H = Pattern.compile("^(?:hour|honest|honou?r|heir)");

  /** True for a vowel sound, false for a consonant sound, null when either article is right or it cannot say. */
  static Boolean vowelSound(String word) {
    if (word.isEmpty()) return null;
    char first = word.charAt(0);
    if (Character.isDigit(first)) return digits(word);
    String letters = word.replaceAll("[.'’\\-].*", "");
    if (letters.isEmpty()) return null;
    if (abbreviation(letters)) {
      if (READ_AS_WORDS.contains(letters.toUpperCase(Locale.ROOT))) return null;
      char c = Character.toUpperCase(first);
      if (c == 'U') return false; // "you"
      if (c == 'H') return null;
      if ("AEIO".indexOf(c) >= 0) return true;
      // A consonant then a vowel may be read as a word ("a NASA", "a REST API", "a SaaS"): either is right.
      if (VOWEL_NAMED.indexOf(c) >= 0) {
        return letters.length() > 2 && "AEIOUaeiou".indexOf(letters.charAt(1)) >= 0 ? null : Boolean.TRUE;
      }
      return c < 'A' || c > 'Z' ? null : Boolean.FALSE;
    }
    String lower = letters.toLowerCase(Locale.ROOT);
    if (EITHER.matcher(lower).find()) return null;
    if (SILENT_H.matcher(lower).find()) return true;
    if ("aeiou".indexOf(lower.charAt(0)) >= 0) return !VOWEL_LETTER_CONSONANT_SOUND.matcher(lower).find();
    // The letter x alone, before a hyphen or a digit, is said by its name "ex": "an x-ray", "an x86 build".
    if (lower.charAt(0) == 'x' && (word.length() == 1 || !Character.isLetter(word.charAt(1)))) return true;
    if (lower.charAt(0) < 'a' || lower.charAt(0) > 'z') return null;
    return false;
  }

  /**
   * Whether a word is read letter by letter: one capital alone ("an A grade"), capitals only ("MBA"), or a capital
   * and another before any lower-case vowel ("MSc", "PhD", "iOS" aside: that starts with a vowel sound anyway).
   */
  private static boolean abbreviation(String w) {
    if (w.length() == 1) return Character.isUpperCase(w.charAt(0));
    if (!Character.isUpperCase(w.charAt(0))) return false;
    if (w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) return true;
    // MSc, BSc, PhD, MEng: a capital, then a capital or consonants up to the next capital.
    return Character.isUpperCase(w.charAt(1)) || w.length() >= 3 && w.length() <= 4 && w.chars().skip(1).filter(Character::isLetter)
        .noneMatch(c -> "aeiou".indexOf(c) >= 0);
  }

  /** "an 8-person team", "an 11-month contract", "an 18"; "a 10-person team". */
  private static Boolean digits(String word) {
    String n = word.replaceAll("[^0-9].*", "");
    if (n.startsWith("8")) return true;
    if (n.equals("11") || n.equals("18") || n.length() == 5 && (n.startsWith("11") || n.startsWith("18"))) return true;
    return false;
  }
}
