package dev.cvpress.render.html;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.util.List;

/** Résumé model to a standalone XHTML document. The one public entry of the HTML stage. */
public final class HtmlRenderer {
  private HtmlRenderer() {}

  /**
   * Rendering choices that change the HTML.
   *
   * @param css the complete style sheet (theme plus generated rules), placed in the head
   * @param originalDates show dates as the author wrote them instead of the house style
   * @param pageFooter add the "page X of Y" footer (only worth it on documents of more than one page)
   * @param icons mark contact items with Font Awesome glyphs
   * @param sidebar lay out as two columns: contacts and short sections (skills, languages...) in an
   *     {@code aside.sidebar}, the rest in {@code main.main}
   */
  /**
   * @param shows which image sources the page may name: the web page keeps only those the PDF could read, so that
   *     a browser opening it fetches nothing the résumé had no business reading (a remote tracker, a file outside
   *     the folder); the others give way to their alt text
   */
  public record Options(String css, boolean originalDates, boolean pageFooter, boolean icons, boolean sidebar,
      boolean web, java.util.function.Predicate<String> shows) {
    public Options(String css, boolean originalDates, boolean pageFooter, boolean icons, boolean sidebar) {
      this(css, originalDates, pageFooter, icons, sidebar, false, src -> true);
    }
  }

  /** Screen rules for the standalone web page: the sheet of paper on a grey desk, fonts a browser has. */
  private static final String WEB_CSS = """

      @media screen {
        html { background: #e9edf1; }
        body { max-width: 176mm; margin: 24px auto; padding: 16mm 17mm; background: #fff;
               box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); }
        body, body * { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
        .layout-sidebar { max-width: 210mm; padding: 0; }
      }
      @media screen and (max-width: 700px) {
        body { margin: 0; padding: 6vw; box-shadow: none; }
        .dates { display: block; text-align: left; padding-left: 0; }
      }
      """;

  /**
   * Rules every theme needs and none should have to repeat, placed before the theme so it can override them:
   * right-to-left layout (the engine neither mirrors table cells nor keeps Arabic letters joined when they are
   * letter-spaced) and wide tables.
   */
  private static final String BASE_CSS = """
      /* cvpress base */
      [dir=rtl], [dir=rtl] * { letter-spacing: 0 !important; }
      [dir=rtl] .entry-head { display: block; position: relative; }
      [dir=rtl] .entry-title { display: block; padding-left: 10rem; }
      [dir=rtl] .dates { display: block; position: absolute; left: 0; top: 0.1rem; width: auto; padding: 0;
        text-align: left; white-space: nowrap; }
      [dir=rtl] ul, [dir=rtl] ol { padding-left: 0; padding-right: 1.05rem; }
      [dir=rtl] .contact + .contact { border-left: 0; }
      table.wide { table-layout: fixed; font-size: 0.8em; word-wrap: break-word; }
      table.wide th, table.wide td { padding: 0.1rem 0.25rem; }

      """;

  /** Where a theme wants the page footer's text; see {@link Writer#document}. */
  public static final String FOOTER_MARKER = "content: page-footer;";

  /** A date range in the house style of the document's language, e.g. {@code Jun 2021 – Present}. */
  public static String formatDates(dev.cvpress.model.DateRange range, String lang) {
    return Labels.forLang(lang).format(range);
  }

  /** Section titles that belong in a sidebar: short lists rather than a history. */
  private static final java.util.regex.Pattern SIDE_SECTION = java.util.regex.Pattern.compile(
      "(?iu).*\\b(skills?|languages?|interests?|hobbies|certifications?|certificates?|awards?|tools?"
          + "|technologies|tech stack|stack|contact|links|profiles?|education|kenntnisse|sprachen|compétences"
          + "|langues|habilidades|idiomas|навыки|языки|技能|语言|スキル|言語)\\b.*");

  public static String render(Resume resume, Options options) {
    return new Writer(resume, options).document();
  }

  /** The title the PDF carries: "Name — Résumé". */
  public static String documentTitle(Resume resume) {
    String who = resume.displayName();
    return who.isBlank() ? "Résumé" : who + " — Résumé";
  }

  private static final class Writer {
    private final Resume resume;
    private final Options options;
    private final Labels labels;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    Writer(Resume resume, Options options) {
      this.resume = resume;
      this.options = options;
      this.labels = Labels.forLang(resume.meta().lang());
    }

