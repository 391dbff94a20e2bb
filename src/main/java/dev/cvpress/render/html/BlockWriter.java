package dev.cvpress.render.html;

import static dev.cvpress.render.html.Markup.attr;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Section;
import dev.cvpress.render.Labels;
import java.util.List;

/** Writes sections and what they hold, down to inline text, as semantic XHTML. */
final class BlockWriter {
  /**
   * A table with more columns than this is too wide for a column of text: it is marked {@code table.wide}, which
   * sets it in smaller type with fixed columns.
   */
  static final int WIDE_COLUMNS = 6;

  private final Markup out;
  private final HtmlRenderer.Options options;
  private final Labels labels;

  BlockWriter(Markup out, HtmlRenderer.Options options, Labels labels) {
    this.out = out;
    this.options = options;
    this.labels = labels;
  }

  void section(Section s) {
    List<Block> blocks = s.blocks();
    // A section that starts on a new page: the break comes before its title.
    if (!blocks.isEmpty() && blocks.get(0) instanceof Block.PageBreak) {
      pageBreak();
      blocks = blocks.subList(1, blocks.size());
    }
    // "undated": no entry in it has a place or dates, so a theme may let it use the width a date column takes.
    boolean undated = blocks.stream()
        .noneMatch(b -> b instanceof Entry e && (e.dates() != null || e.location() != null));
    out.raw("<section class=\"section section-" + Markup.escapeAttribute(s.id()) + (undated ? " undated" : "") + "\""
        + attr("id", s.id()) + ">\n");
    if (!s.title().isBlank()) out.open("h2", attr("class", "section-title")).text(s.title()).close("h2").raw("\n");
    blocks(blocks);
    out.raw("</section>\n");
  }

  /** An empty element the print style sheet starts a new page at (see the base rules in {@link HtmlRenderer}). */
  private void pageBreak() {
    out.raw("<div class=\"page-break\"></div>\n");
  }

  void blocks(List<Block> blocks) {
    for (Block b : blocks) block(b);
  }

  private void block(Block b) {
    if (b instanceof Entry e) {
      entry(e);
    } else if (b instanceof Block.Paragraph p) {
      out.open("p");
      inlines(p.inlines());
      out.close("p").raw("\n");
    } else if (b instanceof Block.BulletList l) {
      String tag = l.ordered() ? "ol" : "ul";
      if (l.ordered() && l.start() != 1) out.open(tag, attr("start", Integer.toString(l.start()))).raw("\n");
      else out.open(tag).raw("\n");
      for (Block.ListItem item : l.items()) {
        out.open("li");
        if (item.checked() != null) out.text(item.checked() ? "☑ " : "☐ ");
        inlines(item.text());
        if (!item.children().isEmpty()) {
          out.raw("\n");
          blocks(item.children());
        }
        out.close("li").raw("\n");
      }
      out.close(tag).raw("\n");
    } else if (b instanceof Block.SubHeading h) {
      out.open("h4", attr("class", "subheading level-" + h.level()));
      inlines(h.inlines());
      out.close("h4").raw("\n");
    } else if (b instanceof Block.Table t) {
      table(t);
    } else if (b instanceof Block.CodeBlock c) {
      out.raw("<pre class=\"code\"><code>").text(c.text().stripTrailing()).raw("</code></pre>\n");
    } else if (b instanceof Block.Quote q) {
      out.open("blockquote").raw("\n");
      blocks(q.blocks());
      out.close("blockquote").raw("\n");
    } else if (b instanceof Block.Footnote) {
      // Set at the foot of the résumé (see notes), not in the entry that happens to end where it was written.
    } else if (b instanceof Block.Image img && !options.shows().test(img.src())) {
      out.open("p", attr("class", "figure image-alt")).text("[" + altText(img.alt(), img.src()) + "]").close("p")
          .raw("\n");
    } else if (b instanceof Block.Image img) {
      out.open("p", attr("class", "figure")).raw("<img" + attr("src", img.src())
          + attr("alt", altText(img.alt(), img.src())) + "/>").close("p").raw("\n");
    } else if (b instanceof Block.Rule) {
      out.raw("<hr/>\n");
    } else if (b instanceof Block.PageBreak) {
      pageBreak();
    } else if (b instanceof Block.Definition d) {
      out.raw("<dl>\n").open("dt");
      inlines(d.term());
      out.close("dt").raw("\n");
      for (List<Block> desc : d.descriptions()) {
        out.open("dd").raw("\n");
        blocks(desc);
        out.close("dd").raw("\n");
      }
      out.raw("</dl>\n");
    }
  }

