package dev.cvpress.transform;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Selects one language of a résumé written in several ({@code {lang=de}} on a heading, entry, item or paragraph):
 * content without a language is in every language; content with one is in when it is the chosen language (or the
 * chosen language's base: {@code de} content is in a {@code de-AT} résumé).
 *
 * <p>A heading with nothing under it, followed at once by a heading of the same kind in another language, names the
 * same thing in that language: {@code ## Experience {lang=en}} then {@code ## Berufserfahrung {lang=de}} are one
 * section, the content under the last heading shared by both. Entries work the same way, so one list of bullets can
 * sit under an English and a German title line.
 */
public final class Languages {
  private Languages() {}

  /** The résumé as it reads in {@code lang}; without language marks on what is kept. */
  public static Resume select(Resume resume, String lang) {
    String chosen = lang == null ? resume.meta().lang() : lang;
    List<Section> sections = new ArrayList<>();
    for (Section s : alternatives(resume.sections(), Section::tags, s -> s.blocks().isEmpty(),
        (named, shared) -> new Section(named.id(), named.title(), shared.blocks(), named.tags(), named.pos()),
        chosen)) {
      if (!in(s.tags(), chosen)) continue;
      sections.add(new Section(s.id(), s.title(), blocks(s.blocks(), chosen), Nodes.variantTags(s.tags()), s.pos()));
    }
    return new Resume(resume.meta().inOneLanguage(chosen), resume.header(), blocks(resume.intro(), chosen), sections);
  }

  /** A cover letter as it reads in {@code lang} (its own language when null): its paragraphs in that language. */
  public static Letter select(Letter letter, String lang) {
    String chosen = lang == null ? letter.meta().lang() : lang;
    Letter one = new Letter(letter.meta().inOneLanguage(chosen), letter.header(), letter.recipient(), letter.date(),
        letter.day(), letter.subject(), letter.salutation(), letter.body(), letter.closing(), letter.signature(),
        letter.resume());
    return one.withBody(blocks(letter.body(), chosen));
  }

  /** Whether content with {@code tags} is in the {@code chosen} language. */
  public static boolean in(Set<String> tags, String chosen) {
    Set<String> languages = Nodes.languages(tags);
    if (languages.isEmpty()) return true;
    String c = chosen.toLowerCase(Locale.ROOT).replace('_', '-');
    return languages.stream().anyMatch(l -> c.equals(l) || c.startsWith(l + "-"));
  }

  /**
   * Why {@code lang}, asked for on the command line, gives nothing of its own: neither declared by the front matter
   * nor on any content. Null when the résumé has it.
   */
  public static Diagnostic absent(Resume resume, String lang) {
    return absent("résumé", resume.meta().languages(), used(resume), lang);
  }

  /**
   * Why {@code lang}, asked for on the command line, gives nothing of a cover letter's own: neither declared by its
   * front matter nor on any of its paragraphs. Null when the letter has it.
   */
  public static Diagnostic absent(Letter letter, String lang) {
    Set<String> used = new LinkedHashSet<>();
    Nodes.stream(letter.body()).forEach(n -> used.addAll(Nodes.languages(Nodes.tags(n))));
    return absent("letter", letter.meta().languages(), used, lang);
  }

  private static Diagnostic absent(String what, List<String> declared, Set<String> used, String lang) {
    Set<String> known = new LinkedHashSet<>(declared);
    known.addAll(used);
    if (known.stream().anyMatch(l -> in(Set.of(Nodes.LANG + l), lang))) return null;
    return Diagnostic.warning(Code.LANGUAGE_NOT_IN_SOURCE, SourcePos.file("--lang " + lang), "nothing in the " + what
        + " is in `" + lang + "`: it has " + String.join(", ", known.stream().map(l -> "`" + l + "`").toList())
        + "; its labels and dates are in `" + lang + "`, its text is what every language shares",
        "choose one of its languages, or write the `" + lang + "` version (`{lang=" + lang + "}`)");
  }

  /** Every language some content of the résumé is marked with, in order of first use. */
  public static Set<String> used(Resume resume) {
    Set<String> out = new LinkedHashSet<>();
    resume.sections().forEach(s -> out.addAll(Nodes.languages(s.tags())));
    Nodes.stream(resume).forEach(n -> out.addAll(Nodes.languages(Nodes.tags(n))));
    return out;
  }

  private static List<Block> blocks(List<Block> blocks, String chosen) {
    List<Block> grouped = alternatives(blocks, Languages::entryTags, b -> b instanceof Entry e && e.body().isEmpty(),
        (named, shared) -> named(named, shared), chosen);
    return Nodes.rebuild(grouped, node -> kept(node, chosen));
  }

  private static Set<String> entryTags(Block b) {
    return b instanceof Entry e ? e.tags() : Set.of();
  }

  /** The heading of {@code named} over the body of {@code shared}; what {@code named} leaves out, from it too. */
  private static Block named(Block named, Block shared) {
    Entry n = (Entry) named;
    Entry s = (Entry) shared;
    return new Entry(n.title(), n.org(), n.url() != null ? n.url() : s.url(),
        n.location() != null ? n.location() : s.location(), n.role() != null ? n.role() : s.role(),
        n.dates() != null ? n.dates() : s.dates(), n.tags(), s.body(), n.pos());
  }

  private static Node kept(Node node, String chosen) {
    Set<String> tags = Nodes.tags(node);
    if (!in(tags, chosen)) return null;
    if (node instanceof Block.BulletList l && l.items().isEmpty()) return null;
    if (node instanceof Block.Quote q && q.blocks().isEmpty()) return null;
    if (Nodes.languages(tags).isEmpty()) return node;
    Set<String> variant = Nodes.variantTags(tags);
    if (node instanceof Entry e) {
      return new Entry(e.title(), e.org(), e.url(), e.location(), e.role(), e.dates(), variant, e.body(), e.pos());
    }
    if (node instanceof Block.Paragraph p) return new Block.Paragraph(p.inlines(), variant, p.pos());
    if (node instanceof Block.ListItem i) {
      return new Block.ListItem(i.text(), i.children(), i.checked(), variant, i.pos());
    }
    return node;
  }

  /** Joins {@code named}'s heading to {@code shared}'s content. */
  @FunctionalInterface
  private interface Join<T> {
    T of(T named, T shared);
  }

  /**
   * {@code items} with each run of alternatives (empty headings in distinct languages, then one with content) made
   * one: the heading in the chosen language over the shared content, or the last of the run as it is when none is
   * in the chosen language (it is then left out with the rest of that language).
   */
  private static <T> List<T> alternatives(List<T> items, Function<T, Set<String>> tags,
      java.util.function.Predicate<T> empty, Join<T> join, String chosen) {
    List<T> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      int end = runEnd(items, i, tags, empty);
      if (end == i) {
        out.add(items.get(i++));
        continue;
      }
      T shared = items.get(end);
      T pick = shared;
      for (int k = i; k <= end; k++) {
        if (in(tags.apply(items.get(k)), chosen)) {
          pick = items.get(k);
          break;
        }
      }
      out.add(pick == shared ? shared : join.of(pick, shared));
      i = end + 1;
    }
    return out;
  }

  /** The index of the item with content that ends a run of alternatives starting at {@code start}; start if none. */
  private static <T> int runEnd(List<T> items, int start, Function<T, Set<String>> tags,
      java.util.function.Predicate<T> empty) {
    Set<String> seen = new HashSet<>();
    for (int k = start; k < items.size(); k++) {
      Set<String> languages = Nodes.languages(tags.apply(items.get(k)));
      if (languages.isEmpty() || languages.stream().anyMatch(seen::contains)) return start;
      seen.addAll(languages);
      if (!empty.test(items.get(k))) return k == start ? start : k;
    }
    return start;
  }
}