    String document() {
      out.append("<!DOCTYPE html>\n<html lang=\"").append(attr(resume.meta().lang())).append('"');
      if (labels.rtl()) out.append(" dir=\"rtl\"");
      out.append(">\n<head>\n");
      out.append("<meta charset=\"utf-8\"/>\n");
      if (options.web()) out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
      out.append("<title>").append(text(documentTitle(resume))).append("</title>\n");
      meta("author", resume.displayName());
      meta("subject", subject());
      meta("keywords", String.join(", ", resume.meta().keywords()));
      // A theme styles its footer in a page-margin box holding `content: page-footer;`, a value the engine
      // ignores; multi-page documents get the localised "Page X of Y" there. (A later @page rule for the same
      // margin box would replace the theme's whole block, fonts and all, so the text cannot simply be appended.)
      String css = options.css();
      if (options.pageFooter()) {
        String content = "content: " + labels.pageFooterContent() + ";";
        css = css.contains(FOOTER_MARKER) ? css.replace(FOOTER_MARKER, content)
            : css + "\n@page { @bottom-right { " + content + " font-size: 8pt; color: #777; } }\n";
      }
      out.append("<style>\n").append(BASE_CSS).append(css);
      if (options.web()) out.append(WEB_CSS);
      out.append("\n</style>\n");
      // Last in the head: an HTML parser ends the head at this unknown element.
      if (!options.web()) bookmarks();
      out.append("</head>\n");
      if (options.sidebar()) {
        sidebarBody();
      } else {
        out.append("<body>\n");
        header(true);
        summary();
        for (Section s : resume.sections()) section(s);
      }
      out.append("</body>\n</html>\n");
      return out.toString();
    }

    private void bookmarks() {
      out.append("<bookmarks>\n");
      for (Section s : resume.sections()) {
        if (s.title().isBlank()) continue;
        out.append("<bookmark name=\"").append(attr(s.title())).append("\" href=\"#").append(attr(s.id()))
            .append("\"></bookmark>\n");
      }
      out.append("</bookmarks>\n");
    }

    private void summary() {
      if (resume.intro().isEmpty()) return;
      out.append("<div class=\"summary\">\n");
      blocks(resume.intro());
      out.append("</div>\n");
    }

