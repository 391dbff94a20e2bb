package dev.cvpress.parse;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a build manifest ({@code cvpress.yaml}): the outputs to make from one or more résumés, each with its own
 * theme, paper, tags, language and front-matter overrides.
 *
 * <pre>
 * defaults: {theme: modern, paper: a4}
 * outputs:
 *   - input: resume.md
 *     output: out/{name}-backend.pdf
 *     tags: [backend]
 *     set: {headline: Backend engineer}
 *     cover-letter: letter-acme.md
 * </pre>
 */
public final class ManifestParser {
  private ManifestParser() {}

  /** The keys an output (or {@code defaults:}) may have; the manifest's JSON Schema lists them from here. */
  public static final Set<String> OUTPUT_KEYS = Set.of("input", "output", "theme", "paper", "tags",
      "exclude-tags", "set", "css", "format", "fit-pages", "max-pages", "pdfa", "embed", "cover-letter",
      "lang", "redact");

  /**
   * One output of a manifest, with the defaults applied.
   *
   * @param output the output path template; {@code {name}} is the input's name without extension
   * @param pos where the output starts in the manifest
   * @param positions where each key's value is (a default's value, for a key the output takes from defaults)
   * @param embed carry the résumé's source inside the PDF ({@code embed: false} leaves it out)
   * @param coverLetter a cover letter to render beside the résumé, with the same options; null for none
   * @param lang the language to render of a résumé written in several; null for its own {@code lang}. An output
   *     with {@code lang: [en, de]} is one output per language, {@code {lang}} in its path telling them apart
   * @param redact {@code redact:} as written ({@code true}, {@code initials}, {@code placeholder}); null when not
   */
  public record Output(String input, String output, String theme, String paper, List<String> tags,
      List<String> excludeTags, Map<String, String> set, String css, List<String> formats, Integer fitPages,
      Integer maxPages, boolean pdfA, SourcePos pos, Map<String, SourcePos> positions, boolean embed,
      String coverLetter, String lang, String redact) {
    public Output {
      positions = Map.copyOf(positions);
    }

    /** Where the value of {@code key} is written, or where the output starts when it has none. */
    public SourcePos at(String key) {
      return positions.getOrDefault(key, pos);
    }
  }

  /** The keys whose values are paths; each must stay inside the manifest's folder. */
  private static final List<String> PATH_KEYS = List.of("input", "output", "css", "theme", "cover-letter");

