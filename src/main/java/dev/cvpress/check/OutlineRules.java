package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.regex.Pattern;

/** What every résumé has: a name, a way to reach its author, and something under each heading. */
final class OutlineRules implements Rules {
  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    Resume resume = checked.resume();
    SourcePos top = SourcePos.start(checked.file());
    Header.PageTitle pageTitle = resume.header().pageTitle();
    if (resume.header().name().isBlank() && pageTitle != null) {
      // A page title ("About Me") stood where a name goes: the page is printed without one.
      problems.add(Diagnostic.warning(Code.NO_NAME, pageTitle.pos(), "`" + pageTitle.text()
          + "` is a page title, not a name: the résumé shows no name", "add `name: Your Name` to the front matter"));
    } else if (resume.header().name().isBlank()) {
      problems.add(Diagnostic.error(Code.NO_NAME, top, "the résumé has no name",
          "start with `# Your Name`, or set `name:` in the front matter"));
    }
    boolean reachable = resume.header().contacts().stream()
        .anyMatch(c -> c.kind() == Contact.Kind.EMAIL || c.kind() == Contact.Kind.PHONE)
        || writtenIn(resume);
    if (!reachable) {
      problems.add(Diagnostic.error(Code.NO_CONTACT, top, "no email address or phone number",
          "add `email:` to the front matter, or a line like `Email: you@example.com`"));
    }
    for (Section s : resume.sections()) {
      if (s.blocks().isEmpty()) {
        problems.add(Diagnostic.warning(Code.EMPTY_SECTION, s.pos(), "section `" + s.title() + "` is empty",
            "add content under it or remove the heading"));
      }
    }
  }

  /**
   * An address or a number written anywhere on the page ("Engineer · ada@example.com" as the headline, "البريد:
   * ahmed@example.com" at the end): the author can be reached, if not through the header's contacts.
   */
  private static boolean writtenIn(Resume resume) {
    java.util.stream.Stream<List<Inline>> runs = java.util.stream.Stream.concat(
        java.util.stream.Stream.of(resume.header().headline()), Nodes.stream(resume).flatMap(n -> Nodes.runs(n).stream()));
    return runs.anyMatch(run -> Nodes.inlines(run).anyMatch(i -> i instanceof Inline.Link l
        && (l.url().regionMatches(true, 0, "mailto:", 0, 7) || l.url().regionMatches(true, 0, "tel:", 0, 4)))
        || EMAIL.matcher(Inline.plain(run)).find());
  }

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
}
