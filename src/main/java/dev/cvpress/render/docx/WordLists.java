package dev.cvpress.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Lists as Word numbering: one abstract numbering for bullets and one for numbered lists, nine levels each, so that
 * Word's list buttons, indents and "continue numbering" work on them. Each numbered list starts again, at the
 * number it was written with. Numbers are decimal at every depth, as the themes and the text output print them.
 */
final class WordLists {
  /** Bullets by level: a dot, an en dash below it, as the themes draw them; then again. */
  private static final String[] BULLETS = {"•", "–", "◦"};

  private final XWPFNumbering numbering;
  private final BigInteger bullets;
  private final BigInteger numbered;
  private final BigInteger bulletList;
  /** How far a bulleted item's text stands in from the list's edge, and a numbered item's, in points. */
  private final double bulletIndentPt;
  private final double numberIndentPt;

  WordLists(XWPFDocument doc, Look look) {
    this.numbering = doc.createNumbering();
    // The theme's own indent for bullets; numbers keep room for "10." before the tab that follows them.
    this.bulletIndentPt = look.lists().indentPt();
    this.numberIndentPt = Math.max(look.lists().indentPt(), 1.2 * look.bodyPt());
    this.bullets = numbering.addAbstractNum(new XWPFAbstractNum(definition(0, false, look)));
    this.numbered = numbering.addAbstractNum(new XWPFAbstractNum(definition(1, true, look)));
    this.bulletList = numbering.addNum(bullets);
  }

  /** The numbering of a bulleted list: all share one. */
  BigInteger bullets() {
    return bulletList;
  }

  /** A fresh numbering for a numbered list, counting from {@code start} at whatever depth it is set. */
  BigInteger numbered(int start) {
    BigInteger id = numbering.addNum(numbered);
    for (int level = 0; level < 9; level++) {
      CTNumLvl override = numbering.getNum(id).getCTNum().addNewLvlOverride();
      override.setIlvl(BigInteger.valueOf(level));
      override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    }
    return id;
  }

  /**
   * The left indent of text at list depth {@code level} of a numbered or bulleted list, in twips: where a paragraph
   * inside an item starts.
   */
  long indent(int level, boolean ordered) {
    return Math.round((level + 1) * (ordered ? numberIndentPt : bulletIndentPt) * 20);
  }

  private CTAbstractNum definition(int id, boolean ordered, Look look) {
    CTAbstractNum a = CTAbstractNum.Factory.newInstance();
    a.setAbstractNumId(BigInteger.valueOf(id));
    for (int level = 0; level < 9; level++) {
      CTLvl l = a.addNewLvl();
      l.setIlvl(BigInteger.valueOf(level));
      l.addNewStart().setVal(BigInteger.ONE);
      if (ordered) {
        l.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        l.addNewLvlText().setVal("%" + (level + 1) + ".");
      } else {
        l.addNewNumFmt().setVal(STNumberFormat.BULLET);
        l.addNewLvlText().setVal(BULLETS[level % BULLETS.length]);
        var r = l.addNewRPr();
        var fonts = r.addNewRFonts();
        fonts.setAscii(look.font());
        fonts.setHAnsi(look.font());
        // The theme's bullet is a small picture in its accent or grey: a bullet character of that colour.
        String colour = look.lists().bulletColour();
        r.addNewColor().setVal(colour != null ? colour : look.mutedColour());
      }
      CTInd ind = l.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(indent(level, ordered)));
      ind.setHanging(BigInteger.valueOf(indent(0, ordered)));
    }
    return a;
  }

  /** The colour of the bullet the theme draws (a small picture): its most opaque pixel's; null when unread. */
  static String bulletColour(String listStyleImage) {
    if (listStyleImage == null) return null;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("base64,([A-Za-z0-9+/=]+)").matcher(listStyleImage);
    if (!m.find()) return null;
    try {
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
          new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(m.group(1))));
      if (image == null) return null;
      int best = 0;
      int bestAlpha = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int argb = image.getRGB(x, y);
          if ((argb >>> 24) > bestAlpha) {
            bestAlpha = argb >>> 24;
            best = argb;
          }
        }
      }
      return bestAlpha == 0 ? null : String.format(java.util.Locale.ROOT, "%06X", best & 0xFFFFFF);
    } catch (java.io.IOException | IllegalArgumentException e) {
      return null;
    }
  }

}
