package dev.cvpress.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The theme's weights and the finer points of its titles, laid over the named styles once {@link WordStyles} has
 * made them: a title the theme sets semibold is set in the face's semibold, which Word knows as a family of its own
 * ("Source Sans 3 SemiBold", embedded), not in Word's bold; the section titles keep the theme's letter spacing;
 * the headline its slant.
 */
final class Weights {
  private Weights() {}

  static void apply(XWPFStyles styles, Look look) {
    Look.Weights w = look.weights();
    weigh(styles, WordStyles.TITLE, look, w.name());
    weigh(styles, WordStyles.SECTION, look, w.section());
    weigh(styles, WordStyles.ENTRY, look, w.entry());
    weigh(styles, WordStyles.SUBHEADING, look, w.subheading());
    CTStyle section = ct(styles, WordStyles.SECTION);
    if (section != null) section(section, look);
    CTStyle subtitle = ct(styles, WordStyles.SUBTITLE);
    if (subtitle != null && look.masthead().headlineItalic()) subtitle.getRPr().addNewI();
  }

  /**
   * A section title's space above and below, line height, rule gap and letter spacing as the theme's CSS sets
   * them (Word adds a paragraph's space after to the next one's space before where CSS margins collapse; the
   * space after a title is the title's margin alone, as the first thing under it takes none of its own).
   */
  private static void section(CTStyle section, Look look) {
    Look.Sections s = look.sections();
    double pt = look.sectionPt();
    var spacing = section.getPPr().getSpacing();
    spacing.setBefore(BigInteger.valueOf(Math.round(s.beforePt() * 20)));
    spacing.setAfter(BigInteger.valueOf(Math.round(s.afterPt() * 20)));
    spacing.setLine(BigInteger.valueOf(Math.round(s.lineHeight() * pt * 20)));
    var borders = section.getPPr().getPBdr();
    if (borders != null) {
      var rule = borders.isSetBottom() ? borders.getBottom() : borders.isSetTop() ? borders.getTop() : null;
      // Word's gap between text and rule is in whole points, at most 31.
      if (rule != null) rule.setSpace(BigInteger.valueOf(Math.min(31, Math.round(s.ruleGapPt()))));
    }
    if (s.trackingPt() > 0) section.getRPr().addNewSpacing().setVal(BigInteger.valueOf(Math.round(s.trackingPt() * 20)));
  }

  /**
   * Sets a run at CSS weight {@code weight}: Word's bold, or the semibold's family, or neither; its family is named
   * either way, as the paragraph's style may be set in the semibold's.
   */
  static void weigh(XWPFRun run, Look look, int weight) {
    run.setBold(look.bold(weight));
    run.setFontFamily(look.font(weight));
  }

  private static void weigh(XWPFStyles styles, String id, Look look, int weight) {
    CTStyle s = ct(styles, id);
    if (s == null) return;
    CTRPr r = s.getRPr();
    while (r.sizeOfBArray() > 0) r.removeB(0);
    if (look.bold(weight)) r.addNewB();
    String family = look.font(weight);
    CTFonts f = r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0) : r.addNewRFonts();
    f.setAscii(family);
    f.setHAnsi(family);
    f.setCs(family);
  }

  /** The style as the document holds it: POI's own style objects are the copies it was added from. */
  private static CTStyle ct(XWPFStyles styles, String id) {
    for (CTStyle s : styles.getCtStyles().getStyleArray()) {
      if (id.equals(s.getStyleId())) return s;
    }
    return null;
  }
}
