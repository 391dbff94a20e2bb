package dev.cvpress.render.html;

import static dev.cvpress.render.html.Markup.attr;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masthead every layout and every kind of document shares: the name (its last word kept with what follows),
 * the headline, the photo and the contacts, each contact with its icon and link.
 */
final class MastheadWriter {
  /** The last word of a name and the credentials after it, set off by commas: "Doe-Whitfield, PhD, MBA". */
  private static final Pattern NAME_END = Pattern.compile("\\S+(?:,?\\s+\\S{1,5})*$");

  private final Markup out;
  private final BlockWriter blocks;
  private final HtmlRenderer.Options options;
  private final Header header;

  MastheadWriter(Markup out, BlockWriter blocks, HtmlRenderer.Options options, Header header) {
    this.out = out;
    this.blocks = blocks;
    this.options = options;
    this.header = header;
  }

  /** The photo, where the page may show its source; a letter's and a résumé's alike. */
  void photo() {
    if (!options.shows().test(header.photo())) return;
    String who = header.name();
    out.raw("<img class=\"photo\"" + attr("src", header.photo()) + attr("alt", who.isBlank() ? "Photo" : who)
        + "/>\n");
  }

  /** The masthead: the name, the headline, and (in one column) the photo and the contact line. */
  void masthead(boolean withContacts) {
    boolean photo = withContacts && header.photo() != null;
    String name = header.name();
    // Without a name the header leads with the headline, the page's first heading (PDF/UA wants an H1 first);
    // "nameless" lets the sheet give it a lead's weight.
    out.raw("<header class=\"masthead" + (photo ? " with-photo" : "") + (name.isBlank() ? " nameless" : "")
        + "\">\n");
    if (photo) photo();
    if (!name.isBlank()) {
      // The surname and what follows it ("Doe-Whitfield, PhD") stay on one line: a long name never leaves a
      // credential, or half a double name, alone on a line of its own.
      Matcher end = NAME_END.matcher(name);
      boolean breakable = end.find() && end.start() > 0 && end.group().matches("(?s).*[\\s-].*");
      int cut = breakable ? end.start() : name.length();
      out.open("h1", attr("class", "name")).text(name.substring(0, cut));
      if (cut < name.length()) out.raw("<span class=\"name-end\">").text(name.substring(cut)).raw("</span>");
      out.close("h1").raw("\n");
    }
    if (!header.headline().isEmpty()) {
      String tag = name.isBlank() ? "h1" : "p";
      out.open(tag, attr("class", "headline"));
      blocks.inlines(header.headline());
      out.close(tag).raw("\n");
    }
    if (withContacts && !header.contacts().isEmpty()) {
      out.raw("<div class=\"contact-line\">");
      for (List<Contact> row : ContactRows.of(header.contacts(), options.contactLine())) {
        out.open("p", attr("class", "contacts"));
        for (Contact c : row) contact(c, false);
        out.close("p");
      }
      out.raw("</div>\n");
    }
    out.raw("</header>\n");
  }

  /** One contact: its icon when the theme shows them, a link when it has a safe address. */
  /**
   * One contact item. In a side column ({@code inBand}) an e-mail address is written as two parts, the mailbox and
   * "@domain", so that an address too long for the column's line breaks before its "@", not after a point.
   */
  void contact(Contact c, boolean inBand) {
    String kind = c.kind().name().toLowerCase(Locale.ROOT);
    out.raw("<span class=\"contact " + kind + "\">");
    if (options.icons()) {
      out.raw("<span class=\"icon icon-" + kind + "\" aria-hidden=\"true\">").text(Icons.glyph(c.kind()))
          .raw("</span>");
    }
    boolean link = c.url() != null && Links.allowed(c.url());
    if (link) out.raw("<a" + attr("href", c.url()) + ">");
    String shown = ContactRows.shown(c);
    int at = shown.indexOf('@');
    if (inBand && c.kind() == Contact.Kind.EMAIL && at > 0) {
      out.raw("<span class=\"address-part\">").text(shown.substring(0, at))
          .raw("</span><span class=\"address-part\">").text(shown.substring(at)).raw("</span>");
    } else {
      out.text(shown);
    }
    if (link) out.raw("</a>");
    out.raw("</span>");
  }
}
