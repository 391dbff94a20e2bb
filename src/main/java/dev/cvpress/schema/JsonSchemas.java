package dev.cvpress.schema;

import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ManifestParser;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.StyleOption;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schemas an editor checks and completes a résumé's front matter and a {@code cvpress.yaml} with. They are
 * written from what the parser reads, {@link ResumeParser#FRONT_MATTER_KEYS}, {@link StyleOptions#ALL} and
 * {@link ManifestParser#OUTPUT_KEYS}, so an option added there is in the schema too; the copies committed under
 * {@code schemas/} are compared with these by a test.
 */
public final class JsonSchemas {
  private JsonSchemas() {}

  /** The schemas by name, as {@code cvpress schema NAME} takes them. */
  public static final List<String> NAMES = List.of("front-matter", "manifest");

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  /** What each front-matter key is; a key the parser reads and this map lacks is described generically. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("name", "Your name, the résumé's title line."),
      Map.entry("headline", "One line under the name, e.g. Staff Engineer."),
      Map.entry("email", "An email address, shown and linked."),
      Map.entry("phone", "A phone number, shown and linked (tel:)."),
      Map.entry("location", "Where you are, e.g. Berlin, Germany."),
      Map.entry("website", "A web address, shown and linked."),
      Map.entry("github", "A GitHub user name or profile address."),
      Map.entry("linkedin", "A LinkedIn profile name or address."),
      Map.entry("links", "More links: a list of addresses, of {url, label}, or a map of label to address."),
      Map.entry("photo", "A photo beside the résumé (a path relative to it)."),
      Map.entry("lang", "The language of the résumé (en, de, fr …): section labels, dates, hyphenation."),
      Map.entry("keywords", "The PDF's keywords: a list, or one comma-separated line."),
      Map.entry("style", "cvpress's style options; each may also be written at the top level."),
      Map.entry("title", "The PDF's title (default: the name)."),
      Map.entry("date", "The document date, as written."),
      Map.entry("languages", "The languages the résumé is written in, for {lang=…} marks and --lang: [en, de]."),
      Map.entry("check", "What cvpress check reads: words, a list of words it is not to report as misspelt."),
      Map.entry("check.words", "Words cvpress check is not to report as misspelt."));

  private static final Map<String, String> OUTPUT_FIELDS = Map.ofEntries(
      Map.entry("input", "The résumé, relative to the manifest."),
      Map.entry("output", "The output file, relative to the manifest; {name}, {theme}, {paper} and {tags} are"
          + " filled in."),
      Map.entry("theme", "A built-in theme or a .css file."),
      Map.entry("paper", "The paper size."),
      Map.entry("tags", "Render the version with content tagged so."),
      Map.entry("exclude-tags", "Leave out content tagged so."),
      Map.entry("set", "Front matter or style options to override, as key: value."),
      Map.entry("css", "An extra style sheet, relative to the manifest."),
      Map.entry("format", "The outputs to write: " + OutputFormat.list(", ") + "."),
      Map.entry("fit-pages", "Shrink within readable limits until the résumé fits N pages."),
      Map.entry("max-pages", "Fail (exit 3) when the PDF is longer than N pages."),
      Map.entry("pdfa", "Write PDF/A."),
      Map.entry("embed", "Carry the résumé's source inside the PDF (default true)."),
      Map.entry("redact", "Write a copy without personal data: true (the name as initials) or placeholder."),
      Map.entry("cover-letter", "A cover letter rendered beside the résumé with the same options."),
      Map.entry("lang", "The language to render of a résumé written in several, or a list of them for one output"
          + " each ({lang} in output tells them apart)."));

  /** The schema named so, as JSON text; null for a name that is not one of {@link #NAMES}. */
  public static String text(String name) {
    return switch (name) {
      case "front-matter" -> JsonWriter.write(frontMatter());
      case "manifest" -> JsonWriter.write(manifest());
      default -> null;
    };
  }

  static Map<String, Object> frontMatter() {
    Map<String, Object> styles = new LinkedHashMap<>();
    for (StyleOption<?> option : StyleOptions.ALL) styles.put(option.key(), styleOption(option));
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String key : ResumeParser.FRONT_MATTER_KEYS) {
      Map<String, Object> p = switch (key) {
        case "keywords" -> oneOrList(null);
        case "links" -> map("anyOf", List.of(
            map("type", "array", "items", map("anyOf", List.of(map("type", "string"), map("type", "object",
                "properties", map("url", map("type", "string"), "label", map("type", "string"),
                    "name", map("type", "string")), "required", List.of("url"))))),
            map("type", "object", "additionalProperties", map("type", "string"))));
        case "style" -> map("type", "object", "properties", styles, "additionalProperties", false);
        case "phone", "date" -> map("type", List.of("string", "number"));
        case "languages", "check.words" -> oneOrList(null);
        case "check" -> map("type", "object", "properties", map("words", oneOrList(null)));
        default -> map("type", "string");
      };
      // A text value may be given per language: headline: {en: …, de: …}.
      if (ResumeParser.PER_LANGUAGE_KEYS.contains(key)) {
        p = map("anyOf", List.of(p, map("type", "object", "additionalProperties", p)));
      }
      p.put("description", FIELDS.getOrDefault(key, "Read by cvpress."));
      properties.put(key, p);
    }
    // A style option written at the top level (as other tools do) sets it as style: does.
    for (Map.Entry<String, Object> e : styles.entrySet()) properties.putIfAbsent(e.getKey(), e.getValue());
    return map("$schema", DRAFT, "title", "cvpress résumé front matter",
        "description", "The YAML (or TOML) front matter of a cvpress résumé. Keys cvpress does not read (a site"
            + " generator's) are allowed.",
        "type", "object", "properties", properties, "additionalProperties", true);
  }

  static Map<String, Object> manifest() {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String key : new TreeSet<>(ManifestParser.OUTPUT_KEYS)) {
      Map<String, Object> p = switch (key) {
        case "theme" -> map("anyOf", List.of(map("enum", Theme.BUILT_IN), map("type", "string",
            "pattern", "\\.[cC][sS][sS]$")));
        case "paper" -> map("enum", StyleOptions.PAPER.values());
        case "tags", "exclude-tags", "lang" -> oneOrList(null);
        case "format" -> oneOrList(Arrays.stream(OutputFormat.values()).map(OutputFormat::id).toList());
        case "set" -> map("type", "object", "additionalProperties",
            map("type", List.of("string", "number", "boolean")));
        case "fit-pages", "max-pages" -> map("type", "integer", "minimum", 1);
        case "pdfa", "embed" -> map("type", "boolean");
        case "redact" -> map("anyOf", List.of(map("type", "boolean"), map("enum", List.of("initials", "placeholder"))));
        default -> map("type", "string");
      };
      p.put("description", OUTPUT_FIELDS.getOrDefault(key, "Read by cvpress build."));
      properties.put(key, p);
    }
    Map<String, Object> output = map("type", "object", "properties", properties, "additionalProperties", false);
    return map("$schema", DRAFT, "title", "cvpress manifest (cvpress.yaml)",
        "description", "The outputs `cvpress build` renders, each from a résumé with its own options.",
        "type", "object", "required", List.of("outputs"),
        "properties", map(
            "defaults", map("$ref", "#/$defs/output", "description", "Applied to every output."),
            "outputs", map("type", "array", "minItems", 1, "items",
                map("$ref", "#/$defs/output", "required", List.of("input")), "description", "The outputs.")),
        "$defs", map("output", output));
  }

  private static Map<String, Object> styleOption(StyleOption<?> option) {
    Map<String, Object> p;
    if (option.onlyValues() && option.values().contains("true")) {
      p = map("anyOf", List.of(map("type", "boolean"), map("enum", option.values())));
    } else if (option.onlyValues()) {
      p = map("enum", option.values());
    } else {
      p = map("type", List.of("string", "number", "array"));
      if (!option.values().isEmpty()) p.put("examples", option.values());
    }
    String readme = option.readme() == null ? option.hint() : option.readme();
    if (readme != null) {
      p.put("description", readme.replace("`", ""));
      p.put("markdownDescription", readme);
    }
    return p;
  }

  private static Map<String, Object> oneOrList(List<String> allowed) {
    Map<String, Object> item = allowed == null ? map("type", "string") : map("enum", allowed);
    return map("anyOf", List.of(item, map("type", "array", "items", item)));
  }

  /** An ordered map from key, value pairs. */
  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
    return m;
  }

  /** Every property name a schema lists, for tests. */
  static List<String> keys(Map<String, Object> schema) {
    @SuppressWarnings("unchecked")
    Map<String, Object> p = (Map<String, Object>) schema.get("properties");
    return new ArrayList<>(p.keySet());
  }
}
