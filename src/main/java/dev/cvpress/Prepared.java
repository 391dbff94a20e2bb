package dev.cvpress;

import dev.cvpress.check.References;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.files.InputFile;
import dev.cvpress.layout.Layout;
import dev.cvpress.layout.SideColumn;
import dev.cvpress.model.Document;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.CreationDate;
import dev.cvpress.render.pdf.EmbeddedFile;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.render.text.TextRenderer;
import dev.cvpress.style.Style;
import dev.cvpress.style.Theme;
import dev.cvpress.style.Themes;
import dev.cvpress.transform.Languages;
import dev.cvpress.transform.Redaction;
import dev.cvpress.transform.SectionOrder;
import dev.cvpress.transform.Variants;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A document (a résumé or a cover letter) made ready to lay out, then laid out: the step both take after they are
 * read, so that a letter gets its style, theme, version (language, tags), redaction and warnings exactly as a
 * résumé does.
 *
 * @param document the version asked for: in one language, with the tags chosen, in section order, redacted when asked
 * @param css the theme, the style options and any extra style sheet, in that order
 */
record Prepared(Document document, Style style, Theme theme, String css) {

  /**
   * Reads the style, chooses the theme and the version, redacts when asked, and fits the theme's side column to
   * {@code columnsOf} the prepared document (a letter is set as the résumé it goes with).
   */
  static Prepared of(Document read, Function<Document, Resume> columnsOf, Cvpress.Input input, Options options,
      List<Diagnostic> warnings) throws CvpressException {
    String file = input.file().toString();
    try {
      Style style = Style.read(read.meta(), input.folder(), warnings);
      Theme theme = Themes.choose(style, read.meta(), options.theme != null, warnings);
      // A letter is chosen with its résumé's tags: one that only the résumé carries is no misspelling.
      Set<String> alsoKnown = read instanceof Letter ? Variants.tagsOf(columnsOf.apply(read)) : Set.of();
      warnings.addAll(Variants.unknownTags(read, alsoKnown, options.tags, options.excludeTags, file));
      Document document;
      if (read instanceof Resume resume) {
        resume = Variants.select(Languages.select(resume, null), options.tags, options.excludeTags);
        resume = SectionOrder.arrange(resume, style, warnings);
        document = options.redact == null ? resume : Redaction.apply(resume, options.redact);
      } else {
        Letter letter = Variants.select(Languages.select((Letter) read, null), options.tags, options.excludeTags);
        document = options.redact == null ? letter : Redaction.apply(letter, options.redact);
      }
      theme = SideColumn.fitted(theme, columnsOf.apply(document));
      String css = style.themeCss(theme) + style.css(theme)
          + InputFile.styleSheet(options.extraCss, (int) Theme.MAX_CSS_BYTES);
      return new Prepared(document, style, theme, css);
    } catch (CvpressException e) {
      throw new CvpressException(SourceLines.attach(e.diagnostics(), file, input.text()));
    }
  }

  /**
   * Lays the document out and writes its PDF, web page and text: the PDF carries {@code embedded}; links and the
   * engine's problems are placed in the source through {@code asResume}, what the résumé-wide rules read of it.
   */
  Rendered render(Cvpress.Input input, Options options, List<EmbeddedFile> embedded, Resume asResume,
      Map<String, SourcePos> frontMatterKeys, List<Diagnostic> warnings) throws CvpressException {
    String file = input.file().toString();
    String text = input.text();
    PdfRenderer.Options pdfOptions = new PdfRenderer.Options(
        input.folder(), options.allowRemote, CreationDate.of(options.sourceDateEpoch, document.meta().date()),
        "cvpress " + Cvpress.version(), style.fontFile(), Style.USER_FONT, options.pdfA,
        Style.fromCommandLine(document.meta(), "font")).withEmbedded(embedded);
    Layout layout = new Layout(document, style, theme, css, input.folder(), pdfOptions);
    Layout.Fitted laid = layout.lay(file);
    References refs = References.of(asResume, file, text, frontMatterKeys, input.folder().toUri());
    refs.warnAboutLinks(warnings);
    for (PdfRenderer.Problem p : laid.page().pdf().problems()) {
      warnings.add(refs.place(p, style, document.meta(), text));
    }
    String plain = document instanceof Letter letter ? TextRenderer.render(letter, style.originalDates())
        : TextRenderer.render((Resume) document, style.originalDates());
    return new Rendered(document, laid.page().html(), layout.webHtml(), plain, laid.page().pdf().pdf(),
        laid.page().pdf().pages(), Diagnostic.limitRepeats(SourceLines.attach(warnings, file, text)), laid.fit(),
        frontMatterKeys, refs.imageSources(), input.folder(), pdfOptions.created(),
        wordLayout(laid.page().html(), laid.page().pdf().pages(), input, pdfOptions));
  }

  /**
   * What a Word document is set from where the PDF has two columns, which Word sets as one: the theme's one-column
   * form, laid out fitted to the PDF's pages (as {@code fit-pages} fits, within the same floors) so that the two
   * have as many pages; at the theme's sizes when it cannot fit them. Laid out only when a Word document is
   * written, and once. Null (the PDF's own page) for a page in one column and for a letter.
   */
  private Supplier<String> wordLayout(String pdfHtml, int pages, Cvpress.Input input, PdfRenderer.Options options) {
    // A letter's PDF is fitted to its page already, and its Word document keeps the letter's own sizes.
    if (!theme.layout().equals("sidebar") || document instanceof Letter) return null;
    String themed = style.themeCss(theme) + style.css(theme);
    Theme one = theme.singleColumn();
    String extra = css.startsWith(themed) ? css.substring(themed.length()) : "";
    Layout layout = new Layout(document, style, one, style.themeCss(one) + style.css(one) + extra, input.folder(),
        options);
    String[] laid = new String[1];
    return () -> {
      synchronized (laid) {
        if (laid[0] == null) {
          try {
            Layout.Fitted fitted = layout.fit(pages);
            laid[0] = fitted.fit().fits() ? fitted.page().html() : layout.render("").html();
          } catch (IOException e) {
            laid[0] = pdfHtml; // the same document laid out once already; the PDF's page still gives a look
          }
        }
        return laid[0];
      }
    };
  }
}
