package dev.cvpress.render.docx;

import dev.cvpress.style.Style;
import java.util.Locale;

/**
 * What the theme (with the résumé's style options and any fitting) makes of the page, read from the style sheet the
 * PDF was laid out with, in Word's terms: sizes in points, colours as hex, paper and margins in millimetres.
 *
 * @param family the text face the style sheet names first ("Source Sans 3"); null when it names none
 * @param serif whether the text face is a serif one (its Word stand-in is then Georgia, else Calibri)
 * @param sectionRule where the section titles' hairline runs: "bottom", "top" or "" for none
 * @param photoPt the photo's width (and height: it is square), in points
 * @param photoSide where the photo stands in the masthead: "left", "right" or "center"
 * @param photoRound whether the theme shows the photo in a circle
 */
record Look(String family, boolean serif, double bodyPt, double lineHeight, String text, double namePt,
    String nameColour,
    boolean centred, double headlinePt, String headlineColour, double contactsPt, String contactsColour,
    double sectionPt, String sectionColour, boolean sectionCaps, boolean sectionCentred, String sectionRule,
    String ruleColour, double entryPt, String entryColour, double metaPt, String metaColour, String roleColour,
    double subheadingPt, String mutedColour, double pageWidthMm, double pageHeightMm, double[] marginsMm,
    Lead lead, LetterText letter, double photoPt, String photoSide, boolean photoRound) {

  /** How a headline that leads the page (a résumé with no name) is set: its size, colour and weight. */
  record Lead(double pt, String colour, boolean bold) {}

  /**
   * How a cover letter's text is set under the masthead: its size, line height and longest line (all from the
   * letter rules the page was laid out with), and the gap between its paragraphs, in points.
   */
  record LetterText(double pt, double lineHeight, double measurePt, double gapPt) {}

  /** The stand-in faces, on every Windows and Mac Word: named where the bundled faces are not read. */
  static final String SANS = "Calibri";
  static final String SERIF = "Georgia";
  static final String MONO_STAND_IN = "Courier New";
  /** The face code is set in, as in the PDF: bundled, and embedded when the document has code. */
  static final String MONO = "Liberation Mono";

  /** A two-column theme set in one column keeps at least these side margins (as cvpress's own single column). */
  private static final double SINGLE_COLUMN_SIDE_MM = 30;

  /** The face the text is set in: the theme's own when cvpress carries it (and embeds it), else a stand-in. */
  String font() {
    return EmbeddedFonts.bundled(family) != null ? family : standIn();
  }

  /** The face Word uses where the text face is not there: Georgia for a serif face, else Calibri. */
  String standIn() {
    return serif ? SERIF : SANS;
  }

  /** The width of the text between the margins, in twentieths of a point. */
  long textWidthTwips() {
    return twips(pageWidthMm - marginsMm[1] - marginsMm[3]);
  }

  static long twips(double mm) {
    return Math.round(mm * 72 / 25.4 * 20);
  }

  /** The look of {@code css}; {@code sidebar} when the PDF was set in two columns, which a Word file is not. */
  static Look of(String css, boolean sidebar) {
    CssRules r = new CssRules(css);
    double body = orElse(CssRules.points(r.value("html", "font-size"), 10), 10.0);
    String family = r.first("font-family", "body, body *", "body", "html");
    String bodyFamily = r.value("body, body *", "font-family");
    if (bodyFamily != null) family = bodyFamily;
    boolean serif = family != null && family.split(",")[0].toLowerCase(Locale.ROOT).contains("serif")
        && !family.split(",")[0].toLowerCase(Locale.ROOT).contains("sans");
    double lineHeight = orElse(number(r.value("body", "line-height")), 1.25);
    String text = colour(r.first("color", "html", "body"), "1F2429");
    String accent = colour(r.value(".section-title", "color"), text);
    String muted = colour(r.first("color", ".entry-meta", ".role"), "5B6470");
    boolean centred = "center".equals(r.first("text-align", ".name", ".masthead"));
    String border = r.value(".section-title", "border-bottom");
    String rule = drawn(border) ? "bottom" : "";
    if (rule.isEmpty()) {
      border = r.value(".section-title", "border-top");
      if (drawn(border)) rule = "top";
    }
    String[] paper = paper(r.value("@page", "size"));
    double[] margins = Style.marginsMm(orElse(r.value("@page", "margin"), "18mm"));
    Double left = CssRules.points(r.value("@page", "margin-left"), body);
    if (left != null) margins[3] = left * 25.4 / 72;
    if (sidebar) {
      double side = Math.max(margins[1], SINGLE_COLUMN_SIDE_MM);
      margins[1] = side;
      margins[3] = side;
    }
    String first = family == null ? null : family.split(",")[0].strip().replaceAll("^[\"']|[\"']$", "");
    return new Look(first, serif, body, lineHeight, text,
        size(r, body, 2.4, ".name"), colour(r.value(".name", "color"), text), centred,
        size(r, body, 1.15, ".headline"), colour(r.value(".headline", "color"), muted),
        size(r, body, 0.95, ".contacts", ".contact-line"), colour(r.first("color", ".contacts", ".contact-line"), muted),
        size(r, body, 1.2, ".section-title"), accent,
        "uppercase".equals(r.value(".section-title", "text-transform")),
        "center".equals(r.value(".section-title", "text-align")), rule,
        colour(border, accent),
        size(r, body, 1.1, ".entry-title"), colour(r.value(".entry-title", "color"), text),
        size(r, body, 0.95, ".entry-meta"), muted, colour(r.value(".role", "color"), muted),
        size(r, body, 0.85, ".subheading"), colour(r.value(".subheading", "color"), muted),
        Double.parseDouble(paper[0]), Double.parseDouble(paper[1]), margins,
        new Lead(size(r, body, 1.6, ".masthead.nameless .headline"),
            colour(r.value(".masthead.nameless .headline", "color"), text),
            String.valueOf(r.value(".masthead.nameless .headline", "font-weight")).matches("bold|[6-9]00")),
        new LetterText(size(r, body, 1.05, ".letter-text"),
            orElse(number(r.value(".letter-text", "line-height")), 1.4),
            orElse(CssRules.points(r.value(".letter-text", "max-width"), body), 42 * body), 0.8 * body),
        orElse(CssRules.points(r.first("width", ".masthead.with-photo .photo", ".photo"), body), 24 * 72 / 25.4),
        photoSide(r.first("float", ".masthead.with-photo .photo", ".photo"), centred),
        "50%".equals(r.first("border-radius", ".masthead.with-photo .photo", ".photo")));
  }

  private static double size(CssRules r, double body, double fallbackRem, String... selectors) {
    return orElse(CssRules.points(r.first("font-size", selectors), body), fallbackRem * body);
  }

  /** The side a floated photo takes; an unfloated one stands over a centred masthead in the middle. */
  private static String photoSide(String cssFloat, boolean centred) {
    if ("left".equals(cssFloat) || "right".equals(cssFloat)) return cssFloat;
    return centred ? "center" : "left";
  }

  /** Width and height in millimetres of the {@code @page} size: A4 unless letter or legal is named. */
  private static String[] paper(String size) {
    String s = size == null ? "a4" : size.toLowerCase(Locale.ROOT);
    if (s.contains("letter")) return new String[] {"215.9", "279.4"};
    if (s.contains("legal")) return new String[] {"215.9", "355.6"};
    return new String[] {"210", "297"};
  }

  /** Whether a CSS border draws a line: not none, not of width 0. */
  private static boolean drawn(String border) {
    return border != null && !border.matches("(?i)^\\s*(none|0(px|pt|mm|rem|em)?)(\\s.*)?$");
  }

  private static Double number(String v) {
    if (v == null || !v.matches("[\\d.]+")) return null;
    return Double.parseDouble(v);
  }

  private static String colour(String css, String fallback) {
    String hex = CssRules.hex(css);
    return hex != null ? hex : fallback;
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
