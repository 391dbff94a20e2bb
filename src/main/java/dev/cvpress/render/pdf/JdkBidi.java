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

    @Override
    public void setParagraph(String text, byte direction) {
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

    @Override
    public BidiTextRun getVisualRun(int index) {
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
