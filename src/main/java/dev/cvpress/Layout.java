package dev.cvpress;

import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Lays out one résumé with its theme and options, as often as fitting it to a page count takes. */
final class Layout {
  private final Resume resume;
  private final Style style;
  private final Theme theme;
  private final String css;
  private final Path baseDir;
  private final PdfRenderer.Options pdfOptions;

  Layout(Resume resume, Style style, Theme theme, String css, Path baseDir, PdfRenderer.Options pdfOptions) {
    this.resume = resume;
    this.style = style;
    this.theme = theme;
    this.css = css;
    this.baseDir = baseDir;
    this.pdfOptions = pdfOptions;
  }

  record Page(String html, PdfRenderer.Result pdf) {}

  record Fitted(Page page, Cvpress.Fit fit) {}

  /** Renders with {@code extraCss} after everything else; the "page X of Y" footer only on multi-page output. */
  Page render(String extraCss) throws IOException {
    // The footer lives in the page margin, so adding or removing it never changes the page count: lay out with
    // it, and write that layout when there is more than one page. A single page is laid out again without it
    // and only that layout is written (the engine cannot take a margin box out of a laid-out page).
    String html = html(extraCss, true);
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions)) {
      if (laid.pages() > 1) return new Page(html, laid.write());
    }
    html = html(extraCss, false);
    try (PdfRenderer.Laid laid = PdfRenderer.layout(html, baseDir.toUri(), pdfOptions)) {
      return new Page(html, laid.write());
    }
  }

  /** The résumé as a web page: same theme and options, screen rules, no icons (a browser lacks their font). */
  String webHtml() {
    return HtmlRenderer.render(resume, new HtmlRenderer.Options(css, style.originalDates(), false, false,
        theme.layout().equals("sidebar"), true));
  }

  private String html(String extraCss, boolean footer) {
    return HtmlRenderer.render(resume, new HtmlRenderer.Options(css + extraCss, style.originalDates(), footer,
        style.icons(), theme.layout().equals("sidebar")));
  }

  /**
   * Shrinks type, leading and margins together, from the theme's sizes towards the readability floors, to the
   * least shrinking that fits {@code target} pages. A binary search over the shrink amount: pages only grow
   * as the type grows.
   */
  Fitted fit(int target) throws IOException {
    Page natural = render("");
    if (natural.pdf().pages() <= target) {
      return new Fitted(natural, fit(target, true, natural, 0));
    }
    Page smallest = render(shrink(1));
    if (smallest.pdf().pages() > target) {
      return new Fitted(smallest, fit(target, false, smallest, 1));
    }
    double lo = 0;
    double hi = 1;
    Page best = smallest;
    for (int i = 0; i < 6; i++) {
      double mid = (lo + hi) / 2;
      Page p = render(shrink(mid));
      if (p.pdf().pages() <= target) {
        hi = mid;
        best = p;
      } else {
        lo = mid;
      }
    }
    return new Fitted(best, fit(target, true, best, hi));
  }

  private Cvpress.Fit fit(int target, boolean fits, Page page, double t) {
    return new Cvpress.Fit(target, fits, page.pdf().pages(), fontSize(t) / fontSize(0), fontSize(t), lineHeight(t),
        margins(t)[1], page.pdf().lastPageFill());
  }

  /** CSS for a shrink amount t: 0 is the theme's own size, 1 the readability floors. */
  private String shrink(double t) {
    double[] m = margins(t);
    return String.format(Locale.ROOT,
        "%n/* fit */%nhtml { font-size: %.2fpt; }%nbody { line-height: %.3f; }%n@page { margin: %.1fmm %.1fmm %.1fmm %.1fmm; }%n",
        fontSize(t), lineHeight(t), m[0], m[1], m[2], m[3]);
  }

  private double fontSize(double t) {
    double base = style.fontSizePt() != null ? style.fontSizePt() : theme.fontSizePt();
    return towards(base, Cvpress.MIN_FONT_PT, t);
  }

  private double lineHeight(double t) {
    double base = style.lineHeight() != null ? style.lineHeight() : theme.lineHeight();
    return towards(base, Cvpress.MIN_LINE_HEIGHT, t);
  }

  private double[] margins(double t) {
    double[] base = style.margins() != null ? Style.marginsMm(style.margins()) : theme.marginsMm();
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) out[i] = towards(base[i], Cvpress.MIN_MARGIN_MM, t);
    return out;
  }

  private static final AtomicBoolean WARMING = new AtomicBoolean();

  /** A résumé small enough to render in no time, using what most résumés use: front matter, entries, icons. */
  private static final String WARM_UP = """
      ---
      name: Warm Up
      email: warm@example.com
      website: https://example.com
      ---

      Engineer.

      ## Experience

      ### Engineer — Example (https://example.com) | 2020 – Present

      - Made **things** *faster*, with `code` and [a link](https://example.com).
      """;

  /**
   * Starts, once per process, a render of a tiny résumé on a background thread. A fresh JVM spends most of its
   * first render loading and initialising classes and parsing fonts; on a second core this happens while the
   * command line is read and the résumé parsed, and the real render finds it done. Nothing it meets matters:
   * the real render meets the same and reports it. {@code -Dcvpress.warmUp=false} turns it off.
   */
  static void warmUp() {
    if (!Boolean.parseBoolean(System.getProperty("cvpress.warmUp", "true")) || WARMING.getAndSet(true)) return;
    if (Runtime.getRuntime().availableProcessors() < 2) return; // it would only take turns with the real render
    Thread t = new Thread(Layout::warm, "cvpress-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void warm() {
    try {
      Resume resume = ResumeParser.parse("warm-up.md", WARM_UP.getBytes(StandardCharsets.UTF_8), Map.of()).resume();
      Path dir = Path.of("").toAbsolutePath();
      Style style = Style.read(resume.meta(), dir);
      Theme theme = Theme.builtIn(Theme.DEFAULT);
      PdfRenderer.Options options = new PdfRenderer.Options(dir, false, Cvpress.FIXED_EPOCH, "cvpress", null,
          Style.USER_FONT);
      new Layout(resume, style, theme, style.themeCss(theme) + style.css(theme), dir, options).render("");
    } catch (CvpressException | IOException | RuntimeException | LinkageError | StackOverflowError e) {
      // best effort only: see above
    }
  }

  /** Moves from {@code base} towards {@code floor} by t, never past the floor and never growing. */
  private static double towards(double base, double floor, double t) {
    return base <= floor ? base : base + (floor - base) * t;
  }
}
