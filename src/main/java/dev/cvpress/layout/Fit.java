package dev.cvpress.layout;

/**
 * The outcome of fitting a résumé to a number of pages.
 *
 * @param fits whether it fits within the readability floors
 * @param pages the pages at the size chosen (or at the floors, when it does not fit)
 * @param scale the size relative to the theme's, 1.0 when nothing had to shrink
 * @param lastPageFill how full the last page is at that size, 0 to 1
 */
public record Fit(int target, boolean fits, int pages, double scale, double fontSizePt, double lineHeight,
    double marginMm, double lastPageFill) {
  /** Readability floors for fitting: body text never below this size, margins never below this width. */
  public static final double MIN_FONT_PT = 8.5;
  public static final double MIN_MARGIN_MM = 10;
  public static final double MIN_LINE_HEIGHT = 1.15;
}
