package dev.cvpress.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The résumé's structure, read from the top-level blocks in order: H1 is the name (unless it is a page title such
 * as "About Me", which is set aside), the paragraph after it the headline, H2 a section, H3 an entry (or a section
 * before any H2, or a sub-heading right after a dated entry), H4-H6 sub-headings. A contact paragraph at the top or
 * at the end gives contacts; an italic line right under an entry heading is the entry's role. Every other block
 * goes to the open entry, else the open section, else the introduction.
 */
final class Outline {
  private final MarkdownSource source;
  private final InlineConverter inlines;
  private final BlockConverter blocks;

  private String name;
  /** The first H1 set aside as a page title, and its node, so that a name right under it is still read. */
  private Header.PageTitle h1PageTitle;
  private Heading h1PageTitleNode;
  private List<Inline> headline;
  /** A letter's body: the masthead comes from the front matter only, and every paragraph is the letter's. */
  private boolean bodyOnly;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Block> intro = new ArrayList<>();
  private final List<OpenSection> sections = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private OpenEntry entry;
  private boolean sawH2;
  private boolean expectHeadline;
  /** Names an H1 at the top may repeat (front matter gave the name); such an H1 is the name, not a section. */
  private List<String> givenNames = List.of();
  /** Whether the name was given on the command line only: an H1 at the top is the name it replaces. */
  private boolean nameReplaced;

  /**
   * @param name the name from front matter, or null; an H1 gives it otherwise
   * @param headline the headline from front matter, or null; a paragraph gives it otherwise
   * @param contacts the contacts from front matter (null items are skipped); the Markdown may add more
   */
  Outline(MarkdownSource source, InlineConverter inlines, BlockConverter blocks, String name,
      List<Inline> headline, List<Contact> contacts) {
    this.source = source;
    this.inlines = inlines;
    this.blocks = blocks;
    this.name = name;
    this.headline = headline;
    addContacts(contacts);
  }

  /** Reads a cover letter's body: no name, headline or contact line is taken from it. */
  void letterBody() {
    bodyOnly = true;
  }

  /**
   * Says which names the front matter or the command line gave, so that an H1 at the top repeating one (or, when
   * the command line replaced the name, any H1 there that is no page title) is read as the name, not a section.
   */
  void givenNames(List<String> names, boolean replacedOnCommandLine) {
    this.givenNames = List.copyOf(names);
    this.nameReplaced = replacedOnCommandLine;
  }

  /** Reads one top-level node of the document in view. */
  void read(Node node) {
    if (node instanceof Heading h) {
      heading(h);
      return;
    }
    if (node instanceof HtmlCommentBlock) return;
    if (node instanceof Reference) return;
    if (node instanceof HtmlBlock html) {
      // Read as if its Markdown were written here, so that <h1> names the person and <a> links.
      source.readHtml(html.getChars().toString(), source.pos(html), this::read);
      return;
    }
    if (node instanceof Paragraph p) {
      if (PageBreaks.isCommand(p)) {
        add(new Block.PageBreak(source.pos(p)));
        return;
      }
      paragraph(p);
      return;
    }
    expectHeadline = false;
    for (Block b : blocks.blocksOf(node)) add(b);
  }

  /**
   * @param title the front matter's title, or null: the name when neither front matter nor an H1 gives one, unless
   *     it is a page title such as "About Me"
   * @param titlePos where the title was set
   */
  Header header(String photo, String title, SourcePos titlePos) {
    String who = name;
    Header.PageTitle pageTitle = null;
    if (who == null && title != null) {
      if (PageTitles.is(title)) pageTitle = new Header.PageTitle(title, titlePos);
      else who = title;
    }
    if (who == null && pageTitle == null) pageTitle = h1PageTitle;
    return new Header(who, headline != null ? headline : List.of(), contacts, photo, pageTitle);
  }

  /** The document's title: the front matter's, else an H1 set aside as a page title; null when neither is. */
  String title(String frontMatterTitle) {
    if (frontMatterTitle != null) return frontMatterTitle;
    return h1PageTitle != null ? h1PageTitle.text() : null;
  }

  /** What reading the outline found wrong: contact details that cannot work. */
  List<Diagnostic> warnings() {
    return warnings;
  }

  List<Block> intro() {
    return intro;
  }

