package dev.cvpress.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.Map;

/**
 * Right-to-left support for the PDF engine on the JDK alone: {@link java.text.Bidi} (the Unicode bidirectional
 * algorithm) splits and orders runs, {@link ArabicShaper} joins Arabic letters, and mirrored brackets are swapped
 * in right-to-left runs. This is what openhtmltopdf-rtl-support does with ICU4J, without its 12 MB.
 */
final class JdkBidi {
  private JdkBidi() {}

  static final class Splitter implements BidiSplitter {
    private Bidi bidi;
    private int[] visual = new int[0];

    private int length;

    @Override
    public void setParagraph(String text, byte direction) {
      length = text.length();
      if (text.isEmpty() || direction != RTL && leftToRightOnly(text)) {
        // Nothing can go right to left: one left-to-right run, as the algorithm would find, without running it.
        // Empty text (a paragraph of one soft hyphen, once that is dropped) is one empty run too: the engine
        // splits lines by runs and fails on text with none.
        bidi = null;
        visual = new int[] {0};
        return;
      }
      int flags = direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT
          : direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
      bidi = new Bidi(text, flags);
      int runs = text.isEmpty() ? 0 : bidi.getRunCount();
      byte[] levels = new byte[runs];
      Integer[] order = new Integer[runs];
      for (int i = 0; i < runs; i++) {
        levels[i] = (byte) bidi.getRunLevel(i);
        order[i] = i;
      }
      if (runs > 0 && !text.isEmpty()) Bidi.reorderVisually(levels, 0, order, 0, runs);
      visual = new int[runs];
      for (int i = 0; i < runs; i++) visual[i] = order[i];
    }

    @Override
    public int countTextRuns() {
      return visual.length;
    }

    /**
     * Whether every character of {@code text} resolves to the paragraph's left-to-right level: no right-to-left
     * letters, no Arabic digits, no explicit embeddings, overrides or isolates.
     */
    private static boolean leftToRightOnly(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x0590) continue; // Latin, Greek, Cyrillic, Armenian ...: no character below Hebrew is one
        switch (Character.getDirectionality(c)) {
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
              Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
              Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
              Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
              Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
              Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE,
              Character.DIRECTIONALITY_UNDEFINED -> {
            return false;
          }
          default -> { }
        }
      }
      return true;
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      if (bidi == null) return new BidiTextRun(0, length, LTR);
      int run = visual[index];
      int start = bidi.getRunStart(run);
      return new BidiTextRun(start, bidi.getRunLimit(run) - start, (bidi.getRunLevel(run) & 1) == 0 ? LTR : RTL);
    }

    @Override
    public byte getBaseDirection(String text) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return LTR;
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return RTL;
        }
        i += Character.charCount(cp);
      }
      return NEUTRAL;
    }
  }

  static final class Reorderer implements BidiReorderer {
    private static final Map<Integer, Integer> MIRROR = mirrors("()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥⟨⟩〈〉《》「」『』【】〔〕（）［］｛｝");

    @Override
    public String reorderRTLTextToLTR(String text) {
      int[] cps = text.codePoints().toArray();
      StringBuilder out = new StringBuilder(text.length());
      for (int i = cps.length - 1; i >= 0; i--) out.appendCodePoint(MIRROR.getOrDefault(cps[i], cps[i]));
      return out.toString();
    }

    @Override
    public String shapeText(String text) {
      return ArabicShaper.shape(text);
    }

    @Override
    public String deshapeText(String text) {
      return ArabicShaper.deshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }

    private static Map<Integer, Integer> mirrors(String pairs) {
      Map<Integer, Integer> m = new java.util.HashMap<>();
      int[] cps = pairs.codePoints().toArray();
      for (int i = 0; i + 1 < cps.length; i += 2) {
        m.put(cps[i], cps[i + 1]);
        m.put(cps[i + 1], cps[i]);
      }
      return Map.copyOf(m);
    }
  }
}
