package dev.cvpress.formats.markdown;

import static dev.cvpress.formats.markdown.MarkdownText.alt;
import static dev.cvpress.formats.markdown.MarkdownText.destination;
import static dev.cvpress.formats.markdown.MarkdownText.headingEnd;
import static dev.cvpress.formats.markdown.MarkdownText.inlines;
import static dev.cvpress.formats.markdown.MarkdownText.italic;
import static dev.cvpress.formats.markdown.MarkdownText.lineEnd;
import static dev.cvpress.formats.markdown.MarkdownText.lineStart;
import static dev.cvpress.formats.markdown.MarkdownText.tags;
import static dev.cvpress.formats.markdown.MarkdownText.text;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks written back as Markdown that cvpress reads as the same blocks: separated by blank lines, lists and quotes
 * nested by indentation, entries as {@code ### Title — Org (url) — Place | dates}; their inline content is
 * {@link MarkdownText}'s.
 */
public final class MarkdownBlocks {
  private MarkdownBlocks() {}

  /** A task list's box at the start of an item, which the reader would take for one. */
  private static final Pattern TASK = Pattern.compile("^\\[[ xX]\\](?:\\s|$)");


  /** Blocks as Markdown, a blank line between blocks, with no line break at the end. */
  public static String blocks(List<? extends Block> blocks) {
    StringBuilder out = new StringBuilder();
    Lists lists = new Lists();
    for (Block b : blocks) {
      if (out.length() > 0) out.append("\n\n");
      out.append(block(b, lists));
    }
    return out.toString();
  }

  /**
   * The marker of the list written last among one run of blocks: two lists in a row with the same marker would
   * be read as one, so the second takes the other marker ({@code -} and {@code *}, {@code 1.} and {@code 1)}).
   */
  private static final class Lists {
    Block.BulletList last;
    boolean otherMarker;

    boolean next(Block b) {
      if (!(b instanceof Block.BulletList l)) {
        last = null;
        return false;
      }
      otherMarker = last != null && last.ordered() == l.ordered() && !otherMarker;
      last = l;
      return otherMarker;
    }
  }

  private static String block(Block b, Lists lists) {
    boolean otherMarker = lists.next(b);
    if (b instanceof Block.Paragraph p) return paragraph(p.inlines()) + tags(p.tags());
    if (b instanceof Block.BulletList l) return list(l, otherMarker);
    if (b instanceof Block.SubHeading h) {
      return "#".repeat(h.level()) + " " + headingEnd(inlines(h.inlines()));
    }
    if (b instanceof Block.CodeBlock c) return codeBlock(c);
    if (b instanceof Block.Quote q) return prefixed(blocks(q.blocks()), "> ", ">");
    if (b instanceof Block.Image img) {
      return "![" + alt(img.alt()) + "](" + destination(img.src()) + ")";
    }
    if (b instanceof Block.Rule) return "---";
    if (b instanceof Block.PageBreak) return "\\newpage";
    if (b instanceof Block.Table t) return table(t);
    if (b instanceof Block.Definition d) return definition(d);
    if (b instanceof Block.Footnote f) return footnote(f);
    if (b instanceof Entry e) return entry(e);
    throw new IllegalStateException("no case for " + b.getClass().getSimpleName());
  }

  /** A paragraph's text on one line: escaped at its start and end as the first line of a block. */
  public static String paragraph(List<Inline> inlines) {
    String text = lineStart(inlines(inlines));
    if (text.equals("\\newpage") || text.equals("\\pagebreak")) text = "\\" + text;
    return lineEnd(text);
  }

  private static String list(Block.BulletList l, boolean otherMarker) {
    String bullet = otherMarker ? "*" : "-";
    String delimiter = otherMarker ? ")" : ".";
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Block.ListItem item : l.items()) {
      if (out.length() > 0) out.append('\n');
      String marker = l.ordered() ? l.number(n++) + delimiter + " " : bullet + " ";
      out.append(marker).append(indented(item(item), " ".repeat(marker.length())));
    }
    return out.toString();
  }

  /**
   * One list item without its marker: its text and tags on the first line, then its nested blocks, not
   * indented (the caller indents them under the marker).
   */
  public static String item(Block.ListItem item) {
    StringBuilder out = new StringBuilder();
    String text = inlines(item.text());
    if (item.checked() != null) {
      out.append(item.checked() ? "[x] " : "[ ] ");
    } else if (TASK.matcher(text).lookingAt()) {
      text = "\\" + text;
    }
    out.append(lineEnd(lineStart(text))).append(tags(item.tags()));
    Lists lists = new Lists();
    boolean first = true;
    for (Block child : item.children()) {
      // A numbered list that does not start at 1 cannot interrupt a line of text: it would be read as more text.
      boolean tight = first && child instanceof Block.BulletList l && !item.text().isEmpty()
          && !(l.ordered() && l.start() != 1);
      // An item with no text starts with its first block on the marker's line: after a blank line it would be empty.
      boolean onMarkerLine = first && out.length() == 0;
      out.append(onMarkerLine ? "" : tight ? "\n" : "\n\n").append(block(child, lists));
      first = false;
    }
    return out.toString();
  }

  private static String codeBlock(Block.CodeBlock c) {
    int longest = 2;
    Matcher m = Pattern.compile("(?m)^\\s*(`{3,})").matcher(c.text());
    while (m.find()) longest = Math.max(longest, m.group(1).length());
    String fence = "`".repeat(longest + 1);
    String text = c.text().endsWith("\n") || c.text().isEmpty() ? c.text() : c.text() + "\n";
    return fence + c.language() + "\n" + text + fence;
  }

  private static String table(Block.Table t) {
    StringBuilder out = new StringBuilder();
    List<List<List<Inline>>> head = t.head().isEmpty() ? List.of(List.of()) : t.head();
    int columns = Math.max(t.align().size(), head.get(0).size());
    for (List<List<Inline>> row : head) out.append(row(row, columns)).append('\n');
    out.append('|');
    for (int i = 0; i < columns; i++) {
      String align = i < t.align().size() ? t.align().get(i) : "";
      out.append(switch (align) {
        case "left" -> " :--- |";
        case "center" -> " :---: |";
        case "right" -> " ---: |";
        default -> " --- |";
      });
    }
    for (List<List<Inline>> row : t.body()) out.append('\n').append(row(row, 0));
    return out.toString();
  }

  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

  private static String row(List<List<Inline>> cells, int atLeast) {
    StringBuilder out = new StringBuilder("|");
    int n = Math.max(cells.size(), atLeast);
    for (int i = 0; i < n; i++) {
      String cell = i < cells.size() ? inlines(cells.get(i)).replace("|", "\\|") : "";
      // A cell of dashes would make its row the line under the head.
      if (DELIMITER_CELL.matcher(cell).matches()) cell = "\\" + cell;
      out.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
    return out.toString();
  }

  private static String definition(Block.Definition d) {
    StringBuilder out = new StringBuilder(lineEnd(lineStart(inlines(d.term()))));
    for (List<Block> description : d.descriptions()) {
      out.append("\n: ").append(indented(blocks(description), "  "));
    }
    return out.toString();
  }

  private static String footnote(Block.Footnote f) {
    StringBuilder out = new StringBuilder("[^" + f.number() + "]: " + inlines(f.text()));
    if (f.more().isEmpty()) return out.toString();
    // A note with no text of its own starts with its first block on its line: indented below, it would be code.
    if (f.text().isEmpty()) return out.append(indented(blocks(f.more()), "    ")).toString();
    out.append("\n\n").append(prefixed(blocks(f.more()), "    ", ""));
    return out.toString();
  }

  // ---- entries ----

  /** An entry: its heading, its role line and its body. */
  public static String entry(Entry e) {
    StringBuilder out = new StringBuilder("### ").append(entryHeading(e)).append(tags(e.tags()));
    if (e.role() != null) out.append("\n\n").append(italic(e.role()));
    if (!e.body().isEmpty()) out.append("\n\n").append(blocks(e.body()));
    return out.toString();
  }

  /**
   * An entry's heading without its {@code ###}: {@code Title — Org (https://org.example) — Place | dates}, the
   * link written as {@code [Org](url)} when it is not a web address.
   */
  public static String entryHeading(Entry e) {
    String dates = e.dates() == null ? null : e.dates().original();
    return heading(e.title(), e.org(), e.url(), e.location(), dates);
  }

  /** A section's title after its {@code ##}: a footnote's mark in it is a reference again. */
  public static String sectionTitle(String title) {
    return headingEnd(MarkdownText.references(text(title, ' ', ' ', false), false));
  }

  /**
   * The parts of an entry heading put together; any but one of title and org may be null. A title with no org is
   * followed by a dash with nothing after it ({@code Freelance Developer — | 2019 – 2020}, {@code Consultant — —
   * Berlin}): one name alone would be read as the org.
   */
  public static String heading(String title, String org, String url, String location, String dates) {
    List<String> parts = new ArrayList<>();
    boolean alone = org == null && location == null;
    boolean undated = dates == null || dates.isBlank();
    if (title != null) parts.add(EntryParts.part(title, true, alone, true, undated));
    String named = org != null ? org : null;
    if (named != null) {
      String shown = EntryParts.part(named, title == null, location == null, false, undated);
      if (url == null) parts.add(shown);
      else if (url.matches("(?i)https?://[^\\s()<>]+")) parts.add(shown + " (" + url + ")");
      else parts.add("[" + shown + "](" + destination(url) + ")");
    } else if (url != null && !parts.isEmpty()) {
      String only = parts.remove(0);
      parts.add(url.matches("(?i)https?://[^\\s()<>]+") ? only + " (" + url + ")"
          : "[" + only + "](" + destination(url) + ")");
    }
    if (title != null && org == null) parts.set(0, parts.get(0) + " —");
    if (location != null) parts.add(EntryParts.part(location, false, true, false, undated));
    String line = String.join(" — ", parts);
    if (dates != null && !dates.isBlank()) line += " | " + dates;
    return headingEnd(line);
  }

  // ---- helpers ----

  /** Every line after the first indented by {@code indent} (blank lines stay empty). */
  public static String indented(String markdown, String indent) {
    String[] lines = markdown.split("\n", -1);
    StringBuilder out = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.append('\n');
      if (!lines[i].isEmpty()) out.append(indent).append(lines[i]);
    }
    return out.toString();
  }

  /** Every line prefixed: {@code prefix} before text, {@code blank} on an empty line. */
  private static String prefixed(String markdown, String prefix, String blank) {
    StringBuilder out = new StringBuilder();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) out.append('\n');
      out.append(lines[i].isEmpty() ? blank : prefix + lines[i]);
    }
    return out.toString();
  }
}
