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
    return ordered(document, Orders.ROOT);
  }

  /**
   * What ordering needs of a schema: the properties it lists, in order, each with its own schema (null where that
   * is not an object), and the schema of an array's items. Read from the schema by {@link OrderReader}, not by
   * Jackson's parser, whose first use costs a cold start more than the whole ordering (a PDF carries a JSON Resume
   * written as it renders).
   */
  record Order(java.util.Map<String, Order> properties, Order items) {}

  /** The schema's order, read once, when first needed. */
  private static final class Orders {
    static final Order ROOT = OrderReader.read(new String(bytes(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The schema's order (for tests). */
  static Order order() {
    return Orders.ROOT;
  }

  private static JsonNode ordered(JsonNode node, Order schema) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      java.util.Map<String, Order> properties = schema == null ? null : schema.properties();
      com.fasterxml.jackson.databind.node.ObjectNode out = Json.NODES.objectNode();
      if (properties != null) {
        properties.forEach((k, v) -> {
          if (o.has(k)) out.set(k, ordered(o.get(k), v));
        });
      }
      o.properties().forEach(e -> {
        if (!out.has(e.getKey())) out.set(e.getKey(), ordered(e.getValue(), null));
      });
      return out;
    }
    if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      com.fasterxml.jackson.databind.node.ArrayNode out = Json.NODES.arrayNode();
      Order items = schema == null ? null : schema.items();
      a.forEach(i -> out.add(ordered(i, items)));
      return out;
    }
    return node;
  }

}
