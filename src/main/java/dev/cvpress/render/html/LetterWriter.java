package dev.cvpress.render.html;

import static dev.cvpress.render.html.Markup.attr;

import dev.cvpress.model.Letter;
import dev.cvpress.render.Labels;
import java.util.List;

/**
 * The part of a cover letter under the masthead, laid out as a business letter: the date, the recipient's address
 * block, the subject, the salutation, the body, the closing and the signed name, each a block of its own class.
 */
final class LetterWriter {
  /**
   * What every theme's letter shares, placed before the theme so that a theme can restyle it: spaces in rem of the
   * theme's body size, the body a little larger than the résumé's dense text and kept to a comfortable measure,
   * the subject in semibold, room above the typed name for a signature.
   */
  static final String CSS = """
      /* cvpress letter */
      .letter-text { font-size: 1.05rem; line-height: 1.4; max-width: 42rem; margin-top: 2.6rem; }
      .letter-date { margin: 0 0 1.8rem 0; }
      .recipient { margin: 0 0 1.8rem 0; }
      .letter-subject { font-weight: 600; margin: 0 0 1.2rem 0; }
      .salutation { margin: 0 0 0.8rem 0; }
      .letter-body p, .letter-body ul, .letter-body ol, .letter-body blockquote { margin: 0 0 0.8rem 0; }
      .letter-body h3 { font-size: 1em; font-weight: 600; margin: 1.2rem 0 0.4rem 0; }
      .letter-close { margin-top: 1.4rem; page-break-inside: avoid; }
      .closing { margin: 0; }
      .signature { margin: 3rem 0 0 0; }
      .layout-sidebar .letter-text { max-width: none; }

      """;

  private final Markup out;
  private final BlockWriter blocks;

  LetterWriter(Markup out, BlockWriter blocks) {
    this.out = out;
    this.blocks = blocks;
  }

  void letter(Letter letter) {
    out.raw("<div class=\"letter-text\">\n");
    String date = letter.day() != null ? Labels.day(letter.day(), letter.meta().lang()) : letter.date();
    line("letter-date", date);
    List<String> recipient = letter.recipient().lines();
    if (!recipient.isEmpty()) {
      out.open("p", attr("class", "recipient"));
      for (int i = 0; i < recipient.size(); i++) {
        if (i > 0) out.raw("<br/>");
        out.text(recipient.get(i));
      }
      out.close("p").raw("\n");
    }
    line("letter-subject", letter.subject());
    line("salutation", letter.salutation());
    out.raw("<div class=\"letter-body\">\n");
    blocks.blocks(letter.body());
    out.raw("</div>\n");
    if (!letter.closing().isBlank() || !letter.signature().isBlank()) {
      out.raw("<div class=\"letter-close\">\n");
      line("closing", letter.closing());
      line("signature", letter.signature());
      out.raw("</div>\n");
    }
    out.raw("</div>\n");
  }

  private void line(String cls, String text) {
    if (text == null || text.isBlank()) return;
    out.open("p", attr("class", cls)).text(text).close("p").raw("\n");
  }
}
