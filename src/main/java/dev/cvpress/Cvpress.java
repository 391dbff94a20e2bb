package dev.cvpress;

import dev.cvpress.check.Check;
import dev.cvpress.check.References;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.files.InputFile;
import dev.cvpress.layout.Fit;
import dev.cvpress.layout.Layout;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.pdf.CreationDate;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.style.Style;
import dev.cvpress.style.Theme;
import dev.cvpress.style.Themes;
import dev.cvpress.transform.SectionOrder;
import dev.cvpress.transform.Variants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place where the stages meet: Markdown file in, PDF bytes out. */
public final class Cvpress {
  private Cvpress() {}

  /** A style sheet given with --css is read whole; one this large is not a style sheet. */
  static final int MAX_STYLE_SHEET = (int) Theme.MAX_CSS_BYTES;

  /**
   * What to render and how.
   *
   * @param theme a built-in theme name or a path to a .css file; null for the front matter's or the default
   * @param extraCss a style sheet applied after the theme; may be null
   * @param set {@code key=value} overrides of front matter and style options
   * @param sourceDateEpoch the SOURCE_DATE_EPOCH of the environment, or null
   * @param tags select content tagged with any of these (untagged content is always in)
   * @param excludeTags leave out content tagged with any of these
   * @param pdfA write PDF/A-2u (archival) on top of the tagged PDF
   */
  public record Options(String theme, Path extraCss, Map<String, String> set, boolean allowRemote,
      Long sourceDateEpoch, java.util.Set<String> tags, java.util.Set<String> excludeTags, boolean pdfA) {
    public Options {
      set = set == null ? Map.of() : Map.copyOf(set);
      tags = tags == null ? java.util.Set.of() : java.util.Set.copyOf(tags);
      excludeTags = excludeTags == null ? java.util.Set.of() : java.util.Set.copyOf(excludeTags);
    }

    public Options(String theme, Path extraCss, Map<String, String> set, boolean allowRemote, Long sourceDateEpoch) {
      this(theme, extraCss, set, allowRemote, sourceDateEpoch, null, null, false);
    }

    public static Options defaults() {
      return new Options(null, null, Map.of(), false, null);
    }
  }

  /**
   * A rendered résumé.
   *
   * @param html the XHTML the PDF was laid out from
   * @param webHtml a standalone web page of the résumé (CSS inlined, no print-only parts)
   * @param text the résumé as plain text
   * @param fit what fitting to a page count did; null when no fit was asked for
   * @param frontMatterKeys the front-matter keys as written, with where they are
   * @param imageSources the images the résumé shows, its photo first, as written: files an output must not replace
   */
  public record Rendered(Resume resume, String html, String webHtml, String text, byte[] pdf, int pages,
      List<Diagnostic> warnings, Fit fit, Map<String, SourcePos> frontMatterKeys, List<String> imageSources) {}

  /**
   * What {@code check} found.
   *
   * @param problems everything worth fixing, in source order; empty when the résumé is clean
   * @param upToDate for a check against a committed PDF: whether it is byte-identical to a fresh render
   */
  public record CheckReport(String file, int pages, List<Diagnostic> problems, Boolean upToDate) {
    public boolean clean() {
      return problems.isEmpty() && !Boolean.FALSE.equals(upToDate);
    }
  }

  /**
   * Renders in memory and reports problems a recruiter, an applicant tracking system or a print shop would hit.
   *
   * @param maxPages fail when longer; null for no limit
   * @param committedPdf a PDF that should be the current output of this résumé; null to skip
   */
  public static CheckReport check(Path input, Options options, Integer maxPages, Path committedPdf)
      throws CvpressException {
    Rendered r = render(input, options);
    List<Diagnostic> problems = new ArrayList<>(Check.run(input, new Check.Subject(r.resume(), r.pdf(), r.pages(), r.warnings(),
        r.frontMatterKeys()), maxPages));
    Boolean upToDate = null;
    if (committedPdf != null) {
      upToDate = sameBytes(committedPdf, r.pdf());
      if (!upToDate) {
        problems.add(Diagnostic.error(Code.COMMITTED_PDF_STALE, SourcePos.file(committedPdf.toString()),
            !Files.exists(committedPdf) ? "missing: it should be the PDF of " + input
                : !Files.isRegularFile(committedPdf) ? "not a regular file: it should be the PDF of " + input
                : "out of date: it differs from a fresh render of " + input,
            "render it again with the same options and commit it"));
      }
    }
    String text = new String(read(input), StandardCharsets.UTF_8);
    return new CheckReport(input.toString(), r.pages(),
        Diagnostic.limitRepeats(SourceLines.attach(problems, input.toString(), text)), upToDate);
  }

