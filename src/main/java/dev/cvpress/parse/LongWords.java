package dev.cvpress.parse;

import dev.cvpress.model.Block;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;

/**
 * Refuses a word too long for any line. The layout engine measures a word again at each place it tries to break
 * it, so one of thousands of characters costs seconds; no real word or URL is that long. Words are read as they
 * will be laid out, across emphasis, links and entities ({@code **a**&amp;b} is one word).
 */
final class LongWords {
  private LongWords() {}

  static final int MAX_WORD = 1_000;

  static void check(SourceText src, Resume resume) throws CvpressException {
    SourcePos start = src.pos(1, 1);
    text(src, resume.header().name(), start);
    inlines(src, resume.header().headline(), start);
    blocks(src, resume.intro());
    for (Section s : resume.sections()) {
      text(src, s.title(), s.pos());
      blocks(src, s.blocks());
    }
  }

  private static void blocks(SourceText src, List<Block> blocks) throws CvpressException {
    for (Node node : (Iterable<Node>) Nodes.stream(blocks)::iterator) {
      for (List<Inline> run : Nodes.runs(node)) inlines(src, run, node.pos());
      if (node instanceof Entry e) for (String s : new String[] {e.title(), e.org(), e.location(), e.role()}) text(src, s, e.pos());
    }
  }

  private static void inlines(SourceText src, List<Inline> inlines, SourcePos at) throws CvpressException {
    text(src, Inline.plain(inlines), at);
  }

  private static void text(SourceText src, String text, SourcePos at) throws CvpressException {
    if (text == null) return;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      if (run > MAX_WORD) {
        throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, at,
            "a word is longer than " + String.format("%,d", MAX_WORD) + " characters",
            "no line can hold it; put spaces in it, or make a long URL a link: [text](url)")));
      }
    }
  }
}
