package dev.cvpress.parse;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Footnote numbers in the order of each note's first reference. flexmark numbers footnotes only while its own HTML
 * renderer runs, which cvpress never calls.
 */
final class FootnoteNumbers {
  private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();

  FootnoteNumbers(Document doc) {
    for (Node n : doc.getDescendants()) {
      if (n instanceof Footnote ref && ref.getFootnoteBlock() != null) {
        numbers.putIfAbsent(ref.getFootnoteBlock(), numbers.size() + 1);
      }
    }
  }

  /** The note's number; a note nobody refers to follows the referenced ones. */
  int of(FootnoteBlock note) {
    return numbers.computeIfAbsent(note, n -> numbers.size() + 1);
  }
}
