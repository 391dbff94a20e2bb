package dev.cvpress.render.docx;

import dev.cvpress.style.Style;
import java.util.Locale;

/**
 * What the theme (with the résumé's style options and any fitting) makes of the page, read from the style sheet the
 * PDF was laid out with, in Word's terms: sizes in points, colours as hex, paper and margins in millimetres.
 *
 * @param family the text face the style sheet names first ("Source Sans 3"); null when it names none
 * @param serif whether the text face is a serif one (its Word stand-in is then Georgia, else Calibri)
 * @param sectionRule where the section titles' hairline runs: "bottom", "top", "after" the title or on both sides
 *     of it ("beside"), through the middle of its line, or "" for none
 * @param photoPt the photo's width (and height: it is square), in points
 * @param photoSide where the photo stands in the masthead: "left", "right" or "center"
 * @param photoRound whether the theme shows the photo in a circle
 * @param carried whether the document carries the text face (bundled, or a font file of the résumé's), so that
 *     it is named; else the stand-in is
 * @param semibold the family Word knows the text face's semibold by ("Source Sans 3 SemiBold"); null when the
 *     face has none, and semibold text is set bold
 * @param weights the weights the theme gives its titles and strong text
 * @param masthead how the theme sets the header around the name
 * @param lists how the theme sets its lists
 * @param sections how the theme spaces its section titles
 */
