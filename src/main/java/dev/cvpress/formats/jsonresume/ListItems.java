package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills, languages and interests as bullets, the way résumés list them: {@code **Web Development** (Master):
 * HTML, CSS}, {@code **Languages:** Go, Kotlin}, {@code German (professional, C1)}; or as a definition list, a
 * name over its keywords. A bullet that reads as none of these is kept whole as the item's name.
 */
final class ListItems {
  private ListItems() {}

  private static final String SEP = ", ";
  private static final Pattern LEVEL = Pattern.compile(" \\(([^()]+)\\)(?:: (.+))?", Pattern.DOTALL);
  private static final Pattern FLUENCY = Pattern.compile("(.*\\S) \\(([^()]+)\\)", Pattern.DOTALL);
  private static final Pattern TERM_LEVEL = Pattern.compile("(.*\\S) \\(([^()]+)\\)");

  private static String nameField(Kind kind) {
    return kind == Kind.LANGUAGES ? "language" : "name";
  }

  /** An item as one bullet's Markdown (without the {@code - }); null for an item with nothing to show. */
  static String line(Kind kind, JsonNode item) {
    if (kind == Kind.LANGUAGES) {
      String language = Json.text(item, "language");
      String fluency = Json.text(item, "fluency");
      if (language == null) return fluency;
      return fluency == null ? language : language + " (" + fluency + ")";
    }
    String name = Json.text(item, "name");
    String level = kind == Kind.SKILLS ? Json.text(item, "level") : null;
    List<String> keywords = keywords(kind, item);
    String kw = String.join(SEP, keywords);
    if (name == null) return keywords.isEmpty() ? level : kw;
    if (level != null) return "**" + name + "** (" + level + ")" + (keywords.isEmpty() ? "" : ": " + kw);
    if (!keywords.isEmpty()) return "**" + name + ":** " + kw;
    return name;
  }

  /** A definition list's term for an item: its name, and its level in brackets. */
  static String term(Kind kind, JsonNode item) {
    String name = Json.text(item, nameField(kind));
    String level = kind == Kind.SKILLS ? Json.text(item, "level") : kind == Kind.LANGUAGES
        ? Json.text(item, "fluency") : null;
    if (name == null) return null;
    return MarkdownText.lineStart(level == null ? name : name + " (" + level + ")");
  }

  static List<String> keywords(Kind kind, JsonNode item) {
    return kind == Kind.LANGUAGES ? List.of() : Json.texts(item, "keywords");
  }

  // ---- Markdown to JSON Resume ----

  /** A bullet as an item: the forms above when it is one of them, else its whole Markdown as the name. */
  static ObjectNode item(Kind kind, Block.ListItem bullet) {
    String whole = MarkdownBlocks.item(bullet);
    ObjectNode item = Json.NODES.objectNode();
    if (bullet.children().isEmpty() && bullet.checked() == null && bullet.tags().isEmpty()) {
      ObjectNode parsed = parse(kind, bullet.text());
      if (parsed != null && whole.equals(MarkdownText.lineStart(line(kind, parsed)))) return parsed;
    }
    item.put(nameField(kind), whole);
    return item;
  }

  private static ObjectNode parse(Kind kind, List<Inline> text) {
    ObjectNode item = Json.NODES.objectNode();
    if (kind == Kind.LANGUAGES) {
      Matcher m = FLUENCY.matcher(MarkdownText.inlines(text));
      if (!m.matches()) return null;
      item.put("language", m.group(1));
      item.put("fluency", m.group(2));
      return item;
    }
    if (text.isEmpty() || !(text.get(0) instanceof Inline.Strong strong)) return null;
    String name = MarkdownText.inlines(strong.children());
    String rest = MarkdownText.inlines(text.subList(1, text.size()));
    if (name.endsWith(":") && rest.startsWith(" ") && !rest.isBlank()) {
      item.put("name", name.substring(0, name.length() - 1));
      keywords(item, rest.strip());
      return item;
    }
    Matcher m = LEVEL.matcher(rest);
    if (kind == Kind.SKILLS && m.matches()) {
      item.put("name", name);
      item.put("level", m.group(1));
      if (m.group(2) != null) keywords(item, m.group(2));
      return item;
    }
    return null;
  }

  /** A definition (a term over one line of keywords) as an item, or null when it is not one. */
  static ObjectNode item(Kind kind, Block.Definition d) {
    if (d.descriptions().size() != 1 || d.descriptions().get(0).size() != 1
        || !(d.descriptions().get(0).get(0) instanceof Block.Paragraph p) || !p.tags().isEmpty()) {
      return null;
    }
    ObjectNode item = Json.NODES.objectNode();
    String term = MarkdownText.inlines(d.term());
    Matcher m = TERM_LEVEL.matcher(term);
    if (kind != Kind.INTERESTS && m.matches()) {
      item.put(nameField(kind), m.group(1));
      item.put(kind == Kind.LANGUAGES ? "fluency" : "level", m.group(2));
    } else {
      item.put(nameField(kind), term);
    }
    if (kind != Kind.LANGUAGES) keywords(item, MarkdownText.inlines(p.inlines()));
    String written = term(kind, item) + "\n: " + String.join(SEP, keywords(kind, item));
    String original = MarkdownText.lineStart(term) + "\n: " + MarkdownBlocks.paragraph(p.inlines());
    return written.equals(original) ? item : null;
  }

  private static void keywords(ObjectNode item, String text) {
    ArrayNode keywords = item.putArray("keywords");
    for (String k : text.split(SEP, -1)) keywords.add(k);
  }
}
