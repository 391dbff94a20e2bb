package dev.cvpress.render.html;

import java.util.Locale;
import java.util.Set;

/**
 * Which way text runs. A document in a right-to-left language runs right to left throughout; a paragraph, heading,
 * list item or table cell whose first strong letter is Arabic or Hebrew runs right to left, so its punctuation,
 * numbers and brackets land where its reader expects them; in a right-to-left document, one whose first strong
 * letter is left-to-right runs left to right.
 */
final class Directions {
  private Directions() {}

  /** Languages written right to left, by ISO 639 code ({@code iw} is Hebrew's former code). */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "yi", "ps", "ckb", "dv",
      "sd", "ug");

  /** Whether a language tag such as {@code ar-EG} names a language written right to left. */
  static boolean rightToLeft(String lang) {
    return lang != null && RIGHT_TO_LEFT.contains(lang.toLowerCase(Locale.ROOT).split("[-_]")[0]);
  }

  /**
   * The direction the first strong letter of {@code text} gives, {@code "rtl"} or {@code "ltr"}; null when it has
   * none (digits, punctuation and spaces are not strong). Invisible format characters, direction marks included,
   * do not count: they are dropped before a PDF is laid out, and the page must not depend on something unseen.
   */
  static String ofFirstStrongLetter(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT) continue;
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
          return "rtl";
        }
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
          return "ltr";
        }
        default -> {}
      }
    }
    return null;
  }
}
