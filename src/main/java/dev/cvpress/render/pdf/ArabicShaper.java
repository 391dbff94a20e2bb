package dev.cvpress.render.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Arabic contextual shaping into the Unicode presentation forms, which is how the PDF engine draws joined Arabic
 * (and Persian, Urdu) script with a TrueType font. The form table is derived at start-up from the JDK's own
 * Unicode data (each presentation form's name and compatibility decomposition), so it needs no data file and no
 * ICU: a letter with initial or medial forms joins on both sides, one with only final forms joins to the right.
 */
final class ArabicShaper {
  private ArabicShaper() {}

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;

  private static final int LAM = 0x0644;
  /** The alefs that join a preceding lam into one ligature (not alef maksura, which is a different letter). */
  private static final String ALEFS = "\u0622\u0623\u0625\u0627";
  private static final int TATWEEL = 0x0640;
  private static final int ZWJ = 0x200D;
  private static final int ZWNJ = 0x200C;

  /**
   * The form tables, built on first use: reading the names of a thousand characters loads the JDK's Unicode name
   * table, which a document without Arabic never needs.
   */
  private static final class Tables {
    /** Base letter to its four forms (0 where there is none). */
    static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alef variant to the lam-alef ligature, isolated and final. */
    static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
      for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
        for (int cp = block[0]; cp <= block[1]; cp++) {
          String name = Character.getName(cp);
          if (name == null) continue;
          int form = name.endsWith(" ISOLATED FORM") ? ISOLATED : name.endsWith(" FINAL FORM") ? FINAL
              : name.endsWith(" INITIAL FORM") ? INITIAL : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
          if (form < 0) continue;
          String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
          if (base.codePointCount(0, base.length()) == 1 && Character.UnicodeScript.of(base.codePointAt(0))
              == Character.UnicodeScript.ARABIC && Character.isLetter(base.codePointAt(0))) {
            int[] forms = FORMS.computeIfAbsent(base.codePointAt(0), k -> new int[4]);
            if (forms[form] == 0) forms[form] = cp;
          } else if (name.startsWith("ARABIC LIGATURE LAM WITH ALEF") && base.length() == 2 && base.charAt(0) == LAM
              && ALEFS.indexOf(base.charAt(1)) >= 0 && (form == ISOLATED || form == FINAL)) {
            int[] lig = LAM_ALEF.computeIfAbsent((int) base.charAt(1), k -> new int[2]);
            if (lig[form] == 0) lig[form] = cp;
          }
        }
      }
    }
  }

  static boolean isArabic(int cp) {
    // Nothing before U+0600 is Arabic: most text is answered without the script table's search.
    return cp >= 0x0600 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
  }

  /** Letters (and marks) that take no part in joining: the letters around them join across them. */
  private static boolean transparent(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (type == Character.FORMAT && cp != ZWJ && cp != ZWNJ);
  }

  private static boolean joinsLeft(int cp) {
    if (cp == TATWEEL || cp == ZWJ) return true;
    int[] f = Tables.FORMS.get(cp);
    return f != null && (f[INITIAL] != 0 || f[MEDIAL] != 0);
  }

  private static boolean joinsRight(int cp) {
    if (cp == TATWEEL || cp == ZWJ) return true;
    return Tables.FORMS.containsKey(cp);
  }

  /** Text in logical order with each Arabic letter replaced by its contextual form; joiners are removed. */
  static String shape(String text) {
    boolean any = false;
    for (int i = 0; i < text.length() && !any; i++) any = isArabic(text.charAt(i));
    if (!any) return text;
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (cp == ZWJ || cp == ZWNJ) continue;
      int[] forms = Tables.FORMS.get(cp);
      if (forms == null) {
        out.appendCodePoint(cp);
        continue;
      }
      int prev = neighbour(cps, i, -1);
      int next = neighbour(cps, i, +1);
      boolean joinPrev = prev >= 0 && joinsLeft(prev);
      if (cp == LAM && next >= 0 && Tables.LAM_ALEF.containsKey(next)) {
        int[] lig = Tables.LAM_ALEF.get(next);
        int chosen = joinPrev && lig[FINAL] != 0 ? lig[FINAL] : lig[ISOLATED];
        if (chosen != 0) {
          out.appendCodePoint(chosen);
          // The alef is in the ligature; marks between the two keep their place after it.
          int j = i + 1;
          while (j < cps.length && cps[j] != next) out.appendCodePoint(cps[j++]);
          i = j;
          continue;
        }
      }
      boolean joinNext = next >= 0 && joinsLeft(cp) && joinsRight(next);
      int form = joinPrev && joinNext ? MEDIAL : joinPrev ? FINAL : joinNext ? INITIAL : ISOLATED;
      int shaped = forms[form];
      if (shaped == 0 && form == MEDIAL) shaped = forms[FINAL];
      if (shaped == 0 && form == INITIAL) shaped = forms[ISOLATED];
      out.appendCodePoint(shaped != 0 ? shaped : cp);
    }
    return out.toString();
  }

  /** The nearest letter before or after {@code i} that is not transparent; -1 at the edge or a non-joiner. */
  private static int neighbour(int[] cps, int i, int step) {
    for (int j = i + step; j >= 0 && j < cps.length; j += step) {
      if (cps[j] == ZWNJ) return -1;
      if (!transparent(cps[j])) return cps[j];
    }
    return -1;
  }

  /** Presentation forms back to the letters they stand for. */
  static String deshape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
        out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
