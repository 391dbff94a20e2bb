package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * cvpress's layout of a résumé in {@code meta.cvpress.sections}: the sections in order, each with its title and
 * the JSON Resume section it takes items from ({@code from}, {@code count}), the form they are written in
 * ({@code list} of bullets for entries, {@code definitions} or one line of {@code text} for skills …), its
 * tags, and, for a section JSON Resume cannot hold exactly, its Markdown with a fingerprint of the items made
 * from it (while they are unchanged, the Markdown is what cvpress writes). A résumé laid out as cvpress lays out a
 * JSON Resume by default needs none.
 */
final class Layout {
  private Layout() {}

  /** A fingerprint of a section's items, to tell whether they were edited since. */
  static String fingerprint(List<? extends JsonNode> items) {
    ArrayNode a = Json.NODES.arrayNode();
    items.forEach(a::add);
    return Json.fingerprint(a);
  }

  /** Whether {@code layout} is the one cvpress gives {@code json} when it has none. */
  static boolean isDefault(ArrayNode layout, ObjectNode json, String lang) {
    List<String> expected = new ArrayList<>();
    ObjectNode basics = Json.object(json, "basics");
    if (Json.text(basics, "summary") != null) expected.add(Kind.SUMMARY.title(lang) + "|summary|");
    for (Kind k : Kind.ORDER) {
      if (k == Kind.SUMMARY) continue;
      List<JsonNode> items = Json.array(json, k.key);
      if (!items.isEmpty()) expected.add(k.title(lang) + "|" + k.key + "|" + items.size());
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode e : layout) {
      if (e.has("markdown") || e.has("tags") || e.has("form") || Json.text(e, "title") == null) return false;
      JsonNode count = e.get("count");
      actual.add(Json.text(e, "title") + "|" + Json.text(e, "from") + "|" + (count == null ? "" : count.asText()));
    }
    return expected.equals(actual);
  }
}
