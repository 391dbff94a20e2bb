package dev.cvpress.render.docx;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.render.Labels;
import dev.cvpress.render.html.ContactRows;
import dev.cvpress.render.html.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The header as the PDF sets it: the name, the headline and the contact line in their styles, the contacts in the
 * PDF's rows with its dividers (and words where the PDF shows icons), and the photo where the theme puts it. A
 * photo beside the name is a picture anchored to the name's paragraph with the text wrapping square around it —
 * a picture, not a text box, so the name and contacts stay ordinary, editable paragraphs; the paragraphs get the
 * room under the photo that the PDF's header gives it, so the first section starts below the photo.
 */
final class Masthead {
  private static final Pattern ROW = Pattern.compile("<p class=\"contacts\">(.*?)</p>", Pattern.DOTALL);

  private final XWPFDocument doc;
  private final Look look;
  private final Runs runs;
  private final String lang;

  Masthead(XWPFDocument doc, Look look, Runs runs, String lang) {
    this.doc = doc;
    this.look = look;
    this.runs = runs;
    this.lang = lang;
  }

  /** The header; {@code html} is the page the PDF was laid out from, whose contact rows the document keeps. */
  void write(Header header, String html) {
    Pictures.Picture picture = header.photo() == null ? null : runs.pictures().load(header.photo());
    boolean beside = picture != null && !look.photoSide().equals("center");
    if (picture != null && !beside) photoAbove(header, picture);
    Beside room = beside ? new Beside(look.photoPt()) : null;
    boolean named = !header.name().isBlank();
    double body = look.bodyPt();
    List<XWPFParagraph> written = new ArrayList<>();
    if (named) {
      XWPFParagraph p = paragraph(WordStyles.TITLE, beside, written);
      if (beside) anchor(p, header, picture);
      p.createRun().setText(header.name());
      if (room != null) room.add(0, 1, look.namePt() * 1.05, 0.3 * body);
    }
    if (!header.headline().isEmpty()) {
      XWPFParagraph p = paragraph(named ? WordStyles.SUBTITLE : WordStyles.TITLE, beside, written);
      if (beside && written.size() == 1) anchor(p, header, picture);
      runs.write(p, header.headline());
      // Without a name the headline leads the page, a title, but at a lead's size and weight, as the theme sets it.
      if (!named) {
        for (XWPFRun run : p.getRuns()) {
          run.setFontSize(look.lead().pt());
          run.setBold(look.lead().bold());
          run.setColor(look.lead().colour());
        }
      }
      double pt = named ? look.headlinePt() : look.lead().pt();
      if (room != null) room.add(0, lines(p.getText(), pt), pt * 1.3, 0.4 * body);
    }
    if (!header.contacts().isEmpty()) {
      XWPFParagraph line = paragraph(WordStyles.CONTACTS, beside, written);
      if (beside && written.size() == 1) anchor(line, header, picture);
      List<List<Contact>> rows = rows(header.contacts(), html);
      contacts(line, rows);
      if (room != null) {
        if (look.masthead().contactsUnderPhoto() && room.used > 0) {
          // The contacts start under the photo, with the full width, as the theme sets them.
          double under = room.photoPt - room.used + 0.6 * body;
          if (under > 0.2 * body) line.setSpacingBefore((int) Math.round(under * 20));
          room.used = Math.max(room.used, room.photoPt + 0.6 * body);
        }
        room.add(0.2 * body, rows.size(), look.contactsPt() * 1.35, 0.8 * body);
      }
    }
    if (beside && written.isEmpty()) anchor(paragraph(null, true, written), header, picture);
    if (room != null && room.used < room.photoPt) {
      // The next section starts under the photo, as the PDF's header is at least as tall as its photo.
      XWPFParagraph last = written.get(written.size() - 1);
      last.setSpacingAfter((int) Math.round((room.after + room.photoPt - room.used) * 20));
    }
  }

  /** What the paragraphs beside a photo take, in points, to give the header the photo's height at least. */
  private static final class Beside {
    final double photoPt;
    double used;
    double after;

    Beside(double photoPt) {
      this.photoPt = photoPt;
    }

    void add(double beforePt, int lines, double linePt, double afterPt) {
      used += after + beforePt + lines * linePt;
      after = afterPt;
    }
  }

  /** About how many lines {@code text} takes beside the photo: Source faces average half an em a character. */
  private int lines(String text, double pt) {
    double width = look.textWidthTwips() / 20.0 - look.photoPt() - look.masthead().photoGapPt();
    return Math.max(1, (int) Math.ceil(text.length() * 0.5 * pt / Math.max(width, 1)));
  }