  /** The sections read, each with an id unique in the document; an untitled empty one is left out. */
  List<Section> sections() {
    List<Section> built = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (OpenSection s : sections) {
      Section section = s.build(ids);
      if (section != null) built.add(section);
    }
    return built;
  }

  private void paragraph(Paragraph p) {
    boolean atTop = sections.isEmpty();
    boolean last = p.getNext() == null || onlyTrivia(p.getNext());
    if (!bodyOnly && (atTop || last)) {
      List<Contact> found = ContactLines.read(p.getChars().toString());
      if (found != null) {
        for (Contact c : found) {
          String problem = c.kind() == Contact.Kind.EMAIL ? ContactLines.emailProblem(ContactLines.address(c)) : null;
          if (problem == null) continue;
          String address = ContactLines.address(c);
          int at = p.getChars().toString().indexOf(address);
          warnings.add(source.at(ContactLines.invalidEmail(source.pos(p, Math.max(0, at)), address, problem)));
        }
        addContacts(found);
        expectHeadline = false;
        return;
      }
    }
    List<Inline> text = inlines.inlines(p);
    boolean nothingYet = intro.isEmpty() && sections.isEmpty();
    if (!bodyOnly && headline == null && (expectHeadline || (nothingYet && name == null))) {
      headline = text;
      expectHeadline = false;
      return;
    }
    expectHeadline = false;
    if (entry != null && entry.body.isEmpty() && entry.role == null && isItalicLine(text)) {
      entry.role = Inline.plain(text).strip();
      return;
    }
    add(blocks.paragraphOrImage(text, p));
  }

  /** Blank HTML comments, link reference definitions and footnote texts are not content of their own. */
  private static boolean onlyTrivia(Node node) {
    for (Node n = node; n != null; n = n.getNext()) {
      if (!(n instanceof HtmlCommentBlock) && !(n instanceof Reference) && !(n instanceof FootnoteBlock)) {
        return false;
      }
    }
    return true;
  }

  private void heading(Heading h) {
    List<Inline> written = inlines.inlines(h);
    List<Inline> text = withoutAttributes(written);
    String plain = Inline.plain(text).strip();
    SourcePos pos = source.pos(h);
    // {.page-break}: what the heading starts (section, entry or sub-heading) starts on a new page.
    Block pageBreak = PageBreaks.inAttributes(attributes(written)) ? new Block.PageBreak(pos) : null;
    if (pageBreak != null) dropTrailingBreak();
    int level = h.getLevel();
    if (level == 1 && !bodyOnly) {
      boolean top = name == null && sections.isEmpty() && intro.isEmpty();
      // After "# Résumé", only an H1 right under it names the person; a later one is a section.
      if (top && (h1PageTitle == null || h.getPrevious() == h1PageTitleNode)) {
        if (!PageTitles.is(plain)) {
          name = plain;
        } else if (h1PageTitle == null) {
          h1PageTitle = new Header.PageTitle(plain, pos);
          h1PageTitleNode = h;
        }
        expectHeadline = headline == null;
        return;
      }
      if (!givenNames.isEmpty() && sections.isEmpty() && intro.isEmpty() && h1PageTitle == null) {
        // The front matter named the person: an H1 at the top that is that name, or a page title, is no section.
        if (PageTitles.is(plain)) {
          h1PageTitle = new Header.PageTitle(plain, pos);
          h1PageTitleNode = h;
          expectHeadline = headline == null;
          return;
        }
        if (nameReplaced || givenNames.stream().anyMatch(n -> repeats(plain, n))) {
          expectHeadline = headline == null;
          return;
        }
      }
      level = 2; // a second H1 is read as a section title
    }
    if (level == 1) level = 2;
    expectHeadline = false;
    Set<String> headingTags = blocks.tagsOf(h, false);
    if (level == 2) {
      newSection(plain, pos, headingTags);
      if (pageBreak != null) current().blocks.add(pageBreak);
      sawH2 = true;
      return;
    }
    if (level == 3) {
      EntryHeading parts = EntryHeading.of(withoutAttributes(inlines.inlinesKeepingEscapes(h)));
      boolean dated = parts.dates() != null;
      if (!dated && !sawH2 && entry == null) {
        newSection(plain, pos, headingTags);
        if (pageBreak != null) current().blocks.add(pageBreak);
        return;
      }
      if (!dated && entry != null && entry.dates() != null) {
        // A dateless H3 under a dated entry continues it: a project or a stage within the job.
        if (pageBreak != null) entry.body.add(pageBreak);
        entry.body.add(new Block.SubHeading(3, text, pos));
        return;
      }
      if (sections.isEmpty()) newSection("", pos, Set.of());
      if (pageBreak != null) current().blocks.add(pageBreak);
      entry = new OpenEntry(parts, pos, headingTags);
      current().blocks.add(entry);
      return;
    }
    if (pageBreak != null) add(pageBreak);
    add(new Block.SubHeading(level, text, pos));
  }

