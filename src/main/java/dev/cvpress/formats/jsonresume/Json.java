package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Small reads of a JSON tree that forgive a missing or mistyped value, and the stable way cvpress writes JSON. */
final class Json {
  private Json() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /**
   * Writes JSON with jackson-core alone: an ObjectMapper costs hundreds of classes at start-up, and a PDF carries a
   * JSON Resume written as it renders.
   */
  private static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory();

  /** The object at {@code field}, or null. */
  static ObjectNode object(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v instanceof ObjectNode o ? o : null;
  }

  /** The list at {@code field}, or an empty one. */
  static List<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v instanceof ArrayNode a) a.forEach(out::add);
    return out;
  }

  /** The text at {@code field} (a number or true/false as written), or null when missing, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null || field == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) return null;
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  /** The texts of a list of strings at {@code field}, blanks left out. */
  static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(node, field)) {
      if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) out.add(v.asText());
    }
    return out;
  }

  /** Whether a value holds nothing: null, blank text, an empty list or object, or one of only such values. */
  static boolean empty(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) return true;
    if (v.isTextual()) return v.asText().isBlank();
    if (v.isContainerNode()) {
      for (JsonNode c : v) if (!empty(c)) return false;
      return true;
    }
    return false;
  }

  /** {@code node} without what holds nothing, recursively; null when nothing is left. */
  static JsonNode pruned(JsonNode node) {
    if (node instanceof ObjectNode o) {
      ObjectNode out = NODES.objectNode();
      o.properties().forEach(e -> {
        JsonNode v = pruned(e.getValue());
        if (v != null) out.set(e.getKey(), v);
      });
      return out.isEmpty() ? null : out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = NODES.arrayNode();
      for (JsonNode c : a) {
        JsonNode v = pruned(c);
        if (v != null) out.add(v);
      }
      return out.isEmpty() ? null : out;
    }
    return empty(node) ? null : node;
  }

  /** JSON as cvpress writes it: two-space indents, one value per line, a line break at the end. */
  static String write(JsonNode node) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    try {
      // Jackson writes characters beyond ASCII as they are (UTF-8), which is how résumés in any script read best.
      return generated(node, printer) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A short fingerprint of a value: the start of the SHA-256 of its compact JSON, with empty values left out and
   * the properties of objects in the order of the alphabet (the order a file lists them in does not count).
   */
  static String fingerprint(JsonNode node) {
    JsonNode canonical = sorted(pruned(node));
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(compact(canonical == null ? NODES.nullNode() : canonical)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode o) {
      ObjectNode out = NODES.objectNode();
      new java.util.TreeSet<>(o.properties().stream().map(java.util.Map.Entry::getKey).toList())
          .forEach(k -> out.set(k, sorted(o.get(k))));
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = NODES.arrayNode();
      a.forEach(i -> out.add(sorted(i)));
      return out;
    }
    return node;
  }

  /** JSON on one line, for hashing and comparing. */
  static String compact(JsonNode node) {
    try {
      return generated(node, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generated(JsonNode node, DefaultPrettyPrinter printer) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(out)) {
      if (printer != null) g.setPrettyPrinter(printer);
      generate(node, g);
    }
    return out.toString();
  }

  private static void generate(JsonNode node, com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
    if (node instanceof ObjectNode o) {
      g.writeStartObject();
      for (var e : o.properties()) {
        g.writeFieldName(e.getKey());
        generate(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (node instanceof ArrayNode a) {
      g.writeStartArray();
      for (JsonNode item : a) generate(item, g);
      g.writeEndArray();
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      g.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.decimalValue());
    } else if (node.isNull() || node.isMissingNode()) {
      g.writeNull();
    } else {
      g.writeString(node.asText());
    }
  }
}
