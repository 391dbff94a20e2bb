package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.jsonresume.JsonResumes;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A résumé as a RenderCV file's tree: {@code cv:} with the person, their connections and one section per section
 * of the résumé ({@link EntriesOut} writes each section's entries), then {@code design.theme} (the RenderCV theme
 * nearest the résumé's) and {@code locale.language}. What RenderCV has no place for is reported at its position.
 */
final class FromModel {
  private final String file;
  private final List<Diagnostic> warnings = new ArrayList<>();

  private FromModel(String file) {
    this.file = file;
  }

  /** The tree, and what could not be carried over. */
  record Result(Map<String, Object> tree, List<Diagnostic> warnings) {}

  static Result write(Resume resume, String file) {
    // RenderCV has no footnotes: a note is written as text after its mark, and every mark stays a mark.
    return MarkdownText.withNotes(Set.of(), () -> written(resume, file));
  }

  private static Result written(Resume resume, String file) {
    FromModel w = new FromModel(file);
    Map<String, Object> cv = new LinkedHashMap<>();
    w.person(resume, cv);
    Map<String, Object> sections = new LinkedHashMap<>();
    EntriesOut entries = new EntriesOut(file, w.warnings);
    if (!resume.intro().isEmpty()) {
      // RenderCV has nothing above the sections: the introduction becomes the first, as RenderCV's examples do.
      String title = JsonResumes.sectionTitle("summary", resume.meta().lang());
      w.warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, w.pos(firstPos(resume.intro())),
          "RenderCV has no text above the sections; the introduction is written as section `" + title + "`",
          "give it a `## " + title + "` heading to say so in the Markdown too"));
      sections.put(key(title), entries.section(title, resume.intro(), null));
      w.textTagsNotCarried(resume.intro());
    }
    for (Section s : resume.sections()) {
      if (s.blocks().isEmpty()) continue;
      String title = s.title().isBlank() ? "Section" : s.title();
      List<Block> lead = s.blocks().stream().anyMatch(Entry.class::isInstance)
          ? s.blocks().stream().takeWhile(b -> !(b instanceof Entry)).toList() : List.of();
      if (!lead.isEmpty()) w.lead(sections, title, lead, entries);
      List<Block> rest = s.blocks().subList(lead.size(), s.blocks().size());
      w.put(sections, title, entries.section(title, rest, JsonResumes.sectionKind(s.title())), s.pos());
      if (!s.tags().isEmpty()) w.tagsNotCarried(s.pos());
      w.textTagsNotCarried(s.blocks());
    }
    if (!sections.isEmpty()) cv.put("sections", sections);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("cv", cv);
    String theme = resume.meta().style().get("theme");
    if (theme != null) {
      String theirs = Design.RENDERCV_THEMES.get(theme.toLowerCase(Locale.ROOT));
      if (theirs != null) {
        tree.put("design", Map.of("theme", theirs));
      } else {
        w.warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, w.pos(resume.meta().stylePos().get("theme")),
            "the theme `" + theme + "` has no RenderCV counterpart; RenderCV's default (classic) is used",
            "set `design: theme:` in the RenderCV file"));
      }
    }
    String language = Design.language(resume.meta().lang());
    if (language != null) {
      tree.put("locale", Map.of("language", language));
    } else {
      w.warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, SourcePos.file(file), "RenderCV has no locale for `"
          + resume.meta().lang() + "`; its labels and dates are in English", "set `locale:` in the RenderCV file"));
    }
    return new Result(tree, List.copyOf(w.warnings));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object o) {
    return (List<Object>) o;
  }

  /**
   * A section's entries under its title's key. A second section of that title joins the first when their entries
   * are of one type; otherwise it is written under the title as written (RenderCV shows both keys as the same
   * title), as a RenderCV section lists one type of entry.
   */
  private void put(Map<String, Object> sections, String title, List<Object> items, SourcePos pos) {
    String key = key(title);
    if (!sections.containsKey(key)) {
      sections.put(key, items);
      return;
    }
    List<Object> first = castList(sections.get(key));
    String type = EntriesOut.type(first);
    if (type.equals(EntriesOut.type(items)) || first.isEmpty() || items.isEmpty()) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, pos(pos), "a second section titled `" + title
          + "`: RenderCV names sections by their title, so its entries join the first",
          "give the sections different titles"));
      List<Object> joined = new ArrayList<>(first);
      joined.addAll(items);
      sections.put(key, joined);
    } else if (!sections.containsKey(title)) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, pos(pos), "a second section titled `" + title
          + "`, with entries of another type: RenderCV's schema lets a section list one type only, so it is"
          + " written as a second section of that title", "give the sections different titles"));
      sections.put(title, items);
    } else {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, pos(pos), "a third section titled `" + title
          + "`, with entries of another type than the first: RenderCV's schema lets a section list one type"
          + " only, and names sections by their title; left out", "give the sections different titles"));
    }
  }

  /**
   * The text above a section's {@code ###} entries. RenderCV's schema lets a section list text or entries of one
   * type, never both: the text becomes a section of its own, before the entries, of the same title as RenderCV
   * shows it (its key as written beside the entries' key in snake case), when the title has two such forms.
   */
  private void lead(Map<String, Object> sections, String title, List<Block> lead, EntriesOut entries) {
    SourcePos at = pos(firstPos(lead));
    List<Object> text = entries.section(title, lead, null);
    if (text.isEmpty()) return; // nothing RenderCV can show, each said where it is
    String key = key(title);
    if (key.equals(title) || sections.containsKey(title) || sections.containsKey(key)) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, at, "section `" + title + "` has text above its"
          + " `###` entries, and RenderCV's schema lets a section list text or entries of one type, never both;"
          + " this text is left out", "give the text a `##` section of its own, or move it under an entry"));
      return;
    }
    warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, at, "section `" + title + "` has text above its `###`"
        + " entries, and RenderCV's schema lets a section list text or entries of one type, never both; the text"
        + " is written as a section of the same title before them", "give the text a `##` section of its own"));
    sections.put(title, text);
  }

  private void person(Resume resume, Map<String, Object> cv) {
    var header = resume.header();
    if (!header.name().isBlank()) cv.put("name", header.name());
    if (!header.headline().isEmpty()) cv.put("headline", MarkdownText.inlines(header.headline()));
    List<String> emails = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    List<String> websites = new ArrayList<>();
    List<Object> networks = new ArrayList<>();
    List<Object> custom = new ArrayList<>();
    for (Contact c : header.contacts()) {
      switch (c.kind()) {
        case EMAIL -> emails.add(c.label().replaceFirst("(?i)^mailto:", ""));
        case PHONE -> phones.add(c.label());
        case LOCATION -> {
          if (!cv.containsKey("location")) {
            cv.put("location", c.label());
          } else {
            custom.add(connection("location-dot", c.label(), null));
          }
        }
        case WEBSITE -> {
          if (Networks.of(c.label(), c.url()) == null && (c.url() == null || shownAsIs(c.label(), c.url()))) {
            websites.add(c.url() != null ? c.url() : c.label());
          } else {
            network(c, networks, custom);
          }
        }
        default -> network(c, networks, custom);
      }
    }
    putOneOrMany(cv, "email", emails);
    if (header.photo() != null) cv.put("photo", header.photo());
    putOneOrMany(cv, "phone", phones);
    putOneOrMany(cv, "website", websites);
    if (!networks.isEmpty()) cv.put("social_networks", networks);
    if (!custom.isEmpty()) cv.put("custom_connections", custom);
  }

  /** A link as a social network RenderCV knows, else as a connection of its own with its text. */
  private static void network(Contact c, List<Object> networks, List<Object> custom) {
    Networks.Profile p = Networks.of(c.label(), c.url());
    if (p != null) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("network", p.network());
      n.put("username", p.username());
      networks.add(n);
    } else {
      custom.add(connection(c.url() == null ? "circle-info" : "link", c.label(), c.url()));
    }
  }

  /** Whether a website's text is its address (RenderCV shows a website as its address). */
  private static boolean shownAsIs(String label, String url) {
    String bare = url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/$", "");
    return label.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/$", "").equalsIgnoreCase(bare);
  }

  /** A connection RenderCV has no field for: its text, its link, and the Font Awesome icon RenderCV shows. */
  private static Map<String, Object> connection(String icon, String text, String url) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("fontawesome_icon", icon);
    c.put("placeholder", text);
    c.put("url", url);
    return c;
  }

  private static void putOneOrMany(Map<String, Object> cv, String key, List<String> values) {
    if (values.size() == 1) cv.put(key, values.get(0));
    else if (values.size() > 1) cv.put(key, List.copyOf(values));
  }

  private void tagsNotCarried(SourcePos at) {
    warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, pos(at), "RenderCV has no tags; the section's tags"
        + " are left out", "render the variant you want with --tags first"));
  }

  /** Tags on bullets and paragraphs are dropped as quietly as a section's would be, so each line says so. */
  private void textTagsNotCarried(List<Block> blocks) {
    Set<Integer> lines = new HashSet<>();
    Nodes.stream(blocks)
        .filter(n -> (n instanceof Block.ListItem || n instanceof Block.Paragraph)
            && !Nodes.variantTags(Nodes.tags(n)).isEmpty())
        .map(Node::pos)
        .filter(p -> p != null && lines.add(p.line()))
        .forEach(p -> warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, p, "RenderCV has no tags; the tags"
            + " on this line are left out", "render the variant you want with --tags first")));
  }

  private SourcePos pos(SourcePos at) {
    return at == null ? SourcePos.file(file) : at;
  }

  private static SourcePos firstPos(List<Block> blocks) {
    for (Block b : blocks) {
      SourcePos p = b.pos();
      if (p != null) return p;
    }
    return null;
  }

  /**
   * A section's key in {@code cv.sections}: in snake case where RenderCV's title of that key is the title
   * ({@code selected_honors} for "Selected Honors"), else the title as written.
   */
  static String key(String title) {
    String snake = title.toLowerCase(Locale.ROOT).replace(' ', '_');
    return !snake.isEmpty() && snake.matches("[\\p{L}\\p{N}_]+") && ToMarkdown.title(snake).equals(title) ? snake
        : title;
  }
}
