package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of properties read without Jackson's parser is the order Jackson reads from the same schema. */
class OrderReaderTest {
  /** Every object's property names, in order, with their paths: from the schema as Jackson reads it. */
  private static void names(JsonNode schema, String path, List<String> out) {
    if (schema == null || !schema.isObject()) return;
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      List<String> keys = new ArrayList<>();
      properties.fieldNames().forEachRemaining(keys::add);
      out.add(path + " " + keys);
      for (String k : keys) names(properties.get(k), path + "/" + k, out);
    }
    names(schema.get("items"), path + "[]", out);
  }

  /** The same, from the order. */
  private static void names(PropertyOrder.Order order, String path, List<String> out) {
    if (order == null) return;
    Map<String, PropertyOrder.Order> properties = order.properties();
    if (properties != null) {
      out.add(path + " " + List.copyOf(properties.keySet()));
      properties.forEach((k, v) -> names(v, path + "/" + k, out));
    }
    names(order.items(), path + "[]", out);
  }

  @Test
  void theSchemasOrderIsReadAsJacksonReadsIt() {
    List<String> jackson = new ArrayList<>();
    names(PropertyOrder.tree(), "", jackson);
    List<String> own = new ArrayList<>();
    names(PropertyOrder.order(), "", own);
    assertEquals(jackson, own);
    assertEquals(true, own.size() > 10, own.toString());
    assertEquals(true, own.stream().anyMatch(l -> l.startsWith("/work[] [name, location")),
        own.toString());
  }

  @Test
  void escapesNumbersLiteralsAndNonObjectSchemasAreRead() {
    PropertyOrder.Order o = OrderReader.read("{\"properties\": {\"b\\u0061\": {\"items\": {\"properties\": {\"x\": 1,"
        + " \"y\": true}}}, \"a\\\"\": [1, -2.5e3, null, false, \"s\"], \"c\": \"text\"}}");
    assertEquals(List.of("ba", "a\"", "c"), List.copyOf(o.properties().keySet()));
    assertEquals(List.of("x", "y"), List.copyOf(o.properties().get("ba").items().properties().keySet()));
    assertNull(o.properties().get("a\""));
    assertNull(o.items());
    assertThrows(IllegalStateException.class, () -> OrderReader.read("{\"a\": }"));
    assertThrows(IllegalStateException.class, () -> OrderReader.read("[]"));
  }
}
