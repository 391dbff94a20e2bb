package dev.cvpress.check;

import dev.cvpress.check.ParserFields.Dates;
import dev.cvpress.check.ParserFields.Parsed;
import dev.cvpress.check.ParserFields.ParsedEntry;
import dev.cvpress.check.ParserFields.ParsedSection;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.pdf.PdfText;
import dev.cvpress.render.pdf.TextItem;
import dev.cvpress.transform.PersonName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF read back as a résumé parser reads it ({@link ParserLines}, {@link ParserFields}) and compared with the
 * model, field by field: what an applicant tracking system would fill in. Losing the name, the e-mail address or
 * an entry's dates is an error; the other fields are reported for what they are.
 */
public final class ParseBack {
  private ParseBack() {}

  /**
   * One field the résumé gives, and what the parser made of it.
   *
   * @param field what it is: name, email, phone, link, section, title, organisation or dates
   * @param of the entry or section it belongs to (its heading); null for the header's fields
   * @param expected the value in the résumé
   * @param found what the parser read for it; null when it found nothing
   * @param pos where the value is written
   */
  public record Field(String field, String of, String expected, String found, boolean ok, SourcePos pos) {}

  /**
   * Every field compared, and the errors for those a parser must find.
   *
   * @param reading how the parser that did best read the lines: "drawing order" or "position"
   */
  public record Report(String reading, List<Field> fields, List<Diagnostic> problems) {
    public Report {
      fields = List.copyOf(fields);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Parses {@code pdf} and compares it with {@code resume}; no fields when the PDF's text cannot be read. Parsers
   * read the lines either in the order the page draws them or by position (as the text rules find too); the
   * reading that recovers the résumé better is reported, so that a page one of them reads right passes.
   */
  public static Report read(String file, Resume resume, byte[] pdf) {
    List<TextItem> items;
    try {
      items = PdfText.items(pdf);
    } catch (IOException e) {
      return new Report(null, List.of(), List.of()); // the text rules say that the text cannot be read
    }
    Report drawn = compare(file, resume, "drawing order", ParserLines.inDrawingOrder(items));
    Report placed = compare(file, resume, "position", ParserLines.byPosition(items));
    if (placed.problems().size() != drawn.problems().size()) {
      return placed.problems().size() < drawn.problems().size() ? placed : drawn;
    }
    return found(placed) > found(drawn) ? placed : drawn;
  }

  private static long found(Report r) {
    return r.fields().stream().filter(Field::ok).count();
  }

  private static Report compare(String file, Resume resume, String reading, List<ParserLines.Line> lines) {
    return compare(file, resume, reading, ParserFields.parse(ParserLines.sections(lines)));
  }

  static Report compare(String file, Resume resume, String reading, Parsed parsed) {
    SourcePos top = SourcePos.start(file);
    List<Field> fields = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String name = resume.header().name();
    if (!name.isBlank()) {
      // Compared as a parser files it: "Doe, Jane, PhD" is found as Jane Doe, which is no loss.
      Field f = field("name", null, name, parsed.name(), same(PersonName.of(name).text(), parsed.name()), top);
      fields.add(f);
      if (!f.ok()) {
        problems.add(Diagnostic.error(Code.PARSED_NAME_LOST, top, "a résumé parser reading the PDF would not find"
            + " the name \"" + name + "\"" + (f.found() == null ? "" : "; it would take \"" + f.found()
            + "\" for it"), "set the name as text, alone on the first line and larger than the rest"));
      }
    }
    contacts(resume, parsed, top, fields, problems);
    for (Section s : resume.sections()) {
      if (s.title().isBlank()) continue;
      ParsedSection found = parsed.sections().stream().filter(p -> same(p.title(), s.title())).findFirst()
          .orElse(null);
      fields.add(field("section", null, s.title(), found == null ? null : found.title(), found != null, s.pos()));
      List<ParsedEntry> all = parsed.sections().stream().flatMap(p -> p.entries().stream()).toList();
      Nodes.stream(s.blocks()).filter(Entry.class::isInstance).map(Entry.class::cast)
          .forEach(e -> entry(e, found == null ? s.title() : null, found == null ? all : found.entries(), all,
              fields, problems));
    }
    return new Report(reading, fields, problems);
  }

  private static void contacts(Resume resume, Parsed parsed, SourcePos top, List<Field> fields,
      List<Diagnostic> problems) {
    boolean emailSeen = false;
    boolean phoneSeen = false;
    for (Contact c : resume.header().contacts()) {
      if (c.kind() == Contact.Kind.EMAIL && !ParserFields.isEmail(c.label())) {
        continue; // an address mail cannot reach is reported as such (EMAIL_INVALID), not again here
      } else if (c.kind() == Contact.Kind.EMAIL && !emailSeen) {
        emailSeen = true;
        Field f = field("email", null, c.label(), parsed.email(), c.label().equalsIgnoreCase(
            parsed.email() == null ? "" : parsed.email()), top);
        fields.add(f);
        if (!f.ok()) {
          problems.add(Diagnostic.error(Code.PARSED_EMAIL_LOST, top, "a résumé parser reading the PDF would not"
              + " find the e-mail address " + c.label(), "write the address itself as text in the contact line"));
        }
      } else if (c.kind() == Contact.Kind.PHONE && !phoneSeen) {
        phoneSeen = true;
        String found = parsed.phone();
        fields.add(field("phone", null, c.label(), found, found != null
            && found.replaceAll("\\D", "").equals(c.label().replaceAll("\\D", "")), top));
      } else if (c.kind() != Contact.Kind.EMAIL && c.kind() != Contact.Kind.PHONE
          && c.kind() != Contact.Kind.LOCATION) {
        String want = ParserFields.link(c.label());
        fields.add(field("link", null, c.label(), parsed.links().contains(want) ? want : null,
            parsed.links().contains(want), top));
      }
    }
  }

  /**
   * Compares entry {@code e} with its parsed entry: looked for under its section's title, and anywhere when a
   * heading inside the section was taken for a section title.
   */
  private static void entry(Entry e, String lostSection, List<ParsedEntry> inSection, List<ParsedEntry> all,
      List<Field> fields, List<Diagnostic> problems) {
    String heading = e.title() != null && e.org() != null ? e.title() + " — " + e.org() : e.heading();
    ParsedEntry p = match(e, inSection);
    if (p == null) p = match(e, all);
    if (e.title() != null) {
      String found = p == null ? null : p.title();
      fields.add(field("title", heading, e.title(), found, same(e.title(), found), e.pos()));
    }
    if (e.org() != null) {
      String found = p == null ? null : p.org();
      boolean ok = found != null && ParserLines.normal(found).startsWith(ParserLines.normal(e.org()));
      fields.add(field("organisation", heading, e.org(), found, ok, e.pos()));
    }
    DateRange d = e.dates();
    if (d == null || !d.isParsed()) return;
    Dates found = p == null ? null : p.dates();
    Field f = field("dates", heading, d.original(), found == null ? null : found.text(), sameDates(d, found),
        e.pos());
    fields.add(f);
    if (!f.ok() && p == null && lostSection != null) {
      // Neither the section nor the entry was found: the parser read the title as text, and its entries with it.
      problems.add(Diagnostic.error(Code.PARSED_DATES_LOST, e.pos(), "a résumé parser reading the PDF would not"
          + " find the dates of \"" + heading + "\": it would not take \"" + lostSection + "\" for a section"
          + " title, so it reads no entries under it", "title the section as parsers know it: Experience,"
          + " Work Experience, Employment, Education, Skills, Projects"));
    } else if (!f.ok()) {
      problems.add(Diagnostic.error(Code.PARSED_DATES_LOST, e.pos(), "a résumé parser reading the PDF would not"
          + " find the dates of \"" + heading + "\"" + (f.found() == null ? "" : "; it would read \"" + f.found()
          + "\""), "keep the dates as text on the entry's heading line: `### Title — Org | Jan 2020 – Present`"));
    }
  }

  /**
   * The parsed entry that is {@code e}: the one with its title (and organisation) read as such, else the first
   * whose opening lines hold both, else the first whose opening lines hold its main line.
   */
  private static ParsedEntry match(Entry e, List<ParsedEntry> candidates) {
    for (ParsedEntry c : candidates) {
      if (e.title() != null && same(e.title(), c.title())
          && (e.org() == null || c.org() != null && ParserLines.normal(c.org()).startsWith(normal(e.org())))) {
        return c;
      }
    }
    for (ParsedEntry c : candidates) {
      String h = normal(c.opening());
      if (h.contains(normal(e.heading())) && (e.org() == null || h.contains(normal(e.org())))) return c;
    }
    return candidates.stream().filter(c -> normal(c.opening()).contains(normal(e.heading()))).findFirst()
        .orElse(null);
  }

  private static String normal(String text) {
    return ParserLines.normal(text);
  }

  private static boolean sameDates(DateRange d, Dates found) {
    if (found == null || found.start() != d.start().year()) return false;
    if (d.present()) return found.present();
    if (d.end() == null) return found.end() == null || found.end() == d.start().year();
    return found.end() != null && found.end() == d.end().year();
  }

  private static boolean same(String expected, String found) {
    return found != null && ParserLines.normal(unmarked(expected)).equals(ParserLines.normal(unmarked(found)));
  }

  /** Text without its footnote marks (Ada Lovelace¹, or the mark's digit set small after the last word). */
  static String unmarked(String text) {
    return text.replaceAll("[\\p{No}*†‡]+", "").replaceAll("(?<=\\p{L})\\d+$", "").strip();
  }

  private static Field field(String field, String of, String expected, String found, boolean ok, SourcePos pos) {
    return new Field(field, of, expected, found, ok, pos);
  }
}