  public static List<Output> parse(String file, byte[] content) throws CvpressException {
    SourceText src = SourceText.decode(file, content);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(1024 * 1024);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(src.text));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID, 
          src.pos(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1),
          "manifest is not valid YAML: " + String.valueOf(e.getProblem()).strip(),
          "see examples/cvpress.yaml for the format")));
    } catch (YAMLException e) {
      var deep = YamlNesting.isTooDeep(e) ? YamlNesting.crossing(src.text, 20) : null;
      if (deep != null) {
        throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID,
            src.pos(deep.getLine() + 1, deep.getColumn() + 1), "manifest is nested more than 20 levels deep",
            "see examples/cvpress.yaml for the format")));
      }
      throw new CvpressException(Diagnostic.error(Code.MANIFEST_INVALID, SourcePos.start(file),
          "manifest is not valid YAML: "
          + e.getMessage(), "see examples/cvpress.yaml for the format"));
    }
    List<Diagnostic> errors = new ArrayList<>();
    if (!(root instanceof MappingNode map)) {
      throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID, SourcePos.start(file),
          "a manifest is a map with an `outputs:` list", "see examples/cvpress.yaml for the format")));
    }
    Map<String, Node> top = entries(map);
    if (top.containsKey("cv") && !top.containsKey("outputs")) {
      // RenderCV's YAML: a résumé, rendered as one.
      throw new CvpressException(src.at(Diagnostic.error(Code.NOT_A_MANIFEST, pos(src, keyNode(map, "cv")),
          baseName(file) + " is a résumé (RenderCV), not a build manifest", "render it with `cvpress " + file
              + "`; a manifest (cvpress.yaml) lists the outputs to build, see examples/cvpress.yaml")));
    }
    Map<String, Node> defaults = top.get("defaults") instanceof MappingNode d ? entries(d) : Map.of();
    Node outputs = top.get("outputs");
    if (!(outputs instanceof SequenceNode list) || list.getValue().isEmpty()) {
      throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID,
          pos(src, outputs != null ? outputs : map),
          "the manifest needs an `outputs:` list with at least one output",
          "each output has at least `input:`, e.g. `- input: resume.md`")));
    }
    List<Output> result = new ArrayList<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode m)) {
        errors.add(src.at(Diagnostic.error(Code.MANIFEST_INVALID, pos(src, item),
            "an output must be a map such as `input: resume.md`",
            null)));
        continue;
      }
      Map<String, Node> e = new LinkedHashMap<>(defaults);
      e.putAll(entries(m));
      for (NodeTuple t : m.getValue()) {
        String key = scalar(t.getKeyNode());
        if (!OUTPUT_KEYS.contains(key)) {
          errors.add(src.at(Diagnostic.error(Code.UNKNOWN_MANIFEST_KEY, pos(src, t.getKeyNode()),
              "unknown output key `" + key + "`",
              "an output may have: " + String.join(", ", new java.util.TreeSet<>(OUTPUT_KEYS)))));
        }
      }
      String input = scalar(e.get("input"));
      if (input == null || input.isBlank()) {
        errors.add(src.at(Diagnostic.error(Code.MANIFEST_INVALID, pos(src, m), "this output has no `input:`",
            "name the résumé file")));
        continue;
      }
      Map<String, SourcePos> positions = new LinkedHashMap<>();
      e.forEach((key, value) -> positions.put(key, pos(src, value)));
      boolean outside = false;
      for (String key : PATH_KEYS) {
        String value = scalar(e.get(key));
        if (value == null || key.equals("theme") && !value.toLowerCase(java.util.Locale.ROOT).endsWith(".css")) continue;
        String why = outsideFolder(value);
        if (why != null) {
          errors.add(src.at(Diagnostic.error(Code.OUTSIDE_FOLDER, positions.get(key),
              "`" + key + ": " + value + "` " + why,
              "paths in a manifest are relative to its folder and stay inside it; move the file into the folder"
                  + " (or write the output there and copy it)")));
          outside = true;
        }
      }
      if (outside) continue;
      try {
        List<String> langs = languages(src, e.get("lang"));
        for (String lang : langs.isEmpty() ? java.util.Collections.<String>singletonList(null) : langs) {
          result.add(new Output(input, orDefault(scalar(e.get("output")), "{name}.pdf"), scalar(e.get("theme")),
              scalar(e.get("paper")), list(e.get("tags")), list(e.get("exclude-tags")), map(e.get("set")),
              scalar(e.get("css")), list(e.get("format")), pages(src, e.get("fit-pages"), "fit-pages"),
              pages(src, e.get("max-pages"), "max-pages"), "true".equalsIgnoreCase(scalar(e.get("pdfa"))),
              pos(src, m), positions, !"false".equalsIgnoreCase(scalar(e.get("embed"))), scalar(e.get("cover-letter")),
              lang, scalar(e.get("redact"))));
        }
      } catch (CvpressException ex) {
        errors.addAll(ex.diagnostics());
      }
    }
    if (!errors.isEmpty()) throw new CvpressException(errors);
    return result;
  }

  /**
   * Why a path written in the manifest leads out of its folder, judged from the text alone (an absolute path,
   * {@code ..} above the folder); null when it stays inside. Symbolic links are the caller's to check, on the disk.
   */
  public static String outsideFolder(String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("/") || p.equals("~") || p.startsWith("~/") || p.matches("(?i)[a-z]:.*") || p.contains("://")) {
      return "is not a path inside the manifest's folder";
    }
    int depth = 0;
    for (String part : p.split("/+")) {
      if (part.equals("..")) depth--;
      else if (!part.isEmpty() && !part.equals(".")) depth++;
      if (depth < 0) return "leads out of the manifest's folder";
    }
    return null;
  }

  private static Node keyNode(MappingNode map, String key) {
    for (NodeTuple t : map.getValue()) if (key.equals(scalar(t.getKeyNode()))) return t.getKeyNode();
    return map;
  }

  private static String baseName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  private static Map<String, Node> entries(MappingNode map) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) out.put(scalar(t.getKeyNode()), t.getValueNode());
    return out;
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : null;
  }

  private static List<String> list(Node n) {
    if (n == null) return List.of();
    if (n instanceof ScalarNode s) {
      return java.util.Arrays.stream(s.getValue().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
    if (n instanceof SequenceNode seq) {
      return seq.getValue().stream().map(ManifestParser::scalar).filter(v -> v != null && !v.isBlank()).toList();
    }
    return List.of();
  }

  private static Map<String, String> map(Node n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String v = scalar(t.getValueNode());
        if (v == null && t.getValueNode() instanceof SequenceNode) v = String.join(",", list(t.getValueNode()));
        out.put(scalar(t.getKeyNode()), v == null ? "" : v);
      }
    }
    return out;
  }

  /** The languages of {@code lang:}: one, or a list; each a language tag such as de or pt-BR. */
  private static List<String> languages(SourceText src, Node n) throws CvpressException {
    List<String> langs = list(n);
    for (String lang : langs) {
      if (!lang.matches("[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")) {
        throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID, pos(src, n),
            "`lang: " + lang + "` is not a language", "write a language tag such as en, de or pt-BR, or a list of"
                + " them, `lang: [en, de]`, for one output per language")));
      }
    }
    return langs.stream().map(l -> l.replace('_', '-')).distinct().toList();
  }

  /** A page count: a whole number, 1 or more. */
  private static Integer pages(SourceText src, Node n, String key) throws CvpressException {
    String v = scalar(n);
    if (v == null) return null;
    Integer pages;
    try {
      pages = Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      pages = null;
    }
    if (pages == null || pages < 1) {
      throw new CvpressException(src.at(Diagnostic.error(Code.MANIFEST_INVALID, pos(src, n),
          "`" + key + ": " + v + "` is not a page count", "write a whole number of pages, 1 or more, such as 1 or 2")));
    }
    return pages;
  }

  private static String orDefault(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }

  private static SourcePos pos(SourceText src, Node n) {
    var mark = n.getStartMark();
    return src.pos(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
