package dev.cvpress.render.pdf;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Keeps PDFBox from joining Latin letters into ligatures when it writes text. PDFBox gives each glyph of an
 * embedded font the text of the one character the face maps to it, so a ligature would be read back from the PDF
 * as {@code ﬁ} (U+FB01) or, for the many that have no character (Source Serif's ft, fj, fb), not at all: "After"
 * would be copied as "A er", and an applicant tracking system would not find "office". The layout engine also
 * measures words letter by letter, and a ligature is narrower than its letters, so every line holding one would
 * end short of where it was set. The faces' other substitutions (accents composed from combining marks, the
 * conjuncts of Indic scripts) stay.
 */
final class NoLigatures {
  private NoLigatures() {}

  /** The ligature features of PDFBox's Latin shaping; it applies these and {@code ccmp} to Latin text. */
  static final Set<String> FEATURES = Set.of("liga", "clig");

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
   * Takes the ligatures out of what {@code font}, just loaded for one document, substitutes.
   *
   * @return whether the font had ligatures to take out, and they are out
   */
  static boolean apply(PDType0Font font) {
    GsubData data = font.getGsubData();
    if (GSUB_DATA == null || data == GsubData.NO_DATA_FOUND || data instanceof Without) return false;
    if (data.getLanguage() != Language.LATIN || FEATURES.stream().noneMatch(data::isFeatureSupported)) return false;
    try {
      GSUB_DATA.set(font, new Without(data));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** A face's substitutions without its ligature features. */
  record Without(GsubData data) implements GsubData {
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
      return !FEATURES.contains(featureName) && data.isFeatureSupported(featureName);
    }

    @Override
    public ScriptFeature getFeature(String featureName) {
      if (FEATURES.contains(featureName)) throw new UnsupportedOperationException(featureName + " is left out");
      return data.getFeature(featureName);
    }

    @Override
    public Set<String> getSupportedFeatures() {
      return data.getSupportedFeatures().stream().filter(f -> !FEATURES.contains(f)).collect(Collectors.toSet());
    }
  }
}
