package dev.cvpress.render.pdf;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.HashMap;
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
 * Keeps every glyph PDFBox writes for Latin text readable as the letters it stands for. PDFBox gives each glyph of
 * an embedded font the text of the one character the face maps to it, so a glyph that a substitution puts in place
 * of several letters reads back wrong: a ligature as {@code ﬁ} (U+FB01) instead of "fi", or, when no character
 * maps to it (Source Serif's ft, Source Sans's l·l), as nothing at all: "After" would be copied as "A er", and an
 * applicant tracking system would not find "office". The layout engine also measures words letter by letter, and a
 * ligature is narrower than its letters, so a line holding one would end short of where it was set.
 *
 * <p>So of the substitutions PDFBox applies to Latin text ({@code ccmp}, {@code liga}, {@code clig}) only those
 * whose glyph reads back as the same text as the glyphs it replaces stay: a letter and a combining mark composed
 * into one accented letter (e + ◌̨ into ę). Ligatures go, and so does any substitution into a glyph without a
 * character. Other scripts are left alone: their shaping (Indic conjuncts) is what makes them legible.
 */
final class ReadableGlyphs {
  private ReadableGlyphs() {}

  /** The features PDFBox's Latin shaping applies, in its order. */
  static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");

  private static final Field GSUB_DATA = field();

  private static Field field() {
    try {
      Field f = PDType0Font.class.getDeclaredField("gsubData");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Leaves out of what {@code font}, just loaded for one document, substitutes every substitution whose glyph
   * would read back as other text than its letters.
   *
   * @return whether there were such substitutions, and they are out
   */
  static boolean apply(PDType0Font font) {
    GsubData data = font.getGsubData();
    if (GSUB_DATA == null || data instanceof Readable || font.getCmapLookup() == null) return false;
    GsubData readable = of(data, font.getCmapLookup());
    if (readable == data) return false;
    try {
      GSUB_DATA.set(font, readable);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** A face's substitution data without its substitutions into unreadable glyphs; the data itself if it has none. */
  static GsubData of(GsubData data, CmapLookup cmap) {
    if (data == GsubData.NO_DATA_FOUND || data.getLanguage() != Language.LATIN) return data;
    Map<String, ScriptFeature> kept = new HashMap<>();
    boolean dropped = false;
    for (String name : LATIN_FEATURES) {
      if (!data.isFeatureSupported(name)) continue;
      ScriptFeature feature = data.getFeature(name);
      Set<List<Integer>> readable = new LinkedHashSet<>();
      for (List<Integer> glyphs : feature.getAllGlyphIdsForSubstitution()) {
        if (readsTheSame(glyphs, feature.getReplacementForGlyphs(glyphs), cmap)) readable.add(glyphs);
        else dropped = true;
      }
      if (!readable.isEmpty()) kept.put(name, new FeatureSubset(feature, Set.copyOf(readable), true));
    }
    return dropped ? new Readable(data, Map.copyOf(kept)) : data;
  }

  /** Whether {@code replacement} reads back as the text of {@code glyphs}, composed (NFC) as a reader would. */
  static boolean readsTheSame(List<Integer> glyphs, int replacement, CmapLookup cmap) {
    String replaced = text(List.of(replacement), cmap);
    String letters = text(glyphs, cmap);
    return replaced != null && letters != null && Normalizer.normalize(replaced, Normalizer.Form.NFC)
        .equals(Normalizer.normalize(letters, Normalizer.Form.NFC));
  }

  /** The text PDFBox writes for these glyphs (the first character of each); null when a glyph has none. */
  private static String text(List<Integer> glyphs, CmapLookup cmap) {
    StringBuilder text = new StringBuilder();
    for (int gid : glyphs) {
      List<Integer> codes = cmap.getCharCodes(gid);
      if (codes == null || codes.isEmpty()) return null;
      text.appendCodePoint(codes.get(0));
    }
    return text.toString();
  }

  /** A face's Latin substitutions, readable ones only. */
  record Readable(GsubData data, Map<String, ScriptFeature> features) implements GsubData {
    @Override
    public Language getLanguage() {
      return data.getLanguage();
    }

    @Override
    public String getActiveScriptName() {
      return data.getActiveScriptName();
    }

    @Override
    public boolean isFeatureSupported(String featureName) {
      return features.containsKey(featureName);
    }

    @Override
    public ScriptFeature getFeature(String featureName) {
      ScriptFeature feature = features.get(featureName);
      if (feature == null) throw new UnsupportedOperationException(featureName + " is left out");
      return feature;
    }

    @Override
    public Set<String> getSupportedFeatures() {
      return features.keySet();
    }
  }
}
