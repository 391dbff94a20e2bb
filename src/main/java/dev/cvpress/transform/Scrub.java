package dev.cvpress.transform;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the person's data out of text, inlines and nodes: e-mail addresses, links and addresses that point at the
 * person, what the header's contacts said, handles, the name in any order and letter case, phone numbers.
 *
 * @param shown what the name becomes
 * @param removed what the removed contacts said, as written (a street address, a label), replaced wherever written
 * @param renamedIds section anchors that held the name, and what they are now, for links to them
 */
record Scrub(Identity identity, String shown, List<String> removed, Map<String, String> renamedIds) {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A fediverse address ("@jane@hachyderm.io"): the user and the server together name the person. */
  private static final Pattern FEDIVERSE = Pattern.compile("(?<![\\w@])@[\\w.-]+@[\\w-]+(?:\\.[\\w-]+)+",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A mail or phone link written out in text ("mailto:jd@x.example"): it was a link to the person. */
  private static final Pattern CONTACT_LINK = Pattern.compile("(?i)(?<![\\w])(?:mailto|tel|sms|callto):[^\\s<>()]+"
      + "(?<![.,;:!?])");
  /** A phone number as written in text: a plus or a digit, then digits and separators, at least seven digits. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d(?:[\\d ()./-]*\\d){6,}");
  /** An address written in text, with or without its scheme; its last character is no sentence's full stop. */
  private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}_@./-])(?:(?:https?|ftp)://)?"
      + "(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}(?::\\d+)?(?:[/?#][^\\s<>()\\[\\]\"'`]*[^\\s<>()\\[\\]\"'`.,;:!?])?/?",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

  String text(String s) {
    if (s == null || s.isEmpty()) return s;
    String out = CONTACT_LINK.matcher(s).replaceAll(Redaction.LINK_REMOVED);
    out = FEDIVERSE.matcher(out).replaceAll(Redaction.REMOVED);
    out = EMAIL.matcher(out).replaceAll(Redaction.REMOVED);
    out = ADDRESS.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        identity.personal(m.group()) ? Redaction.LINK_REMOVED : m.group()));
    for (String r : removed) {
      if (r.length() >= 5) {
        out = Pattern.compile(Pattern.quote(r), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
            .replaceAll(Matcher.quoteReplacement(Redaction.REMOVED));
      }
    }
    if (identity.handle != null) out = identity.handle.matcher(out).replaceAll(Redaction.REMOVED);
    if (identity.nameRun != null) out = names(out);
    return PHONE.matcher(out).replaceAll(m -> m.group().replaceAll("\\D", "").length() >= 7
        && !m.group().matches("(19|20)\\d{2}\\s*[-/]\\s*(19|20)\\d{2}") ? Redaction.REMOVED : m.group());
  }

  /** The name, in any of its forms, as shown; "signed Doe, J." ends its sentence with one full stop, not two. */
  private String names(String s) {
    Matcher m = identity.nameRun.matcher(s);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      if (!identity.holdsName(m.group())) continue;
      out.append(s, last, m.start()).append(shown);
      last = m.end();
      if (shown.endsWith(".") && s.startsWith(".", last) && !s.startsWith("..", last)) last++;
    }
    return out.append(s, last, s.length()).toString();
  }

  List<Inline> inlines(List<Inline> run) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : joined(run)) {
      if (i instanceof Inline.Text t) out.add(new Inline.Text(text(t.text())));
      else if (i instanceof Inline.Code c) out.add(new Inline.Code(text(c.text())));
      else if (i instanceof Inline.Emph e) out.add(new Inline.Emph(inlines(e.children())));
      else if (i instanceof Inline.Strong s) out.add(new Inline.Strong(inlines(s.children())));
      else if (i instanceof Inline.Strike s) out.add(new Inline.Strike(inlines(s.children())));
      else if (i instanceof Inline.Link l && personal(l.url())) unlinked(l, out);
      else if (i instanceof Inline.Link l) out.add(new Inline.Link(anchor(l.url()), inlines(l.children()), l.pos()));
      else if (i instanceof Inline.Image im && identity.personal(im.src())) out.add(new Inline.Text(text(im.alt())));
      else if (i instanceof Inline.Image im) out.add(new Inline.Image(im.src(), text(im.alt()), im.pos()));
      else out.add(i);
    }
    return out;
  }

  /** Neighbouring runs of text as one, so that a name written across two of them is still found. */
  private static List<Inline> joined(List<Inline> run) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : run) {
      if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text before) {
        out.set(out.size() - 1, new Inline.Text(before.text() + t.text()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * What stands where a link to the person was: its words when they say something else ("my tool"), or
   * {@link Redaction#LINK_REMOVED} when they were the address, a handle or the name.
   */
  private void unlinked(Inline.Link link, List<Inline> out) {
    // "@" written before a linked mail address made it a fediverse handle: the two go together.
    if (link.url().toLowerCase(Locale.ROOT).startsWith("mailto:") && !out.isEmpty()
        && out.get(out.size() - 1) instanceof Inline.Text before && before.text().endsWith("@")) {
      String t = before.text();
      out.set(out.size() - 1, new Inline.Text(t.substring(0, t.length() - 1) + Redaction.REMOVED));
      return;
    }
    out.addAll(unlinked(link));
  }

  private List<Inline> unlinked(Inline.Link link) {
    String written = plain(link.children()).strip();
    List<Inline> words = inlines(link.children());
    String left = plain(words).replace(Redaction.REMOVED, "").replace(Redaction.LINK_REMOVED, "")
        .replace(shown, "").replaceAll("[\\p{P}\\p{S}\\s]+", "");
    boolean address = EMAIL.matcher(written).matches() || CONTACT_LINK.matcher(written).matches() || ADDRESS.matcher(written).matches()
        || PHONE.matcher(written).matches();
    return address || left.isEmpty() ? List.of(new Inline.Text(Redaction.LINK_REMOVED)) : words;
  }

  /** Whether a link reaches the person; a section anchor renamed for holding the name no longer names them. */
  private boolean personal(String url) {
    if (url != null && url.startsWith("#") && renamedIds.containsKey(url.substring(1))) return false;
    return identity.personal(url);
  }

  /** A link to a section whose anchor held the name goes to its new anchor. */
  private String anchor(String url) {
    if (url == null || !url.startsWith("#")) return url;
    String renamed = renamedIds.get(url.substring(1));
    return renamed == null ? url : "#" + renamed;
  }

  private static String plain(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) out.append(t.text());
      else if (i instanceof Inline.Code c) out.append(c.text());
      else if (i instanceof Inline.Image im) out.append(im.alt() == null ? "" : im.alt());
      else if (i instanceof Inline.LineBreak) out.append(' ');
      else if (i instanceof Inline.Emph e) out.append(plain(e.children()));
      else if (i instanceof Inline.Strong s) out.append(plain(s.children()));
      else if (i instanceof Inline.Strike s) out.append(plain(s.children()));
      else if (i instanceof Inline.Link l) out.append(plain(l.children()));
    }
    return out.toString();
  }

  /** A node without the person's data; null for an image of the person or from their site. */
  Node node(Node n) {
    if (n instanceof Block.Paragraph p) return new Block.Paragraph(inlines(p.inlines()), p.tags(), p.pos());
    if (n instanceof Block.ListItem i) {
      return new Block.ListItem(inlines(i.text()), i.children(), i.checked(), i.tags(), i.pos());
    }
    if (n instanceof Block.SubHeading s) return new Block.SubHeading(s.level(), inlines(s.inlines()), s.pos());
    if (n instanceof Block.Definition d) return new Block.Definition(inlines(d.term()), d.descriptions(), d.pos());
    if (n instanceof Block.Footnote f) return new Block.Footnote(f.number(), inlines(f.text()), f.more(), f.pos());
    if (n instanceof Block.CodeBlock c) return new Block.CodeBlock(c.language(), text(c.text()), c.pos());
    if (n instanceof Block.Image im) {
      return identity.personal(im.src()) ? null : new Block.Image(im.src(), text(im.alt()), im.pos());
    }
    if (n instanceof Block.Table t) return new Block.Table(cells(t.head()), cells(t.body()), t.align(), t.pos());
    if (n instanceof Entry e) {
      String url = personal(e.url()) ? null : anchor(e.url());
      return new Entry(text(e.title()), text(e.org()), url, text(e.location()), text(e.role()), e.dates(),
          e.tags(), e.body(), e.pos());
    }
    return n;
  }

  private List<List<List<Inline>>> cells(List<List<List<Inline>>> rows) {
    return rows.stream().map(r -> r.stream().map(this::inlines).toList()).toList();
  }

  /** Whether a section's anchor ("about-jane-doe") holds a word of the name or a handle. */
  boolean personalId(String id) {
    for (String piece : id.toLowerCase(Locale.ROOT).split("[-_.]+")) {
      if (identity.nameWords.contains(piece) || identity.handles.contains(piece)) return true;
    }
    return identity.handles.contains(id.toLowerCase(Locale.ROOT));
  }
}
