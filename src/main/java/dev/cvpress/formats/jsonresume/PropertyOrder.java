package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The order of a JSON Resume's properties, as the official schema lists them: how cvpress writes one, the same bytes
 * for the same résumé. Apart from {@link Schema} so that writing a JSON Resume loads no validator: a PDF carries one
 * written as it renders, and that must not cost the start-up a validator does.
 */
final class PropertyOrder {
  private PropertyOrder() {}

  /** The schema as JSON, read once, when first needed. */
  private static final class Tree {
    static final JsonNode TREE = read();
  }

  static byte[] bytes() {
    try (InputStream in = PropertyOrder.class.getResourceAsStream(Schema.RESOURCE)) {
      if (in == null) throw new IllegalStateException(Schema.RESOURCE + " is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as JSON. */
  static JsonNode tree() {
    return Tree.TREE;
  }

  private static JsonNode read() {
    try {
      return JsonResumeReader.parse(Schema.RESOURCE, bytes()).root();
    } catch (dev.cvpress.diag.CvpressException e) {
      throw new IllegalStateException(Schema.RESOURCE + " is not JSON", e);
    }
  }

  /**
   * {@code document} with the properties of each object in the order the schema lists them (those it does not
   * list after, as they were): how cvpress writes a JSON Resume, the same bytes for the same résumé.
   */
  static JsonNode ordered(JsonNode document) {
    return ordered(document, Tree.TREE);
  }

  private static JsonNode ordered(JsonNode node, JsonNode schema) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      JsonNode properties = schema == null ? null : schema.get("properties");
      com.fasterxml.jackson.databind.node.ObjectNode out = Json.NODES.objectNode();
      if (properties != null) {
        properties.fieldNames().forEachRemaining(k -> {
          if (o.has(k)) out.set(k, ordered(o.get(k), properties.get(k)));
        });
      }
      o.properties().forEach(e -> {
        if (!out.has(e.getKey())) out.set(e.getKey(), ordered(e.getValue(), null));
      });
      return out;
    }
    if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      com.fasterxml.jackson.databind.node.ArrayNode out = Json.NODES.arrayNode();
      JsonNode items = schema == null ? null : schema.get("items");
      a.forEach(i -> out.add(ordered(i, items)));
      return out;
    }
    return node;
  }

}
