package dev.cvpress.preview;

import java.util.List;

/**
 * What the preview shows at one moment: the pages as PNG images and the problems of the last render.
 *
 * @param version counts the renders, from 1; a page's address carries it, so a browser never shows a stale page
 * @param pagesFrom the render the pages come from: {@code version}, or an earlier one when this render failed
 * @param pages the pages of the last render that succeeded (kept while an edit fails to render)
 * @param problems the errors and warnings of the last render
 */
public record Snapshot(long version, long pagesFrom, List<byte[]> pages, List<Problem> problems) {
  public Snapshot {
    pages = List.copyOf(pages);
    problems = List.copyOf(problems);
  }

  /** One error or warning, where it is in the résumé (line and column 0 when it has no place). */
  public record Problem(String severity, String file, int line, int column, String message, String hint,
      String sourceLine) {}
}