    /** Two columns: the aside comes first so that it can float beside the main column. */
    private void sidebarBody() {
      out.append("<body class=\"layout-sidebar\">\n<aside class=\"sidebar\">\n");
      if (resume.header().photo() != null) photo();
      if (!resume.header().contacts().isEmpty()) {
        out.append("<section class=\"section side-contacts\">\n<h2 class=\"section-title\">")
            .append(text(labels.contact())).append("</h2>\n<ul class=\"contact-list\">\n");
        for (Contact c : resume.header().contacts()) {
          out.append("<li>");
          contact(c);
          out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
      }
      for (Section s : resume.sections()) if (isSide(s)) section(s);
      out.append("</aside>\n<main class=\"main\">\n");
      header(false);
      summary();
      for (Section s : resume.sections()) if (!isSide(s)) section(s);
      out.append("</main>\n");
    }

    private boolean isSide(Section s) {
      return s.entries().size() <= 1 && SIDE_SECTION.matcher(s.title()).matches();
    }

    private void photo() {
      if (!options.shows().test(resume.header().photo())) return;
      out.append("<img class=\"photo\" src=\"").append(attr(resume.header().photo())).append("\" alt=\"")
          .append(attr(resume.displayName())).append("\"/>\n");
    }

    private String subject() {
      String headline = Inline.plain(resume.header().headline()).strip();
      return headline.isEmpty() ? "Résumé" : "Résumé — " + headline;
    }

    private void meta(String name, String content) {
      if (content == null || content.isBlank()) return;
      out.append("<meta name=\"").append(name).append("\" content=\"").append(attr(content)).append("\"/>\n");
    }

    private void header(boolean withContacts) {
      var header = resume.header();
      boolean photo = withContacts && header.photo() != null;
      out.append(photo ? "<header class=\"masthead with-photo\">\n" : "<header class=\"masthead\">\n");
      if (withContacts && header.photo() != null) photo();
      String name = resume.displayName();
      if (!name.isBlank()) out.append("<h1 class=\"name\">").append(text(name)).append("</h1>\n");
      if (!header.headline().isEmpty()) {
        out.append("<p class=\"headline\">");
        inlines(header.headline());
        out.append("</p>\n");
      }
      if (withContacts && !header.contacts().isEmpty()) {
        // The wrapper lets a theme clip the divider that would start a wrapped line of contacts.
        out.append("<div class=\"contact-line\"><p class=\"contacts\">");
        for (Contact c : header.contacts()) contact(c);
        out.append("</p></div>\n");
      }
      out.append("</header>\n");
    }

    private void contact(Contact c) {
      String kind = c.kind().name().toLowerCase(java.util.Locale.ROOT);
      out.append("<span class=\"contact ").append(kind).append("\">");
      if (options.icons()) {
        out.append("<span class=\"icon icon-").append(kind).append("\" aria-hidden=\"true\">")
            .append(Icons.glyph(c.kind())).append("</span>");
      }
      if (c.url() != null && Links.allowed(c.url())) {
        out.append("<a href=\"").append(attr(c.url())).append("\">").append(text(c.label())).append("</a>");
      } else {
        out.append(text(c.label()));
      }
      out.append("</span>");
    }

    private void section(Section s) {
      out.append("<section class=\"section section-").append(attr(s.id())).append("\" id=\"").append(attr(s.id()))
          .append("\">\n");
      if (!s.title().isBlank()) out.append("<h2 class=\"section-title\">").append(text(s.title())).append("</h2>\n");
      blocks(s.blocks());
      out.append("</section>\n");
    }

    private void entry(Entry e) {
      out.append("<article class=\"entry\">\n<div class=\"entry-head\">");
      out.append("<h3 class=\"entry-title\">");
      if (e.title() != null) {
        out.append("<span class=\"title\">");
        linked(e.title(), e.org() == null ? e.url() : null);
        // The comma stays inside the title's text so a line can never start with it.
        if (e.org() != null) out.append(',');
        out.append("</span>");
      }
      if (e.org() != null) {
        if (e.title() != null) out.append(' ');
        out.append("<span class=\"org\">");
        linked(e.org(), e.url());
        out.append("</span>");
      }
      out.append("</h3>");
      if (e.dates() != null) {
        String shown = options.originalDates() ? e.dates().original() : labels.format(e.dates());
        out.append("<div class=\"dates\">").append(text(shown)).append("</div>");
      }
      out.append("</div>\n");
      if (e.role() != null || e.location() != null) {
        out.append("<p class=\"role\">");
        if (e.role() != null) out.append(text(e.role()));
        if (e.location() != null) {
          out.append(e.role() != null ? "<span class=\"location\"> · " : "<span class=\"location\">")
              .append(text(e.location())).append("</span>");
        }
        out.append("</p>\n");
      }
      if (!e.body().isEmpty()) {
        out.append("<div class=\"entry-body\">\n");
        blocks(e.body());
        out.append("</div>\n");
      }
      out.append("</article>\n");
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
        out.append("<a href=\"").append(attr(url)).append("\">").append(text(main)).append("</a>");
      } else {
        out.append(text(main));
      }
      if (note != null) out.append(" <span class=\"note\">").append(text(note)).append("</span>");
    }

    /** A footnote where it is defined: its mark and first paragraph, set off as a quote when more follows. */
    private void footnote(Block.Footnote f) {
      if (!f.more().isEmpty()) out.append("<blockquote>\n");
      out.append("<p>").append(f.mark()).append(' ');
      inlines(f.text());
      out.append("</p>\n");
      if (f.more().isEmpty()) return;
      blocks(f.more());
      out.append("</blockquote>\n");
    }

    private void blocks(List<Block> blocks) {
      for (Block b : blocks) block(b);
    }

