package dev.cvpress.output;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.layout.Fit;
import dev.cvpress.model.Document;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;

/**
 * A rendered résumé or cover letter: everything the output formats are written from.
 *
 * @param document what was rendered: a {@link Resume} or a {@link Letter}
 * @param html the XHTML the PDF was laid out from
 * @param webHtml a standalone web page of the résumé (CSS inlined, no print-only parts)
 * @param text the résumé as plain text
 * @param fit what fitting to a page count (or pulling a short last page back) did; null when neither happened
 * @param frontMatterKeys the front-matter keys as written, with where they are
 * @param imageSources the images the résumé shows, its photo first, as written: files an output must not replace
 * @param folder the folder the document may read its images from (as the PDF did); null when none
 * @param created the moment stamped into the PDF, which the other formats stamp too; null for the front matter's
 * @param wordLayout the XHTML a Word document takes its look from, laid out only when one is written; null for
 *     {@code html}
 */
public record Rendered(Document document, String html, String webHtml, String text, byte[] pdf, int pages,
    List<Diagnostic> warnings, Fit fit, Map<String, SourcePos> frontMatterKeys, List<String> imageSources,
    java.nio.file.Path folder, java.time.Instant created, java.util.function.Supplier<String> wordLayout) {
  /** A rendered document that reads no images and whose date is its front matter's. */
  public Rendered(Document document, String html, String webHtml, String text, byte[] pdf, int pages,
      List<Diagnostic> warnings, Fit fit, Map<String, SourcePos> frontMatterKeys, List<String> imageSources) {
    this(document, html, webHtml, text, pdf, pages, warnings, fit, frontMatterKeys, imageSources, null, null, null);
  }

  /**
   * The XHTML a Word document takes its look from: the PDF's own, or, where the PDF has two columns (which Word
   * sets as one), the theme's one-column form laid out to the PDF's pages.
   */
  public String wordHtml() {
    return wordLayout == null ? html : wordLayout.get();
  }

  /**
   * The résumé rendered; for a letter, its masthead and body as a résumé with no sections, which is what a writer
   * that knows only résumés can show of it. A writer that knows letters reads {@link #document}.
   */
  public Resume resume() {
    if (document instanceof Resume r) return r;
    Letter l = (Letter) document;
    return new Resume(l.meta(), l.header(), l.body(), List.of());
  }
}
