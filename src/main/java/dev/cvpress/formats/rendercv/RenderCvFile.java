package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A RenderCV file read as a tree of YAML nodes, each knowing its line and column; the values are read as text
 * (RenderCV's dates, numbers and names alike), so that {@code 2021} and {@code 2021-06} stay as written.
 */
final class RenderCvFile {
  static final int MAX_CHARS = 5 * 1024 * 1024;

  final String file;
  final MappingNode root;

  private RenderCvFile(String file, MappingNode root) {
    this.file = file;
    this.root = root;
  }

  static RenderCvFile read(String file, byte[] bytes) throws CvpressException {
    Node root;
    try {
      root = compose(text(bytes));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePos at = mark == null ? SourcePos.start(file) : new SourcePos(file, mark.getLine() + 1,
          mark.getColumn() + 1);
      throw new CvpressException(Diagnostic.error(Code.RENDERCV_INVALID, at,
          "not valid YAML: " + String.valueOf(e.getProblem()).strip(),
          "check the indentation and quote values that hold `: ` or start with `*`, `&` or `[`"));
    } catch (YAMLException e) {
      throw new CvpressException(Diagnostic.error(Code.RENDERCV_INVALID, SourcePos.start(file),
          "not valid YAML: " + e.getMessage(), "check the file is a RenderCV YAML file"));
    }
    if (!(root instanceof MappingNode map) || !entries(map).containsKey("cv")) {
      // At the first key, past any comment at the top, so that the line shown says what the file is.
      Node first = root instanceof MappingNode m && !m.getValue().isEmpty() ? m.getValue().get(0).getKeyNode() : null;
      SourcePos at = first == null ? SourcePos.start(file) : new RenderCvFile(file, null).at(first);
      throw new CvpressException(Diagnostic.error(Code.RENDERCV_INVALID, at,
          "this YAML has no `cv:` key, so it is not a RenderCV résumé",
          "a RenderCV file starts with `cv:` (name, sections…); a build manifest is run with `cvpress build "
              + file + "`"));
    }
    return new RenderCvFile(file, map);
  }

  private static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowRecursiveKeys(false);
    return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
  }

  /** A map's entries by key, in order; keys that are not text are left out. */
  static Map<String, Node> entries(MappingNode map) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) out.put(k.getValue(), t.getValueNode());
    }
    return out;
  }

  /** The key node of {@code key} in {@code map}, for a position; null when absent. */
  static Node key(MappingNode map, String key) {
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getKeyNode();
    }
    return null;
  }

  /** Whether the node is missing or YAML's null (an empty value, {@code ~}, {@code null}). */
  static boolean absent(Node node) {
    return node == null || node.getTag().equals(Tag.NULL)
        || node instanceof ScalarNode s && s.getValue().isBlank();
  }

  SourcePos at(Node node) {
    if (node == null) return SourcePos.start(file);
    Mark m = node.getStartMark();
    return new SourcePos(file, m.getLine() + 1, m.getColumn() + 1);
  }

  /** A node's position as a line's origin in the Markdown written from it. */
  static String origin(Node node) {
    if (node == null) return null;
    Mark m = node.getStartMark();
    return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
  }

  SourcePos fromOrigin(String origin) {
    int colon = origin.indexOf(':');
    return new SourcePos(file, Integer.parseInt(origin.substring(0, colon)),
        Integer.parseInt(origin.substring(colon + 1)));
  }

  /** A scalar as text; null when absent; an error when it is a list or a map. */
  String text(Node node, String what) throws CvpressException {
    if (absent(node)) return null;
    if (node instanceof ScalarNode s) return s.getValue().strip();
    throw invalid(node, what + " should be text, not " + kind(node), "write one value after `:`");
  }

  /** A list of scalars; one scalar is a list of one. */
  List<String> texts(Node node, String what) throws CvpressException {
    if (absent(node)) return List.of();
    if (node instanceof ScalarNode) return List.of(text(node, what));
    if (!(node instanceof SequenceNode seq)) {
      throw invalid(node, what + " should be a list, not " + kind(node), "write one `- item` per line");
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (Node n : seq.getValue()) {
      String t = text(n, what + " item");
      if (t != null) out.add(t);
    }
    return out;
  }

  MappingNode map(Node node, String what) throws CvpressException {
    if (absent(node)) return null;
    if (node instanceof MappingNode m) return m;
    throw invalid(node, what + " should be a map of `key: value` lines, not " + kind(node),
        "indent its keys under it");
  }

  List<Node> list(Node node, String what) throws CvpressException {
    if (absent(node)) return List.of();
    if (node instanceof SequenceNode s) return s.getValue();
    throw invalid(node, what + " should be a list, not " + kind(node), "write one `- item` per line");
  }

  CvpressException invalid(Node node, String message, String hint) {
    return new CvpressException(Diagnostic.error(Code.RENDERCV_INVALID, at(node), message, hint));
  }

  private static String kind(Node node) {
    if (node instanceof SequenceNode) return "a list";
    if (node instanceof MappingNode) return "a map";
    return "text";
  }
}
