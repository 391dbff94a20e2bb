package dev.cvpress;

import dev.cvpress.model.Block;
import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.render.pdf.PdfRenderer;
import dev.cvpress.render.pdf.ResourcePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one place where the stages meet: Markdown file in, PDF bytes out. */
public final class Cvpress {
  private Cvpress() {}

  /** A style sheet given with --css is read whole; one this large is not a style sheet. */
  static final int MAX_STYLE_SHEET = (int) Theme.MAX_CSS_BYTES;
  /** Stamped into PDFs when neither SOURCE_DATE_EPOCH nor a front-matter date says otherwise. */
  static final Instant FIXED_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

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
   */
  public record Rendered(Resume resume, String html, String webHtml, String text, byte[] pdf, int pages,
      List<Diagnostic> warnings, Fit fit, Map<String, SourcePos> frontMatterKeys) {}

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
    List<Diagnostic> problems = new ArrayList<>(Check.run(input, r, maxPages));
    Boolean upToDate = null;
    if (committedPdf != null) {
      upToDate = sameBytes(committedPdf, r.pdf());
      if (!upToDate) {
        problems.add(Diagnostic.error(SourcePos.file(committedPdf.toString()),
            !Files.exists(committedPdf) ? "missing: it should be the PDF of " + input
                : !Files.isRegularFile(committedPdf) ? "not a regular file: it should be the PDF of " + input
                : "out of date: it differs from a fresh render of " + input,
            "render it again with the same options and commit it"));
      }
    }
    String text = new String(read(input), StandardCharsets.UTF_8);
    return new CheckReport(input.toString(), r.pages(),
        Diagnostic.limitRepeats(withLines(problems, input.toString(), text)), upToDate);
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
      throw new CvpressException(Diagnostic.error(SourcePos.file(rendered.resume().meta().title()),
          "could not draw the pages as images: " + e.getMessage(), null));
    }
  }

  /**
   * The outcome of fitting a résumé to a number of pages.
   *
   * @param fits whether it fits within the readability floors
   * @param pages the pages at the size chosen (or at the floors, when it does not fit)
   * @param scale the size relative to the theme's, 1.0 when nothing had to shrink
   * @param lastPageFill how full the last page is at that size, 0 to 1
   */
  public record Fit(int target, boolean fits, int pages, double scale, double fontSizePt, double lineHeight,
      double marginMm, double lastPageFill) {}

  /** Readability floors for fitting: body text never below this size, margins never below this width. */
  static final double MIN_FONT_PT = 8.5;
  static final double MIN_MARGIN_MM = 10;
  static final double MIN_LINE_HEIGHT = 1.15;

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
      try {
        theme = theme(style.theme(), resume, options.theme() != null, warnings);
      } catch (CvpressException e) {
        // A top-level `theme: true` is Hugo's or VitePress's, not a cvpress theme: warn and use the default.
        if (!resume.meta().styleFromTopLevel().contains("theme")) throw e;
        for (Diagnostic d : e.diagnostics()) warnings.add(Style.ignoredTopLevel(d.pos(), "theme", d.message(), null));
        theme = theme(null, resume, false, warnings);
      }
    } catch (CvpressException e) {
      throw new CvpressException(withLines(e.diagnostics(), file, text));
    }
    try {
      resume = arrange(Variants.select(resume, options.tags(), options.excludeTags()), style, warnings);
    } catch (CvpressException e) {
      throw new CvpressException(withLines(e.diagnostics(), file, text));
    }
    String css = style.themeCss(theme) + style.css(theme) + extraCss(options.extraCss());

    PdfRenderer.Options pdfOptions = new PdfRenderer.Options(
        baseDir, options.allowRemote(), created(options.sourceDateEpoch(), resume.meta().date()),
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
      for (PdfRenderer.Problem p : result.pdf().problems()) warnings.add(problem(resume, style, file, text, refs, p));
      String lang = resume.meta().lang();
      boolean original = style.originalDates();
      String plain = dev.cvpress.render.text.TextRenderer.render(resume,
          d -> original ? d.original() : HtmlRenderer.formatDates(d, lang));
      return new Rendered(resume, result.html(), layout.webHtml(), plain, result.pdf().pdf(), result.pdf().pages(),
          Diagnostic.limitRepeats(withLines(warnings, file, text)), fit, parsed.frontMatterKeys());
    } catch (PdfRenderer.TooManyPages e) {
      throw new CvpressException(Diagnostic.error(SourcePos.file(file),
          String.format("the résumé would be %,d pages; the limit is %d", e.pages(), PdfRenderer.MAX_PAGES),
          "a résumé is one to three pages: look for a code fence (```) left open or text pasted by mistake"));
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(SourcePos.file(file), "could not render the PDF: " + e.getMessage(),
          "check the images and fonts the résumé refers to"));
    }
  }

  private static byte[] read(Path input) throws CvpressException {
    // One byte past the limit is enough to know the file is too large; the parser says so.
    return InputFile.read(input, dev.cvpress.parse.ResumeParser.MAX_BYTES, "Markdown file",
        "check the path; `cvpress init resume.md` writes a starter résumé");
  }

  private static Path baseDir(Path input) {
    Path parent = input.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }

  private static Theme theme(String name, Resume resume, boolean fromCommandLine, List<Diagnostic> warnings)
      throws CvpressException {
    if (name == null) name = Theme.DEFAULT;
    SourcePos pos = fromCommandLine ? SourcePos.file("--theme")
        : resume.meta().stylePos().getOrDefault("theme", SourcePos.file("--theme"));
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".css")) {
        Path path;
        ResourcePolicy.Located located;
        if (fromCommandLine) {
          path = Path.of(name);
          located = ResourcePolicy.anywhere(path);
        } else {
          // A theme named by the résumé is one of its resources: a file in its folder, judged on its real path.
          Path resumeFile = Path.of(resume.meta().stylePos().getOrDefault("theme", SourcePos.file(".")).file());
          Path folder = baseDir(resumeFile);
          path = folder.resolve(name);
          located = new ResourcePolicy(folder, false).locate(path);
          ResourcePolicy.Verdict verdict = located.verdict();
          if (verdict == ResourcePolicy.Verdict.OUTSIDE || verdict == ResourcePolicy.Verdict.SPECIAL) {
            warnings.add(Diagnostic.warning(pos, "theme not loaded: " + name + " " + ResourcePolicy.why(verdict)
                + "; using the " + Theme.DEFAULT + " theme",
                "copy the style sheet into the résumé's folder, or name a built-in theme: "
                    + String.join(", ", Theme.BUILT_IN)));
            return Theme.builtIn(Theme.DEFAULT);
          }
        }
        if (located.verdict() == ResourcePolicy.Verdict.MISSING) {
          throw new CvpressException(Diagnostic.error(pos, "theme file not found: " + path,
              "give a path to a .css file, or a built-in theme: " + String.join(", ", Theme.BUILT_IN)));
        }
        if (!located.verdict().allowed()) {
          throw new CvpressException(Diagnostic.error(pos, "theme file " + path + " "
              + ResourcePolicy.why(located.verdict()), "give a path to a regular .css file"));
        }
        Theme t = Theme.file(located, path);
        if (t == null) {
          throw new CvpressException(Diagnostic.error(pos, "theme file " + path + " is larger than "
              + Theme.MAX_CSS_BYTES / 1024 + " KB", "a theme is a style sheet of a few kilobytes"));
        }
        return t;
      }
      Theme t = Theme.builtIn(name);
      if (t == null) {
        throw new CvpressException(Diagnostic.error(pos, "unknown theme `" + name + "`",
            Style.suggest(name, Theme.BUILT_IN) + "the themes are: " + String.join(", ", Theme.BUILT_IN)
                + " (see `cvpress themes`), or give a path to a .css file"));
      }
      return t;
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(pos, "cannot read theme " + name + ": " + e.getMessage(), null));
    }
  }

  private static String extraCss(Path css) throws CvpressException {
    if (css == null) return "";
    if (!Files.exists(css)) {
      throw new CvpressException(Diagnostic.error(SourcePos.file(css.toString()), "style sheet not found",
          "check the path given to --css"));
    }
    byte[] bytes = InputFile.readAll(css, MAX_STYLE_SHEET, "style sheet", "check the path given to --css");
    return "\n/* " + css.getFileName() + " */\n" + new String(bytes, StandardCharsets.UTF_8);
  }

  /** Applies {@code hide} and {@code section-order}: sections named by title or id. */
  private static Resume arrange(Resume resume, Style style, List<Diagnostic> warnings) throws CvpressException {
    if (style.hide().isEmpty() && style.sectionOrder().isEmpty()) return resume;
    List<Diagnostic> unknown = new ArrayList<>();
    List<String> titles = resume.sections().stream().map(Section::title).filter(t -> !t.isBlank()).toList();
    for (String key : List.of("hide", "section-order")) {
      List<String> names = key.equals("hide") ? style.hide() : style.sectionOrder();
      for (String name : names) {
        if (resume.sections().stream().noneMatch(s -> names(s, name))) {
          SourcePos at = resume.meta().stylePos().getOrDefault(key, SourcePos.file("style." + key));
          String message = "style." + key + ": no section is called `" + name + "`";
          String hint = Style.suggest(name, titles) + "the sections are: " + String.join(", ", titles);
          if (resume.meta().styleFromTopLevel().contains(key)) warnings.add(Style.ignoredTopLevel(at, key, message, hint));
          else unknown.add(Diagnostic.error(at, message, hint));
        }
      }
    }
    if (!unknown.isEmpty()) throw new CvpressException(unknown);
    List<Section> kept = new ArrayList<>();
    for (Section s : resume.sections()) {
      if (style.hide().stream().noneMatch(h -> names(s, h))) kept.add(s);
    }
    List<Section> ordered = new ArrayList<>();
    for (String wanted : style.sectionOrder()) {
      for (Section s : kept) if (names(s, wanted) && !ordered.contains(s)) ordered.add(s);
    }
    for (Section s : kept) if (!ordered.contains(s)) ordered.add(s);
    return new Resume(resume.meta(), resume.header(), resume.intro(), ordered);
  }

  private static boolean names(Section s, String name) {
    return s.title().equalsIgnoreCase(name.strip()) || s.id().equalsIgnoreCase(name.strip());
  }

  /** The last moment a PDF date can hold: its year has four digits. */
  static final Instant LAST_STAMPABLE = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The date to stamp: SOURCE_DATE_EPOCH, else the front matter's date, else a fixed epoch. A date before 1970 or
   * after the year 9999 (which no PDF date can hold) is passed over for the next.
   */
  static Instant created(Long sourceDateEpoch, String frontMatterDate) {
    if (sourceDateEpoch != null && sourceDateEpoch >= 0 && sourceDateEpoch <= LAST_STAMPABLE.getEpochSecond()) {
      return Instant.ofEpochSecond(sourceDateEpoch);
    }
    Instant date = frontMatterDate == null ? null : parseDate(frontMatterDate);
    return date != null && !date.isBefore(Instant.EPOCH) && !date.isAfter(LAST_STAMPABLE) ? date : FIXED_EPOCH;
  }

  private static Instant parseDate(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        return null; // not a date a machine can read
      }
    }
  }

  /**
   * A warning for something the PDF lacks, placed where the résumé has it: a resource at the image (or the
   * {@code photo:}, {@code style.font} or {@code style.theme} line) that refers to it, a character at its first use.
   */
  private static Diagnostic problem(Resume resume, Style style, String file, String text,
      References refs, PdfRenderer.Problem problem) {
    SourcePos pos = SourcePos.file(file);
    if (problem.codePoint() >= 0) {
      pos = firstUse(file, text, problem.codePoint());
    } else if (problem.uri() != null) {
      String uri = problem.uri();
      SourcePos image = refs.image(uri);
      Map<String, SourcePos> stylePos = resume.meta().stylePos();
      if (image != null) {
        pos = image;
      } else if (style.fontFile() != null && uri.equals(style.fontFile().toString())) {
        pos = stylePos.getOrDefault("font", pos);
      } else if (style.theme() != null && !Style.fromCommandLine(resume.meta(), "theme")) {
        pos = stylePos.getOrDefault("theme", pos); // a url() or @import in the résumé's own style sheet
      }
    }
    return Diagnostic.warning(pos, problem.message(), problem.hint());
  }

  /** Where a character first appears in the source, counting columns in characters as editors do. */
  private static SourcePos firstUse(String file, String text, int codePoint) {
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normal = normal.replace("\r\n", "\n").replace('\r', '\n');
    int at = normal.indexOf(new String(Character.toChars(codePoint)));
    if (at < 0) return SourcePos.file(file);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (normal.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, normal.codePointCount(lineStart, at) + 1);
  }

  /** The sources of the images a résumé shows, its photo first, as written: files an output must not replace. */
  public static List<String> imageSources(Resume resume) {
    List<String> out = new ArrayList<>();
    if (resume.header().photo() != null) out.add(resume.header().photo());
    List<Inline.Image> images = new ArrayList<>();
    collectImages(resume, images);
    for (Inline.Image i : images) out.add(i.src());
    return out;
  }

  private static void collectImages(Resume resume, List<Inline.Image> out) {
    List<Block> all = new ArrayList<>(resume.intro());
    for (Section s : resume.sections()) all.addAll(s.blocks());
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      if (b instanceof Block.Image img) out.add(new Inline.Image(img.src(), img.alt(), img.pos()));
      else if (b instanceof Entry e) all.addAll(e.body());
      else if (b instanceof Block.Quote q) all.addAll(q.blocks());
      else if (b instanceof Block.BulletList l) {
        for (Block.ListItem item : l.items()) {
          all.addAll(item.children());
          images(item.text(), out);
        }
      } else if (b instanceof Block.Paragraph p) images(p.inlines(), out);
    }
  }

  private static void images(List<Inline> inlines, List<Inline.Image> out) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Image img) out.add(img);
      else if (i instanceof Inline.Link l) images(l.children(), out);
      else if (i instanceof Inline.Emph e) images(e.children(), out);
      else if (i instanceof Inline.Strong s) images(s.children(), out);
    }
  }

  /** Attaches the source line to each diagnostic of this file, for the caret display. */
  static List<Diagnostic> withLines(List<Diagnostic> diagnostics, String file, String text) {
    String[] lines = null;
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.sourceLine() == null && d.pos().line() > 0 && d.pos().file().equals(file)) {
        if (lines == null) lines = text.replace("\r\n", "\n").split("\n", -1);
        if (d.pos().line() <= lines.length) d = d.withSourceLine(lines[d.pos().line() - 1].replace("\uFEFF", ""));
      }
      out.add(d);
    }
    return out;
  }
}
