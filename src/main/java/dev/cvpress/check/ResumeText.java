package dev.cvpress.check;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.render.html.ContactRows;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.html.Links;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a résumé puts on the page, read off the model, each with where it is written. They come in parts that
 * a layout keeps together but may place anywhere: the name and headline, the contacts, the introduction, each
 * section (a sidebar theme moves the contacts and short sections into a column of their own), the footnotes. Each
 * part holds its words as the page sets them, by the rendering stage's own rules: the contacts in the contact
 * line's order, the footnotes together at the foot rather than where they were written. Dates are left out: each
 * theme sets them at its own end of the entry's line, so they are checked apart. Footnote marks are no words: they
 * are set as superscripts, which extractors read apart from the word or not at all.
 */
final class ResumeText {
  private ResumeText() {}

  /**
   * A word: a run of letters and digits, or a single character of a script written without spaces (Chinese,
   * Japanese, Thai, Lao, Khmer, Burmese). Those scripts write no spaces,
   * and a line may break between any two characters, so a run of them is no unit an extractor keeps. A word
   * holds its combining marks (the vowel signs of Devanagari, Arabic's harakat). Superscript digits (footnote
   * marks) end a word and are none.
   */
  private static final String UNSPACED = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}"
      + "\\p{IsMyanmar}";
  private static final Pattern WORD = Pattern.compile("[" + UNSPACED + "]"
      + "|[\\p{L}\\p{M}\\p{N}&&[^" + UNSPACED + "⁰¹²³⁴⁵⁶⁷⁸⁹]]+");
  /**
   * Joiners and soft hyphens: invisible, inside words (Persian "می‌کنم", Devanagari conjuncts), and kept or dropped
   * as an extractor pleases, so neither side counts them.
   */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200C\\u200D\\u00AD]");

  /** A word as an extractor compares it (lower case), and the node it belongs to. */
  record Word(String text, SourcePos pos) {}

  /** A part of the résumé whose words a layout keeps together and in order. */
  record Part(List<Word> words) {
    Part {
      words = List.copyOf(words);
    }
  }

  /** The non-empty parts of {@code resume}, in the model's order. */
  static List<Part> parts(Resume resume, String file) {
    SourcePos top = SourcePos.start(file);
    List<Part> parts = new ArrayList<>();
    List<Word> masthead = new ArrayList<>();
    add(masthead, resume.header().name(), top);
    add(masthead, text(resume.header().headline()), top);
    parts.add(new Part(masthead));
    List<Word> contacts = new ArrayList<>();
    for (Contact c : ContactRows.inReadingOrder(resume.header().contacts())) add(contacts, ContactRows.shown(c), top);
    parts.add(new Part(contacts));
    parts.add(new Part(blocks(withoutFootnotes(resume.intro()))));
    for (Section s : resume.sections()) {
      List<Word> words = new ArrayList<>();
      add(words, s.title(), s.pos());
      words.addAll(blocks(withoutFootnotes(s.blocks())));
      parts.add(new Part(words));
    }
    List<Word> notes = new ArrayList<>();
    for (Block.Footnote f : HtmlRenderer.footnotes(resume)) {
      add(notes, text(f.text()), f.pos());
      notes.addAll(blocks(f.more()));
    }
    parts.add(new Part(notes));
    parts.removeIf(p -> p.words().isEmpty());
    return parts;
  }

  /** Every word of the parts, in the model's order. */
  static List<Word> all(List<Part> parts) {
    return parts.stream().flatMap(p -> p.words().stream()).toList();
  }

  /** The words of {@code text}, lower case (see {@link #WORD}). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(INVISIBLE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The blocks where they are set, without the footnotes written among them: those are set at the foot. */
  private static List<Block> withoutFootnotes(List<Block> blocks) {
    return Nodes.rebuild(blocks, n -> n instanceof Block.Footnote ? null : n);
  }

  private static List<Word> blocks(List<Block> blocks) {
    List<Word> out = new ArrayList<>();
    Nodes.stream(blocks).forEach(node -> {
      SourcePos pos = node.pos();
      if (node instanceof Entry e) {
        for (String part : new String[] {e.title(), e.org(), e.location(), e.role()}) {
          if (part != null) add(out, part, pos);
        }
      } else if (node instanceof Block.CodeBlock c) {
        add(out, c.text(), pos);
      }
      for (List<Inline> run : Nodes.runs(node)) add(out, text(run), pos);
    });
    return out;
  }

  /**
   * The text a run shows: its letters across emphasis and links, so that "**10**x" stays one word. An image shows
   * no text (its description stands in only when it cannot be drawn, and then as extra words).
   */
  private static String text(List<Inline> run) {
    StringBuilder out = new StringBuilder();
    // A link whose text is its address is printed without the scheme ("github.com/x"), as the HTML stage writes it.
    java.util.Set<Inline> addresses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Nodes.inlines(run).forEach(i -> {
      if (i instanceof Inline.Link l && Links.allowed(l.url()) && l.children().size() == 1) {
        addresses.add(l.children().get(0));
      }
    });
    Nodes.inlines(run).forEach(i -> {
      if (i instanceof Inline.Text t) out.append(addresses.contains(t) ? Links.shown(t.text()) : t.text());
      else if (i instanceof Inline.Code c) out.append(c.text());
      else if (i instanceof Inline.LineBreak || i instanceof Inline.Image) out.append(' ');
    });
    return out.toString();
  }

  private static void add(List<Word> out, String text, SourcePos pos) {
    for (String w : words(text)) out.add(new Word(w, pos));
  }
}
