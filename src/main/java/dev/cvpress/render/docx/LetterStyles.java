package dev.cvpress.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The styles of a cover letter's parts, named as Word names its own letter styles (Date, Salutation, Closing,
 * Signature) where it has one: each part's space around it as the letter rules of the PDF set it, in rem of the
 * theme's body size, so that retyping a date or a recipient keeps the letter's rhythm.
 */
final class LetterStyles {
  private LetterStyles() {}

  static void add(XWPFStyles styles, Look look) {
    double rem = look.bodyPt();
    Look.LetterText text = look.letter();
    // The letter starts 2.6 rem under the masthead, as the PDF's letter text does.
    part(styles, WordStyles.DATE, "Date", WordStyles.RECIPIENT, 2.6 * rem, 1.8 * rem, text, false);
    part(styles, WordStyles.RECIPIENT, "Recipient", WordStyles.SUBJECT, 0, 1.8 * rem, text, false);
    part(styles, WordStyles.SUBJECT, "Subject", WordStyles.SALUTATION, 0, 1.2 * rem, text, true);
    part(styles, WordStyles.SALUTATION, "Salutation", "Normal", 0, 0.8 * rem, text, false);
    // The closing stays with the signed name: a page never ends between the two.
    part(styles, WordStyles.CLOSING, "Closing", WordStyles.SIGNATURE, 1.4 * rem, 0, text, false, true);
    // Room above the typed name for a signature, as on paper.
    part(styles, WordStyles.SIGNATURE, "Signature", "Normal", 3 * rem, 0, text, false);
  }

  private static void part(XWPFStyles styles, String id, String name, String next, double beforePt,
      double afterPt, Look.LetterText text, boolean bold) {
    part(styles, id, name, next, beforePt, afterPt, text, bold, false);
  }

  private static void part(XWPFStyles styles, String id, String name, String next, double beforePt,
      double afterPt, Look.LetterText text, boolean bold, boolean keepNext) {
    CTStyle s = WordStyles.paragraph(id, name, "Normal", next);
    if (bold) s.getRPr().addNewB();
    if (keepNext) {
      s.getPPr().addNewKeepNext();
      s.getPPr().addNewKeepLines();
    }
    WordStyles.spacing(s, beforePt, afterPt, text.lineHeight(), text.pt());
    WordStyles.add(styles, s); // a copy is added: the style is complete before
  }
}
