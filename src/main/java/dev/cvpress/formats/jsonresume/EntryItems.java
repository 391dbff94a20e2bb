package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownBlocks;
import dev.cvpress.formats.markdown.MarkdownText;
import dev.cvpress.model.Block;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry of the résumé as an item of a JSON Resume section: its heading's parts in the fields the section has
 * (others under the names {@code work} gives them, each reported), its dates as ISO dates (and as written, where
 * those cannot say them), its tags, and its body: the last bullets as the list field, labelled lines before them,
 * the rest as the text.
 */
final class EntryItems {
  private final List<Diagnostic> warnings;

  /** @param warnings where what an item has no field for is reported */
  EntryItems(List<Diagnostic> warnings) {
    this.warnings = warnings;
  }

  /** An entry as an item of {@code kind}. */
  ObjectNode entry(Kind kind, Entry e) {
    Kind.Fields f = kind.fields;
    ObjectNode item = Json.NODES.objectNode();
    if (kind == Kind.EDUCATION) {
      if (e.title() != null) {
        String[] degree = Education.split(e.title());
        if (degree[0] != null) item.put("studyType", degree[0]);
        if (degree[1] != null) item.put("area", degree[1]);
        if (e.org() != null) item.put(f.org(), e.org());
      } else {
        item.put(f.single(), e.org());
      }
    } else if (e.title() != null) {
      item.put(f.title(), e.title());
      if (e.org() != null) put(item, f.org(), Kind.ORG, e.org(), e.pos(), kind, "the organisation");
    } else {
      item.put(f.single(), e.org());
    }
    if (e.url() != null) put(item, f.url(), Kind.URL, e.url(), e.pos(), kind, "the link");
    if (e.location() != null) put(item, f.location(), Kind.LOCATION, e.location(), e.pos(), kind, "the place");
    if (e.role() != null) {
      if ("roles".equals(f.role())) {
        ArrayNode roles = item.putArray("roles");
        for (String r : e.role().split(", ", -1)) roles.add(r);
      } else {
        put(item, f.role(), Kind.ROLE, e.role(), e.pos(), kind, "the italic line");
      }
    }
    if (e.dates() != null) dates(kind, item, e.dates(), e.pos());
    if (!e.tags().isEmpty()) {
      ArrayNode tags = item.putArray(Kind.TAGS);
      e.tags().stream().sorted().forEach(tags::add);
    }
    body(kind, item, e);
    return item;
  }

  private void dates(Kind kind, ObjectNode item, DateRange range, SourcePos pos) {
    Kind.Fields f = kind.fields;
    if (!range.isParsed()) {
      item.put(Kind.DATES, range.original());
      warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, pos, "dates `" + range.original()
          + "` are not dates JSON Resume can hold; kept as written in `" + Kind.DATES + "`",
          "write them as Jan 2020 – Present, 2019 – 2021 or 2019-05-01"));
      return;
    }
    Dates.Iso start = Dates.start(range);
    Dates.Iso end = Dates.end(range);
    if (f.date() != null) {
      item.put(f.date(), start.json());
      if (end != null || range.present()) item.put(Kind.DATES, range.original());
      return;
    }
    item.put(f.start(), start.json());
    if (end != null) item.put(f.end(), end.json());
    if (end == null && !range.present()) {
      // One date where JSON Resume reads a start without an end as "until now": it ends where it starts, and the
      // heading's date is kept as written.
      item.put(f.end(), start.json());
      item.put(Kind.DATES, range.original());
    } else if (!Dates.canonical(range)) {
      item.put(Kind.DATES, range.original());
    }
  }

  /** The body: bullets at its end as the list field, labelled lines before them, the rest as the text. */
  private void body(Kind kind, ObjectNode item, Entry e) {
    Kind.Fields f = kind.fields;
    List<Block> blocks = new ArrayList<>(e.body());
    if (f.list() != null && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.BulletList l
        && !l.ordered()) {
      blocks.remove(blocks.size() - 1);
      ArrayNode list = item.putArray(f.list());
      l.items().forEach(i -> list.add(MarkdownBlocks.item(i)));
    }
    Map<String, String> found = new LinkedHashMap<>();
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Paragraph p && p.tags().isEmpty()) {
      String line = MarkdownBlocks.paragraph(p.inlines());
      String label = f.labelled().keySet().stream().filter(l -> line.startsWith(l + ": ")).findFirst().orElse(null);
      if (label == null || found.containsKey(label)) break;
      String field = f.labelled().get(label);
      String value = line.substring(label.length() + 2);
      if (field.equals("keywords")) {
        ArrayNode keywords = item.putArray(field);
        for (String k : value.split(", ", -1)) keywords.add(k);
      } else {
        String plain = dev.cvpress.model.Inline.plain(p.inlines()).substring(label.length() + 2);
        if (!MarkdownText.plain(plain).equals(value)) break;
        item.put(field, plain);
      }
      found.put(label, field);
      blocks.remove(blocks.size() - 1);
    }
    if (!blocks.isEmpty()) {
      put(item, f.summary(), Kind.SUMMARY_TEXT, MarkdownBlocks.blocks(blocks), e.pos(), kind, "the text");
    }
  }

  /** Puts a value in the kind's own field, or under the name {@code work} gives it, reporting that. */
  private void put(ObjectNode item, String field, String extension, String value, SourcePos pos, Kind kind,
      String what) {
    if (field != null) {
      item.put(field, value);
      return;
    }
    item.put(extension, value);
    warnings.add(Diagnostic.warning(Code.FIELD_KEPT_ASIDE, pos, "JSON Resume's " + kind.key + " has no field for "
        + what + "; kept as `" + extension + "`", "JSON Resume themes may not show it; cvpress reads it back"));
  }
}
