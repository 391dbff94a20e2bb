package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A résumé model as a JSON Resume: the header as {@code basics}, each section in the JSON Resume section its title
 * names (Experience, Berufserfahrung → {@code work}; Skills → {@code skills} …), entries as items, an entry's
 * text as {@code summary}, its last bullets as {@code highlights}. What JSON Resume has no place for goes into
 * {@code meta.cvpress}, the place the schema gives to tools: the sections' titles and order, a section kept as
 * its Markdown, the language and style options. Each such field is reported. {@link EntryItems} makes each
 * entry an item.
 */
final class FromModel {
  /** What the standard schema of JSON Resume is called in the files it validates. */
  static final String SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

  private final Resume resume;
  private final Set<Integer> keptWhole;
  private final boolean exactContacts;
  private final ObjectNode root = Json.NODES.objectNode();
  private final ObjectNode basics = Json.NODES.objectNode();
  private final Map<Kind, ArrayNode> items = new LinkedHashMap<>();
  private final ArrayNode layout = Json.NODES.arrayNode();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final EntryItems entryItems = new EntryItems(warnings);

  record Result(ObjectNode json, List<Diagnostic> warnings) {}

  private FromModel(Resume resume, Set<Integer> keptWhole, boolean exactContacts) {
    this.resume = resume;
    this.keptWhole = keptWhole;
    this.exactContacts = exactContacts;
  }

  /**
   * @param keptWhole the sections (by index) to keep as their Markdown in {@code meta.cvpress} as well; -1 is the
   *     introduction
   * @param exactContacts keep the contacts as they are in {@code meta.cvpress} as well
   */
  static Result write(Resume resume, Set<Integer> keptWhole, boolean exactContacts) {
    FromModel w = new FromModel(resume, keptWhole, exactContacts);
    return MarkdownText.withNotes(MarkdownText.notes(resume), () -> {
      w.write();
      return new Result(w.root, List.copyOf(w.warnings));
    });
  }

  private void write() {
    root.put("$schema", SCHEMA_URL);
    var header = resume.header();
    if (!header.name().isBlank()) basics.put("name", header.name());
    if (!header.headline().isEmpty()) basics.put("label", MarkdownText.inlines(header.headline()));
    if (header.photo() != null) basics.put("image", header.photo());
    Contacts.toBasics(header.contacts(), basics);
    introduction();
    for (int i = 0; i < resume.sections().size(); i++) section(i, resume.sections().get(i));
    tagsInText();
    root.set("basics", basics);
    for (Kind k : Kind.ORDER) {
      ArrayNode a = items.get(k);
      if (a != null && !a.isEmpty()) root.set(k.key, a);
    }
    ObjectNode meta = Json.NODES.objectNode();
    Meta m = resume.meta();
    if (m.date() != null && !m.date().isBlank()) meta.put("lastModified", m.date());
    ObjectNode cv = Json.NODES.objectNode();
    if (!m.title().isBlank()) cv.put("title", m.title());
    if (!m.lang().equals("en")) cv.put("lang", m.lang());
    if (!m.languages().equals(List.of(m.lang()))) {
      ArrayNode languages = cv.putArray("languages");
      m.languages().forEach(languages::add);
    }
    if (!m.keywords().isEmpty()) {
      ArrayNode k = cv.putArray("keywords");
      m.keywords().forEach(k::add);
    }
    if (!m.style().isEmpty()) {
      ObjectNode style = cv.putObject("style");
      m.style().forEach(style::put);
    }
    if (!Layout.isDefault(layout, root, m.lang())) cv.set("sections", layout);
    if (exactContacts) {
      cv.set("contacts", Contacts.exact(header.contacts()));
      cv.put("contactsFrom", Contacts.fingerprint(basics));
    }
    if (!cv.isEmpty()) meta.set("cvpress", cv);
    if (!meta.isEmpty()) root.set("meta", meta);
  }

