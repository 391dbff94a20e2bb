package dev.cvpress.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a schema (maps, lists, strings, numbers, booleans) as JSON, two spaces a level, in a stable order. */
final class JsonWriter {
  private JsonWriter() {}

  static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, "");
    return b.append('\n').toString();
  }

  private static void write(StringBuilder b, Object value, String indent) {
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(inner).append(string(String.valueOf(e.getKey()))).append(": ");
        write(b, e.getValue(), inner);
        b.append(++i < m.size() ? ",\n" : "\n");
      }
      b.append(indent).append('}');
    } else if (value instanceof List<?> l) {
      // A list of plain values on one line, as people write enums.
      boolean plain = l.stream().noneMatch(v -> v instanceof Map || v instanceof List);
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) b.append(plain ? ", " : ",");
        if (!plain) b.append('\n').append(inner);
        write(b, l.get(i), inner);
      }
      if (!plain && !l.isEmpty()) b.append('\n').append(indent);
      b.append(']');
    } else if (value instanceof String s) {
      b.append(string(s));
    } else {
      b.append(value);
    }
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