record Look(String family, boolean serif, double bodyPt, double lineHeight, String text, double namePt,
    String nameColour,
    boolean centred, double headlinePt, String headlineColour, double contactsPt, String contactsColour,
    double sectionPt, String sectionColour, boolean sectionCaps, boolean sectionCentred, String sectionRule,
    String ruleColour, double entryPt, String entryColour, double metaPt, String metaColour, String roleColour,
    double subheadingPt, String mutedColour, double pageWidthMm, double pageHeightMm, double[] marginsMm,
    Lead lead, LetterText letter, double photoPt, String photoSide, boolean photoRound, boolean carried,
    String semibold, Weights weights, Masthead masthead, Lists lists, Sections sections) {

  /** CSS weights (400 regular, 600 semibold, 700 bold) of the name, titles, an entry's organisation and strong text. */
  record Weights(int name, int section, int entry, int org, int subheading, int strong, int th, int dt) {}

  /**
   * The header around the name: the headline's slant; the gap between a photo beside the name and the text; whether
   * a header with a photo beside it is set flush left (a centred block beside a picture looks off centre); whether
   * the contacts start under the photo; whether the contacts have icons (Word shows words in their place) and the
   * colour of those; the divider between two contacts of a row, and its colour.
   */
  record Masthead(boolean headlineItalic, double photoGapPt, boolean flushLeftWithPhoto, boolean contactsUnderPhoto,
      boolean icons, String iconColour, String divider, String dividerColour) {}

  /**
   * Lists: the colour of the bullets (null: the muted one), the space after a list, and how far an item's text
   * stands in from the list's edge (the list's padding and the item's), in points.
   */
  record Lists(String bulletColour, double afterPt, double indentPt) {}

  /**
   * Section titles: the space above a section and under its title, the gap between the title and its rule (under or
   * over it, or beside it), the title's line height (a multiple of its size) and its letter spacing, in points; the
   * space above an entry that follows another and the entry title's line height.
   */
  record Sections(double beforePt, double afterPt, double ruleGapPt, double lineHeight, double trackingPt,
      double entryBeforePt, double entryLineHeight) {}

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
    return carried ? family : standIn();
  }

  /**
   * The family a run of CSS weight {@code weight} is set in: the semibold's own family for 500 to 699 when the face
   * has one, else the text's (Word then sets it bold from 600 on, see {@link #bold}).
   */
  String font(int weight) {
    return weight >= 500 && weight < 700 && semibold != null ? semibold : font();
  }

  /** Whether a run of CSS weight {@code weight} is Word's bold: 700 and more, or 600 when there is no semibold. */
  boolean bold(int weight) {
    return weight >= 700 || (weight >= 600 && semibold == null);
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
    return of(css, sidebar, DocumentFonts.bundledOnly(), false);
  }

  /**
   * The look of {@code css}, its faces as {@code fonts} carries them; {@code icons} when the page shows icons in the
   * contact line.
   */
  static Look of(String css, boolean sidebar, DocumentFonts fonts, boolean icons) {
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
    double besideGap = 0;
    if (rule.isEmpty()) {
      // Hairlines drawn beside the title, through the middle of its line: classic's on both sides, ledger's after it.
      String before = r.first("border-top", ".section-title:before", ".section-title::before");
      border = r.first("border-top", ".section-title:after", ".section-title::after");
      if (drawn(border)) {
        rule = drawn(before) ? "beside" : "after";
        besideGap = edge(r.first("margin", ".section-title:after", ".section-title::after"), 3, body);
        Double left = CssRules.points(r.first("margin-left", ".section-title:after", ".section-title::after"), body);
        if (left != null) besideGap = left;
      }
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
    String wordName = fonts.wordName(first);
    boolean flushLeft = "left".equals(r.value(".masthead.with-photo", "text-align"));
    String photoFloat = r.first("float", ".masthead.with-photo .photo", ".photo");
    double photoPt = orElse(CssRules.points(r.first("width", ".masthead.with-photo .photo", ".photo"), body),
        24 * 72 / 25.4);
    String iconColour = colour(r.value(".icon", "color"), muted);
    return new Look(wordName != null ? wordName : first, serif, body, lineHeight, text,
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
        photoPt, photoSide(photoFloat, centred),
        "50%".equals(r.first("border-radius", ".masthead.with-photo .photo", ".photo")), wordName != null,
        wordName != null ? fonts.semiboldName(first) : null,
        new Weights(weight(r, ".name"), weight(r, ".section-title"),
            weight(r, ".entry-title .title", ".entry-title"),
            weight(r, ".entry-title .title + .org", ".entry-title .org", ".entry-title"), weight(r, ".subheading"),
            DocumentFonts.weight(orElse(r.value("strong", "font-weight"), "bold")), weight(r, "th", "thead th"),
            DocumentFonts.weight(orElse(r.value("dt", "font-weight"), "bold"))),
        new Masthead("italic".equals(r.value(".headline", "font-style")),
            photoGap(r, photoFloat, photoPt, body), flushLeft,
            r.value(".masthead.with-photo .contact-line", "clear") != null, icons
            && !"none".equals(r.value(".icon", "display")), iconColour,
            dev.cvpress.render.docx.Masthead.divider(r.value(".contact + .contact:before", "content")),
            colour(r.value(".contact + .contact:before", "color"), colour(r.value(".contact + .contact",
                "border-left"), muted))),
        new Lists(WordLists.bulletColour(r.first("list-style-image", "ul")), edge(r.value("ul", "margin"), 2, body),
            orElse(CssRules.points(r.value("ul", "padding-left"), body), 1.2 * body)
                + orElse(CssRules.points(r.value("li", "padding-left"), body), 0.0)),
        new Sections(orElse(CssRules.points(r.value(".section", "margin-top"), body),
                edge(r.value(".section", "margin"), 0, body)),
            orElse(CssRules.points(r.value(".section-title", "margin-bottom"), body),
                edge(r.value(".section-title", "margin"), 2, body)),
            rule.equals("after") || rule.equals("beside") ? besideGap
                : orElse(CssRules.points(r.value(".section-title", "padding-bottom"), body),
                    edge(r.value(".section-title", "padding"), 2, body)),
            orElse(number(r.value(".section-title", "line-height")), 1.1),
            tracking(r.value(".section-title", "letter-spacing"), body, size(r, body, 1.2, ".section-title")),
            orElse(CssRules.points(r.value(".entry", "margin-top"), body), 0.6 * body),
            orElse(number(r.value(".entry-title", "line-height")), lineHeight)));
  }

  /** A rule's CSS weight, 400 when it gives none. */
  private static int weight(CssRules r, String... selectors) {
    return DocumentFonts.weight(r.first("font-weight", selectors));
  }

  /**
   * The room between a photo beside the name and the text: the photo's margin on the text's side, or, where the
   * header is padded to make room for a photo floated into the padding, the padding the photo does not fill.
   */
  private static double photoGap(CssRules r, String photoFloat, double photoPt, double body) {
    if ("left".equals(photoFloat)) {
      Double padding = CssRules.points(r.value(".masthead.with-photo", "padding-left"), body);
      if (padding != null && padding > photoPt) return padding - photoPt;
      return orElse(edge(r.first("margin", ".masthead.with-photo .photo", ".photo"), 1, body), 6 * 72 / 25.4);
    }
    double gap = edge(r.first("margin", ".masthead.with-photo .photo", ".photo"), 3, body);
    return gap > 0 ? gap : 6 * 72 / 25.4;
  }

  /** One side of a CSS box shorthand ({@code 0 0 0 1.6rem}) in points: 0 top, 1 right, 2 bottom, 3 left. */
  private static double edge(String shorthand, int side, double body) {
    if (shorthand == null || shorthand.isBlank()) return 0;
    String[] v = shorthand.strip().split("\\s+");
    String value = switch (v.length) {
      case 1 -> v[0];
      case 2 -> v[side % 2];
      case 3 -> side == 3 ? v[1] : v[side];
      default -> v[side];
    };
    Double pt = CssRules.points(value, body);
    return pt == null ? 0 : Math.max(0, pt);
  }

  /** Letter spacing in points: {@code em} of the title's size, {@code rem} of the body's. */
  private static double tracking(String css, double body, double titlePt) {
    if (css == null) return 0;
    if (css.strip().endsWith("rem")) return orElse(CssRules.points(css, body), 0.0);
    if (css.strip().endsWith("em")) return orElse(CssRules.points(css, titlePt), 0.0);
    return orElse(CssRules.points(css, body), 0.0);
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
