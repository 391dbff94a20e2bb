package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.List;

/** A page limit: the PDF may not run longer, and where the first page over it starts is where to cut. */
final class PageRules implements Rules {
  /** Words of a page's first line that must be found together in the résumé to place it. */
  private static final int PHRASE = 4;

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    Integer max = checked.maxPages();
    int pages = checked.subject().pages();
    if (max == null || pages <= max) return;
    problems.add(Diagnostic.error(Code.PAGE_LIMIT, overflowStart(checked, max + 1), pages
        + " pages, more than the limit of " + max + "; page " + (max + 1) + " starts here",
        "cut content, or render with --fit-pages " + max));
  }

  /** Where {@code page} starts in the source: the node that holds its first line of two words or more. */
  private static SourcePos overflowStart(Checked checked, int page) {
    if (checked.text() != null) {
      List<ResumeText.Word> words = ResumeText.all(checked.parts());
      for (String line : checked.text().page(page).split("\n")) {
        List<String> phrase = ResumeText.words(line);
        if (phrase.size() < 2) continue;
        SourcePos pos = find(phrase.subList(0, Math.min(PHRASE, phrase.size())), words);
        if (pos != null) return pos;
      }
    }
    return SourcePos.file(checked.file());
  }

  /** Where {@code phrase} is written, word after word within one node; null when it is not. */
  private static SourcePos find(List<String> phrase, List<ResumeText.Word> words) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      int k = 0;
      while (k < phrase.size() && words.get(i + k).text().equals(phrase.get(k))
          && words.get(i + k).pos().equals(words.get(i).pos())) {
        k++;
      }
      if (k == phrase.size() && words.get(i).pos().line() > 0) return words.get(i).pos();
    }
    return null;
  }
}