  /**
   * Whether a heading repeats a name: the same words, case and spacing aside, perhaps followed by more after a
   * mark ({@code Jane Doe, PhD}, {@code Jane Doe — Résumé}).
   */
  static boolean repeats(String heading, String name) {
    String h = heading.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    String n = name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    if (n.isEmpty() || !h.startsWith(n)) return false;
    if (h.length() == n.length()) return true;
    int next = h.codePointAt(n.length());
    return !Character.isLetterOrDigit(next) && next != '-' && next != '\'' && next != '’';
  }

  /** Drops a trailing Hugo/Pandoc attribute block: {@code ## Experience {#work .wide}}. */
  static List<Inline> withoutAttributes(List<Inline> text) {
    if (attributes(text) == null) return text;
    Inline.Text t = (Inline.Text) text.get(text.size() - 1);
    String s = t.text().stripTrailing();
    String stripped = s.substring(0, s.lastIndexOf('{')).stripTrailing();
    if (stripped.equals(t.text())) return text;
    List<Inline> out = new ArrayList<>(text.subList(0, text.size() - 1));
    if (!stripped.isEmpty()) out.add(new Inline.Text(stripped));
    return out;
  }

  /** The inside of a trailing attribute block ({@code #work .wide}), or null when there is none. */
  static String attributes(List<Inline> text) {
    if (text.isEmpty() || !(text.get(text.size() - 1) instanceof Inline.Text t)) return null;
    // Found from the end, not by a regex search: one anchored at $ is quadratic on long runs of spaces.
    String s = t.text().stripTrailing();
    int open = s.endsWith("}") ? s.lastIndexOf('{') : -1;
    if (open < 0 || !s.substring(open + 1).strip().matches("[#.][^{}]*}")) return null;
    return s.substring(open + 1, s.length() - 1);
  }

  private static boolean isItalicLine(List<Inline> inlines) {
    List<Inline> content = inlines.stream()
        .filter(i -> !(i instanceof Inline.Text t && t.text().isBlank()))
        .toList();
    return content.size() == 1 && content.get(0) instanceof Inline.Emph;
  }

  private void newSection(String title, SourcePos pos, Set<String> tags) {
    entry = null;
    sections.add(new OpenSection(title, pos, tags));
  }

  private OpenSection current() {
    return sections.get(sections.size() - 1);
  }

  private void add(Block block) {
    // A break before any body content would leave page 1 empty but for the header: there is nothing to break from.
    if (block instanceof Block.PageBreak && entry == null && sections.isEmpty() && intro.isEmpty()) return;
    // Two breaks with nothing between them are one (the second would start an empty page); notes in number order.
    BlockConverter.add(open(), block);
  }

  /** The blocks being added to: the open entry's body, else the open section's, else the introduction. */
  private List<? super Block> open() {
    if (entry != null) return entry.body;
    if (sections.isEmpty()) return intro;
    return current().blocks;
  }

  private boolean endsWithBreak() {
    List<? super Block> open = open();
    return !open.isEmpty() && open.get(open.size() - 1) instanceof Block.PageBreak;
  }

  /** Drops a break that ends what came before a heading that starts a new page itself. */
  private void dropTrailingBreak() {
    if (endsWithBreak()) open().remove(open().size() - 1);
  }

  /** Adds contacts not already known by kind and label (case aside). */
  private void addContacts(List<Contact> found) {
    for (Contact c : found) {
      if (c == null) continue; // an item with nothing to show, such as `<>`
      boolean dup = contacts.stream().anyMatch(o -> o.kind() == c.kind() && o.label().equalsIgnoreCase(c.label()));
      if (!dup) contacts.add(c);
    }
  }
}
