package dev.cvpress.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name as people write it in a header, read into the words that name the person, given names first: "Doe, Jane,
 * PhD" is Jane Doe, "Dr. Jane Doe" too. A title before the name and a degree or generation after it (PhD, MBA, Jr.,
 * III) say nothing about who it is and are no part of the name; a degree is matched in its own letter case, so that
 * the surname Ma of "Jack Ma" stays a name.
 */
public record PersonName(List<String> parts) {
  /** Titles written before a name, compared without dots and in lower case. */
  private static final Set<String> TITLES = Set.of("dr", "prof", "mr", "mrs", "ms", "mx", "miss", "sir", "dame",
      "herr", "frau", "mme", "mlle", "sr", "sra", "srta", "dott", "ing");
  /** Degrees, credentials and generations written after a name, compared without dots, in their own case. */
  private static final Set<String> AFTER = Set.of("PhD", "DPhil", "MD", "DO", "DDS", "MBA", "MSc", "MS", "MA",
      "MEng", "MPhil", "MFA", "MPH", "BSc", "BS", "BA", "BEng", "LLB", "LLM", "JD", "Esq", "CPA", "CFA", "PMP", "PE",
      "RN", "FRCS", "Jr", "Sr", "II", "III", "IV");
  /** Scripts in which one character is a whole syllable: its "initial" would be the surname itself. */
  private static final Pattern SYLLABIC = Pattern.compile(
      "[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsYi}]");

  public static PersonName of(String written) {
    List<String> segments = new ArrayList<>();
    for (String segment : written.strip().split("\\s*,\\s*")) {
      List<String> words = words(segment);
      // "Doe, Jane, PhD": a segment of credentials only is dropped, wherever it is.
      if (!words.isEmpty() && words.stream().allMatch(PersonName::after)) continue;
      if (!words.isEmpty()) segments.add(String.join(" ", words));
    }
    List<String> parts = new ArrayList<>();
    // "Doe, Jane" is written surname first: the given name goes first, as the initials are read.
    if (segments.size() == 2) segments = List.of(segments.get(1), segments.get(0));
    for (String s : segments) parts.addAll(words(s));
    while (parts.size() > 1 && TITLES.contains(plain(parts.get(0)).toLowerCase(java.util.Locale.ROOT))) {
      parts.remove(0);
    }
    while (parts.size() > 1 && after(parts.get(parts.size() - 1))) parts.remove(parts.size() - 1);
    return new PersonName(List.copyOf(parts));
  }

  /** The name as read: its words, given names first, without titles and degrees ("Jane Doe"). */
  public String text() {
    return String.join(" ", parts);
  }

  private static List<String> words(String segment) {
    List<String> words = new ArrayList<>();
    for (String token : segment.strip().split("\\s+")) {
      String t = token.replaceAll("^[(\"“]+|[)\"”]+$", "");
      if (!t.isEmpty()) words.add(t);
    }
    return words;
  }

  private static String plain(String word) {
    return word.replace(".", "");
  }

  private static boolean after(String word) {
    return AFTER.contains(plain(word));
  }

  /**
   * The initials: "Jane van Doe" → "J. v. D.", "Anne-Marie Dupont" → "A.-M. D."; null for a name in a script whose
   * first character would be a whole syllable of it (王小明, 김민준), where only a placeholder hides it.
   */
  String initials() {
    if (parts.isEmpty() || parts.stream().anyMatch(p -> SYLLABIC.matcher(p).find())) return null;
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!out.isEmpty()) out.append(' ');
      String joiner = "";
      for (String piece : part.split("(?<=[-‐])")) {
        String letters = piece.replaceAll("^[^\\p{L}\\p{N}]+", "");
        if (letters.isEmpty()) continue;
        out.append(joiner).appendCodePoint(letters.codePointAt(0)).append('.');
        joiner = piece.endsWith("‐") ? "‐" : piece.endsWith("-") ? "-" : "";
      }
    }
    return out.toString();
  }
}
