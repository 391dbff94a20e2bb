package dev.cvpress.formats.linkedin;

import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The export's résumé files as sections, in the order a résumé has them: Summary, Experience (Positions.csv),
 * Education, Projects, Volunteering, Certifications, Publications, Honors & Awards, Skills, Languages. Each row
 * is a {@code ###} entry {@code Title — Org — Place | Jan 2020 – Present}; a description's lines that start with
 * a bullet become bullets, the others paragraphs.
 */
final class Sections {
  private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦‣*–-]\\s+");

  private final Map<String, CsvTable> files;
  private final MarkdownDocument doc;

  Sections(Map<String, CsvTable> files, MarkdownDocument doc) {
    this.files = files;
    this.doc = doc;
  }

  /** How one file's row becomes an entry: which columns hold what; null where the file has no such column. */
  private record Shape(String file, String title, String org, String location, String url, String start,
      String end, String role, List<String> text, Map<String, String> labelled) {}

  private static final List<Shape> ENTRIES = List.of(
      new Shape("Positions.csv", "Title", "Company Name", "Location", null, "Started On", "Finished On", null,
          List.of("Description"), Map.of()),
      new Shape("Education.csv", "Degree Name", "School Name", null, null, "Start Date", "End Date", null,
          List.of("Notes"), Map.of("Activities", "Activities")),
      new Shape("Projects.csv", null, "Title", null, "Url", "Started On", "Finished On", null,
          List.of("Description"), Map.of()),
      new Shape("Volunteering.csv", "Role", "Company Name", null, null, "Started On", "Finished On", "Cause",
          List.of("Description"), Map.of()),
      new Shape("Certifications.csv", "Name", "Authority", null, "Url", "Started On", "Finished On", null,
          List.of(), Map.of("License Number", "License")),
      new Shape("Publications.csv", "Name", "Publisher", null, "Url", "Published On", null, null,
          List.of("Description"), Map.of()),
      new Shape("Honors.csv", "Title", "Issuer", null, null, "Issued On", null, null, List.of("Description"),
          Map.of()));

  private static final Map<String, String> TITLES = Map.of("Positions.csv", "Experience", "Education.csv",
      "Education", "Projects.csv", "Projects", "Volunteering.csv", "Volunteering", "Certifications.csv",
      "Certifications", "Publications.csv", "Publications", "Honors.csv", "Honors & Awards");

  void write() {
    CsvTable profile = files.get("Profile.csv");
    CsvTable.Row p = profile.rows.isEmpty() ? null : profile.rows.get(0);
    if (p != null && p.get("Summary") != null) {
      doc.block("## Summary", p.origin("Summary"));
      text(p.get("Summary"), p.origin("Summary"));
    }
    for (Shape shape : ENTRIES) {
      CsvTable table = files.get(shape.file);
      if (table == null || table.rows.stream().allMatch(r -> r.values().stream().allMatch(String::isBlank))) {
        continue;
      }
      doc.block("## " + MarkdownBlocks.sectionTitle(TITLES.get(shape.file)),
          shape.file + ":1:1");
      for (CsvTable.Row r : table.rows) entry(shape, r);
    }
    skills();
    languages();
  }

  private void entry(Shape s, CsvTable.Row r) {
    String title = s.title == null ? null : r.get(s.title);
    String org = s.org == null ? null : r.get(s.org);
    if (title == null && org == null) return;
    if (org == null) {
      org = title;
      title = null;
    }
    String url = s.url == null ? null : r.get(s.url);
    if (url != null && !url.matches("(?i)https?://\\S+")) url = url.matches("\\S+\\.\\S+") ? "https://" + url : null;
    String dates = dates(s.start == null ? null : r.get(s.start), s.end == null ? null : r.get(s.end), s.end != null);
    String origin = r.origin(s.title != null && r.get(s.title) != null ? s.title : s.org);
    doc.block("### " + MarkdownBlocks.heading(title, org, url, s.location == null ? null : r.get(s.location), dates),
        origin);
    if (s.role != null && r.get(s.role) != null) doc.block(MarkdownText.italic(r.get(s.role)), r.origin(s.role));
    for (String column : s.text) {
      if (r.get(column) != null) text(r.get(column), r.origin(column));
    }
    s.labelled.forEach((column, label) -> {
      if (r.get(column) != null) doc.block(label + ": " + MarkdownText.plain(r.get(column)), r.origin(column));
    });
  }

  /**
   * A date range as LinkedIn's dates read: {@code Jan 2020 – Present} when a start has no end (for files whose
   * rows end), a lone date as it is.
   */
  static String dates(String start, String end, boolean ends) {
    if (start == null) return end;
    if (!ends) return start;
    return start + " – " + (end == null ? "Present" : end);
  }

  /** Free text (a summary, a description): bulleted lines as a list, other lines as paragraphs. */
  private void text(String text, String origin) {
    List<String> paragraph = new ArrayList<>();
    List<String> bullets = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n")) {
      if (line.isBlank()) {
        flush(paragraph, bullets, origin);
        continue;
      }
      if (BULLET.matcher(line).lookingAt()) {
        if (!paragraph.isEmpty()) flush(paragraph, List.of(), origin);
        bullets.add("- " + MarkdownText.plain(BULLET.matcher(line).replaceFirst("").strip()));
      } else {
        if (!bullets.isEmpty()) flush(List.of(), bullets, origin);
        paragraph.add(MarkdownText.plain(line.strip()));
      }
    }
    flush(paragraph, bullets, origin);
  }

  private void flush(List<String> paragraph, List<String> bullets, String origin) {
    if (!paragraph.isEmpty()) {
      doc.block(MarkdownText.lineStart(String.join("\n", paragraph)), origin);
      if (paragraph instanceof ArrayList) paragraph.clear();
    }
    if (!bullets.isEmpty()) {
      doc.block(String.join("\n", bullets), origin);
      if (bullets instanceof ArrayList) bullets.clear();
    }
  }

  private void skills() {
    CsvTable table = files.get("Skills.csv");
    if (table == null) return;
    List<String> names = new ArrayList<>();
    for (CsvTable.Row r : table.rows) {
      String name = r.get("Name");
      if (name != null && !names.contains(name)) names.add(name);
    }
    if (names.isEmpty()) return;
    doc.block("## Skills", "Skills.csv:1:1");
    doc.block(MarkdownText.lineStart(String.join(", ", names.stream().map(MarkdownText::plain).toList())),
        table.rows.get(0).origin("Name"));
  }

  private void languages() {
    CsvTable table = files.get("Languages.csv");
    if (table == null || table.rows.stream().allMatch(r -> r.get("Name") == null)) return;
    doc.block("## Languages", "Languages.csv:1:1");
    boolean first = true;
    for (CsvTable.Row r : table.rows) {
      if (r.get("Name") == null) continue;
      String line = "- " + MarkdownText.plain(r.get("Name"))
          + (r.get("Proficiency") == null ? "" : " (" + MarkdownText.plain(r.get("Proficiency")) + ")");
      if (first) doc.block(line, r.origin("Name"));
      else doc.lines(line, r.origin("Name"));
      first = false;
    }
  }
}
