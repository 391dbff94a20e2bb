package dev.cvpress.render.pdf;

import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * A glyph-substitution feature that offers only some of its sequences; the replacements are the feature's own.
 *
 * @param strict refuse the sequences left out (a substitution that must never happen), rather than only not
 *     offering them (a narrowing for speed, where any sequence the feature knows may still be replaced)
 */
record FeatureSubset(ScriptFeature feature, Set<List<Integer>> sequences, boolean strict) implements ScriptFeature {
  @Override
  public String getName() {
    return feature.getName();
  }

  @Override
  public Set<List<Integer>> getAllGlyphIdsForSubstitution() {
    return sequences;
  }

  @Override
  public boolean canReplaceGlyphs(List<Integer> glyphIds) {
    return strict ? sequences.contains(glyphIds) : feature.canReplaceGlyphs(glyphIds);
  }

  @Override
  public Integer getReplacementForGlyphs(List<Integer> glyphIds) {
    if (strict && !sequences.contains(glyphIds)) throw new UnsupportedOperationException("left out: " + glyphIds);
    return feature.getReplacementForGlyphs(glyphIds);
  }
}
