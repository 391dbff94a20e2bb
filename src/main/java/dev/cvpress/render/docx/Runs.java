package dev.cvpress.render.docx;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.render.html.Links;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Inline content as Word runs: emphasis, strong and struck text, code in the mono face, line breaks, links as real
 * hyperlinks, and each footnote's mark as a Word footnote holding the note's text where the mark first stands.
 */
final class Runs {
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** How a run is set: the formatting the inlines around it ask for. */
  record Format(int weight, boolean italic, boolean strike, boolean code, String colour, Double pt) {
    /** As the paragraph's style sets it: weight 0 is the style's own. */
    static final Format PLAIN = new Format(0, false, false, false, null, null);

    /** At CSS weight {@code w} (600 semibold, 700 bold), as the theme sets strong text, a table's head, a term. */
    Format withWeight(int w) {
      return new Format(w, italic, strike, code, colour, pt);
    }

    Format withItalic() {
      return new Format(weight, true, strike, code, colour, pt);
    }

    Format withStrike() {
      return new Format(weight, italic, true, code, colour, pt);
    }

    Format withCode() {
      return new Format(weight, italic, strike, true, colour, pt);
    }
  }

  private final XWPFDocument doc;
  private final Look look;
  private final Map<Integer, Block.Footnote> notes;
  private final Pictures pictures;
  private final WordLists lists;
  /** The widest a picture in the text may be: the text's width. */
  private final double textWidthPt;
  private int pictureCount;
  private final Set<Integer> placed = new HashSet<>();
  /** Whether a footnote's own text is being written: Word has no footnote inside a footnote. */
  private boolean inNote;

  Runs(XWPFDocument doc, Look look, Map<Integer, Block.Footnote> notes, Pictures pictures) {
    this.doc = doc;
    this.look = look;
    this.lists = new WordLists(doc, look);
    this.notes = notes;
    this.pictures = pictures;
    this.textWidthPt = look.textWidthTwips() / 20.0;
  }

  Pictures pictures() {
    return pictures;
  }

  /** The document's list numbering, which the text and the footnotes share. */
  WordLists lists() {
    return lists;
  }

  /** A picture of the text in {@code p}, at its own size up to the text's width; its alt text when it has none. */
  void picture(XWPFParagraph p, String src, String alt) {
    Pictures.Picture picture = pictures.load(src);
    String description = alt.isBlank() ? "image" : alt;
    if (picture == null) {
      p.createRun().setText("[" + description + "]");
      return;
    }
    Pictures.place(p, picture, Pictures.naturalWidthPt(picture, textWidthPt), alt, "Picture " + (++pictureCount));
  }

  void write(XWPFParagraph p, List<Inline> inlines) {
    write(p, inlines, Format.PLAIN, null);
  }

  void write(XWPFParagraph p, List<Inline> inlines, Format f, String url) {
    for (Inline i : inlines) inline(p, i, f, url);
  }

  private void inline(XWPFParagraph p, Inline i, Format f, String url) {
    if (i instanceof Inline.Text t) {
      textWithMarks(p, t.text(), f, url);
    } else if (i instanceof Inline.Emph e) {
      write(p, e.children(), f.withItalic(), url);
    } else if (i instanceof Inline.Strong s) {
      write(p, s.children(), f.withWeight(look.weights().strong()), url);
    } else if (i instanceof Inline.Strike s) {
      write(p, s.children(), f.withStrike(), url);
    } else if (i instanceof Inline.Code c) {
      text(p, c.text(), f.withCode(), url);
    } else if (i instanceof Inline.LineBreak) {
      p.createRun().addBreak();
    } else if (i instanceof Inline.Image img) {
      if (url != null || inNote) text(p, "[" + (img.alt().isBlank() ? "image" : img.alt()) + "]", f, url);
      else picture(p, img.src(), img.alt());
    } else if (i instanceof Inline.Link l) {
      // A target that is not http(s), mailto, tel or relative is never linked: the text stays, plain.
      String target = url == null && Links.allowed(l.url()) ? l.url().strip() : url;
      if (l.children().size() == 1 && l.children().get(0) instanceof Inline.Text t) {
        text(p, Links.shown(t.text()), f, target);
      } else {
        write(p, l.children(), f, target);
      }
    }
  }

  /** A run of text, linked to {@code url} when there is one. */
  XWPFRun text(XWPFParagraph p, String text, Format f, String url) {
    XWPFRun run = null;
    if (url != null) {
      try {
        run = p.createHyperlinkRun(url);
      } catch (IllegalArgumentException notAnAddress) {
        run = null; // a target Word cannot hold as an address: the text stays, unlinked
      }
    }
    if (run == null) run = p.createRun();
    run.setText(text.replace('\n', ' '));
    if (f.weight() > 0) Weights.weigh(run, look, f.weight());
    if (f.italic()) run.setItalic(true);
    if (f.strike()) run.setStrikeThrough(true);
    if (f.code()) run.setFontFamily(Look.MONO);
    if (f.colour() != null) run.setColor(f.colour());
    if (f.pt() != null) run.setFontSize(f.pt());
    return run;
  }

  /**
   * Text in which a footnote's mark (the parser writes it as superscript digits, joined to the text before it) is
   * the first of its number becomes a Word footnote there; any other superscript digits stay text.
   */
  private void textWithMarks(XWPFParagraph p, String text, Format f, String url) {
    int from = 0;
    int at = 0;
    while (at < text.length()) {
      if (SUPERSCRIPT_DIGITS.indexOf(text.charAt(at)) < 0) {
        at++;
        continue;
      }
      int end = at;
      while (end < text.length() && SUPERSCRIPT_DIGITS.indexOf(text.charAt(end)) >= 0) end++;
      int note = footnoteNumber(text.substring(at, end));
      if (url == null && !inNote && note > 0 && notes.containsKey(note) && placed.add(note)) {
        if (at > from) text(p, text.substring(from, at), f, null);
        footnote(p, notes.get(note));
        from = end;
      }
      at = end;
    }
    if (from < text.length()) text(p, text.substring(from), f, url);
  }

  /** The number a footnote's mark stands for ("¹²" is 12), or 0 when {@code text} is not a mark. */
  static int footnoteNumber(String text) {
    if (text.isEmpty() || text.length() > 4) return 0;
    int n = 0;
    for (int k = 0; k < text.length(); k++) {
      int digit = SUPERSCRIPT_DIGITS.indexOf(text.charAt(k));
      if (digit < 0) return 0;
      n = n * 10 + digit;
    }
    return n;
  }

  /** A Word footnote at this place: Word numbers it and sets its text at the foot of the page. */
  private void footnote(XWPFParagraph p, Block.Footnote note) {
    XWPFFootnote word = doc.createFootnote();
    p.addFootnoteReference(word);
    XWPFParagraph first = word.createParagraph();
    first.setStyle(WordStyles.FOOTNOTE_TEXT);
    first.createRun().setText(" ");
    inNote = true;
    try {
      noteText(word, first, note);
    } finally {
      inNote = false;
    }
  }

  private void noteText(XWPFFootnote word, XWPFParagraph first, Block.Footnote note) {
    write(first, note.text());
    new NoteBlocks(word, look, this, lists, new Tables(doc, look, this)).write(note.more());
  }

  /** The notes no mark in the text led to, in number order: set as paragraphs after everything else. */
  List<Block.Footnote> unplaced() {
    return notes.values().stream().filter(n -> !placed.contains(n.number()))
        .sorted(java.util.Comparator.comparingInt(Block.Footnote::number)).toList();
  }
}
