package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Block;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One section of a résumé as the entries of a RenderCV section, all of one type, as RenderCV requires: text as
 * text entries, bullets as bullet entries ({@code **Label:** details} bullets as one-line entries), a numbered list
 * as numbered entries; {@code ###} entries as education entries (in an education section), publication entries (a
 * journal line and authors, or a DOI), experience entries (title and organisation), or else normal entries. This
 * is how {@link Entries} reads each type, the other way round. Tables, code, images, quotes and the like, which no
 * type holds, are written as the text {@link AsText} makes of them.
 */
final class EntriesOut {
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DOI = Pattern.compile("DOI: \\[(10\\.[^\\]]+)\\]\\(https://doi\\.org/\\1\\)");

  private final String file;
  private final List<Diagnostic> warnings;

  EntriesOut(String file, List<Diagnostic> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  /** The section's entries; {@code kind} is the JSON Resume section its title names, or null. */
  List<Object> section(String title, List<Block> blocks, String kind) {
    List<Entry> entries = blocks.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
    if (!entries.isEmpty()) {
      for (Block b : blocks) {
        if (!(b instanceof Entry)) notCarried(b, "section `" + title + "` has `###` entries, and RenderCV's schema"
            + " lets a section list text or entries of one type, never both: " + what(b) + " beside them is left"
            + " out", "give it a `##` section of its own, or move it under an entry");
      }
      return entries(entries, kind);
    }
    List<Block> shown = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph || b instanceof Block.BulletList) shown.add(b);
      else if (!AsText.of(b).isEmpty()) shown.addAll(AsText.of(b));
      else notCarried(b, what(b) + " has no place in RenderCV; left out", "leave it out of the RenderCV file");
    }
    boolean text = shown.stream().anyMatch(Block.Paragraph.class::isInstance);
    boolean lists = shown.stream().anyMatch(Block.BulletList.class::isInstance);
    List<Object> out = new ArrayList<>();
    if (text && lists) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, at(shown.get(0).pos()), "section `" + title
          + "` has text and a list, and a RenderCV section holds one type of entry: its items are written as lines"
          + " of text", "give the list a section of its own to keep its bullets"));
    }
    if (!lists) {
      for (Block b : shown) out.add(MarkdownText.inlines(((Block.Paragraph) b).inlines()));
      return out;
    }
    boolean numbered = shown.stream().allMatch(b -> b instanceof Block.BulletList l && l.ordered());
    // RenderCV counts its numbered entries from 1: numbers written otherwise ("3.", "1999.") lead lines of text.
    boolean counted = numbered && shown.stream().allMatch(b -> b instanceof Block.BulletList l && l.start() == 1);
    boolean written = numbered && !counted;
    List<Block.ListItem> items = new ArrayList<>();
    for (Block b : shown) {
      if (b instanceof Block.Paragraph p) out.add(MarkdownText.inlines(p.inlines()));
      else for (int i = 0; i < ((Block.BulletList) b).items().size(); i++) {
        Block.BulletList l = (Block.BulletList) b;
        if (written) out.add(l.number(i) + ". " + highlight(l.items().get(i)));
        else if (text) out.add(highlight(l.items().get(i)));
        else items.add(l.items().get(i));
      }
    }
    if (text || written) return out;
    boolean oneLine = items.stream().allMatch(i -> label(i) != null);
    for (Block.ListItem item : items) {
      Map<String, Object> e = new LinkedHashMap<>();
      if (numbered) {
        e.put("number", highlight(item));
      } else if (oneLine) {
        String[] parts = label(item);
        e.put("label", parts[0]);
        e.put("details", parts[1]);
      } else {
        e.put("bullet", highlight(item));
      }
      out.add(e);
    }
    return out;
  }

  /**
   * The RenderCV type of a section's entries, as RenderCV tells it by their keys ("text" for text entries), or
   * "mixed"; a section lists one type.
   */
  static String type(List<Object> items) {
    java.util.Set<String> types = new java.util.HashSet<>();
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> m)) {
        types.add("text");
        continue;
      }
      types.add(m.containsKey("company") ? "ExperienceEntry" : m.containsKey("institution") ? "EducationEntry"
          : m.containsKey("authors") ? "PublicationEntry" : m.containsKey("label") ? "OneLineEntry"
          : m.containsKey("bullet") ? "BulletEntry" : m.containsKey("number") ? "NumberedEntry" : "NormalEntry");
    }
    return types.size() == 1 ? types.iterator().next() : types.isEmpty() ? "none" : "mixed";
  }

  /** {@code **Label:** details} as its label and details; null for another item. */
  private String[] label(Block.ListItem item) {
    List<Inline> text = item.text();
    if (text.size() < 2 || !(text.get(0) instanceof Inline.Strong s) || !item.children().isEmpty()) return null;
    String label = MarkdownText.inlines(s.children());
    if (!label.endsWith(":") || label.length() < 2) return null;
    String details = MarkdownText.inlines(text.subList(1, text.size())).strip();
    return details.isEmpty() ? null : new String[] {label.substring(0, label.length() - 1), details};
  }

  private List<Object> entries(List<Entry> entries, String kind) {
    boolean titled = entries.stream().allMatch(e -> e.title() != null && e.org() != null);
    String type;
    if ("education".equals(kind) && titled) type = "EducationEntry";
    else if (entries.stream().allMatch(e -> publication(e, kind) != null)) type = "PublicationEntry";
    else if (titled) type = "ExperienceEntry";
    else type = "NormalEntry";
    List<Object> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.tags().isEmpty()) {
        warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, at(e.pos()), "RenderCV has no tags; the entry's tags"
            + " are left out", "render the variant you want with --tags first"));
      }
      out.add(type.equals("PublicationEntry") ? publication(e, kind) : entry(e, type));
    }
    return out;
  }

  private Map<String, Object> entry(Entry e, String type) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (type) {
      case "ExperienceEntry" -> {
        out.put("company", linked(e.org(), e.url()));
        out.put("position", e.title());
      }
      case "EducationEntry" -> {
        out.put("institution", linked(e.org(), e.url()));
        int in = e.title().indexOf(" in ");
        out.put("area", in > 0 ? e.title().substring(in + 4) : e.title());
        if (in > 0) out.put("degree", e.title().substring(0, in));
      }
      default -> {
        String name = e.title() != null && e.org() != null ? e.title() + " — " + e.org() : e.heading();
        out.put("name", linked(name, e.url()));
      }
    }
    dates(e.dates(), out);
    if (e.location() != null) out.put("location", e.location());
    List<String> summary = new ArrayList<>();
    if (e.role() != null) summary.add(MarkdownText.italic(e.role()));
    List<String> highlights = new ArrayList<>();
    for (Block b : e.body()) {
      if (b instanceof Block.Paragraph p) summary.add(MarkdownText.inlines(p.inlines()));
      else if (b instanceof Block.BulletList l) l.items().forEach(i -> highlights.add(highlight(i)));
      else if (b instanceof Block.SubHeading h) {
        // Where it stands among the bullets, so that the bullets under it stay under it.
        highlights.add("**" + MarkdownText.inlines(h.inlines()) + "**");
        notCarried(b, "RenderCV has no headings in an entry; written as a bullet in bold",
            "make it an entry of its own to keep it a heading");
      } else if (b instanceof Block.Table) {
        AsText.of(b).forEach(p -> highlights.add(MarkdownText.inlines(p.inlines())));
      } else if (!AsText.of(b).isEmpty()) {
        AsText.of(b).forEach(p -> summary.add(MarkdownText.inlines(p.inlines())));
      } else {
        notCarried(b, what(b) + " in an entry has no place in RenderCV; left out", "leave it out of the RenderCV file");
      }
    }
    if (!summary.isEmpty()) out.put("summary", String.join("\n\n", summary));
    if (!highlights.isEmpty()) out.put("highlights", highlights);
    return out;
  }

  /**
   * The entry as a publication: its italic line the journal, the paragraph after it the authors, a {@code DOI:}
   * line the DOI; null when it is not one (no authors, or neither a journal nor a DOI outside a publications
   * section).
   */
  private Map<String, Object> publication(Entry e, String kind) {
    if (e.title() != null && e.org() != null) return null;
    List<Block.Paragraph> paragraphs = new ArrayList<>();
    for (Block b : e.body()) {
      if (!(b instanceof Block.Paragraph p)) return null;
      paragraphs.add(p);
    }
    String journal = e.role();
    if (journal == null && !paragraphs.isEmpty() && paragraphs.get(0).inlines().size() == 1
        && paragraphs.get(0).inlines().get(0) instanceof Inline.Emph em) {
      // The journal line as RenderCV's entries are written: in italics, under the heading.
      journal = MarkdownText.inlines(em.children());
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    String doi = null;
    List<String> authors = null;
    List<String> summary = new ArrayList<>();
    for (Block.Paragraph p : paragraphs) {
      String md = MarkdownText.inlines(p.inlines());
      var m = DOI.matcher(md);
      if (m.matches() && doi == null) {
        doi = m.group(1);
      } else if (authors == null) {
        authors = authors(md);
        if (authors == null) return null;
      } else {
        summary.add(md);
      }
    }
    if (authors == null || journal == null && doi == null && !"publications".equals(kind)) return null;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", e.heading());
    out.put("authors", authors);
    if (!summary.isEmpty()) out.put("summary", String.join("\n\n", summary));
    if (doi != null) out.put("doi", doi);
    if (e.url() != null) out.put("url", e.url());
    if (journal != null) out.put("journal", journal);
    dates(e.dates(), out);
    return out;
  }

  /** A paragraph as a list of authors: names of at most five words, by commas; null when it is not one. */
  private static List<String> authors(String markdown) {
    List<String> names = Arrays.stream(markdown.split(",\\s+")).map(String::strip).toList();
    for (String n : names) {
      if (n.isEmpty() || n.split("\\s+").length > 5 || n.endsWith(".") && !n.matches(".*\\b\\p{Lu}\\.$")) return null;
    }
    return names;
  }

  /** A bullet as one highlight: nested bullets after {@code " - "}, as RenderCV writes them. */
  private String highlight(Block.ListItem item) {
    StringBuilder out = new StringBuilder(MarkdownText.inlines(item.text()));
    for (Block child : item.children()) {
      if (child instanceof Block.BulletList l) {
        for (int i = 0; i < l.items().size(); i++) {
          Block.ListItem sub = l.items().get(i);
          out.append(" - ").append(l.ordered() ? l.number(i) + ". " : "").append(MarkdownText.inlines(sub.text()));
          if (!sub.children().isEmpty()) notCarried(sub.children().get(0), "RenderCV nests bullets one level"
              + " deep; what is under this bullet is left out", "move it up a level");
        }
      } else if (!AsText.of(child).isEmpty()) {
        AsText.of(child).forEach(p -> out.append(' ').append(MarkdownText.inlines(p.inlines())));
      } else {
        notCarried(child, what(child) + " under a bullet has no place in RenderCV; left out",
            "write it as a bullet of its own");
      }
    }
    return out.toString();
  }

  private static String linked(String text, String url) {
    return url == null ? text : "[" + text.replace("[", "\\[").replace("]", "\\]") + "](" + url + ")";
  }

  /**
   * An entry's dates as RenderCV holds them: a range as {@code start_date} and {@code end_date} ({@code present}
   * for an ongoing one), a single date as {@code date} (in ISO form where that is how it reads back), dates cvpress
   * could not read as {@code date}, as written.
   */
  static void dates(DateRange d, Map<String, Object> out) {
    if (d == null) return;
    if (!d.isParsed()) {
      out.put("date", d.original());
      return;
    }
    if (d.end() != null || d.present()) {
      out.put("start_date", iso(d.start()));
      out.put("end_date", d.present() ? "present" : iso(d.end()));
      return;
    }
    String iso = iso(d.start());
    String original = d.original().strip();
    // RenderCV shows 2021-06 as Jun 2021; other forms (Summer 2021) are kept as written.
    out.put("date", !ISO.matcher(original).matches() && Entries.shown(iso).equals(original) ? iso : original);
  }

  private static String iso(dev.cvpress.model.PartialDate date) {
    return date.hasMonth() ? String.format("%04d-%02d", date.year(), date.month()) : String.format("%04d",
        date.year());
  }

  private void notCarried(dev.cvpress.model.Node b, String message, String hint) {
    warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, at(b.pos()), message, hint));
  }

  private SourcePos at(SourcePos pos) {
    return pos == null ? SourcePos.file(file) : pos;
  }

  private static String what(Block b) {
    if (b instanceof Block.Table) return "a table";
    if (b instanceof Block.CodeBlock) return "a code block";
    if (b instanceof Block.Quote) return "a quote";
    if (b instanceof Block.Image) return "an image";
    if (b instanceof Block.Rule) return "a rule";
    if (b instanceof Block.PageBreak) return "a page break";
    if (b instanceof Block.Definition) return "a definition";
    if (b instanceof Block.Footnote) return "a footnote";
    if (b instanceof Block.SubHeading) return "a heading";
    if (b instanceof Block.BulletList) return "a list";
    return "text";
  }
}
