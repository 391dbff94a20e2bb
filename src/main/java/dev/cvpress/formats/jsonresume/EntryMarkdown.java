package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.MarkdownText;
import java.util.List;
import java.util.Set;

/**
 * One item of a JSON Resume section written as a Markdown entry: its heading ({@code ### Title — Org (url) — Place |
 * dates}, the dates as the Markdown wrote them where cvpress kept that, else from the ISO fields), its italic line,
 * its text, its labelled lines and its bullets, each line at its JSON pointer.
 */
final class EntryMarkdown {
  private final JsonResume source;
  private final MarkdownDocument doc;
  private final List<Diagnostic> warnings;
  private final Set<String> datesIgnored;

  /**
   * @param datesIgnored items whose {@code dates} no longer agree with their ISO dates: their headings show the
   *     ISO dates
   */
  EntryMarkdown(JsonResume source, MarkdownDocument doc, List<Diagnostic> warnings, Set<String> datesIgnored) {
    this.source = source;
    this.doc = doc;
    this.warnings = warnings;
    this.datesIgnored = datesIgnored;
  }

  /** One item as an entry; returns whether its heading has dates. */
  boolean entry(Kind kind, ObjectNode item, String pointer, boolean previousDated) {
    Kind.Fields f = kind.fields;
    String title;
    String org;
    if (kind == Kind.EDUCATION) {
      title = Education.degree(Json.text(item, "studyType"), Json.text(item, "area"));
      org = Json.text(item, f.org());
    } else {
      title = Json.text(item, f.title());
      org = Json.text(item, f.org() != null ? f.org() : Kind.ORG);
    }
    if (org == null && title != null && kind != Kind.EDUCATION && f.title().equals(f.single())) {
      // A kind whose one name is its title (a project's, an award's): the Markdown reader takes one name alone as
      // the org, and reading back puts it in `single`, the same field. A job's position with no employer is a
      // title with no org.
      org = title;
      title = null;
    }
    if (title == null && org == null) {
      org = Json.text(item, f.single());
      if (org == null) org = "—";
    }
    String url = Json.text(item, f.url() != null ? f.url() : Kind.URL);
    String location = Json.text(item, f.location() != null ? f.location() : Kind.LOCATION);
    String dates = dates(kind, item, pointer);
    String line = MarkdownBlocks.heading(title, org, url, location, dates)
        + MarkdownText.tags(Set.copyOf(Json.texts(item, Kind.TAGS)));
    doc.block("### " + line, pointer);
    if (dates == null && previousDated) {
      warnings.add(Diagnostic.warning(Code.JSON_RESUME_VALUE, source.at(pointer),
          pointer + " has no dates: following an entry with dates, it reads as part of that entry",
          "give it a start date (or a date), or move it above the entries with dates"));
    }
    String role;
    if ("roles".equals(f.role())) role = String.join(", ", Json.texts(item, "roles"));
    else role = Json.text(item, f.role() != null ? f.role() : Kind.ROLE);
    if (role != null && !role.isBlank()) {
      doc.block(MarkdownText.italic(role),
          pointer + "/" + (f.role() != null ? f.role() : Kind.ROLE));
    }
    String summaryField = f.summary() != null ? f.summary() : Kind.SUMMARY_TEXT;
    String summary = Json.text(item, summaryField);
    if (summary != null) doc.block(summary, pointer + "/" + summaryField);
    f.labelled().forEach((label, field) -> {
      String value = item.get(field) != null && item.get(field).isArray()
          ? String.join(", ", Json.texts(item, field))
          : Json.text(item, field) == null ? null : MarkdownText.plain(Json.text(item, field));
      if (value != null && !value.isBlank()) doc.block(label + ": " + value, pointer + "/" + field);
    });
    String listField = f.list() != null ? f.list() : Kind.LIST_FIELD;
    List<String> list = Json.texts(item, listField);
    for (int i = 0; i < list.size(); i++) {
      String bullet = "- " + MarkdownBlocks.indented(MarkdownText.lineStart(list.get(i)), "  ");
      if (i == 0) doc.block(bullet, pointer + "/" + listField + "/" + i);
      else doc.lines(bullet, pointer + "/" + listField + "/" + i);
    }
    return dates != null;
  }

  /** The heading's dates: as the Markdown wrote them, when cvpress kept that; else from the ISO fields. */
  private String dates(Kind kind, ObjectNode item, String pointer) {
    String written = Json.text(item, Kind.DATES);
    if (written != null && !datesIgnored.contains(pointer)) return written;
    Kind.Fields f = kind.fields;
    if (f.date() != null) {
      Dates.Read d = read(item, f.date(), pointer);
      if (d instanceof Dates.Date date) return date.date().shown();
      if (d instanceof Dates.Unreadable u) return u.text();
      return null;
    }
    Dates.Read start = read(item, f.start(), pointer);
    Dates.Read end = read(item, f.end(), pointer);
    if (start instanceof Dates.Unreadable || end instanceof Dates.Unreadable) {
      String s = start instanceof Dates.Date d ? d.date().shown() : start instanceof Dates.Unreadable u ? u.text() : "";
      String e = end instanceof Dates.Date d ? d.date().shown() : end instanceof Dates.Unreadable u ? u.text()
          : "Present";
      return (s + " – " + e).strip();
    }
    Dates.Iso from = start instanceof Dates.Date d ? d.date() : null;
    Dates.Iso to = end instanceof Dates.Date d ? d.date() : null;
    boolean present = from != null && !(end instanceof Dates.Date);
    return Dates.shown(from, to, present);
  }

  private Dates.Read read(ObjectNode item, String field, String pointer) {
    String value = Json.text(item, field);
    if (value == null) return null;
    Dates.Read d = Dates.read(value);
    String at = pointer + "/" + field;
    if (d instanceof Dates.Date date && date.loose()) {
      warnings.add(Diagnostic.warning(Code.JSON_RESUME_VALUE, source.at(at), at + ": `" + value
          + "` is not a JSON Resume date; read as " + date.date().json(),
          "write dates as YYYY, YYYY-MM or YYYY-MM-DD"));
    } else if (d instanceof Dates.Present) {
      if (!field.equals("endDate")) {
        return new Dates.Unreadable(value);
      }
      warnings.add(Diagnostic.warning(Code.JSON_RESUME_VALUE, source.at(at), at + ": `" + value
          + "` is not a JSON Resume date; read as ongoing", "leave endDate out for a job or study that goes on"));
    } else if (d instanceof Dates.Unreadable) {
      warnings.add(Diagnostic.warning(Code.JSON_RESUME_VALUE, source.at(at), at + ": `" + value
          + "` is not a date; shown as written", "write dates as YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    return d;
  }
}
