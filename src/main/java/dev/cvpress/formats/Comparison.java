package dev.cvpress.formats;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two résumés compared as what they say, positions aside: the name, headline, contacts (in the order cvpress
 * shows them: by kind, the author's order within a kind), photo, document facts and style options, the
 * introduction, and each section. What converting a résumé to another format and back must keep.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * Where two résumés differ.
   *
   * @param header the parts of the header and document facts that differ ("name", "contacts", "lang" …)
   * @param intro whether the introductions differ
   * @param sections the sections that differ, by index (all from the first one missing on either side)
   */
  public record Differences(List<String> header, boolean intro, Set<Integer> sections) {
    public boolean none() {
      return header.isEmpty() && !intro && sections.isEmpty();
    }
  }

  public static Differences of(Resume a, Resume b) {
    Resume x = Positions.withoutPositions(a);
    Resume y = Positions.withoutPositions(b);
    List<String> header = new ArrayList<>();
    Header hx = x.header();
    Header hy = y.header();
    if (!hx.name().equals(hy.name())) header.add("name");
    if (!hx.headline().equals(hy.headline())) header.add("headline");
    if (!shown(hx.contacts()).equals(shown(hy.contacts()))) header.add("contacts");
    if (!Objects.equals(hx.photo(), hy.photo())) header.add("photo");
    if (!Objects.equals(pageTitle(hx), pageTitle(hy))) header.add("page title");
    Meta mx = x.meta();
    Meta my = y.meta();
    if (!mx.title().equals(my.title())) header.add("title");
    if (!mx.lang().equals(my.lang())) header.add("lang");
    if (!mx.keywords().equals(my.keywords())) header.add("keywords");
    if (!Objects.equals(mx.date(), my.date())) header.add("date");
    if (!mx.style().equals(my.style())) header.add("style");
    Set<Integer> sections = new TreeSet<>();
    int n = Math.max(x.sections().size(), y.sections().size());
    for (int i = 0; i < n; i++) {
      if (i >= x.sections().size() || i >= y.sections().size() || !same(x.sections().get(i), y.sections().get(i))) {
        sections.add(i);
      }
    }
    return new Differences(header, !x.intro().equals(y.intro()), sections);
  }

  /**
   * The warning that the résumé written as {@code format} and read back as {@code back} is not {@code original},
   * naming what differs; null when nothing does.
   */
  public static Diagnostic notGivenBack(Resume original, Resume back, String file, String format) {
    Differences d = of(original, back);
    if (d.none()) return null;
    List<String> what = new ArrayList<>(d.header());
    if (d.intro()) what.add("the introduction");
    for (int i : d.sections()) {
      what.add(i < original.sections().size() ? "section `" + original.sections().get(i).title() + "`" : "a section");
    }
    return Diagnostic.warning(Code.NOT_EXACT, SourcePos.file(file), "converted back, the " + format
        + " written would not give the same " + String.join(", ", what),
        "this is a limit of cvpress's conversion; please report it with the résumé");
  }

  private static boolean same(Section a, Section b) {
    return a.title().equals(b.title()) && a.tags().equals(b.tags()) && a.blocks().equals(b.blocks());
  }

  private static String pageTitle(Header h) {
    return h.pageTitle() == null ? null : h.pageTitle().text();
  }

  /** Contacts in the order the header shows them: by kind, the author's order within a kind. */
  public static List<Contact> shown(List<Contact> contacts) {
    return contacts.stream().sorted(Comparator.comparingInt(c -> c.kind().ordinal())).toList();
  }
}
