package dev.cvpress.render.pdf;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes PDFBox's glyph substitution cost what a word needs, not what the face holds.
 *
 * <p>When PDFBox writes text in a face with substitutions (Devanagari, Bengali, Gujarati, Latin ligatures), it
 * shapes every word anew: for each feature it builds a regular expression of <em>every</em> glyph sequence the
 * feature can substitute (about 500 in Noto Sans Devanagari) and splits the word's glyphs with it. That was
 * about 1 ms per word, most of the time of writing a long document. PDFBox offers no way to keep that work, so
 * each word is offered only the sequences it can possibly contain: those made of glyphs its characters map to,
 * or that a substitution can turn them into (the closure over every feature, in any order). A sequence with any
 * other glyph never matches the word, and leaving an alternative that never matches out of a regular expression
 * changes no match: the glyphs written are the same, byte for byte. The narrowed sets are worked out once per
 * set of glyphs, so a word that recurs costs a look-up.
 *
 * <p>PDFBox shapes a word right after looking its characters up in the font's character map, and asks the
 * substitution data for features only while shaping: a document's font gets a character map that notes the
 * glyphs looked up since the last shaping began, and substitution data that narrows to them. A face whose
 * fields cannot be set keeps PDFBox's own behaviour, slower and the same.
 */
final class WordSubstitutions {
  private WordSubstitutions() {}

  /** Distinct glyph sets remembered per font: far more than the words of a résumé, a bounded amount of memory. */
  private static final int REMEMBERED = 8192;

  private static final Field GSUB_DATA = field("gsubData");
  private static final Field CMAP_LOOKUP = field("cmapLookup");