  private void entry(Entry e) {
    String head = longHead(e) ? "entry-head long" : "entry-head";
    out.raw("<article class=\"entry\">\n<div class=\"" + head + "\">").open("h3", attr("class", "entry-title"));
    if (e.title() != null) {
      out.raw("<span class=\"title\">");
      linked(e.title(), e.org() == null ? e.url() : null);
      // The comma stays inside the title's text so a line can never start with it.
      if (e.org() != null) out.text(",");
      out.raw("</span>");
    }
    if (e.org() != null) {
      if (e.title() != null) out.text(" ");
      out.raw("<span class=\"org\">");
      linked(e.org(), e.url());
      out.raw("</span>");
    }
    out.close("h3");
    // The place and the dates share one block beside the title: a theme sets them on one line or stacks them.
    if (e.location() != null || e.dates() != null) {
      out.raw("<div class=\"entry-meta\">");
      if (e.location() != null) out.raw("<span class=\"location\">").text(e.location()).raw("</span>");
      if (e.location() != null && e.dates() != null) out.raw("<span class=\"meta-gap\"> </span>");
      if (e.dates() != null) {
        out.raw("<span class=\"dates\">").text(labels.dates(e.dates(), options.originalDates())).raw("</span>");
      }
      out.raw("</div>");
    }
    out.raw("</div>\n");
    if (e.role() != null) out.open("p", attr("class", "role")).text(e.role()).close("p").raw("\n");
    if (!e.body().isEmpty()) {
      out.raw("<div class=\"entry-body\">\n");
      blocks(e.body());
      out.raw("</div>\n");
    }
    out.raw("</article>\n");
  }

  /**
   * Whether an entry's title, organisation, place and dates would not share one line of the theme's measure (95
   * when it gives none): the title counted at about 1.15 characters of body text, the place and dates at 0.95, the
   * gap between them at 3. A theme may then set the place and dates under the title instead of beside it.
   */
  private boolean longHead(Entry e) {
    int measure = options.contactLine() > 0 ? options.contactLine() : 95;
    int title = length(e.title()) + length(e.org()) + (e.title() != null && e.org() != null ? 2 : 0);
    int meta = length(e.location()) + (e.dates() == null ? 0 : length(labels.dates(e.dates(), options.originalDates())))
        + (e.location() != null && e.dates() != null ? 3 : 0);
    return meta > 0 && 1.15 * title + 0.95 * meta + 3 > measure;
  }

