package dev.cvpress.layout;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Document;
import dev.cvpress.model.Letter;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.render.pdf.Streams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Lays out one résumé with its theme and options, as often as fitting it to a page count takes. */
public final class Layout {
  private final Document resume;
  private final Style style;
  private final Theme theme;
  private final String css;
  private final Path baseDir;
  private final PdfRenderer.Options pdfOptions;
  /** One for all the layouts of this résumé: each image, style sheet and download is read once. */
  private final Streams streams;

  public Layout(Document resume, Style style, Theme theme, String css, Path baseDir, PdfRenderer.Options pdfOptions) {
    this.resume = resume;
    this.style = style;
    this.theme = theme;
    this.css = css;
    this.baseDir = baseDir;
    this.pdfOptions = pdfOptions.withOutline(HtmlRenderer.outline(resume));
    this.streams = new Streams(pdfOptions.resourceRoot(), pdfOptions.allowRemote());
  }

  public record Page(String html, PdfRenderer.Result pdf) {}

  /** A layout and what fitting it did; {@code fit} is null when no page count was asked for and none was saved. */
  public record Fitted(Page page, Fit fit) {}

  /**
   * Lays the résumé out as its style asks: fitted to {@code fit-pages}, or at the theme's sizes with a last page of
   * a few lines pulled back (unless {@code pull-back} is off). A layout that fails is an error of {@code file}.
   */
  public Fitted lay(String file) throws CvpressException {
    try {
      if (style.fitPages() != null) return fit(style.fitPages());
      // A cover letter is one page: fitted to it, within the same floors, unless another count is asked for. One
      // that cannot fit is set at the theme's sizes rather than at the floors; `check` says it is too long.
      if (resume instanceof Letter) {
        Fitted one = fit(1);
        return one.fit().fits() ? one : new Fitted(render(""), null);
      }
      Page page = render("");
      return style.valueOrDefault(StyleOptions.PULL_BACK) ? pullBack(page) : new Fitted(page, null);
    } catch (PdfRenderer.TooManyPages e) {
      throw new CvpressException(Diagnostic.error(Code.TOO_MANY_PAGES, SourcePos.file(file),
          String.format("the résumé would be %,d pages; the limit is %d", e.pages(), PdfRenderer.MAX_PAGES),
          "a résumé is one to three pages: look for a code fence (```) left open or text pasted by mistake"));
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.RENDER_FAILED, SourcePos.file(file),
          "could not render the PDF: " + e.getMessage(),
          "check the images and fonts the résumé refers to"));
    }
  }

  /** Renders with {@code extraCss} after everything else; the "page X of Y" footer only on multi-page output. */
  public Page render(String extraCss) throws IOException {
    // The footer lives in the page margin, so adding or removing it never changes the page count: lay out with
    // it, and write that layout when there is more than one page. A single page is laid out again without it
    // and only that layout is written (the engine cannot take a margin box out of a laid-out page). A résumé
    // short enough to be one page is laid out without the footer first: when it is one page, that is the layout
    // written, and the one with the footer is never made.
    String html = html(extraCss);
    if (textLength(html) < LIKELY_ONE_PAGE) {
      try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions, streams)) {
        if (laid.pages() == 1) return new Page(html, laid.write());
      }
    }
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions.withPageFooter(true),
        streams)) {
      if (laid.pages() > 1) return new Page(html, laid.write());
    }
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions, streams)) {
      return new Page(html, laid.write());
    }
  }

  /**
   * Characters of text (spaces left out) under which a résumé is taken to be one page, to lay it out without the
   * footer first. In the themes' sizes a full page holds about 2,000 to 2,500 (examples/jane-doe.md, one full
   * page, has 2,000; examples/about-me.md, two pages, 4,600); a guess that is wrong costs one layout more, never a
   * different PDF.
   */
  static final int LIKELY_ONE_PAGE = 2_400;

  /** About how many characters of text the document's body holds: what is outside its tags, spaces left out. */
  static int textLength(String html) {
    int body = html.indexOf("<body");
    int count = 0;
    boolean inTag = false;
    for (int i = Math.max(0, body); i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') inTag = true;
      else if (c == '>') inTag = false;
      else if (!inTag && !Character.isWhitespace(c)) count++;
    }
    return count;
  }

  /** The résumé as a web page: same theme and options, screen rules, no icons (a browser lacks their font). */
  public String webHtml() {
    return HtmlRenderer.render(resume, new HtmlRenderer.Options(css, style.originalDates(), false,
        theme.layout().equals("sidebar"), true, src -> streams.shows(baseDir.toUri(), src), theme.measure()));
  }

  private String html(String extraCss) {
    return HtmlRenderer.render(resume, new HtmlRenderer.Options(css + extraCss, style.originalDates(),
        style.icons(), theme.layout().equals("sidebar"), false, src -> true, theme.measure()));
  }

  /**
   * Shrinks type, leading and margins together, from the theme's sizes towards the readability floors, to the
   * least shrinking that fits {@code target} pages. A binary search over the shrink amount: pages only grow
   * as the type grows.
   */
  public Fitted fit(int target) throws IOException {
    // The search only needs page counts: it lays out without writing, and only the answer is written.
    if (pages("") <= target) return fitted(target, true, "", 0);
    if (pages(shrink(1)) > target) return fitted(target, false, shrink(1), 1);
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 6; i++) {
      double mid = (lo + hi) / 2;
      if (pages(shrink(mid)) <= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return fitted(target, true, shrink(hi), hi);
  }

  /**
   * Pulls a last page of a few lines (under {@link Fit#FEW_LINES} of its height) back onto the page before: the
   * least tightening of leading, margins and type (with the spaces the themes set in rem) that saves the page,
   * each within the small range {@link Fit} gives and never past the readability floors. When even the most
   * cannot save it, {@code laid} is kept as it is.
   */
  public Fitted pullBack(Page laid) throws IOException {
    int from = laid.pdf().pages();
    if (from < 2 || laid.pdf().lastPageFill() >= Fit.FEW_LINES) return new Fitted(laid, null);
    int target = from - 1;
    if (pages(pull(1)) > target) return new Fitted(laid, null);
    double lo = 0;
    double hi = 1;
    // An eighth of the range is finer than the eye can tell apart (0.01 of leading, 0.4 mm of margin).
    for (int i = 0; i < 3; i++) {
      double mid = (lo + hi) / 2;
      if (pages(pull(mid)) <= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Page page = render(pull(hi));
    double[] margins = pulledMargins(hi);
    return new Fitted(page, new Fit(target, true, page.pdf().pages(), pulledFontSize(hi) / fontSize(0),
        pulledFontSize(hi), pulledLineHeight(hi), margins[1], page.pdf().lastPageFill(), from));
  }

  /** CSS for a pull-back amount t: 0 is the theme's own spacing, 1 the most a pull-back may take. */
  private String pull(double t) {
    return css("pull back", pulledFontSize(t), pulledLineHeight(t), pulledMargins(t));
  }

  private double pulledFontSize(double t) {
    double base = fontSize(0);
    return base <= Fit.MIN_FONT_PT ? base : Math.max(Fit.MIN_FONT_PT, base * (1 - Fit.PULL_BACK_TYPE * t));
  }

  private double pulledLineHeight(double t) {
    double base = lineHeight(0);
    return base <= Fit.MIN_LINE_HEIGHT ? base : Math.max(Fit.MIN_LINE_HEIGHT, base - Fit.PULL_BACK_LEADING * t);
  }

  private double[] pulledMargins(double t) {
    double[] out = margins(0);
    for (int i = 0; i < 4; i++) {
      if (out[i] > Fit.MIN_MARGIN_MM) out[i] = Math.max(Fit.MIN_MARGIN_MM, out[i] - Fit.PULL_BACK_MARGIN_MM * t);
    }
    return out;
  }

  /** The number of pages with {@code extraCss}, from a layout that is not written. */
  private int pages(String extraCss) throws IOException {
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html(extraCss), baseDir.toUri(),
        pdfOptions.withPageFooter(true), streams)) {
      return laid.pages();
    }
  }

  private Fitted fitted(int target, boolean fits, String extraCss, double t) throws IOException {
    Page page = render(extraCss);
    return new Fitted(page, fit(target, fits, page, t));
  }

  private Fit fit(int target, boolean fits, Page page, double t) {
    return new Fit(target, fits, page.pdf().pages(), fontSize(t) / fontSize(0), fontSize(t), lineHeight(t),
        margins(t)[1], page.pdf().lastPageFill(), 0);
  }

  /** CSS for a shrink amount t: 0 is the theme's own size, 1 the readability floors. */
  private String shrink(double t) {
    return css("fit", fontSize(t), lineHeight(t), margins(t));
  }

  private static String css(String comment, double fontSize, double lineHeight, double[] m) {
    return String.format(Locale.ROOT, "%n/* %s */%nhtml { font-size: %.2fpt; }%nbody { line-height: %.3f; }%n"
        + "@page { margin: %.1fmm %.1fmm %.1fmm %.1fmm; }%n", comment, fontSize, lineHeight, m[0], m[1], m[2], m[3]);
  }

  private double fontSize(double t) {
    double base = style.fontSizePt() != null ? style.fontSizePt() : theme.fontSizePt();
    return towards(base, Fit.MIN_FONT_PT, t);
  }

  private double lineHeight(double t) {
    double base = style.lineHeight() != null ? style.lineHeight() : theme.lineHeight();
    return towards(base, Fit.MIN_LINE_HEIGHT, t);
  }

  private double[] margins(double t) {
    double[] base = style.margins() != null ? Style.marginsMm(style.margins()) : theme.marginsMm();
    // A sidebar theme draws its column in the left margin, which stays where the theme put it (as style.margins).
    if (theme.layout().equals("sidebar")) base[3] = theme.marginsMm()[3];
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) out[i] = towards(base[i], Fit.MIN_MARGIN_MM, t);
    return out;
  }

  /** Moves from {@code base} towards {@code floor} by t, never past the floor and never growing. */
  private static double towards(double base, double floor, double t) {
    return base <= floor ? base : base + (floor - base) * t;
  }
}
