package dev.cvpress.formats.jsonresume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the order of properties out of the vendored JSON Resume schema ({@link PropertyOrder.Order}): a small
 * reader of JSON's whole grammar that keeps only objects, in the order their members are written, and where they
 * sit. The schema ships in the jar, so a file it cannot read is a build error, which a test catches.
 */
final class OrderReader {
  private final String s;
  private int at;

  private OrderReader(String s) {
    this.s = s;
  }

  static PropertyOrder.Order read(String json) {
    OrderReader r = new OrderReader(json);
    Object root = r.value();
    r.space();
    if (r.at != json.length() || !(root instanceof Map<?, ?> m)) throw r.error("one object");
    return order(m);
  }

  /** An object's schema as an order; null for any other value. */
  private static PropertyOrder.Order order(Object schema) {
    if (!(schema instanceof Map<?, ?> m)) return null;
    Map<String, PropertyOrder.Order> properties = null;
    if (m.get("properties") instanceof Map<?, ?> p) {
      properties = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : p.entrySet()) properties.put((String) e.getKey(), order(e.getValue()));
    }
    return new PropertyOrder.Order(properties, order(m.get("items")));
  }

  /** An object as a map in the order written, an array as a list, any other value as null. */
  private Object value() {
    space();
    if (at >= s.length()) throw error("a value");
    char c = s.charAt(at);
    if (c == '{') {
      at++;
      Map<String, Object> members = new LinkedHashMap<>();
      space();
      if (peek('}')) return members;
      do {
        space();
        String key = string();
        space();
        expect(':');
        members.put(key, value());
        space();
      } while (peek(','));
      expect('}');
      return members;
    }
    if (c == '[') {
      at++;
      List<Object> items = new ArrayList<>();
      space();
      if (peek(']')) return items;
      do {
        items.add(value());
        space();
      } while (peek(','));
      expect(']');
      return items;
    }
    if (c == '"') {
      string();
      return null;
    }
    int start = at;
    while (at < s.length() && "+-0123456789.eEtruefalsn".indexOf(s.charAt(at)) >= 0) at++;
    if (at == start) throw error("a value");
    return null;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (at < s.length() && s.charAt(at) != '"') {
      char c = s.charAt(at++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(at++);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(e);
      }
    }
    expect('"');
    return out.toString();
  }

  private void space() {
    while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
  }

  private boolean peek(char c) {
    if (at < s.length() && s.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) throw error("`" + c + "`");
  }

  private IllegalStateException error(String expected) {
    return new IllegalStateException(Schema.RESOURCE + ": expected " + expected + " at offset " + at);
  }
}