  private static int length(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  /** Writes a name, split so that a trailing "(note)" reads as a quieter aside. */
  private void linked(String label, String url) {
    String main = label;
    String note = null;
    int paren = label.indexOf(" (");
    if (paren > 0 && label.endsWith(")")) {
      main = label.substring(0, paren);
      note = label.substring(paren + 1);
    }
    if (url != null && Links.allowed(url)) {
      out.raw("<a" + attr("href", url) + ">").text(Links.shown(main)).raw("</a>");
    } else {
      out.text(main);
    }
    if (note != null) out.text(" ").raw("<span class=\"note\">").text(note).raw("</span>");
  }

  /** The footnotes, in number order, after everything else, in smaller type: what a reader expects of notes. */
  void notes(List<Block.Footnote> notes) {
    if (notes.isEmpty()) return;
    out.raw("<div class=\"footnotes\">\n");
    for (Block.Footnote f : notes) footnote(f);
    out.raw("</div>\n");
  }

  /** A footnote: its mark and first paragraph, set off as a quote when more follows. */
  private void footnote(Block.Footnote f) {
    if (!f.more().isEmpty()) out.open("blockquote").raw("\n");
    out.open("p").text(f.mark() + " ");
    inlines(f.text());
    out.close("p").raw("\n");
    if (f.more().isEmpty()) return;
    blocks(f.more());
    out.close("blockquote").raw("\n");
  }

  private void table(Block.Table t) {
    int columns = 0;
    for (var row : t.head()) columns = Math.max(columns, row.size());
    for (var row : t.body()) columns = Math.max(columns, row.size());
    out.raw(columns > WIDE_COLUMNS ? "<table class=\"wide\">\n" : "<table>\n");
    if (!t.head().isEmpty()) {
      out.raw("<thead>\n");
      for (var row : t.head()) row(row, "th", t.align());
      out.raw("</thead>\n");
    }
    out.raw("<tbody>\n");
    for (var row : t.body()) row(row, "td", t.align());
    out.raw("</tbody>\n</table>\n");
  }

  private void row(List<List<Inline>> cells, String tag, List<String> align) {
    out.raw("<tr>");
    for (int i = 0; i < cells.size(); i++) {
      String a = i < align.size() ? align.get(i) : "";
      out.open(tag, a.isEmpty() ? "" : " style=\"text-align: " + a + "\"");
      inlines(cells.get(i));
      out.close(tag);
    }
    out.raw("</tr>\n");
  }

  void inlines(List<Inline> inlines) {
    for (Inline i : inlines) inline(i);
  }

  private void inline(Inline i) {
    if (i instanceof Inline.Text t) {
      out.text(t.text());
    } else if (i instanceof Inline.Emph e) {
      wrap("em", e.children());
    } else if (i instanceof Inline.Strong s) {
      wrap("strong", s.children());
    } else if (i instanceof Inline.Strike s) {
      wrap("del", s.children());
    } else if (i instanceof Inline.Code c) {
      out.raw("<code>").text(c.text()).raw("</code>");
    } else if (i instanceof Inline.LineBreak) {
      out.raw("<br/>");
    } else if (i instanceof Inline.Image img && !options.shows().test(img.src())) {
      out.raw("<span class=\"image-alt\">").text("[" + altText(img.alt(), img.src()) + "]").raw("</span>");
    } else if (i instanceof Inline.Image img) {
      out.raw("<img" + attr("src", img.src()) + attr("alt", altText(img.alt(), img.src())) + "/>");
    } else if (i instanceof Inline.Link l) {
      // A target that is not http(s), mailto, tel or relative is never written: the text stays, plain.
      if (!Links.allowed(l.url())) {
        inlines(l.children());
        return;
      }
      out.raw("<a" + attr("href", l.url()) + ">");
      // A bare address reads without its scheme: "github.com/x", not "https://github.com/x/".
      if (l.children().size() == 1 && l.children().get(0) instanceof Inline.Text t) {
        out.text(Links.shown(t.text()));
      } else {
        inlines(l.children());
      }
      out.raw("</a>");
    }
  }

  private void wrap(String tag, List<Inline> children) {
    out.open(tag);
    inlines(children);
    out.close(tag);
  }

  /**
   * Alternative text for an image: the author's, or else the file's name, since a tagged PDF must not have a
   * figure without one (cvpress check asks for a real description).
   */
  static String altText(String alt, String src) {
    if (alt != null && !alt.isBlank()) return alt;
    String name = src.replaceFirst("[?#].*$", "").replaceFirst(".*/", "").replaceFirst("\\.[A-Za-z0-9]+$", "");
    return name.isBlank() ? "image" : name.replace('-', ' ').replace('_', ' ');
  }
}