  /** Whether a regular file holds exactly these bytes; read only when its size matches. */
  private static boolean sameBytes(Path file, byte[] expected) {
    try {
      // A pipe or a device there could block or never end: it is never opened.
      if (!Files.isRegularFile(file) || Files.size(file) != expected.length) return false;
      return java.util.Arrays.equals(InputFile.read(file, expected.length, "PDF", null), expected);
    } catch (IOException | CvpressException e) {
      return false;
    }
  }

  /** PNG images of the PDF's pages. */
  public static List<byte[]> png(Rendered rendered, int dpi) throws CvpressException {
    try {
      return PdfRenderer.pagesAsPng(rendered.pdf(), dpi, rendered.pages());
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.RENDER_FAILED, SourcePos.file(rendered.resume().meta().title()),
          "could not draw the pages as images: " + e.getMessage(), null));
    }
  }

  public static String version() {
    String v = Cvpress.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** The built-in themes. */
  public static List<Theme> themes() {
    try {
      return Theme.builtIns();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Rendered render(Path input, Options options) throws CvpressException {
    String file = input.toString();
    byte[] bytes = read(input);
    Map<String, String> overrides = new LinkedHashMap<>(options.set());
    if (options.theme() != null) overrides.put("style.theme", options.theme());
    ResumeParser.Result parsed;
    parsed = ResumeParser.parse(file, bytes, overrides);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Path baseDir = baseDir(input);
    Resume resume = parsed.resume();
    Style style;
    Theme theme;
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    try {
      style = Style.read(resume.meta(), baseDir, warnings);
      theme = Themes.choose(style, resume.meta(), options.theme() != null, warnings);
    } catch (CvpressException e) {
      throw new CvpressException(SourceLines.attach(e.diagnostics(), file, text));
    }
    try {
      resume = SectionOrder.arrange(Variants.select(resume, options.tags(), options.excludeTags()), style, warnings);
    } catch (CvpressException e) {
      throw new CvpressException(SourceLines.attach(e.diagnostics(), file, text));
    }
    String css = style.themeCss(theme) + style.css(theme) + extraCss(options.extraCss());

    PdfRenderer.Options pdfOptions = new PdfRenderer.Options(
        baseDir, options.allowRemote(), CreationDate.of(options.sourceDateEpoch(), resume.meta().date()),
        "cvpress " + version(), style.fontFile(), Style.USER_FONT, options.pdfA(),
        Style.fromCommandLine(resume.meta(), "font"));
    Layout layout = new Layout(resume, style, theme, css, baseDir, pdfOptions);
    try {
      Layout.Page result;
      Fit fit = null;
      if (style.fitPages() != null) {
        Layout.Fitted fitted = layout.fit(style.fitPages());
        result = fitted.page();
        fit = fitted.fit();
      } else {
        result = layout.render("");
      }
      References refs = References.of(resume, file, text, parsed.frontMatterKeys(), baseDir.toUri());
      refs.warnAboutLinks(warnings);
      for (PdfRenderer.Problem p : result.pdf().problems()) warnings.add(refs.place(p, style, resume.meta(), text));
      String lang = resume.meta().lang();
      boolean original = style.originalDates();
      String plain = dev.cvpress.render.text.TextRenderer.render(resume,
          d -> original ? d.original() : HtmlRenderer.formatDates(d, lang));
      return new Rendered(resume, result.html(), layout.webHtml(), plain, result.pdf().pdf(), result.pdf().pages(),
          Diagnostic.limitRepeats(SourceLines.attach(warnings, file, text)), fit, parsed.frontMatterKeys(),
          refs.imageSources());
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

  private static byte[] read(Path input) throws CvpressException {
    // One byte past the limit is enough to know the file is too large; the parser says so.
    return InputFile.read(input, dev.cvpress.parse.ResumeParser.MAX_BYTES, "Markdown file",
        "check the path; `cvpress init resume.md` writes a starter résumé");
  }

  private static Path baseDir(Path input) {
    return Themes.folder(input);
  }

  private static String extraCss(Path css) throws CvpressException {
    if (css == null) return "";
    if (!Files.exists(css)) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file(css.toString()),
          "style sheet not found",
          "check the path given to --css"));
    }
    byte[] bytes = InputFile.readAll(css, MAX_STYLE_SHEET, "style sheet", "check the path given to --css");
    return "\n/* " + css.getFileName() + " */\n" + new String(bytes, StandardCharsets.UTF_8);
  }
}
