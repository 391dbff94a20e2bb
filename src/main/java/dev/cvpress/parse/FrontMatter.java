package dev.cvpress.parse;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The metadata block at the top of a Markdown file, as Hugo and Jekyll accept it: YAML between {@code ---},
 * TOML between {@code +++}, or a JSON object.
 *
 * @param data the keys, in file order; nested maps and lists as loaded
 * @param keyLines the line of each top-level key, for positioned diagnostics
 * @param bodyLine the line on which the Markdown body starts (1 when there is no front matter)
 * @param tomlKeys where each TOML key is, at any depth; empty for YAML and JSON, whose keys are found by their
 *     lines and indents
 */
record FrontMatter(Map<String, Object> data, Map<String, Integer> keyLines, String body, int bodyLine,
    Map<List<String>, TomlPositions.At> tomlKeys) {
  static final FrontMatter NONE = new FrontMatter(Map.of(), Map.of(), "", 1);

  FrontMatter(Map<String, Object> data, Map<String, Integer> keyLines, String body, int bodyLine) {
    this(data, keyLines, body, bodyLine, Map.of());
  }

  /** YAML, TOML and JSON alike; a résumé's front matter is a few hundred bytes. */
  static final int MAX_CHARS = 256 * 1024;
  /** Lists and maps in one another. */
  static final int MAX_NESTING = 30;

  private static final Pattern TOP_KEY = Pattern.compile("^\"?([A-Za-z_][\\w.-]*)\"?\\s*[:=]");

  static FrontMatter split(SourceText src) throws CvpressException {
    String text = src.text;
    String[] lines = text.split("\n", -1);
    String first = lines[0].strip();
    String fence;
    if (first.equals("---")) fence = "---";
    else if (first.equals("+++")) fence = "+++";
    else if (first.equals("{")) fence = "}";
    else return new FrontMatter(Map.of(), Map.of(), text, 1);

    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (l.equals(fence) || (fence.equals("---") && l.equals("..."))) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      String what = fence.equals("}") ? "JSON front matter has no closing `}` line" : "front matter has no closing `" + fence + "` line";
      throw new CvpressException(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID, src.pos(1, 1), what,
          "end the front matter with a line holding only `" + fence + "`")));
    }
    int startLine = fence.equals("}") ? 1 : 2; // first line of the metadata itself, 1-based
    StringBuilder meta = new StringBuilder();
    int from = fence.equals("}") ? 0 : 1;
    int to = fence.equals("}") ? close + 1 : close;
    for (int i = from; i < to; i++) meta.append(lines[i]).append('\n');
    if (meta.length() > MAX_CHARS) {
      throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(1, 1),
          "the front matter is longer than " + MAX_CHARS / 1024 + " KB",
          "keep the front matter to the résumé's details; write the rest as Markdown below it")));
    }
    StringBuilder body = new StringBuilder();
    for (int i = close + 1; i < lines.length; i++) {
      body.append(lines[i]);
      if (i < lines.length - 1) body.append('\n');
    }
    if (fence.equals("+++")) {
      TomlParseResult toml = toml(src, meta.toString(), startLine);
      Map<String, Object> data = new LinkedHashMap<>();
      for (String key : toml.keySet()) data.put(key, tomlValue(toml.get(List.of(key))));
      Map<List<String>, TomlPositions.At> keys = TomlPositions.of(toml, meta.toString(), startLine);
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      keys.forEach((path, at) -> {
        if (path.size() == 1) keyLines.put(path.get(0), at.line());
      });
      return new FrontMatter(data, keyLines, body.toString(), close + 2, keys);
    }
    Map<String, Object> data = yaml(src, meta.toString(), startLine, fence.equals("}") ? "JSON" : "YAML");
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    for (int i = from; i < to; i++) {
      Matcher m = TOP_KEY.matcher(lines[i]);
      if (m.find()) keyLines.putIfAbsent(m.group(1), i + 1);
      else if (fence.equals("}")) {
        Matcher j = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:").matcher(lines[i]);
        if (j.find()) keyLines.putIfAbsent(j.group(1), i + 1);
      }
    }
    return new FrontMatter(data, keyLines, body.toString(), close + 2);
  }

  SourcePos keyPos(String file, String key) {
    TomlPositions.At toml = tomlKeys.get(List.of(key));
    if (toml != null) return new SourcePos(file, toml.line(), toml.keyColumn());
    return new SourcePos(file, keyLines.getOrDefault(key, 1), 1);
  }

  /**
   * Where the value of a key at {@code path} is written, for TOML front matter; null for YAML and JSON, and for a
   * key not written, whose place the caller finds otherwise.
   */
  SourcePos tomlValuePos(String file, String... path) {
    TomlPositions.At toml = tomlKeys.get(List.of(path));
    return toml == null ? null : new SourcePos(file, toml.line(), toml.valueColumn());
  }

  private static Map<String, Object> yaml(SourceText src, String text, int startLine, String kind)
      throws CvpressException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowRecursiveKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new org.yaml.snakeyaml.DumperOptions()),
        new org.yaml.snakeyaml.DumperOptions(), options, new DatesAsText());
    Object loaded;
    try {
      loaded = yaml.load(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = startLine + (mark != null ? mark.getLine() : 0);
      int column = mark != null ? mark.getColumn() + 1 : 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new CvpressException(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID, src.pos(line, column),
          "front matter is not valid " + kind + ": " + problem.strip(), hintFor(problem, kind))));
    } catch (YAMLException e) {
      Mark deep = YamlNesting.isTooDeep(e) ? YamlNesting.crossing(text, MAX_NESTING) : null;
      if (deep != null) {
        throw new CvpressException(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID,
            src.pos(startLine + deep.getLine(), deep.getColumn() + 1), "front matter is nested more than "
                + MAX_NESTING + " levels deep", "keep the front matter to plain keys and values")));
      }
      throw new CvpressException(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID, src.pos(startLine, 1),
          "front matter is not valid " + kind + ": " + e.getMessage(),
          "keep the front matter to plain keys and values")));
    }
    if (loaded == null) return Map.of();
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new CvpressException(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID, src.pos(startLine, 1),
          "front matter must be a set of `key: value` lines, not a " + (loaded instanceof List ? "list" : "single value"),
          "write e.g. `name: Ada Lovelace` on its own line")));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static String hintFor(String problem, String kind) {
    if (kind.equals("JSON")) return "check for a missing comma, quote or brace";
    if (problem != null && problem.contains("mapping values are not allowed")) {
      return "a value that contains `: ` must be quoted, e.g. title: \"Engineer: backend\"";
    }
    if (problem != null && problem.contains("duplicate key")) return "each key may appear only once";
    if (problem != null && problem.contains("tab")) return "indent YAML with spaces, not tabs";
    return "front matter is YAML: one `key: value` per line, quote values that hold `:` or `#`";
  }

  private static TomlParseResult toml(SourceText src, String text, int startLine) throws CvpressException {
    tomlNesting(src, text, startLine);
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      List<Diagnostic> ds = new ArrayList<>();
      for (TomlParseError e : result.errors()) {
        int line = startLine + e.position().line() - 1;
        ds.add(src.at(Diagnostic.error(Code.FRONT_MATTER_INVALID, src.pos(line, e.position().column()),
            "front matter is not valid TOML: " + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", ""),
            "TOML values are quoted strings, numbers, dates, [lists] or [tables]: title = \"About me\"")));
      }
      throw new CvpressException(ds);
    }
    return result;
  }

  /** Arrays and inline tables in one another, as deep as YAML may nest; tomlj itself has no limit. */
  private static void tomlNesting(SourceText src, String text, int startLine) throws CvpressException {
    int depth = 0;
    int line = startLine;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') line++;
      if (quote != 0) {
        if (c == '\\' && quote == '"') i++;
        else if (c == quote || c == '\n') quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_NESTING) {
          throw new CvpressException(src.at(Diagnostic.error(Code.LIMIT_EXCEEDED, src.pos(line, 1),
              "front matter is nested more than " + MAX_NESTING + " levels deep",
              "keep the front matter to plain keys, lists and tables")));
        }
      } else if (c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  private static Object tomlValue(Object v) {
    if (v instanceof org.tomlj.TomlTable t) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String k : t.keySet()) m.put(k, tomlValue(t.get(List.of(k))));
      return m;
    }
    if (v instanceof org.tomlj.TomlArray a) {
      List<Object> l = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) l.add(tomlValue(a.get(i)));
      return l;
    }
    if (v instanceof java.time.temporal.TemporalAccessor) return v.toString();
    return v;
  }

  /** The standard resolver without timestamps: a front-matter date stays the text the author wrote. */
  private static final class DatesAsText extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
      addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
      addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
  }
}
