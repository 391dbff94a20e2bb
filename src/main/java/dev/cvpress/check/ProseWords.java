package dev.cvpress.check;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a résumé's prose, each at its own line and column in the source file: the model places whole blocks,
 * so each word is found again in the source, in order, from its block's place. Code, addresses and e-mail
 * addresses are not prose and are left out; so are the name and the contact line.
 */
final class ProseWords {
  private ProseWords() {}

  /**
   * A word as written.
   *
   * @param startsSentence whether it opens its block, item or sentence (where any word is capitalised)
   * @param name whether it is part of a name the résumé gives (an organisation, a place)
   * @param section the section it is in; empty for the introduction and the headline
   */
  record Word(String text, SourcePos pos, boolean startsSentence, boolean name, String section) {}

  /** A run of letters, with apostrophes, dots and hyphens inside it ("don't", "e.g", "data-at-rest"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.\\-][\\p{L}\\p{M}\\p{N}]+)*");
  /** Text between spaces that is an address, not words: a URL, an e-mail address, a domain or a path. */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?i)[(\\[<]*(?:[a-z][a-z0-9+.-]*://\\S*|www\\.\\S*|\\S+@\\S+\\.\\S+|\\S*[a-z0-9-]\\.(?:com|org|net|io|dev|"
          + "ai|app|co|cn|de|fr|es|pt|br|uk|us|eu|info|me|edu|gov)(?:[./:]\\S*)?[)\\]>.,;:]*|\\S*/\\S*/\\S*)");

  /** An emoji shortcode left as text (:octocat:), or a site generator's: a name, not a word. */
  private static final Pattern SHORTCODE = Pattern.compile(":[\\w+-]+:");

  /** The words of {@code resume}'s prose, in reading order, placed in {@code source} (the file as read). */
  static List<Word> of(Resume resume, String file, String source) {
    return of(resume, file, source, false);
  }

  /** The same, with the words of code spans too when {@code withCode} (a job ad's terms may be written as code). */
  static List<Word> of(Resume resume, String file, String source, boolean withCode) {
    Locator at = new Locator(file, source);
    List<Word> out = new ArrayList<>();
    SourcePos top = SourcePos.start(file);
    add(out, at, text(resume.header().headline(), withCode), top, false, "");
    blocks(out, at, resume.intro(), "", withCode);
    for (Section s : resume.sections()) {
      add(out, at, s.title(), s.pos(), false, s.title());
      blocks(out, at, s.blocks(), s.title(), withCode);
    }
    return out;
  }

  /** The addresses a résumé shows or links to, as written: a word found in one of them is a name. */
  static List<String> addresses(Resume resume) {
    List<String> out = new ArrayList<>();
    resume.header().contacts().forEach(c -> {
      if (c.url() != null) out.add(c.url());
      out.add(c.label());
    });
    Nodes.stream(resume).forEach(node -> {
      if (node instanceof Entry e && e.url() != null) out.add(e.url());
      Nodes.inlines(node).forEach(i -> {
        if (i instanceof Inline.Link l) out.add(l.url());
      });
      for (List<Inline> run : Nodes.runs(node)) {
        Matcher m = ADDRESS.matcher(text(run, false));
        while (m.find()) out.add(m.group());
      }
    });
    return out;
  }

  private static void blocks(List<Word> out, Locator at, List<Block> blocks, String section, boolean withCode) {
    Nodes.stream(blocks).forEach(node -> {
      if (node instanceof Entry e) {
        // The entry's line as written: title, organisation, place and role, in the order the source has them.
        if (e.title() != null) add(out, at, e.title(), e.pos(), false, section);
        if (e.org() != null) add(out, at, e.org(), e.pos(), true, section);
        if (e.location() != null) add(out, at, e.location(), e.pos(), true, section);
        if (e.role() != null) add(out, at, e.role(), e.pos(), false, section);
      }
      for (List<Inline> run : Nodes.runs(node)) add(out, at, text(run, withCode), pos(node), false, section);
    });
  }

  private static SourcePos pos(Node node) {
    return node.pos();
  }

  /** What a run shows as prose: code spans and images break it, and stand for no words. */
  static String text(List<Inline> run, boolean withCode) {
    StringBuilder out = new StringBuilder();
    Nodes.inlines(run).forEach(i -> {
      if (i instanceof Inline.Text t) out.append(t.text());
      else if (withCode && i instanceof Inline.Code c) out.append(' ').append(c.text()).append(' ');
      else if (i instanceof Inline.Code || i instanceof Inline.LineBreak || i instanceof Inline.Image) {
        out.append(" \u0000 ");
      }
    });
    return out.toString();
  }

  private static void add(List<Word> out, Locator at, String text, SourcePos pos, boolean name, String section) {
    if (text == null || text.isBlank()) return;
    at.startAt(pos);
    boolean start = true;
    for (String chunk : text.split("\\s+")) {
      if (chunk.isEmpty()) continue;
      if (chunk.contains("\u0000")) {
        start = false;
        continue;
      }
      if (ADDRESS.matcher(chunk).matches() || SHORTCODE.matcher(chunk).find()) {
        at.skip(chunk);
        start = false;
        continue;
      }
      Matcher m = WORD.matcher(chunk);
      while (m.find()) {
        String w = m.group();
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        String before = chunk.substring(0, m.start());
        // Only a full stop, a question or an exclamation ends a sentence: after ";", ":", "(" or a dash a capital
        // is a name's ("…; Bora Bora trip"), as anywhere else in a sentence.
        boolean opens = start || before.matches(".*[.!?•]\\s*$");
        out.add(new Word(w, at.find(w, pos), opens, name, section));
        start = false;
      }
      // A dash opens the text only where it stands first, as a list's mark; elsewhere it joins a sentence.
      start = chunk.matches(".*[.!?]$") || start && (chunk.equals("-") || chunk.equals("–") || chunk.equals("—"));
    }
  }

  /** Finds words in the source in order, from a block's place; a word not found nearby keeps its block's place. */
  private static final class Locator {
    private static final int REACH = 4000;
    private final String file;
    private final String source;
    private final int[] lineStarts;
    private int cursor;

    Locator(String file, String source) {
      this.file = file;
      this.source = source == null ? "" : source;
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int i = 0; i < this.source.length(); i++) if (this.source.charAt(i) == '\n') starts.add(i + 1);
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    void startAt(SourcePos pos) {
      if (pos.line() < 1 || pos.line() > lineStarts.length) return;
      int offset = Math.min(source.length(), lineStarts[pos.line() - 1] + pos.column() - 1);
      // Runs of one block come one after the other: never go back over what a run before took.
      if (offset > cursor || cursor - offset >= REACH) cursor = offset;
    }

    void skip(String chunk) {
      int i = source.indexOf(chunk, cursor);
      if (i >= 0 && i - cursor < REACH) cursor = i + chunk.length();
    }

    SourcePos find(String word, SourcePos fallback) {
      int from = cursor;
      while (true) {
        int i = source.indexOf(word, from);
        if (i < 0 || i - cursor > REACH) return fallback;
        boolean startOk = i == 0 || !Character.isLetterOrDigit(source.charAt(i - 1));
        int end = i + word.length();
        boolean endOk = end >= source.length() || !Character.isLetterOrDigit(source.charAt(end));
        if (startOk && endOk) {
          cursor = end;
          return at(i);
        }
        from = i + 1;
      }
    }

    private SourcePos at(int offset) {
      int line = java.util.Arrays.binarySearch(lineStarts, offset);
      if (line < 0) line = -line - 2;
      return new SourcePos(file, line + 1, offset - lineStarts[line] + 1);
    }
  }
}
