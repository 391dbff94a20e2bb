package dev.cvpress.transform;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A copy of the résumé without personal data, for a blind review: the name becomes initials (or a placeholder),
 * the e-mail address, phone, a street address, the photo and links to personal profiles go, and the same data
 * written in the body ("contact me at jane@example.com") is replaced. Employers, dates and content stay. Every
 * output is written from the model, so each format gets the same copy.
 */
public final class Redaction {
  private Redaction() {}

  /** What the name becomes. */
  public enum Mode {
    /** "J. D." */
    INITIALS,
    /** {@link #PLACEHOLDER_NAME} */
    PLACEHOLDER;

    /** The mode named on the command line or in a manifest; null for an unknown name. */
    public static Mode named(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "initials", "true" -> INITIALS;
        case "placeholder" -> PLACEHOLDER;
        default -> null;
      };
    }
  }

  public static final String PLACEHOLDER_NAME = "Candidate";
  /** What stands where personal data was written in the text. */
  public static final String REMOVED = "[redacted]";

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  /** A phone number as written in text: a plus or a digit, then digits and separators, at least seven digits. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d(?:[\\d ()./-]*\\d){6,}");
  private static final Set<Contact.Kind> KEPT = Set.of(Contact.Kind.LOCATION);

  public static Resume apply(Resume resume, Mode mode) {
    Header h = resume.header();
    String name = h.name().strip();
    String shown = name.isEmpty() ? "" : mode == Mode.PLACEHOLDER ? PLACEHOLDER_NAME : initials(name);
    List<String> removed = new ArrayList<>();
    for (Contact c : h.contacts()) {
      removed.add(c.label());
      if (c.url() != null) removed.add(c.url().replaceFirst("^(mailto|tel):", ""));
    }
    Scrub scrub = new Scrub(name, shown, removed);
    // A city stays (the job market is part of the content); a street address has a number in it.
    List<Contact> contacts = h.contacts().stream()
        .filter(c -> KEPT.contains(c.kind()) && !c.label().matches(".*\\d.*")).toList();
    Header header = new Header(shown, scrub.inlines(h.headline()), contacts, null,
        h.pageTitle() == null ? null : new Header.PageTitle(scrub.text(h.pageTitle().text()), h.pageTitle().pos()));
    Meta m = resume.meta();
    Meta meta = new Meta(scrub.text(m.title()), m.lang(), m.keywords(), m.date(), m.style(), m.stylePos(),
        m.styleFromTopLevel(), m.styleOrigins());
    Resume out = new Resume(meta, header, resume.intro(), resume.sections());
    out = Nodes.rebuild(out, scrub::node);
    return new Resume(out.meta(), out.header(), out.intro(), out.sections().stream()
        .map(s -> new dev.cvpress.model.Section(s.id(), scrub.text(s.title()), s.blocks(), s.tags(), s.pos()))
        .toList());
  }

  /** "Jane van Doe" → "J. v. D." */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[\\s-]+")) {
      if (part.isEmpty()) continue;
      if (!out.isEmpty()) out.append(' ');
      out.appendCodePoint(part.codePointAt(0)).append('.');
    }
    return out.toString();
  }

  /** Replaces the personal data in text, inlines and nodes. */
  private record Scrub(String name, String shown, List<String> removed) {
    String text(String s) {
      if (s == null) return null;
      String out = s;
      if (!name.isEmpty()) {
        out = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(out)
            .replaceAll(java.util.regex.Matcher.quoteReplacement(shown));
      }
      for (String r : removed) {
        if (r.length() >= 5) out = out.replace(r, REMOVED);
      }
      out = EMAIL.matcher(out).replaceAll(REMOVED);
      return PHONE.matcher(out).replaceAll(m -> m.group().replaceAll("\\D", "").length() >= 7
          && !m.group().matches("(19|20)\\d{2}\\s*[-/]\\s*(19|20)\\d{2}") ? REMOVED : m.group());
    }

    List<Inline> inlines(List<Inline> run) {
      List<Inline> out = new ArrayList<>();
      for (Inline i : run) {
        if (i instanceof Inline.Text t) out.add(new Inline.Text(text(t.text())));
        else if (i instanceof Inline.Code c) out.add(new Inline.Code(text(c.text())));
        else if (i instanceof Inline.Emph e) out.add(new Inline.Emph(inlines(e.children())));
        else if (i instanceof Inline.Strong s) out.add(new Inline.Strong(inlines(s.children())));
        else if (i instanceof Inline.Strike s) out.add(new Inline.Strike(inlines(s.children())));
        else if (i instanceof Inline.Link l && personal(l.url())) out.addAll(inlines(l.children()));
        else if (i instanceof Inline.Link l) out.add(new Inline.Link(l.url(), inlines(l.children()), l.pos()));
        else if (i instanceof Inline.Image im) out.add(new Inline.Image(im.src(), text(im.alt()), im.pos()));
        else out.add(i);
      }
      return out;
    }

    /** A link that reaches the person: mail, a phone, or one of the profiles the header gave. */
    private boolean personal(String url) {
      if (url == null) return false;
      String u = url.toLowerCase(Locale.ROOT);
      if (u.startsWith("mailto:") || u.startsWith("tel:")) return true;
      String bare = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/+$", "");
      return removed.stream().map(r -> r.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
          .replaceFirst("^www\\.", "").replaceFirst("/+$", "")).anyMatch(r -> r.length() >= 5 && r.equals(bare));
    }

    Node node(Node n) {
      if (n instanceof Block.Paragraph p) return new Block.Paragraph(inlines(p.inlines()), p.tags(), p.pos());
      if (n instanceof Block.ListItem i) {
        return new Block.ListItem(inlines(i.text()), i.children(), i.checked(), i.tags(), i.pos());
      }
      if (n instanceof Block.SubHeading s) return new Block.SubHeading(s.level(), inlines(s.inlines()), s.pos());
      if (n instanceof Block.Definition d) return new Block.Definition(inlines(d.term()), d.descriptions(), d.pos());
      if (n instanceof Block.Footnote f) return new Block.Footnote(f.number(), inlines(f.text()), f.more(), f.pos());
      if (n instanceof Block.CodeBlock c) return new Block.CodeBlock(c.language(), text(c.text()), c.pos());
      if (n instanceof Block.Image im) return new Block.Image(im.src(), text(im.alt()), im.pos());
      if (n instanceof Block.Table t) {
        return new Block.Table(cells(t.head()), cells(t.body()), t.align(), t.pos());
      }
      if (n instanceof Entry e) {
        return new Entry(text(e.title()), text(e.org()), personal(e.url()) ? null : e.url(), text(e.location()),
            text(e.role()), e.dates(), e.tags(), e.body(), e.pos());
      }
      return n;
    }

    private List<List<List<Inline>>> cells(List<List<List<Inline>>> rows) {
      return rows.stream().map(r -> r.stream().map(this::inlines).toList()).toList();
    }
  }
}
