package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The entries of one RenderCV section as Markdown. RenderCV tells an entry's type by its keys, and so does this:
 * text is a paragraph, {@code bullet} a bullet, {@code number} and {@code reversed_number} items of a numbered
 * list, {@code label}/{@code details} a bullet {@code **Label:** details}; experience, education, publication
 * and normal entries are {@code ###} entries with their dates, summary and highlights.
 */
final class Entries {
  /** Each entry type, by the key that names it, and the keys it has. */
  private static final Map<String, Set<String>> TYPES = Map.of(
      "ExperienceEntry", Set.of("company", "position", "date", "start_date", "end_date", "location", "summary",
          "highlights"),
      "EducationEntry", Set.of("institution", "area", "degree", "date", "start_date", "end_date", "location",
          "summary", "highlights"),
      "PublicationEntry", Set.of("title", "authors", "summary", "doi", "url", "journal", "date"),
      "NormalEntry", Set.of("name", "date", "start_date", "end_date", "location", "summary", "highlights"),
      "OneLineEntry", Set.of("label", "details"),
      "BulletEntry", Set.of("bullet"),
      "NumberedEntry", Set.of("number"),
      "ReversedNumberedEntry", Set.of("reversed_number"));

  private static final Pattern WHOLE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  private final RenderCvFile source;
  private final MarkdownDocument doc;
  private final List<Diagnostic> warnings;

  Entries(RenderCvFile source, MarkdownDocument doc, List<Diagnostic> warnings) {
    this.source = source;
    this.doc = doc;
    this.warnings = warnings;
  }

  void section(String key, Node value) throws CvpressException {
    String what = "section `" + key + "`";
    if (value instanceof ScalarNode && !RenderCvFile.absent(value)) {
      throw source.invalid(value, what + " should be a list of entries, not text",
          "write each entry as `- …` under `" + key + ":`");
    }
    boolean listStarted = false;
    int number = 0;
    for (Node n : source.list(value, what)) {
      if (n instanceof ScalarNode) {
        String text = source.text(n, "a text entry");
        if (text != null) doc.block(MarkdownText.lineStart(text), RenderCvFile.origin(n));
        listStarted = false;
        number = 0;
        continue;
      }
      MappingNode map = source.map(n, "an entry of " + what);
      Map<String, Node> f = RenderCvFile.entries(map);
      String type = type(f.keySet(), n);
      unknownKeys(map, f, type);
      String origin = RenderCvFile.origin(n);
      switch (type) {
        case "BulletEntry", "NumberedEntry", "ReversedNumberedEntry", "OneLineEntry" -> {
          String line = switch (type) {
            case "BulletEntry" -> "- " + item(text(f, "bullet"));
            // Markdown lists count up; a reversed list is numbered as it is read.
            case "NumberedEntry" -> ++number + ". " + item(text(f, "number"));
            case "ReversedNumberedEntry" -> ++number + ". " + item(text(f, "reversed_number"));
            default -> "- **" + text(f, "label") + ":** " + item(text(f, "details"));
          };
          if (listStarted) {
            doc.lines(line, origin);
          } else {
            doc.block(line, origin);
          }
          listStarted = true;
          continue;
        }
        default -> {
          listStarted = false;
          number = 0;
        }
      }
      entry(type, f, origin);
    }
  }

  /** The type RenderCV would take the entry for: the first whose required keys it has. */
  private String type(Set<String> keys, Node n) throws CvpressException {
    if (keys.contains("company") && keys.contains("position")) return "ExperienceEntry";
    if (keys.contains("institution") && keys.contains("area")) return "EducationEntry";
    if (keys.contains("title") && keys.contains("authors")) return "PublicationEntry";
    if (keys.contains("label") && keys.contains("details")) return "OneLineEntry";
    if (keys.contains("bullet")) return "BulletEntry";
    if (keys.contains("reversed_number")) return "ReversedNumberedEntry";
    if (keys.contains("number")) return "NumberedEntry";
    if (keys.contains("name")) return "NormalEntry";
    // One key of a pair without the other: most often the other is misspelt.
    String[][] pairs = {{"company", "position"}, {"institution", "area"}, {"title", "authors"}, {"label", "details"}};
    for (String[] pair : pairs) {
      for (int i = 0; i < 2; i++) {
        if (keys.contains(pair[i]) && !keys.contains(pair[1 - i])) {
          String near = dev.cvpress.diag.Suggestions.closest(pair[1 - i], keys);
          throw source.invalid(n, "an entry with `" + pair[i] + "` needs `" + pair[1 - i] + "` too",
              near != null ? "is `" + near + "` meant to be `" + pair[1 - i] + "`? rename it"
                  : "add `" + pair[1 - i] + ":` to it");
        }
      }
    }
    throw source.invalid(n, "an entry RenderCV has no type for: it has " + String.join(", ", keys),
        "an entry needs `company` and `position`, `institution` and `area`, `title` and `authors`, `label` and"
            + " `details`, `bullet`, `number`, `reversed_number` or `name`");
  }

  private void unknownKeys(MappingNode map, Map<String, Node> f, String type) {
    for (String key : f.keySet()) {
      if (TYPES.get(type).contains(key) || RenderCvFile.absent(f.get(key))) continue;
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(RenderCvFile.key(map, key)), "`" + key
          + "` is not a field of RenderCV's " + type + ", so cvpress does not show it",
          dev.cvpress.diag.Suggestions.didYouMean(key, TYPES.get(type)) + "move it into `summary` or `highlights`"));
    }
  }

  private void entry(String type, Map<String, Node> f, String origin) throws CvpressException {
    String title;
    String org;
    String url = null;
    switch (type) {
      case "ExperienceEntry" -> {
        title = text(f, "position");
        org = text(f, "company");
      }
      case "EducationEntry" -> {
        String degree = text(f, "degree");
        String area = text(f, "area");
        title = degree == null ? area : degree + " in " + area;
        org = text(f, "institution");
      }
      case "PublicationEntry" -> {
        title = null;
        org = text(f, "title");
        url = text(f, "url");
      }
      default -> {
        title = null;
        org = text(f, "name");
      }
    }
    if (org != null) {
      Matcher link = WHOLE_LINK.matcher(org);
      if (link.matches() && url == null) {
        org = link.group(1);
        url = link.group(2);
      }
    }
    String heading = MarkdownBlocks.heading(title, org, url, text(f, "location"), dates(f));
    doc.block("### " + heading, origin);
    if (type.equals("PublicationEntry")) {
      String journal = text(f, "journal");
      if (journal != null) doc.block(MarkdownText.italic(journal), RenderCvFile.origin(f.get("journal")));
      List<String> authors = source.texts(f.get("authors"), "`authors`");
      if (!authors.isEmpty()) {
        doc.block(MarkdownText.lineStart(String.join(", ", authors)), RenderCvFile.origin(f.get("authors")));
      }
    }
    String summary = text(f, "summary");
    if (summary != null) doc.block(MarkdownText.lineStart(summary), RenderCvFile.origin(f.get("summary")));
    String doi = text(f, "doi");
    if (doi != null) {
      doc.block("DOI: [" + doi + "](https://doi.org/" + doi + ")", RenderCvFile.origin(f.get("doi")));
    }
    highlights(f.get("highlights"));
  }

  /** Highlights as bullets; RenderCV reads {@code " - "} inside one as the start of a bullet under it. */
  private void highlights(Node node) throws CvpressException {
    List<String> items = source.texts(node, "`highlights`");
    List<Node> nodes = node instanceof org.yaml.snakeyaml.nodes.SequenceNode s ? s.getValue() : List.of();
    boolean first = true;
    for (int i = 0; i < items.size(); i++) {
      String[] parts = items.get(i).split(" - ");
      StringBuilder bullet = new StringBuilder("- ").append(item(parts[0]));
      for (int p = 1; p < parts.length; p++) bullet.append("\n  - ").append(item(parts[p]));
      String origin = RenderCvFile.origin(i < nodes.size() ? nodes.get(i) : node);
      if (first) doc.block(bullet.toString(), origin);
      else doc.lines(bullet.toString(), origin);
      first = false;
    }
  }

  private static String item(String markdown) {
    return MarkdownBlocks.indented(MarkdownText.lineStart(markdown == null ? "" : markdown.strip()), "  ");
  }

  private String text(Map<String, Node> f, String key) throws CvpressException {
    return source.text(f.get(key), "`" + key + "`");
  }

  /**
   * An entry's dates as cvpress reads them: {@code start_date} to {@code end_date} (no end, or {@code present},
   * is Present), else {@code date} as written.
   */
  private String dates(Map<String, Node> f) throws CvpressException {
    String start = text(f, "start_date");
    String end = text(f, "end_date");
    String date = text(f, "date");
    if (start == null) return date == null ? null : shown(date);
    String to = end == null || end.equalsIgnoreCase("present") ? "Present" : shown(end);
    return shown(start) + " – " + to;
  }

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};

  /** A RenderCV date as cvpress writes one: {@code 2021-06} as {@code Jun 2021}; others as written. */
  static String shown(String date) {
    if (date.equalsIgnoreCase("present")) return "Present";
    Matcher m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(date);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) return MONTHS[month - 1] + " " + m.group(1);
    }
    return date;
  }
}