  /** Tags on paragraphs and bullets stay in their text, as {@code {tags=…}}: said once, where the first is. */
  private void tagsInText() {
    dev.cvpress.model.Nodes.stream(resume)
        .filter(n -> !(n instanceof Entry) && !dev.cvpress.model.Nodes.tags(n).isEmpty())
        .findFirst()
        .ifPresent(n -> warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, n.pos(),
            "JSON Resume has no place for the tags of a paragraph or a bullet; they stay in its text as {tags=…}",
            "JSON Resume themes show them as text; cvpress reads them back")));
  }

  private void introduction() {
    List<Block> intro = resume.intro();
    if (intro.isEmpty()) return;
    ObjectNode entry = layout.addObject();
    if (keptWhole.contains(-1)) {
      entry.put("markdown", MarkdownBlocks.blocks(intro));
      return;
    }
    basics.put("summary", MarkdownBlocks.blocks(intro));
    entry.put("from", Kind.SUMMARY.key);
  }

  private void section(int index, Section s) {
    ObjectNode entry = layout.addObject();
    entry.put("title", s.title());
    if (!s.tags().isEmpty()) {
      ArrayNode tags = entry.putArray("tags");
      s.tags().stream().sorted().forEach(tags::add);
    }
    Kind kind = Kind.ofTitle(s.title());
    if (kind == Kind.SUMMARY && !basics.has("summary") && s.entries().isEmpty() && !keptWhole.contains(index)) {
      basics.put("summary", MarkdownBlocks.blocks(s.blocks()));
      entry.put("from", kind.key);
      return;
    }
    if (kind == null || kind == Kind.SUMMARY) {
      entry.put("markdown", MarkdownBlocks.blocks(s.blocks()));
      warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, s.pos(), "section `" + s.title()
          + "` has no JSON Resume section; kept as Markdown in meta.cvpress.sections",
          "JSON Resume themes do not show it; title it as one of JSON Resume's sections (Experience, Education,"
              + " Projects, Skills …) if it is one"));
      return;
    }
    entry.put("from", kind.key);
    Decomposed d = decompose(kind, s);
    ArrayNode list = items.computeIfAbsent(kind, k -> Json.NODES.arrayNode());
    int before = list.size();
    if (d == null || keptWhole.contains(index)) {
      Decomposed some = d != null ? d : bestEffort(kind, s);
      some.items.forEach(list::add);
      entry.put("count", list.size() - before);
      entry.put("markdown", MarkdownBlocks.blocks(s.blocks()));
      entry.put("items", Layout.fingerprint(some.items));
      warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, s.pos(), "section `" + s.title() + "` does not fit"
          + " JSON Resume's " + kind.key + " exactly; kept as Markdown in meta.cvpress.sections too",
          "JSON Resume themes show the " + some.items.size() + " item" + (some.items.size() == 1 ? "" : "s")
              + " made from it; cvpress shows it as written"));
      return;
    }
    d.items.forEach(list::add);
    entry.put("count", d.items.size());
    if (d.form != null) entry.put("form", d.form);
  }

  /** A section's items, and the form they were written in (null for the usual one). */
  private record Decomposed(List<ObjectNode> items, String form) {}

  /** The section as items of {@code kind}, or null when its blocks are not in a form that kind's items take. */
  private Decomposed decompose(Kind kind, Section s) {
    List<Block> blocks = s.blocks();
    if (blocks.isEmpty()) return new Decomposed(List.of(), null);
    if (kind.shape == Kind.Shape.LIST) {
      if (blocks.size() == 1 && blocks.get(0) instanceof Block.BulletList l && !l.ordered()) {
        return new Decomposed(l.items().stream().map(i -> ListItems.item(kind, i)).toList(), null);
      }
      if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph p && p.tags().isEmpty()) {
        // One line of skills ("Go, Rust, C++"): one item, written back as that line.
        ObjectNode item = Json.NODES.objectNode();
        item.put(kind == Kind.LANGUAGES ? "language" : "name", MarkdownBlocks.paragraph(p.inlines()));
        return new Decomposed(List.of(item), "text");
      }
      if (blocks.stream().allMatch(Block.Definition.class::isInstance)) {
        List<ObjectNode> out = new ArrayList<>();
        for (Block b : blocks) {
          ObjectNode item = ListItems.item(kind, (Block.Definition) b);
          if (item == null) return null;
          out.add(item);
        }
        return new Decomposed(out, "definitions");
      }
      return null;
    }
    if (blocks.stream().allMatch(Entry.class::isInstance)) {
      return new Decomposed(blocks.stream().map(b -> entryItems.entry(kind, (Entry) b)).toList(), null);
    }
    if (blocks.size() == 1 && blocks.get(0) instanceof Block.BulletList l && !l.ordered()) {
      List<ObjectNode> out = new ArrayList<>();
      for (Block.ListItem i : l.items()) {
        ObjectNode item = Json.NODES.objectNode();
        item.put(kind.fields.single(), MarkdownBlocks.item(i));
        out.add(item);
      }
      return new Decomposed(out, "list");
    }
    return null;
  }

  /** What can be made of a section that does not fit: its entries, bullets and definitions as items. */
  private Decomposed bestEffort(Kind kind, Section s) {
    List<ObjectNode> out = new ArrayList<>();
    for (Block b : s.blocks()) {
      if (b instanceof Entry e) {
        out.add(kind.shape == Kind.Shape.LIST ? named(kind, e.heading()) : entryItems.entry(kind, e));
      } else if (b instanceof Block.BulletList l) {
        for (Block.ListItem i : l.items()) {
          out.add(kind.shape == Kind.Shape.LIST ? ListItems.item(kind, i) : named(kind, MarkdownBlocks.item(i)));
        }
      } else if (b instanceof Block.Definition d && kind.shape == Kind.Shape.LIST) {
        ObjectNode item = ListItems.item(kind, d);
        out.add(item != null ? item : named(kind, MarkdownText.inlines(d.term())));
      }
    }
    return new Decomposed(out, null);
  }

  private static ObjectNode named(Kind kind, String name) {
    ObjectNode item = Json.NODES.objectNode();
    String field = kind == Kind.LANGUAGES ? "language" : kind.shape == Kind.Shape.LIST ? "name" : kind.fields.single();
    item.put(field, name);
    return item;
  }
}
