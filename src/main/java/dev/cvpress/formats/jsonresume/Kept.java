package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a JSON Resume holds that the Markdown written from it does not say, kept as a list of values by JSON
 * pointer: each with the {@code value} JSON Resume had and what the Markdown reads as there ({@code shown}). When
 * the Markdown is converted back, a value is given back only while the Markdown still reads as {@code shown}
 * there: an edit in the Markdown wins over a value kept from before it.
 */
final class Kept {
  private Kept() {}

  /** One kept value; a missing {@code value} or {@code shown} means nothing is there. */
  record Value(String pointer, JsonNode value, JsonNode shown) {
    /** Whether the Markdown shows nothing here, rather than the value written another way. */
    boolean hidden() {
      return shown == null;
    }
  }

  /**
   * Where {@code original} and {@code derived} differ, as values to give back; cvpress's own {@code meta.cvpress}
   * aside, and {@code $schema}, which cvpress always writes.
   */
  static List<Value> diff(JsonNode original, JsonNode derived) {
    List<Value> out = new ArrayList<>();
    diff(Json.pruned(withoutCvpress(original)), Json.pruned(withoutCvpress(derived)), "", out);
    return out;
  }

  private static JsonNode withoutCvpress(JsonNode node) {
    if (!(node instanceof ObjectNode o)) return node;
    ObjectNode copy = o.deepCopy();
    copy.remove("$schema");
    ObjectNode meta = Json.object(copy, "meta");
    if (meta != null) meta.remove("cvpress");
    return copy;
  }

  /** Values kept whole when they differ: a place is shown as one line, and kept as the object it was. */
  private static final Set<String> WHOLE = Set.of("/basics/location");

  private static void diff(JsonNode a, JsonNode b, String pointer, List<Value> out) {
    if (a == null && b == null || a != null && a.equals(b)) return;
    if (a instanceof ObjectNode oa && b instanceof ObjectNode ob && !WHOLE.contains(pointer)) {
      Set<String> keys = new LinkedHashSet<>();
      oa.fieldNames().forEachRemaining(keys::add);
      ob.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) diff(oa.get(k), ob.get(k), pointer + "/" + JsonResumeReader.escape(k), out);
      return;
    }
    if (a instanceof ArrayNode aa && b instanceof ArrayNode ab && aa.size() == ab.size()) {
      for (int i = 0; i < aa.size(); i++) diff(aa.get(i), ab.get(i), pointer + "/" + i, out);
      return;
    }
    out.add(new Value(pointer, a, b));
  }

  /** The kept values as the JSON of the comment: {@code {"/pointer": {"value": …, "shown": …}}}. */
  static ObjectNode toJson(List<Value> values) {
    ObjectNode out = Json.NODES.objectNode();
    for (Value v : values) {
      ObjectNode o = out.putObject(v.pointer());
      if (v.value() != null) o.set("value", v.value());
      if (v.shown() != null) o.set("shown", v.shown());
    }
    return out;
  }

  static List<Value> fromJson(JsonNode json) {
    List<Value> out = new ArrayList<>();
    if (json == null) return out;
    json.properties().forEach(e -> {
      if (e.getKey().startsWith("/") && e.getValue() instanceof ObjectNode o) {
        out.add(new Value(e.getKey(), o.get("value"), o.get("shown")));
      }
    });
    return out;
  }

  /**
   * Gives the kept values back to {@code json}, each where {@code json} still holds what the Markdown showed;
   * returns the pointers of those that no longer apply.
   */
  static List<String> apply(ObjectNode json, List<Value> values) {
    List<String> stale = new ArrayList<>();
    for (Value v : values) {
      if (v.pointer().startsWith("/meta/cvpress")) continue;
      JsonNode now = Json.pruned(at(json, v.pointer()));
      JsonNode shown = v.shown() == null ? null : Json.pruned(v.shown());
      if (!(now == null ? shown == null : now.equals(shown)) || !set(json, v.pointer(), v.value())) {
        stale.add(v.pointer());
      }
    }
    return stale;
  }

  private static JsonNode at(JsonNode root, String pointer) {
    JsonNode node = root;
    for (String token : tokens(pointer)) {
      if (node == null) return null;
      if (node.isArray()) {
        int i = index(token);
        node = i >= 0 && i < node.size() ? node.get(i) : null;
      } else {
        node = node.get(token);
      }
    }
    return node;
  }

  /** Sets (or, for a null value, removes) the value at {@code pointer}, making the objects on the way. */
  private static boolean set(ObjectNode root, String pointer, JsonNode value) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) return false;
    JsonNode node = root;
    for (int t = 0; t < tokens.size() - 1; t++) {
      String token = tokens.get(t);
      JsonNode next;
      if (node instanceof ArrayNode a) {
        int i = index(token);
        if (i < 0 || i >= a.size()) return false;
        next = a.get(i);
      } else {
        ObjectNode o = (ObjectNode) node;
        next = o.get(token);
        if (next == null && value != null) {
          next = index(tokens.get(t + 1)) >= 0 ? o.putArray(token) : o.putObject(token);
        }
      }
      if (next == null) return true; // nothing to remove
      if (!next.isContainerNode()) return false;
      node = next;
    }
    String last = tokens.get(tokens.size() - 1);
    if (node instanceof ArrayNode a) {
      int i = index(last);
      if (value == null) {
        if (i >= 0 && i < a.size()) a.remove(i);
        return true;
      }
      if (i >= 0 && i < a.size()) a.set(i, value);
      else if (i == a.size()) a.add(value);
      else return false;
      return true;
    }
    ObjectNode o = (ObjectNode) node;
    if (value == null) o.remove(last);
    else o.set(last, value);
    return true;
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) return out;
    for (String t : pointer.substring(1).split("/", -1)) out.add(t.replace("~1", "/").replace("~0", "~"));
    return out;
  }

  private static int index(String token) {
    return token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
  }
}
