package dev.cvpress.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The named styles of the document, made from the theme's look: Word's own Title, Subtitle, Heading 1 to 3 (which
 * the navigation pane, outline and applicant tracking systems read), List Paragraph, Quote, footnote text, and
 * cvpress's Contacts, Role and Code. A person editing the file changes a style and every title follows.
 */
final class WordStyles {
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String CONTACTS = "Contacts";
  static final String SECTION = "Heading1";
  static final String ENTRY = "Heading2";
  static final String SUBHEADING = "Heading3";
  static final String ROLE = "Role";
  static final String LIST = "ListParagraph";
  static final String QUOTE = "Quote";
  static final String CODE = "Code";
  static final String FOOTNOTE_TEXT = "FootnoteText";
  static final String FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String DATE = "Date";
  static final String RECIPIENT = "Recipient";
  static final String SUBJECT = "Subject";
  static final String SALUTATION = "Salutation";
  static final String CLOSING = "Closing";
  static final String SIGNATURE = "Signature";

  private WordStyles() {}

  /**
   * The styles of a résumé, or of a cover letter ({@code letter}): a letter's Normal is its text, a little larger
   * and more open than a résumé's and kept to the letter's measure, and each of its parts has a style of its own.
   */
  static void add(XWPFDocument doc, Look look, String lang, boolean letter) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(look.font());
    fonts.setHAnsi(look.font());
    fonts.setCs(look.font());
    fonts.setEastAsia(look.font());
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage(lang);
    double body = look.bodyPt();

    CTStyle normal = paragraph("Normal", "Normal", null, null);
    normal.setDefault(true);
    Look.LetterText text = look.letter();
    double textPt = letter ? text.pt() : body;
    run(normal, look.font(), textPt, look.text(), false);
    spacing(normal, 0, letter ? text.gapPt() : 0.4 * body, letter ? text.lineHeight() : look.lineHeight(), textPt);
    long narrower = look.textWidthTwips() - Math.round(text.measurePt() * 20);
    if (letter && narrower > 0) normal.getPPr().addNewInd().setRight(BigInteger.valueOf(narrower));
    add(styles, normal);
    if (letter) LetterStyles.add(styles, look);

    CTStyle title = paragraph(TITLE, "Title", "Normal", SUBTITLE);
    run(title, look.font(), look.namePt(), look.nameColour(), true);
    spacing(title, 0, 0.3 * body, 1.05, look.namePt());
    if (look.centred()) title.getPPr().addNewJc().setVal(STJc.CENTER);
    add(styles, title);

    CTStyle subtitle = paragraph(SUBTITLE, "Subtitle", "Normal", CONTACTS);
    run(subtitle, look.font(), look.headlinePt(), look.headlineColour(), false);
    spacing(subtitle, 0, 0.4 * body, 1.3, look.headlinePt());
    if (look.centred()) subtitle.getPPr().addNewJc().setVal(STJc.CENTER);
    add(styles, subtitle);

    CTStyle contacts = paragraph(CONTACTS, "Contacts", "Normal", "Normal");
    run(contacts, look.font(), look.contactsPt(), look.contactsColour(), false);
    spacing(contacts, 0.2 * body, 0.8 * body, 1.35, look.contactsPt());
    if (look.centred()) contacts.getPPr().addNewJc().setVal(STJc.CENTER);
    add(styles, contacts);

    CTStyle section = paragraph(SECTION, "heading 1", "Normal", "Normal");
    heading(section, 0);
    run(section, look.font(), look.sectionPt(), look.sectionColour(), true);
    if (look.sectionCaps()) section.getRPr().addNewCaps();
    spacing(section, body, 0.4 * body, 1.1, look.sectionPt());
    if (look.sectionCentred()) section.getPPr().addNewJc().setVal(STJc.CENTER);
    if (TitleRules.beside(look)) {
      TitleRules.style(section, look);
    } else if (!look.sectionRule().isEmpty()) {
      var borders = section.getPPr().addNewPBdr();
      line(look.sectionRule().equals("top") ? borders.addNewTop() : borders.addNewBottom(), 4, 2, look.ruleColour());
    }
    add(styles, section);

    CTStyle entry = paragraph(ENTRY, "heading 2", "Normal", "Normal");
    heading(entry, 1);
    run(entry, look.font(), look.entryPt(), look.entryColour(), true);
    spacing(entry, look.sections().entryBeforePt(), 0, look.sections().entryLineHeight(), look.entryPt());
    // The dates sit on a right tab stop at the text's right edge: editing the title never moves them.
    CTTabStop tab = entry.getPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(BigInteger.valueOf(look.textWidthTwips()));
    add(styles, entry);

