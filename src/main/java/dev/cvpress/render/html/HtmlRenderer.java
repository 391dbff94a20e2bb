package dev.cvpress.render.html;

import static dev.cvpress.render.html.Markup.attr;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Document;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.render.Bookmark;
import dev.cvpress.render.Labels;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Résumé model to a standalone XHTML document. The one public entry of the HTML stage, which decides everything
 * the page says about itself: the words in the document's language, which way each block of text runs, which
 * tables are too wide for a column of text. The printed document and the web page get the same decisions.
 */
public final class HtmlRenderer {
  private HtmlRenderer() {}

  /**
   * Rendering choices that change the HTML.
   *
   * @param css the complete style sheet (theme plus generated rules), placed in the head
   * @param originalDates show dates as the author wrote them instead of the house style
   * @param icons mark contact items with Font Awesome glyphs
   * @param sidebar lay out as two columns: contacts and short sections (skills, languages...) in an
   *     {@code aside.sidebar}, the rest in {@code main.main}
   * @param web the standalone web page: screen rules after the style sheet, a viewport for phones
   * @param shows which image sources the page may name: the web page keeps only those the PDF could read, so that
   *     a browser opening it fetches nothing the résumé had no business reading (a remote tracker, a file outside
   *     the folder); the others give way to their alt text
   * @param contactLine the characters one line of header contacts may take before it is broken between its
   *     groups (details, then links); 0 keeps them on one line that wraps where it must
   */
  public record Options(String css, boolean originalDates, boolean icons, boolean sidebar, boolean web,
      Predicate<String> shows, int contactLine) {
    /** The printed document: every image named, no screen rules, contacts on one wrapping line. */
    public Options(String css, boolean originalDates, boolean icons, boolean sidebar) {
      this(css, originalDates, icons, sidebar, false, src -> true, 0);
    }

    public Options(String css, boolean originalDates, boolean icons, boolean sidebar, boolean web,
        Predicate<String> shows) {
      this(css, originalDates, icons, sidebar, web, shows, 0);
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
        .entry-meta { display: block; text-align: left; padding-left: 0; }
      }
      """;

  /**
   * Rules every theme needs and none should have to repeat, placed before the theme so it can override them:
   * right-to-left layout (the PDF engine neither mirrors table cells nor keeps Arabic letters joined when they are
   * letter-spaced), wide tables, page breaks (none inside a sidebar, which only page 1 holds), and a header without
   * a name, led by its headline at a lead's size in the text's colour.
   */
  private static final String BASE_CSS = """
      /* cvpress base */
      [dir=rtl], [dir=rtl] * { letter-spacing: 0 !important; }
      [dir=rtl] .entry-head { display: block; position: relative; }
      [dir=rtl] .entry-title { display: block; padding-left: 10rem; }
      [dir=rtl] .entry-meta { display: block; position: absolute; left: 0; top: 0.1rem; width: auto; padding: 0;
        text-align: left; white-space: nowrap; }
      [dir=rtl] ul, [dir=rtl] ol { padding-left: 0; padding-right: 1.05rem; }
      [dir=rtl] .contact + .contact { border-left: 0; }
      table.wide { table-layout: fixed; font-size: 0.8em; word-wrap: break-word; }
      table.wide th, table.wide td { padding: 0.1rem 0.25rem; }
      .masthead.nameless .headline { font-size: 1.6rem; font-weight: normal; line-height: 1.2; color: inherit;
        margin-top: 0; }
      .footnotes { font-size: 0.85em; margin-top: 0.8rem; padding-top: 0.3rem; border-top: 0.5pt solid #c8ccd0;
        color: #4d535a; }
      .footnotes p { margin: 0 0 0.15rem 0; }
      .page-break { page-break-before: always; height: 0; margin: 0; padding: 0; border: 0; }
      .name-end { white-space: nowrap; }
      .sidebar .page-break { display: none; }

      """;

  /** Section titles that belong in a sidebar: short lists rather than a history. */
  private static final Pattern SIDE_SECTION = Pattern.compile(
      "(?iu).*\\b(skills?|languages?|interests?|hobbies|certifications?|certificates?|awards?|tools?"
          + "|technologies|tech stack|stack|contact|links|profiles?|education|kenntnisse|sprachen|compétences"
          + "|langues|habilidades|idiomas|навыки|языки|技能|语言|スキル|言語)\\b.*");

  /** Whether a two-column layout sets {@code s} in its side column. */
  public static boolean belongsInSidebar(Section s) {
    return s.entries().size() <= 1 && SIDE_SECTION.matcher(s.title()).matches()
        && Nodes.stream(s.blocks()).noneMatch(HtmlRenderer::tooWideForASide);
  }

  /** A table, or a paragraph of prose, reads badly at a side column's thirty characters a line. */
  private static boolean tooWideForASide(dev.cvpress.model.Node n) {
    if (n instanceof Block.Table) return true;
    return n instanceof Block.Paragraph p && Inline.plain(p.inlines()).length() > SIDE_PARAGRAPH;
  }

  /** The longest paragraph a side column takes: a line or two of prose, not a summary. */
  static final int SIDE_PARAGRAPH = 160;

  public static String render(Document document, Options options) {
    return new Writer(document, options).document();
  }

  /**
   * The title the PDF carries: "Name — Résumé", else the document's own title ("About Me"), else "Résumé"; for a
   * letter "Name — Cover letter" (in the letter's language: "Name — Anschreiben"), else its own title.
   */
  public static String documentTitle(Document document) {
    String who = document.header().name();
    String kind = document instanceof Letter ? Labels.coverLetter(document.meta().lang()) : "Résumé";
    if (document instanceof Letter && !document.meta().title().isBlank()) return document.meta().title();
    if (!who.isBlank()) return who + " — " + kind;
    return document.meta().title().isBlank() ? kind : document.meta().title();
  }

  /** The document's outline: each titled section and its anchor, in the order the author wrote them. */
  public static List<Bookmark> outline(Document document) {
    if (!(document instanceof Resume resume)) return List.of(); // a one-page letter has no parts to go to
    return resume.sections().stream().filter(s -> !s.title().isBlank())
        .map(s -> new Bookmark(s.title(), s.id())).toList();
  }

  /** The footnotes as every layout sets them: together at the foot of the (main) column, in number order. */
  public static List<Block.Footnote> footnotes(Document document) {
    var nodes = document instanceof Letter l ? Nodes.stream(l.body()) : Nodes.stream((Resume) document);
    return nodes.filter(n -> n instanceof Block.Footnote).map(n -> (Block.Footnote) n)
        .sorted(java.util.Comparator.comparingInt(Block.Footnote::number)).toList();
  }

  private static final class Writer {
    private final Document resume;
    private final Options options;
    private final Labels labels;
    private final boolean rightToLeft;
    private final Markup out;
    private final BlockWriter blocks;
    private final MastheadWriter masthead;

    Writer(Document resume, Options options) {
      this.resume = resume;
      this.options = options;
      this.labels = Labels.forLang(resume.meta().lang());
      this.rightToLeft = Directions.rightToLeft(resume.meta().lang());
      this.out = new Markup(rightToLeft);
      this.blocks = new BlockWriter(out, options, labels);
      this.masthead = new MastheadWriter(out, blocks, options, resume.header());
    }

    String document() {
      out.raw("<!DOCTYPE html>\n").open("html", attr("lang", resume.meta().lang())
          + (rightToLeft ? attr("dir", "rtl") : "")).raw("\n").open("head").raw("\n");
      out.raw("<meta charset=\"utf-8\"/>\n");
      if (options.web()) out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
      out.open("title").text(documentTitle(resume)).close("title").raw("\n");
      // The person, never a page title: a résumé without a name has no author field.
      meta("author", resume.header().name());
      meta("subject", subject());
      meta("keywords", String.join(", ", resume.meta().keywords()));
      out.raw("<style>\n").raw(BASE_CSS).raw(resume instanceof Letter ? LetterWriter.CSS : "").raw(options.css());
      if (options.web()) out.raw(WEB_CSS);
      out.raw("\n</style>\n").close("head").raw("\n");
      if (options.sidebar()) {
        sidebarBody();
      } else if (resume instanceof Letter letter) {
        out.raw("<body class=\"letter\">\n");
        masthead.masthead(true);
        new LetterWriter(out, blocks).letter(letter);
        blocks.notes(footnotes());
      } else {
        out.raw("<body>\n");
        masthead.masthead(true);
        summary();
        for (Section s : ((Resume) resume).sections()) blocks.section(s);
        blocks.notes(footnotes());
      }
      out.close("body").raw("\n").close("html").raw("\n");
      return out.toString();
    }

    private List<Block.Footnote> footnotes() {
      return HtmlRenderer.footnotes(resume);
    }

    private void summary() {
      if (!(resume instanceof Resume r) || r.intro().isEmpty()) return;
      out.raw("<div class=\"summary\">\n");
      blocks.blocks(r.intro());
      out.raw("</div>\n");
    }

    /** Two columns: the aside comes first so that it can float beside the main column. */
    private void sidebarBody() {
      List<Section> sections = resume instanceof Resume r ? r.sections() : List.of();
      out.raw("<body class=\"layout-sidebar" + (resume instanceof Letter ? " letter" : "")
          + "\">\n<aside class=\"sidebar\">\n");
      if (resume.header().photo() != null) masthead.photo();
      if (!resume.header().contacts().isEmpty()) {
        out.raw("<section class=\"section side-contacts\">\n").open("h2", attr("class", "section-title"))
            .text(labels.contact()).close("h2").raw("\n<ul class=\"contact-list\">\n");
        for (Contact c : ContactRows.inReadingOrder(resume.header().contacts())) {
          out.open("li");
          masthead.contact(c, true);
          out.close("li").raw("\n");
        }
        out.raw("</ul>\n</section>\n");
      }
      for (Section s : sections) if (isSide(s)) blocks.section(s);
      out.raw("</aside>\n<main class=\"main\">\n");
      masthead.masthead(false);
      summary();
      for (Section s : sections) if (!isSide(s)) blocks.section(s);
      if (resume instanceof Letter letter) new LetterWriter(out, blocks).letter(letter);
      blocks.notes(footnotes());
      out.raw("</main>\n");
    }

    private boolean isSide(Section s) {
      return belongsInSidebar(s);
    }

    private String subject() {
      if (resume instanceof Letter l) return l.subject().isBlank() ? Labels.coverLetter(l.meta().lang()) : l.subject();
      String headline = Inline.plain(resume.header().headline()).strip();
      return headline.isEmpty() ? "Résumé" : "Résumé — " + headline;
    }

    private void meta(String name, String content) {
      if (content == null || content.isBlank()) return;
      out.raw("<meta name=\"" + name + "\"" + attr("content", content) + "/>\n");
    }
  }
}
