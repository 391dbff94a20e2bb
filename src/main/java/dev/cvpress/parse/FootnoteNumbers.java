package dev.cvpress.parse;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnote numbers in the order of each note's first reference, and what is wrong with the notes: a reference to a
 * note that is not defined, a note nothing refers to. flexmark numbers footnotes only while its own HTML renderer
 * runs, which cvpress never calls.
 */
final class FootnoteNumbers {
  private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
  /** Each label's first definition, for references that flexmark could not resolve (in raw HTML). */
  private final Map<String, FootnoteBlock> byLabel = new HashMap<>();
  private final List<FootnoteBlock> notes = new ArrayList<>();
  /** References to notes that are not defined, by where they are, with their labels. */
  private final Map<SourcePos, String> undefined = new LinkedHashMap<>();

  FootnoteNumbers(Document doc) {
    for (Node n : doc.getDescendants()) {
      if (n instanceof Footnote ref && ref.getFootnoteBlock() != null) {
        numbers.putIfAbsent(ref.getFootnoteBlock(), numbers.size() + 1);
      } else if (n instanceof FootnoteBlock note) {
        notes.add(note);
        byLabel.putIfAbsent(label(note.getText().toString()), note);
      }
    }
  }

  /** The note a reference stands for: flexmark's, else the note of the same label; null when there is none. */
  FootnoteBlock noteOf(Footnote ref) {
    FootnoteBlock note = ref.getFootnoteBlock();
    return note != null ? note : byLabel.get(label(ref.getText().toString()));
  }

  /** Notes a reference to a note that is not defined, found at {@code pos}. */
  void undefined(Footnote ref, SourcePos pos) {
    undefined.putIfAbsent(pos, ref.getText().toString());
  }

  /** Whether anything refers to the note: one that nothing refers to is not printed. */
  boolean referenced(FootnoteBlock note) {
    return numbers.containsKey(note);
  }

  /** The note's number; a note first referred to from raw HTML follows the others. */
  int of(FootnoteBlock note) {
    return numbers.computeIfAbsent(note, n -> numbers.size() + 1);
  }

  /** Warnings for references to undefined notes and for notes nothing refers to (or defined twice), in the file. */
  List<Diagnostic> problems(MarkdownSource source) {
    List<Diagnostic> out = new ArrayList<>();
    undefined.forEach((pos, label) -> out.add(source.at(Diagnostic.warning(Code.FOOTNOTE_UNDEFINED, pos,
        "footnote [^" + label + "] is not defined; the reference is left out",
        "define it on a line of its own, e.g. `[^" + label + "]: The note's text.`, or remove the reference"))));
    for (FootnoteBlock note : notes) {
      if (referenced(note)) continue;
      String label = note.getText().toString();
      boolean again = byLabel.get(label(label)) != note;
      out.add(source.at(Diagnostic.warning(Code.FOOTNOTE_UNUSED, source.pos(note), again
          ? "footnote [^" + label + "] is defined twice; this one is left out"
          : "footnote [^" + label + "] is never referred to; it is left out",
          again ? "give this note a label of its own, or delete it"
              : "refer to it with [^" + label + "] after the words it explains, or delete it")));
    }
    return out;
  }

  /** Labels match as flexmark matches them: case aside. */
  private static String label(String text) {
    return text.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
