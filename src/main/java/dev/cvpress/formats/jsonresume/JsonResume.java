package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.model.SourcePos;
import java.util.Map;

/**
 * A JSON Resume document as read: its tree, and where each value stands in its file, by JSON pointer
 * ({@code /work/0/highlights/2}), so that anything said about a value can point at its line and column.
 */
public final class JsonResume {
  private final String file;
  private final ObjectNode root;
  private final Map<String, SourcePos> positions;

  JsonResume(String file, ObjectNode root, Map<String, SourcePos> positions) {
    this.file = file;
    this.root = root;
    this.positions = Map.copyOf(positions);
  }

  /** A document made in memory: every value is at the start of {@code file}. */
  static JsonResume of(String file, ObjectNode root) {
    return new JsonResume(file, root, Map.of());
  }

  public String file() {
    return file;
  }

  ObjectNode root() {
    return root;
  }

  /** Where the value at {@code pointer} starts; the nearest enclosing value's position when it has none. */
  public SourcePos at(String pointer) {
    String p = pointer;
    while (true) {
      SourcePos pos = positions.get(p);
      if (pos != null) return pos;
      if (p.isEmpty()) return SourcePos.start(file);
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
