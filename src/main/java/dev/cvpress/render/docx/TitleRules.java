package dev.cvpress.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A section title's hairline drawn beside it, through the middle of its line, as classic (on both sides of the
 * centred title) and ledger (after it, out to the margin) draw it: tab stops set in Heading 1, and a tab before and
 * after the title's text, underlined in the rule's colour and raised to the middle of the line. The line is the
 * tab's underline, no shape and no border: it grows and shrinks as the title is edited, and a reader of the text
 * sees tabs around the title. (A tab leader of underscores would do as much, but LibreOffice draws it as a row of
 * dashes in a serif face.)
 */
final class TitleRules {
  /** How far under its baseline a run's underline is drawn in the Source faces, in ems. */
  private static final double UNDERLINE_DEPTH_EM = 0.08;
  /** Half the x-height of the Source faces, in ems: the middle of a title's lower-case letters, where CSS's middle is. */
  private static final double HALF_X_HEIGHT_EM = 0.24;
  /** The size of the tab whose underline is the line, of the text's: an underline about half a point thick. */
  private static final double HAIRLINE_SIZE = 0.75;
  /** The width of a space in the Source faces, in ems. */
  private static final double SPACE_EM = 0.2;

  private TitleRules() {}

  /** Whether the theme draws its section titles' hairline beside them rather than under or over them. */
  static boolean beside(Look look) {
    return look.sectionRule().equals("after") || look.sectionRule().equals("beside");
  }

  /**
   * The tab stops of Heading 1: a centre stop in the middle of the text for a centred title with lines on both
   * sides (the paragraph then set flush left, the tab centring it), and a right stop at the margin.
   */
  static void style(CTStyle section, Look look) {
    CTPPrGeneral p = section.getPPr();
    var tabs = p.isSetTabs() ? p.getTabs() : p.addNewTabs();
    if (look.sectionRule().equals("beside")) {
      if (p.isSetJc()) p.unsetJc();
      p.addNewJc().setVal(STJc.LEFT);
      stop(tabs.addNewTab(), STTabJc.CENTER, look.textWidthTwips() / 2);
    }
    stop(tabs.addNewTab(), STTabJc.RIGHT, look.textWidthTwips());
  }

  private static void stop(CTTabStop tab, STTabJc.Enum alignment, long position) {
    tab.setVal(alignment);
    tab.setPos(BigInteger.valueOf(position));
  }

  /** The title's text in {@code p}, with the tabs that draw its lines, and the theme's gap beside them. */
  static void write(XWPFParagraph p, String title, Look look) {
    boolean both = look.sectionRule().equals("beside");
    if (both) {
      line(p, look);
      gap(p, look);
    }
    p.createRun().setText(title);
    gap(p, look);
    line(p, look);
  }

  /**
   * A tab underlined in the rule's colour, a little under the text's size at its weight (so its line is about the
   * theme's half-point hairline), raised so that the line runs through the middle of the title's lower-case letters.
   */
  private static void line(XWPFParagraph p, Look look) {
    XWPFRun run = p.createRun();
    run.addTab();
    Weights.weigh(run, look, 400);
    run.setColor(look.ruleColour());
    double pt = HAIRLINE_SIZE * look.bodyPt();
    run.setFontSize(pt);
    run.setUnderline(UnderlinePatterns.SINGLE);
    double raisePt = HALF_X_HEIGHT_EM * look.sectionPt() + UNDERLINE_DEPTH_EM * pt;
    run.setTextPosition((int) Math.round(raisePt * 2));
    run.setCharacterSpacing(0); // not the title's letter spacing
  }

  /** A space as wide as the theme's gap between the title and its line. */
  private static void gap(XWPFParagraph p, Look look) {
    XWPFRun run = p.createRun();
    run.setText(" ");
    double extraPt = look.sections().ruleGapPt() - SPACE_EM * look.sectionPt();
    run.setCharacterSpacing((int) Math.round(extraPt * 20));
  }
}
