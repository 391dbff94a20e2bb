package dev.cvpress.render.docx;

import dev.cvpress.model.Letter;
import dev.cvpress.render.Labels;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A cover letter's parts under the masthead, in the order a business letter has them: the date, the recipient's
 * block (one paragraph, its lines broken, so that it is edited as one address), the subject, the salutation, the
 * body, the closing and the signed name, each in its own style ({@link LetterStyles}).
 */
final class LetterParts {
  private final XWPFDocument doc;
  private final BodyWriter body;
  private final Look look;
  private boolean first = true;

  LetterParts(XWPFDocument doc, BodyWriter body, Look look) {
    this.doc = doc;
    this.body = body;
    this.look = look;
  }

  void write(Letter letter) {
    String date = letter.day() != null ? Labels.day(letter.day(), letter.meta().lang()) : letter.date();
    line(WordStyles.DATE, date);
    List<String> recipient = letter.recipient().lines();
    if (!recipient.isEmpty()) {
      XWPFParagraph p = paragraph(WordStyles.RECIPIENT);
      for (int i = 0; i < recipient.size(); i++) {
        XWPFRun run = p.createRun();
        if (i > 0) run.addBreak();
        run.setText(recipient.get(i));
      }
    }
    line(WordStyles.SUBJECT, letter.subject());
    line(WordStyles.SALUTATION, letter.salutation());
    body.blocks(letter.body());
    line(WordStyles.CLOSING, letter.closing());
    line(WordStyles.SIGNATURE, letter.signature());
  }

  private void line(String style, String text) {
    if (text == null || text.isBlank()) return;
    paragraph(style).createRun().setText(text);
  }

  private XWPFParagraph paragraph(String style) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    // The letter starts well under the masthead, whichever of its parts comes first (the Date style has the gap).
    if (first && !style.equals(WordStyles.DATE)) p.setSpacingBefore((int) Math.round(2.6 * look.bodyPt() * 20));
    first = false;
    return p;
  }
}
