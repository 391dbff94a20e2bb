package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.KeptComment;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Inline;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Resume written as the Markdown résumé a person would write: front matter for who they are and how to
 * reach them, {@code ##} sections, {@code ###} entries with their dates, the text, the bullets. Sections follow
 * cvpress's layout in {@code meta.cvpress} when the file came from cvpress, else the usual order, titled in the
 * résumé's language ({@link EntryMarkdown} writes each item as an entry). Every line remembers the JSON pointer
 * it came from.
 *
 * <p>JSON Resume's strings of text ({@code summary}, {@code highlights}, names of skills) are Markdown, as JSON
 * Resume themes read them; names, places and dates of an entry are plain text.
 */
final class ToMarkdown {
  /** Networks a labelled contact line names ({@code Twitter: @me}), which cvpress shows as written. */
  static final Set<String> LABELLED_NETWORKS = Set.of("twitter", "x", "mastodon", "telegram", "wechat", "skype",
      "gitlab");

  private final JsonResume source;
  private final ObjectNode root;
  private final ObjectNode basics;
  private final ObjectNode cv;
  private final String lang;
  private final MarkdownDocument doc = new MarkdownDocument();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final EntryMarkdown entries;

  record Result(MarkdownDocument.Written written, List<Diagnostic> warnings) {}

  private ToMarkdown(JsonResume source, Set<String> datesIgnored) {
    this.source = source;
    this.root = source.root();
    this.basics = Json.object(root, "basics");
    this.cv = Json.object(Json.object(root, "meta"), "cvpress");
    this.lang = Json.text(cv, "lang");
    this.entries = new EntryMarkdown(source, doc, warnings, datesIgnored);
  }

  /**
   * @param datesIgnored items whose {@code dates} (the dates as a Markdown heading wrote them) no longer agree
   *     with their ISO dates: their headings show the ISO dates
   * @param kept JSON for the comment at the end, of fields the Markdown does not show; null for none
   */
  static Result write(JsonResume source, Set<String> datesIgnored, String kept) {
    // A footnote's mark in a name or a title ("Routing²") is a reference again where the texts define that note;
    // elsewhere ("300 m²") it is text. The texts are written once to learn which notes they define.
    Result first = MarkdownText.withNotes(Set.of(), () -> once(source, datesIgnored, kept));
    Set<Integer> notes = new java.util.HashSet<>();
    java.util.regex.Matcher m = NOTE.matcher(first.written().text());
    while (m.find()) notes.add(Integer.parseInt(m.group(1)));
    return notes.isEmpty() ? first : MarkdownText.withNotes(notes, () -> once(source, datesIgnored, kept));
  }

  private static final java.util.regex.Pattern NOTE =
      java.util.regex.Pattern.compile("(?m)^ {0,3}\\[\\^(\\d{1,6})\\]:");

  private static Result once(JsonResume source, Set<String> datesIgnored, String kept) {
    ToMarkdown w = new ToMarkdown(source, datesIgnored);
    w.header();
    w.sections();
    if (kept != null) w.doc.block(KeptComment.write(kept), "/meta");
    return new Result(w.doc.write(), List.copyOf(w.warnings));
  }

  // ---- header ----

  private void header() {
    String name = Json.text(basics, "name");
    String label = Json.text(basics, "label");
    // A headline with Markdown in it is written under an H1, where it is read as Markdown; front matter is text.
    boolean plainLabel = label == null || MarkdownText.inlines(List.of(new Inline.Text(label))).equals(label);
    doc.field("title", Json.text(cv, "title"), "/meta/cvpress/title");
    if (plainLabel) {
      doc.field("name", name, "/basics/name");
      doc.field("headline", label, "/basics/label");
    }
    List<String> labelled = contacts();
    doc.field("photo", Json.text(basics, "image"), "/basics/image");
    doc.field("lang", lang, "/meta/cvpress/lang");
    doc.inlineList("languages", Json.texts(cv, "languages"), "/meta/cvpress/languages");
    doc.inlineList("keywords", Json.texts(cv, "keywords"), "/meta/cvpress/keywords");
    doc.field("date", Json.text(Json.object(root, "meta"), "lastModified"), "/meta/lastModified");
    Map<String, String> style = new LinkedHashMap<>();
    ObjectNode styleNode = Json.object(cv, "style");
    if (styleNode != null) {
      styleNode.properties().forEach(e -> {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) style.put(e.getKey(), e.getValue().asText());
      });
    }
    doc.map("style", style, "/meta/cvpress/style");
    if (!plainLabel) {
      if (name != null) doc.block("# " + MarkdownText.plain(name), "/basics/name");
      doc.block(MarkdownText.lineStart(label), "/basics/label");
    }
    if (!labelled.isEmpty()) doc.block(String.join("\n", labelled), "/basics/profiles");
  }

  /** The contacts: front-matter keys and links; returns the lines of a labelled contact paragraph, if any. */
  private List<String> contacts() {
    List<String> labelled = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> linkOrigins = new ArrayList<>();
    JsonNode exact = exactContacts();
    if (exact != null) {
      Contacts.write(exact, doc, links, linkOrigins);
    } else {
      doc.field("email", Json.text(basics, "email"), "/basics/email");
      doc.field("phone", Json.text(basics, "phone"), "/basics/phone");
      doc.field("location", Contacts.location(Json.object(basics, "location")), "/basics/location");
      doc.field("website", Json.text(basics, "url"), "/basics/url");
      List<JsonNode> profiles = Json.array(basics, "profiles");
      for (int i = 0; i < profiles.size(); i++) {
        String pointer = "/basics/profiles/" + i;
        String line = Contacts.labelledLine(profiles.get(i));
        if (line != null) {
          labelled.add(line);
          continue;
        }
        String link = Contacts.link(profiles.get(i));
        if (link != null) {
          links.add(link);
          linkOrigins.add(pointer);
        }
      }
    }
    doc.list("links", links, linkOrigins);
    return labelled;
  }

  /** cvpress's list of contacts as the Markdown had them, while the JSON Resume contacts are as they were then. */
  private JsonNode exactContacts() {
    JsonNode contacts = cv == null ? null : cv.get("contacts");
    if (contacts == null || !contacts.isArray()) return null;
    String from = Json.text(cv, "contactsFrom");
    if (from != null && from.equals(Contacts.fingerprint(basics))) return contacts;
    warnings.add(Diagnostic.warning(Code.KEPT_FIELD_STALE, source.at("/meta/cvpress/contacts"),
        "the contacts were edited since cvpress kept them as the Markdown wrote them; written from basics",
        "check the contacts in the front matter"));
    return null;
  }

  // ---- sections ----

  private void sections() {
    String summary = Json.text(basics, "summary");
    Map<Kind, Integer> used = new EnumMap<>(Kind.class);
    List<JsonNode> layout = Json.array(cv, "sections");
    boolean summaryPlaced = layout.stream().anyMatch(e -> "summary".equals(Json.text(e, "from")));
    if (summary != null && !summaryPlaced) {
      doc.block("## " + heading(Kind.SUMMARY.title(lang)), "/basics/summary");
      doc.block(summary, "/basics/summary");
    }
    for (int i = 0; i < layout.size(); i++) {
      JsonNode entry = layout.get(i);
      String pointer = "/meta/cvpress/sections/" + i;
      String title = Json.text(entry, "title");
      Kind kind = Kind.ofKey(String.valueOf(Json.text(entry, "from")));
      String markdown = Json.text(entry, "markdown");
      if (title == null) {
        // The introduction: what stands before the first section.
        if (kind == Kind.SUMMARY && summary != null) doc.block(summary, "/basics/summary");
        else if (markdown != null) doc.block(markdown, pointer + "/markdown");
        continue;
      }
      doc.block("## " + heading(title) + MarkdownText.tags(Set.copyOf(Json.texts(entry, "tags"))),
          kind != null ? "/" + kind.key : pointer);
      if (kind == null) {
        if (markdown != null) doc.block(markdown, pointer + "/markdown");
        continue;
      }
      if (kind == Kind.SUMMARY) {
        if (summary != null) doc.block(summary, "/basics/summary");
        continue;
      }
      List<JsonNode> all = Json.array(root, kind.key);
      int start = used.getOrDefault(kind, 0);
      JsonNode countNode = entry.get("count");
      int count = countNode != null && countNode.canConvertToInt() ? countNode.asInt() : all.size() - start;
      int end = Math.max(start, Math.min(all.size(), start + Math.max(0, count)));
      used.put(kind, end);
      List<JsonNode> items = all.subList(start, end);
      if (markdown != null) {
        String was = Json.text(entry, "items");
        if (was != null && was.equals(Layout.fingerprint(items))) {
          doc.block(markdown, pointer + "/markdown");
          continue;
        }
        warnings.add(Diagnostic.warning(Code.KEPT_FIELD_STALE, source.at(pointer), "the section `" + title
            + "` was edited in JSON Resume since cvpress kept it as the Markdown wrote it;"
            + " it is written from its JSON Resume fields", "check the section in the Markdown"));
      }
      items(kind, items, start, Json.text(entry, "form"));
    }
    for (Kind kind : Kind.ORDER) {
      if (kind == Kind.SUMMARY) continue;
      List<JsonNode> all = Json.array(root, kind.key);
      int start = used.getOrDefault(kind, 0);
      if (start >= all.size() || all.subList(start, all.size()).stream().allMatch(Json::empty)) continue;
      doc.block("## " + heading(kind.title(lang)), "/" + kind.key);
      items(kind, all.subList(start, all.size()), start, null);
    }
  }

  private static String heading(String title) {
    return MarkdownBlocks.sectionTitle(title);
  }

  /** One bullet list, an item a line ({@code line} gives it; null leaves the item out), each at its pointer. */
  private void bullets(Kind kind, List<JsonNode> items, int first, java.util.function.Function<JsonNode, String> line) {
    boolean firstLine = true;
    for (int i = 0; i < items.size(); i++) {
      String text = line.apply(items.get(i));
      if (text == null) continue;
      String bullet = "- " + MarkdownBlocks.indented(MarkdownText.lineStart(text), "  ");
      if (firstLine) doc.block(bullet, "/" + kind.key + "/" + (first + i));
      else doc.lines(bullet, "/" + kind.key + "/" + (first + i));
      firstLine = false;
    }
  }

  private void items(Kind kind, List<JsonNode> items, int first, String form) {
    if (kind.shape == Kind.Shape.LIST) {
      if ("definitions".equals(form)) {
        for (int i = 0; i < items.size(); i++) {
          String term = ListItems.term(kind, items.get(i));
          if (term == null) continue;
          doc.block(term + "\n: " + MarkdownBlocks.indented(String.join(", ", ListItems.keywords(kind, items.get(i))),
              "  "), "/" + kind.key + "/" + (first + i));
        }
        return;
      }
      String field = kind == Kind.LANGUAGES ? "language" : "name";
      if ("text".equals(form) && items.size() == 1 && onlyField(items.get(0), field)) {
        doc.block(MarkdownText.lineStart(Json.text(items.get(0), field)), "/" + kind.key + "/" + first);
        return;
      }
      bullets(kind, items, first, item -> ListItems.line(kind, item));
      return;
    }
    if ("list".equals(form) && items.stream().allMatch(i -> onlyField(i, kind.fields.single()))) {
      bullets(kind, items, first, item -> Json.text(item, kind.fields.single()));
      return;
    }
    boolean previousDated = false;
    for (int i = 0; i < items.size(); i++) {
      if (Json.empty(items.get(i))) continue;
      previousDated = entries.entry(kind, (ObjectNode) items.get(i), "/" + kind.key + "/" + (first + i), previousDated);
    }
  }

  private static boolean onlyField(JsonNode item, String field) {
    if (!(item instanceof ObjectNode o)) return false;
    for (var e : o.properties()) {
      if (!e.getKey().equals(field) && !Json.empty(e.getValue())) return false;
    }
    return true;
  }
}
