package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Letter;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;

/**
 * What a cover letter has that a résumé has not: someone it is to, a date, a greeting and a close, a date a reader
 * can place, and one page.
 */
final class LetterRules implements Rules {
  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    Letter letter = checked.subject().letter();
    if (letter == null) return;
    Map<String, SourcePos> keys = checked.subject().frontMatterKeys();
    // A missing part is placed where the letter says it is one, the `type: letter` line.
    SourcePos top = keys.getOrDefault("type", SourcePos.start(checked.file()));
    if (letter.recipient().isEmpty()) {
      problems.add(Diagnostic.warning(Code.LETTER_INCOMPLETE, top, "the letter has no recipient",
          "add `recipient:` with `name:`, `title:`, `company:` and `address:` lines to the front matter"));
    }
    if (letter.date() == null) {
      problems.add(Diagnostic.warning(Code.LETTER_INCOMPLETE, top, "the letter has no date",
          "add `date: 2026-03-14` to the front matter; it is printed in the letter's language"));
    } else if (letter.day() == null) {
      problems.add(Diagnostic.warning(Code.LETTER_DATE_UNREADABLE, keys.getOrDefault("date", top),
          "`date: " + letter.date() + "` is not a day cvpress can read; it is printed as written",
          "write the day as 2026-03-14, 14 March 2026 or March 14, 2026"));
    }
    if (letter.salutation().isBlank()) {
      problems.add(Diagnostic.warning(Code.LETTER_INCOMPLETE, top, "the letter has no salutation",
          "add e.g. `salutation: Dear Ms Lee,` to the front matter"));
    }
    if (letter.closing().isBlank()) {
      problems.add(Diagnostic.warning(Code.LETTER_INCOMPLETE, top, "the letter has no closing",
          "add e.g. `closing: Sincerely,` to the front matter"));
    }
    int pages = checked.subject().pages();
    if (pages > 1 && checked.maxPages() == null) {
      problems.add(Diagnostic.error(Code.LETTER_TOO_LONG, firstBodyLine(letter, checked), "the letter runs to "
          + pages + " pages; a cover letter is one page",
          "cut it to three or four short paragraphs"));
    }
  }

  /** Where the body starts, so that the finding points at the text to cut. */
  private static SourcePos firstBodyLine(Letter letter, Checked checked) {
    return letter.body().isEmpty() ? SourcePos.start(checked.file()) : letter.body().get(0).pos();
  }
}
