package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A RenderCV file written as Markdown: the person and their connections in front matter, the theme and language
 * too; then each of {@code cv.sections} as a {@code ##} section ({@link Entries} writes its entries).
 */
final class ToMarkdown {
  private static final List<String> CV_KEYS = List.of("name", "headline", "location", "email", "photo", "phone",
      "website", "social_networks", "custom_connections", "sections");

  private final RenderCvFile source;
  private final MarkdownDocument doc = new MarkdownDocument();
  private final List<Diagnostic> warnings = new ArrayList<>();

  private ToMarkdown(RenderCvFile source) {
    this.source = source;
  }

  record Result(MarkdownDocument.Written written, List<Diagnostic> warnings) {}

  static Result write(RenderCvFile source) throws CvpressException {
    ToMarkdown w = new ToMarkdown(source);
    Map<String, Node> top = RenderCvFile.entries(source.root);
    MappingNode cv = source.map(top.get("cv"), "`cv`");
    Map<String, Node> fields = cv == null ? Map.of() : RenderCvFile.entries(cv);
    w.header(fields, top);
    Entries entries = new Entries(source, w.doc, w.warnings);
    MappingNode sections = source.map(fields.get("sections"), "`cv.sections`");
    if (sections != null) {
      for (var e : RenderCvFile.entries(sections).entrySet()) {
        Node key = RenderCvFile.key(sections, e.getKey());
        // An empty section (`experience: []`, kept for later) shows nothing, not a title over nothing.
        if (RenderCvFile.absent(e.getValue())
            || e.getValue() instanceof org.yaml.snakeyaml.nodes.SequenceNode s && s.getValue().isEmpty()) {
          continue;
        }
        w.doc.block("## " + MarkdownBlocks.sectionTitle(title(e.getKey())),
            RenderCvFile.origin(key));
        entries.section(e.getKey(), e.getValue());
      }
    }
    for (var e : fields.entrySet()) {
      if (!CV_KEYS.contains(e.getKey())) {
        w.warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(RenderCvFile.key(cv, e.getKey())),
            "`cv." + e.getKey() + "` is not a RenderCV field, so cvpress does not show it",
            Suggestions.didYouMean(e.getKey(), CV_KEYS) + "move what it says into a section"));
      }
    }
    return new Result(w.doc.write(), List.copyOf(w.warnings));
  }

  /** RenderCV's title for a section key: as written when it has a space or a capital, else in title case. */
  static String title(String key) {
    if (key.contains(" ") || !key.equals(key.toLowerCase(java.util.Locale.ROOT))) return key;
    Set<String> small = Set.of("a", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "like",
        "near", "nor", "of", "off", "on", "onto", "or", "over", "so", "than", "that", "to", "upon", "when", "with",
        "yet");
    List<String> words = new ArrayList<>();
    for (String word : key.replace('_', ' ').split(" ", -1)) {
      words.add(small.contains(word) || word.isEmpty() ? word
          : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return String.join(" ", words);
  }

  private void header(Map<String, Node> cv, Map<String, Node> top) throws CvpressException {
    field("name", cv.get("name"), "`cv.name`");
    field("headline", cv.get("headline"), "`cv.headline`");
    first("email", cv.get("email"), "`cv.email`");
    first("phone", cv.get("phone"), "`cv.phone`");
    field("location", cv.get("location"), "`cv.location`");
    first("website", cv.get("website"), "`cv.website`");
    List<String> links = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (Node n : source.list(cv.get("social_networks"), "`cv.social_networks`")) {
      MappingNode profile = source.map(n, "a social network");
      Map<String, Node> p = RenderCvFile.entries(profile);
      String network = source.text(p.get("network"), "`network`");
      String user = source.text(p.get("username"), "`username`");
      if (network == null || user == null) {
        throw source.invalid(n, "a social network needs both `network` and `username`",
            "write `- network: GitHub` and `username: yourname` under it");
      }
      if (!Networks.known(network)) {
        warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(p.get("network")), "`" + network
            + "` is not a network RenderCV knows; shown as `" + network + ": " + user + "` without a link",
            "use a custom connection with a `url` to link it"));
      }
      links.add(Networks.link(network, user));
      origins.add(RenderCvFile.origin(n));
    }
    for (Node n : source.list(cv.get("custom_connections"), "`cv.custom_connections`")) {
      Map<String, Node> c = RenderCvFile.entries(source.map(n, "a custom connection"));
      String text = source.text(c.get("placeholder"), "`placeholder`");
      String url = source.text(c.get("url"), "`url`");
      if (text == null) text = url;
      if (text == null) continue;
      links.add(url == null ? text : "[" + text.replace("[", "\\[").replace("]", "\\]") + "](" + url + ")");
      origins.add(RenderCvFile.origin(n));
    }
    doc.list("links", links, origins);
    field("photo", cv.get("photo"), "`cv.photo`");
    language(top.get("locale"));
    theme(top.get("design"));
  }

  private void field(String key, Node node, String what) throws CvpressException {
    doc.field(key, source.text(node, what), RenderCvFile.origin(node));
  }

  /** A key cvpress takes once, which RenderCV also takes as a list: the first, the others reported. */
  private void first(String key, Node node, String what) throws CvpressException {
    List<String> values = source.texts(node, what);
    if (values.isEmpty()) return;
    doc.field(key, values.get(0), RenderCvFile.origin(node));
    if (values.size() > 1) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(node), what + " lists " + values.size()
          + " values; cvpress shows the first in the header", "put the others in a custom connection"));
    }
  }

  private void language(Node locale) throws CvpressException {
    MappingNode map = source.map(locale, "`locale`");
    if (map == null) return;
    Map<String, Node> fields = RenderCvFile.entries(map);
    Node language = fields.get("language");
    String name = source.text(language, "`locale.language`");
    if (name != null) {
      String code = Design.LANGUAGES.get(name.toLowerCase(java.util.Locale.ROOT));
      if (code == null) {
        warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(language), "`" + name
            + "` is not a RenderCV language; the résumé is set in English",
            Suggestions.didYouMean(name, Design.LANGUAGES.keySet()) + "or set `lang:` in the Markdown"));
      } else {
        doc.field("lang", code, RenderCvFile.origin(language));
      }
    }
    List<String> others = fields.keySet().stream().filter(k -> !k.equals("language")).toList();
    if (!others.isEmpty()) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(locale), "`locale` "
          + String.join(", ", others) + ": RenderCV's own wording, not carried over",
          "cvpress words labels and dates by `lang`"));
    }
  }

  private void theme(Node design) throws CvpressException {
    MappingNode map = source.map(design, "`design`");
    if (map == null) return;
    Map<String, Node> fields = RenderCvFile.entries(map);
    Node themeNode = fields.get("theme");
    String theme = source.text(themeNode, "`design.theme`");
    Map<String, String> style = new LinkedHashMap<>();
    if (theme != null) {
      String ours = Design.THEMES.get(theme.toLowerCase(java.util.Locale.ROOT));
      if (ours == null) {
        warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(themeNode), "`" + theme
            + "` is not a RenderCV theme cvpress knows; the default theme is used",
            "choose one with `--theme` (see `cvpress themes`)"));
      } else {
        style.put("theme", ours);
      }
    }
    doc.map("style", style, RenderCvFile.origin(themeNode));
    List<String> others = fields.keySet().stream().filter(k -> !k.equals("theme")).toList();
    if (!others.isEmpty()) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, source.at(RenderCvFile.key(map, others.get(0))),
          "`design` " + String.join(", ", others) + ": RenderCV's own layout options, not carried over",
          "set cvpress's style options under `style:` instead (see \"Themes and style options\")"));
    }
  }
}
