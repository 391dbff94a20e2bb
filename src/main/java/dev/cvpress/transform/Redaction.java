package dev.cvpress.transform;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Document;
import dev.cvpress.model.Header;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A copy of the résumé or cover letter without the person's data, for a blind review: the name becomes initials
 * (or a placeholder) wherever it is written, in any order, letter case or part ("Jane", "Ms Doe", "DOE, JANE");
 * the e-mail address, phone, a street address, the photo and links to the person (their profiles and anything
 * under them, their own site, mail and phone links) go, address and words; handles ("@janedoe") and the same data
 * written in the text are replaced. Employers, dates and content stay, and so does a letter's recipient, who is
 * not the candidate. Every output is written from the model, so each format gets the same copy.
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
  /** What stands where a link to the person was, when its words were the address, a handle or the name. */
  public static final String LINK_REMOVED = "[link removed]";

  /** A city stays (the job market is part of the content); a street address has a number in it. */
  private static final Set<Contact.Kind> KEPT = Set.of(Contact.Kind.LOCATION);

  public static Resume apply(Resume resume, Mode mode) {
    Scrub scrub = scrub(resume.header(), null, mode, ids(resume.sections()));
    Resume out = new Resume(meta(resume.meta(), scrub), header(resume.header(), scrub), resume.intro(),
        resume.sections());
    out = Nodes.rebuild(out, scrub::node);
    List<Section> sections = new ArrayList<>();
    for (Section s : out.sections()) {
      sections.add(new Section(scrub.renamedIds().getOrDefault(s.id(), s.id()), scrub.text(s.title()), s.blocks(),
          s.tags(), s.pos()));
    }
    return new Resume(out.meta(), out.header(), out.intro(), sections);
  }

  /**
   * The letter redacted as its sender's résumé is: masthead, subject, body and closing; the signature becomes what
   * the name becomes. The recipient's block stays as written: it is the reader's, not the candidate's.
   */
  public static Letter apply(Letter letter, Mode mode) {
    Scrub scrub = scrub(letter.header(), letter.signature(), mode, List.of());
    String signature = letter.signature().isBlank() ? "" : scrub.shown();
    return new Letter(meta(letter.meta(), scrub), header(letter.header(), scrub), letter.recipient(),
        letter.date(), letter.day(), scrub.text(letter.subject()), scrub.text(letter.salutation()),
        Nodes.rebuild(letter.body(), scrub::node), scrub.text(letter.closing()), signature, null);
  }

  /**
   * What a redacted copy of {@code document} must not hold, to search it for: the words of the name (found as
   * whole words, in any letter case), and the handles, addresses and contacts (found anywhere).
   */
  public record Traces(Set<String> words, Set<String> strings) {}

  /** The traces of the person in {@code document} as written, before redaction. */
  public static Traces traces(Document document) {
    Header h = document.header();
    Identity identity = new Identity(h, document instanceof Letter l ? l.signature() : null);
    Set<String> strings = new java.util.TreeSet<>();
    strings.addAll(identity.handles);
    strings.addAll(identity.hosts);
    strings.addAll(identity.profiles);
    for (Contact c : h.contacts()) {
      if (kept(c)) continue;
      strings.add(c.label().toLowerCase(Locale.ROOT));
      if (c.kind() == Contact.Kind.PHONE) strings.add(c.label().replaceAll("\\D", ""));
    }
    strings.removeIf(s -> s.length() < 3);
    return new Traces(Set.copyOf(identity.nameWords), Set.copyOf(strings));
  }

  private static Scrub scrub(Header h, String signature, Mode mode, List<String> sectionIds) {
    Identity identity = new Identity(h, signature);
    String name = h.name().isBlank() && signature != null ? signature.strip() : h.name().strip();
    String shown = name.isEmpty() ? "" : mode == Mode.PLACEHOLDER ? PLACEHOLDER_NAME : initials(name);
    List<String> removed = new ArrayList<>();
    for (Contact c : h.contacts()) {
      if (kept(c)) continue;
      removed.add(c.label());
      if (c.url() != null) removed.add(c.url().replaceFirst("^(mailto|tel):", ""));
    }
    Map<String, String> renamed = new HashMap<>();
    Scrub probe = new Scrub(identity, shown, removed, Map.of());
    for (int i = 0; i < sectionIds.size(); i++) {
      if (probe.personalId(sectionIds.get(i))) renamed.put(sectionIds.get(i), "section-" + (i + 1));
    }
    return new Scrub(identity, shown, removed, renamed);
  }

  private static List<String> ids(List<Section> sections) {
    return sections.stream().map(Section::id).toList();
  }

  private static boolean kept(Contact c) {
    return KEPT.contains(c.kind()) && !c.label().matches(".*\\d.*");
  }

  private static Header header(Header h, Scrub scrub) {
    List<Contact> contacts = h.contacts().stream().filter(Redaction::kept).toList();
    return new Header(scrub.shown(), scrub.inlines(h.headline()), contacts, null,
        h.pageTitle() == null ? null : new Header.PageTitle(scrub.text(h.pageTitle().text()), h.pageTitle().pos()));
  }

  private static Meta meta(Meta m, Scrub scrub) {
    List<String> keywords = m.keywords().stream().map(scrub::text).toList();
    return new Meta(scrub.text(m.title()), m.lang(), keywords, m.date(), m.style(), m.stylePos(),
        m.styleFromTopLevel(), m.styleOrigins(), m.languages());
  }

  /** "Jane van Doe" → "J. v. D.", "Doe, Jane, PhD" → "J. D."; the placeholder where initials would show the name. */
  static String initials(String name) {
    String initials = PersonName.of(name).initials();
    return initials == null ? PLACEHOLDER_NAME : initials;
  }
}
