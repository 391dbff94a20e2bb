package dev.cvpress.render.text;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.render.Labels;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Résumé model to plain text. The one public entry of the text stage. */
public final class TextRenderer {
  private TextRenderer() {}

  /**
   * @param originalDates show dates as the author wrote them instead of the house style of the document's language
   */
  public static String render(Resume resume, boolean originalDates) {
    Labels labels = Labels.forLang(resume.meta().lang());
    Function<DateRange, String> dates = range -> labels.dates(range, originalDates);
    StringBuilder out = new StringBuilder();
    String name = resume.header().name();
    if (!name.isBlank()) out.append(name).append('\n');
    String headline = Inline.plain(resume.header().headline()).strip();
    if (!headline.isEmpty()) out.append(headline).append('\n');
    List<String> contacts = resume.header().contacts().stream().map(TextRenderer::contact).toList();
    if (!contacts.isEmpty()) out.append(String.join(" | ", contacts)).append('\n');
    if (!resume.intro().isEmpty()) {
      out.append('\n');
      blocks(resume.intro(), out, dates, "");
    }
    for (Section s : resume.sections()) {
      out.append('\n');
      if (!s.title().isBlank()) {
        String title = s.title().toUpperCase(Locale.ROOT);
        out.append(title).append('\n').append("=".repeat(title.codePointCount(0, title.length()))).append("\n\n");
      }
      blocks(s.blocks(), out, dates, "");
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  /** A cover letter: the sender as the résumé's header, then the letter's parts in order, a blank line apart. */
  public static String render(Letter letter, boolean originalDates) {
    Labels labels = Labels.forLang(letter.meta().lang());
    String head = render(new Resume(letter.meta(), letter.header(), List.of(), List.of()), originalDates).strip();
    StringBuilder out = new StringBuilder(head).append("\n\n");
    String date = letter.day() != null ? Labels.day(letter.day(), letter.meta().lang()) : letter.date();
    for (String part : new String[] {date, String.join("\n", letter.recipient().lines()), letter.subject(),
        letter.salutation()}) {
      if (part != null && !part.isBlank()) out.append(part).append("\n\n");
    }
    // A blank line between paragraphs, as a letter pasted into a form or an e-mail needs.
    for (Block b : letter.body()) {
      blocks(List.of(b), out, range -> labels.dates(range, originalDates), "");
      out.append('\n');
    }
    if (!letter.closing().isBlank()) out.append(letter.closing()).append("\n\n");
    if (!letter.signature().isBlank()) out.append(letter.signature()).append('\n');
    return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private static String contact(Contact c) {
    if (c.url() == null || c.kind() == Contact.Kind.EMAIL || c.kind() == Contact.Kind.PHONE) return c.label();
    String bare = c.url().replaceFirst("^https?://", "");
    return bare.equalsIgnoreCase(c.label()) ? c.label() : c.label() + " (" + c.url() + ")";
  }

  private static void blocks(List<Block> blocks, StringBuilder out,
      Function<DateRange, String> dates, String indent) {
    for (Block b : blocks) {
      if (b instanceof Entry e) {
        StringBuilder head = new StringBuilder();
        if (e.title() != null) head.append(e.title());
        if (e.org() != null) head.append(e.title() != null ? ", " : "").append(e.org());
        // An address the heading already shows (an e-mail) is not repeated.
        if (e.url() != null && !head.toString().contains(e.url().replaceFirst("^mailto:", ""))) {
          head.append(" (").append(e.url()).append(')');
        }
        if (e.location() != null) head.append(" — ").append(e.location());
        if (e.dates() != null) head.append(" — ").append(dates.apply(e.dates()));
        out.append(head).append('\n');
        if (e.role() != null) out.append(e.role()).append('\n');
        blocks(e.body(), out, dates, indent);
        out.append('\n');
      } else if (b instanceof Block.Paragraph p) {
        out.append(indent).append(text(p.inlines())).append('\n');
      } else if (b instanceof Block.BulletList l) {
        int n = 0;
        for (Block.ListItem item : l.items()) {
          String marker = l.ordered() ? l.number(n++) + ". " : "- ";
          out.append(indent).append(marker).append(text(item.text())).append('\n');
          blocks(item.children(), out, dates, indent + "  ");
        }
      } else if (b instanceof Block.SubHeading h) {
        out.append('\n').append(indent).append(text(h.inlines())).append('\n');
      } else if (b instanceof Block.Table t) {
        for (var row : t.head()) out.append(indent).append(row(row)).append('\n');
        for (var row : t.body()) out.append(indent).append(row(row)).append('\n');
      } else if (b instanceof Block.CodeBlock c) {
        c.text().lines().forEach(line -> out.append(indent).append("    ").append(line).append('\n'));
      } else if (b instanceof Block.Quote q) {
        blocks(q.blocks(), out, dates, indent + "> ");
      } else if (b instanceof Block.Footnote f) {
        String inner = f.more().isEmpty() ? indent : indent + "> ";
        out.append(inner).append(f.mark()).append(' ').append(text(f.text())).append('\n');
        blocks(f.more(), out, dates, inner);
      } else if (b instanceof Block.Image img) {
        if (!img.alt().isBlank()) out.append(indent).append('[').append(img.alt()).append("]\n");
      } else if (b instanceof Block.PageBreak) {
        continue; // text has no pages
      } else if (b instanceof Block.Definition d) {
        out.append(indent).append(text(d.term())).append('\n');
        for (List<Block> desc : d.descriptions()) blocks(desc, out, dates, indent + "  ");
      }
    }
  }

  private static String row(List<List<Inline>> cells) {
    return String.join(" | ", cells.stream().map(TextRenderer::text).toList());
  }

  /** Inline text with link targets kept where they add something the reader cannot see. */
  private static String text(List<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Link l) {
        String shown = Inline.plain(l.children());
        b.append(shown);
        String url = l.url().replaceFirst("^mailto:", "");
        if (!shown.contains(url) && !url.contains(shown.replaceFirst("^https?://", ""))) {
          b.append(" (").append(l.url()).append(')');
        }
      } else {
        b.append(Inline.plain(List.of(i)));
      }
    }
    return b.toString().replaceAll("[ \\t]+", " ").strip();
  }
}