  private static Field field(String name) {
    try {
      Field f = PDType0Font.class.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Fits {@code font}, just loaded for one document, with word-sized substitutions; a font without
   * substitutions, or one PDFBox would not shape, is left as it is.
   *
   * @return whether the font now narrows its substitutions per word
   */
  static boolean apply(PDType0Font font) {
    if (GSUB_DATA == null || CMAP_LOOKUP == null) return false;
    GsubData data = font.getGsubData();
    if (data == GsubData.NO_DATA_FOUND || data instanceof Narrowing) return false;
    if (data.getLanguage() == Language.UNSPECIFIED || font.getCmapLookup() == null) return false;
    Narrowing narrowing = new Narrowing(data, font.getCmapLookup());
    try {
      CMAP_LOOKUP.set(font, narrowing.lookup);
      GSUB_DATA.set(font, narrowing);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      try {
        CMAP_LOOKUP.set(font, narrowing.real);
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // The first set failed too: the font is as it was.
      }
      return false;
    }
  }

  /** One substitution of a feature: the glyphs it replaces and the glyph it puts there. */
  private record Substitution(List<Integer> glyphs, int replacement) {}

  /** A font's substitution data, narrowed to the word being shaped. One document, one thread. */
  static final class Narrowing implements GsubData {
    private final GsubData data;
    private final CmapLookup real;
    private final Map<String, List<Substitution>> features = new HashMap<>();
    /** Glyphs any word may hold without a character of its own: ones a worker makes up (rkrf from vatu). */
    private final BitSet always = new BitSet();
    private final Map<BitSet, Map<String, ScriptFeature>> remembered =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<BitSet, Map<String, ScriptFeature>> eldest) {
            return size() > REMEMBERED;
          }
        };
    /** Glyphs looked up since the word now shaped was sealed; the next request for a feature seals them. */
    private BitSet looked = new BitSet();
    private Map<String, ScriptFeature> word;
    final CmapLookup lookup;
    /** How many narrowed feature sets were worked out, and how many requests were answered from memory. */
    int worked;
    int recalled;
    /** The most sequences, over all features, one narrowing offered a word. */
    int mostOffered;

    Narrowing(GsubData data, CmapLookup real) {
      this.data = data;
      this.real = real;
      for (String name : data.getSupportedFeatures()) {
        ScriptFeature feature = data.getFeature(name);
        List<Substitution> subs = new ArrayList<>();
        for (List<Integer> glyphs : feature.getAllGlyphIdsForSubstitution()) {
          subs.add(new Substitution(glyphs, feature.getReplacementForGlyphs(glyphs)));
        }
        features.put(name, subs);
      }
      // PDFBox's Indic workers make their own rkrf from vatu when a face has no rkrf, writing a glyph of a vatu
      // sequence that no character maps to; which one depends on the order of the whole set, so vatu is then
      // always offered whole.
      if (!data.isFeatureSupported("rkrf") && data.isFeatureSupported("vatu")) {
        for (Substitution s : features.get("vatu")) s.glyphs().forEach(always::set);
      }
      this.lookup = new CmapLookup() {
        @Override
        public int getGlyphId(int codePoint) {
          int glyph = real.getGlyphId(codePoint);
          if (glyph >= 0) looked.set(glyph);
          return glyph;
        }

        @Override
        public List<Integer> getCharCodes(int gid) {
          return real.getCharCodes(gid);
        }
      };
    }

    /**
     * The features narrowed to the word being shaped, or null when the request comes from elsewhere (a worker
     * being made, which reads whole features for what it keeps). A word is sealed at the first request of its
     * shaping: the glyphs looked up since the previous one are its own.
     */
    private Map<String, ScriptFeature> word() {
      if (!looked.isEmpty() || word == null) {
        if (!shaping()) return null;
        BitSet glyphs = looked;
        looked = new BitSet();
        word = remembered.get(glyphs);
        if (word == null) {
          word = narrow(glyphs);
          remembered.put(glyphs, word);
          worked++;
        } else {
          recalled++;
        }
      }
      return word;
    }

    /** Whether PDFBox asks while shaping a word: its workers ask from {@code applyTransforms}. */
    private static boolean shaping() {
      return StackWalker.getInstance().walk(frames -> frames
          .filter(f -> !f.getClassName().startsWith(WordSubstitutions.class.getName()))
          .findFirst()
          .map(f -> f.getMethodName().equals("applyTransforms")
              && f.getClassName().startsWith("org.apache.fontbox.ttf.gsub."))
          .orElse(false));
    }

    private Map<String, ScriptFeature> narrow(BitSet start) {
      BitSet reach = (BitSet) start.clone();
      reach.or(always);
      boolean grew = true;
      while (grew) {
        grew = false;
        for (List<Substitution> subs : features.values()) {
          for (Substitution s : subs) {
            if (!reach.get(s.replacement()) && within(s.glyphs(), reach)) {
              reach.set(s.replacement());
              grew = true;
            }
          }
        }
      }
      Map<String, ScriptFeature> out = new HashMap<>();
      int offered = 0;
      for (Map.Entry<String, List<Substitution>> feature : features.entrySet()) {
        Set<List<Integer>> kept = new LinkedHashSet<>();
        for (Substitution s : feature.getValue()) {
          if (within(s.glyphs(), reach)) kept.add(s.glyphs());
        }
        offered += kept.size();
        String name = feature.getKey();
        out.put(name, new FeatureSubset(data.getFeature(name), Collections.unmodifiableSet(kept), false));
      }
      mostOffered = Math.max(mostOffered, offered);
      return out;
    }

    private static boolean within(List<Integer> glyphs, BitSet reach) {
      for (int g : glyphs) {
        if (g < 0 || !reach.get(g)) return false;
      }
      return true;
    }

    /** PDFBox asks for the language when it makes a worker, before the worker reads its features. */
    @Override
    public Language getLanguage() {
      word = null;
      return data.getLanguage();
    }

    @Override
    public String getActiveScriptName() {
      return data.getActiveScriptName();
    }

    @Override
    public boolean isFeatureSupported(String featureName) {
      return data.isFeatureSupported(featureName);
    }

    @Override
    public ScriptFeature getFeature(String featureName) {
      Map<String, ScriptFeature> narrowed = featureName.equals("vatu") && !data.isFeatureSupported("rkrf")
          ? null : word();
      ScriptFeature feature = narrowed == null ? null : narrowed.get(featureName);
      return feature != null ? feature : data.getFeature(featureName);
    }

    @Override
    public Set<String> getSupportedFeatures() {
      return data.getSupportedFeatures();
    }
  }
}