    private void block(Block b) {
      if (b instanceof Entry e) {
        entry(e);
      } else if (b instanceof Block.Paragraph p) {
        out.append("<p>");
        inlines(p.inlines());
        out.append("</p>\n");
      } else if (b instanceof Block.BulletList l) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        for (Block.ListItem item : l.items()) {
          out.append("<li>");
          if (item.checked() != null) out.append(item.checked() ? "☑ " : "☐ ");
          inlines(item.text());
          if (!item.children().isEmpty()) {
            out.append('\n');
            blocks(item.children());
          }
          out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
      } else if (b instanceof Block.SubHeading h) {
        out.append("<h4 class=\"subheading level-").append(h.level()).append("\">");
        inlines(h.inlines());
        out.append("</h4>\n");
      } else if (b instanceof Block.Table t) {
        table(t);
      } else if (b instanceof Block.CodeBlock c) {
        out.append("<pre class=\"code\"><code>").append(text(c.text().stripTrailing())).append("</code></pre>\n");
      } else if (b instanceof Block.Quote q) {
        out.append("<blockquote>\n");
        blocks(q.blocks());
        out.append("</blockquote>\n");
      } else if (b instanceof Block.Footnote f) {
        footnote(f);
      } else if (b instanceof Block.Image img && !options.shows().test(img.src())) {
        out.append("<p class=\"figure image-alt\">[").append(text(altText(img.alt(), img.src()))).append("]</p>\n");
      } else if (b instanceof Block.Image img) {
        out.append("<p class=\"figure\"><img src=\"").append(attr(img.src())).append("\" alt=\"")
            .append(attr(altText(img.alt(), img.src()))).append("\"/></p>\n");
      } else if (b instanceof Block.Rule) {
        out.append("<hr/>\n");
      } else if (b instanceof Block.Definition d) {
        out.append("<dl>\n<dt>");
        inlines(d.term());
        out.append("</dt>\n");
        for (List<Block> desc : d.descriptions()) {
          out.append("<dd>\n");
          blocks(desc);
          out.append("</dd>\n");
        }
        out.append("</dl>\n");
      }
    }

    private void table(Block.Table t) {
      out.append("<table>\n");
      if (!t.head().isEmpty()) {
        out.append("<thead>\n");
        for (var row : t.head()) row(row, "th", t.align());
        out.append("</thead>\n");
      }
      out.append("<tbody>\n");
      for (var row : t.body()) row(row, "td", t.align());
      out.append("</tbody>\n</table>\n");
    }

    private void row(List<List<Inline>> cells, String tag, List<String> align) {
      out.append("<tr>");
      for (int i = 0; i < cells.size(); i++) {
        out.append('<').append(tag);
        String a = i < align.size() ? align.get(i) : "";
        if (!a.isEmpty()) out.append(" style=\"text-align: ").append(a).append('"');
        out.append('>');
        inlines(cells.get(i));
        out.append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }

    private void inlines(List<Inline> inlines) {
      for (Inline i : inlines) inline(i);
    }

    private void inline(Inline i) {
      if (i instanceof Inline.Text t) out.append(text(t.text()));
      else if (i instanceof Inline.Emph e) wrap("em", e.children());
      else if (i instanceof Inline.Strong s) wrap("strong", s.children());
      else if (i instanceof Inline.Strike s) wrap("del", s.children());
      else if (i instanceof Inline.Code c) out.append("<code>").append(text(c.text())).append("</code>");
      else if (i instanceof Inline.LineBreak) out.append("<br/>");
      else if (i instanceof Inline.Image img && !options.shows().test(img.src())) {
        out.append("<span class=\"image-alt\">[").append(text(altText(img.alt(), img.src()))).append("]</span>");
      } else if (i instanceof Inline.Image img) {
        out.append("<img src=\"").append(attr(img.src())).append("\" alt=\"").append(attr(altText(img.alt(), img.src()))).append("\"/>");
      } else if (i instanceof Inline.Link l) {
        // A target that is not http(s), mailto, tel or relative is never written: the text stays, plain.
        if (!Links.allowed(l.url())) {
          inlines(l.children());
          return;
        }
        out.append("<a href=\"").append(attr(l.url())).append("\">");
        inlines(l.children());
        out.append("</a>");
      }
    }

    private void wrap(String tag, List<Inline> children) {
      out.append('<').append(tag).append('>');
      inlines(children);
      out.append("</").append(tag).append('>');
    }
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

  /** Escapes text for element content. */
  static String text(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        default -> c < 0x20 && c != '\n' && c != '\t' ? " " : null;
      };
      if (rep != null) {
        if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Escapes text for a double-quoted attribute. */
  static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}