    CTStyle sub = paragraph(SUBHEADING, "heading 3", "Normal", "Normal");
    heading(sub, 2);
    run(sub, look.font(), look.subheadingPt(), look.mutedColour(), true);
    sub.getRPr().addNewCaps();
    spacing(sub, 0.8 * body, 0.2 * body, 1.3, look.subheadingPt());
    add(styles, sub);

    CTStyle role = paragraph(ROLE, "Role", "Normal", "Normal");
    run(role, look.font(), 0.95 * body, look.roleColour(), false);
    role.getRPr().addNewI();
    role.getPPr().addNewKeepNext();
    spacing(role, 0, 0.2 * body, look.lineHeight(), 0.95 * body);
    add(styles, role);

    CTStyle list = paragraph(LIST, "List Paragraph", "Normal", null);
    spacing(list, 0, 0, letter ? text.lineHeight() : look.lineHeight(), textPt);
    add(styles, list);

    CTStyle quote = paragraph(QUOTE, "Quote", "Normal", "Normal");
    quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(Math.round(0.8 * body * 20)));
    line(quote.getPPr().addNewPBdr().addNewLeft(), 12, 6, look.ruleColour());
    add(styles, quote);

    CTStyle code = paragraph(CODE, "Code", "Normal", "Normal");
    run(code, Look.MONO, 0.85 * body, look.text(), false);
    spacing(code, 0.4 * body, 0.4 * body, 1.15, 0.85 * body);
    add(styles, code);

    CTStyle note = paragraph(FOOTNOTE_TEXT, "footnote text", "Normal", null);
    run(note, look.font(), 0.85 * body, look.mutedColour(), false);
    spacing(note, 0, 0.15 * body, 1.2, 0.85 * body);
    add(styles, note);

    CTStyle reference = CTStyle.Factory.newInstance();
    reference.setStyleId(FOOTNOTE_REFERENCE);
    reference.setType(STStyleType.CHARACTER);
    reference.addNewName().setVal("footnote reference");
    reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    add(styles, reference);
  }

  static void add(XWPFStyles styles, CTStyle style) {
    styles.addStyle(new XWPFStyle(style, styles));
  }

  static CTStyle paragraph(String id, String name, String basedOn, String next) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (basedOn != null) s.addNewBasedOn().setVal(basedOn);
    if (next != null) s.addNewNext().setVal(next);
    s.addNewQFormat();
    s.addNewPPr();
    s.addNewRPr();
    return s;
  }

  /** A heading: in the outline at {@code level} (0 is Heading 1), kept with the paragraph after it. */
  private static void heading(CTStyle s, int level) {
    CTPPrGeneral p = s.getPPr();
    p.addNewKeepNext();
    p.addNewKeepLines();
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
  }

  /** A single line along one edge of a paragraph (a section's rule, a quote's bar): eighths of a point thick. */
  private static void line(CTBorder border, int eighths, int spacePt, String colour) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(eighths));
    border.setSpace(BigInteger.valueOf(spacePt));
    border.setColor(colour);
  }

  static void run(CTStyle s, String font, double pt, String colour, boolean bold) {
    CTRPr r = s.getRPr();
    CTFonts f = r.addNewRFonts();
    f.setAscii(font);
    f.setHAnsi(font);
    f.setCs(font);
    if (bold) r.addNewB();
    r.addNewColor().setVal(colour);
    r.addNewSz().setVal(halfPoints(pt));
    r.addNewSzCs().setVal(halfPoints(pt));
  }

  /**
   * Space before and after in points, and the line height as CSS gives it (a multiple of the font size, {@code pt})
   * as an exact height: Word's single spacing is the face's own (1.22 of the size for Source Sans 3 in Word, 1.42
   * in LibreOffice, which reads other metrics), so only an exact height sets lines as far apart as the PDF does,
   * in both. A paragraph holding a picture sets its own.
   */
  static void spacing(CTStyle s, double beforePt, double afterPt, double lineHeight, double pt) {
    CTSpacing sp = s.getPPr().addNewSpacing();
    sp.setBefore(BigInteger.valueOf(Math.round(beforePt * 20)));
    sp.setAfter(BigInteger.valueOf(Math.round(afterPt * 20)));
    sp.setLine(BigInteger.valueOf(Math.round(lineHeight * pt * 20)));
    sp.setLineRule(STLineSpacingRule.EXACT);
  }

  /**
   * A size in Word's half points, a half exactly between two going down (10.25 pt is 10): Word has no quarter
   * points, and a size a little under the PDF's keeps the document's lines and pages no longer than the PDF's.
   */
  static BigInteger halfPoints(double pt) {
    return BigInteger.valueOf((long) Math.ceil(pt * 2 - 0.5));
  }
}
