package dev.cvpress.layout;

/**
 * The outcome of fitting a résumé to a number of pages: to the count {@code fit-pages} asks for, or one page
 * fewer when a last page of a few lines is pulled back.
 *
 * @param fits whether it fits within the readability floors
 * @param pages the pages at the size chosen (or at the floors, when it does not fit)
 * @param scale the size relative to the theme's, 1.0 when nothing had to shrink
 * @param lastPageFill how full the last page is at that size, 0 to 1
 * @param pulledBackFrom the pages before a pull-back; 0 when the fit was asked for
 */
public record Fit(int target, boolean fits, int pages, double scale, double fontSizePt, double lineHeight,
    double marginMm, double lastPageFill, int pulledBackFrom) {
  /** Readability floors for fitting: body text never below this size, margins never below this width. */
  public static final double MIN_FONT_PT = 8.5;
  public static final double MIN_MARGIN_MM = 10;
  public static final double MIN_LINE_HEIGHT = 1.15;

  /** A last page filled less than this (a few lines) is pulled back onto the page before, when it can be. */
  public static final double FEW_LINES = 0.15;
  /**
   * How far a pull-back may go, never past the floors above: type at most this much smaller (and with it the
   * spaces between blocks, which themes set in rem), leading at most {@link #PULL_BACK_LEADING} less, margins at
   * most {@link #PULL_BACK_MARGIN_MM} narrower.
   */
  public static final double PULL_BACK_TYPE = 0.03;
  public static final double PULL_BACK_LEADING = 0.08;
  public static final double PULL_BACK_MARGIN_MM = 3;

  /** Whether this is a pull-back rather than a fit that was asked for. */
  public boolean pulledBack() {
    return pulledBackFrom > 0;
  }
}