  /**
   * The contacts in the rows the PDF set them in (read from its page: the same contacts, in reading order, so many
   * to a row). A page with no contact line (a side column's list) gives the rows a line of this width holds, the
   * details (e-mail, phone, place) before the links, as a contact line has them.
   */
  List<List<Contact>> rows(List<Contact> contacts, String html) {
    List<List<Contact>> rows = pdfRows(contacts, html);
    if (rows.size() != 1 || html.contains("<div class=\"contact-line\">")) return rows;
    // About half an em a character, as the Source faces average; a divider takes about three.
    int budget = (int) (look.textWidthTwips() / 20.0 / (0.5 * look.contactsPt()));
    List<List<Contact>> fitted = new ArrayList<>();
    List<Contact> row = new ArrayList<>();
    int width = 0;
    boolean details = true;
    for (Contact c : rows.get(0)) {
      boolean detail = c.kind() == Contact.Kind.EMAIL || c.kind() == Contact.Kind.PHONE
          || c.kind() == Contact.Kind.LOCATION;
      int w = ContactRows.shown(c).length() + 3 + (look.masthead().icons() ? 9 : 0);
      if (!row.isEmpty() && (width + w > budget || (details && !detail && width(rows.get(0)) > budget))) {
        fitted.add(row);
        row = new ArrayList<>();
        width = 0;
      }
      details = detail;
      row.add(c);
      width += w;
    }
    if (!row.isEmpty()) fitted.add(row);
    return fitted;
  }

  private int width(List<Contact> row) {
    return row.stream().mapToInt(c -> ContactRows.shown(c).length() + 3 + (look.masthead().icons() ? 9 : 0)).sum();
  }

  /** The rows of the PDF's contact line; one row of all when it has none. */
  static List<List<Contact>> pdfRows(List<Contact> contacts, String html) {
    List<Contact> ordered = ContactRows.inReadingOrder(contacts);
    List<List<Contact>> rows = new ArrayList<>();
    int start = html.indexOf("<div class=\"contact-line\">");
    int end = start < 0 ? -1 : html.indexOf("</div>", start);
    int at = 0;
    if (end > start) {
      Matcher m = ROW.matcher(html.substring(start, end));
      while (m.find() && at < ordered.size()) {
        int n = m.group(1).split("<span class=\"contact ", -1).length - 1;
        if (n <= 0) continue;
        rows.add(ordered.subList(at, Math.min(ordered.size(), at + n)));
        at += n;
      }
    }
    if (at < ordered.size()) rows.add(ordered.subList(at, ordered.size()));
    return rows;
  }

  /**
   * The contacts, row by row (a line break between two rows), each item kept whole with no-break spaces and with
   * the theme's divider between two items of a row; where the PDF has an icon, its words ("Email:") in the icon's
   * colour, in the document's language.
   */
  private void contacts(XWPFParagraph line, List<List<Contact>> rows) {
    Look.Masthead m = look.masthead();
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) line.createRun().addBreak();
      List<Contact> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        Contact c = row.get(i);
        if (i > 0) {
          XWPFRun divider = line.createRun();
          divider.setText("\u2002" + m.divider() + "\u2002");
          divider.setColor(m.dividerColour());
        }
        String label = m.icons() ? Labels.contactKind(c.kind(), lang) : null;
        if (label != null) {
          XWPFRun name = line.createRun();
          name.setText(label + ":\u00a0");
          name.setColor(m.iconColour());
        }
        String url = c.url() != null && Links.allowed(c.url()) ? c.url().strip() : null;
        runs.text(line, ContactRows.shown(c).replace(' ', '\u00a0'), Runs.Format.PLAIN, url);
      }
    }
  }

  /** A paragraph of the header; set flush left beside a photo where the theme does so. */
  private XWPFParagraph paragraph(String style, boolean beside, List<XWPFParagraph> written) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) p.setStyle(style);
    if (look.centred() && !(beside && look.masthead().flushLeftWithPhoto())) {
      p.setAlignment(ParagraphAlignment.CENTER);
    } else if (beside) {
      p.setAlignment(ParagraphAlignment.LEFT);
    }
    written.add(p);
    return p;
  }

  /** The photo beside the header's text, on the theme's side, anchored to {@code p}. */
  private void anchor(XWPFParagraph p, Header header, Pictures.Picture picture) {
    String who = header.name().isBlank() ? "Photo" : header.name();
    double gap = look.masthead().photoGapPt();
    boolean right = look.photoSide().equals("right");
    double x = right ? look.textWidthTwips() / 20.0 - look.photoPt() : 0;
    Pictures.anchor(p, runs.pictures().squared(picture), look.photoPt(), who, "Photo", look.photoRound(), x,
        right ? gap : 0, right ? 0 : gap);
  }

  /** The photo in a paragraph of its own over the name, centred as the theme sets it: inline. */
  private void photoAbove(Header header, Pictures.Picture picture) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(look.photoSide().equals("center") && look.centred() ? ParagraphAlignment.CENTER
        : ParagraphAlignment.LEFT);
    p.setSpacingAfter((int) Math.round(0.8 * look.bodyPt() * 20));
    p.getCTPPr();
    p.setKeepNext(true);
    String who = header.name().isBlank() ? "Photo" : header.name();
    Pictures.place(p, runs.pictures().squared(picture), look.photoPt(), who, "Photo", look.photoRound());
  }

  /** The divider the theme draws between two contacts: its own character, or a bar where it draws a border. */
  static String divider(String content) {
    if (content != null) {
      String c = content.strip().replaceAll("^[\"']|[\"']$", "");
      // A CSS escape ("\2022") is the character it names.
      java.util.regex.Matcher escape = java.util.regex.Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?").matcher(c);
      StringBuilder out = new StringBuilder();
      while (escape.find()) escape.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          Character.toString(Integer.parseInt(escape.group(1), 16))));
      escape.appendTail(out);
      if (!out.toString().isBlank()) return out.toString();
    }
    return "|";
  }

}
