package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.layout.Fit;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders one input and writes the outputs asked for; shared by {@code render} and {@code build}. */
final class RenderJob {
  private RenderJob() {}

  /**
   * @param formats the outputs to write, in the order of the registry
   * @param maxPages fail the check (exit 3, nothing written) when longer; null for no limit
   */
  record Settings(Options options, Set<OutputFormat> formats, int dpi, Integer maxPages, Cvpress.Input stdin,
      OutputStream stdout) {
    Settings(Options options, Set<OutputFormat> formats, int dpi, Integer maxPages) {
      this(options, formats, dpi, maxPages, null, null);
    }
  }

  /** The input {@code -} (the résumé on standard input) and the output base {@code -} (standard output). */
  static final Path STANDARD = Path.of("-");

  static Batch.Result run(Batch.Job job, Settings settings) throws CvpressException {
    long start = System.nanoTime();
    boolean fromStdin = job.input().equals(STANDARD) && settings.stdin() != null;
    Rendered r = fromStdin ? Cvpress.render(settings.stdin(), settings.options())
        : Cvpress.render(job.input(), settings.options());
    String shown = fromStdin ? settings.stdin().file().toString() : job.input().toString();
    List<Diagnostic> problems = pageProblems(shown, r, settings.maxPages());
    if (!problems.isEmpty()) return Batch.Result.checkFailed(job, r.warnings(), problems);
    if (job.base().equals(STANDARD) && settings.stdout() != null) return toStdout(job, settings, r, shown, start);

    List<Path> written = new ArrayList<>();
    Set<Path> images = images(job.input(), r);
    // Every format is written before any replaces what was there: a failure on one leaves all of them untouched.
    try (OutputFile files = new OutputFile()) {
      for (OutputFormat format : OutputFormat.values()) {
        if (!settings.formats().contains(format)) continue;
        List<byte[]> contents = format.write(r, settings.dpi());
        for (int i = 0; i < contents.size(); i++) {
          written.add(stage(files, job.file(format, i + 1), contents.get(i), images, job));
        }
      }
      files.commit();
    }
    StringBuilder line = new StringBuilder();
    line.append(shown).append(" -> ").append(written.get(0));
    // Each output by the same path as the first: they may sit in a folder of their own (-d out/), and a reader or
    // a script takes every name on the line as a path.
    for (int i = 1; i < written.size(); i++) line.append(", ").append(written.get(i));
    return Batch.Result.ok(job, r.warnings(), summary(line, r, start, settings.formats()), written, r.pages());
  }

  /** Writes the one output asked for to standard output, as it is ({@code -o -}). */
  private static Batch.Result toStdout(Batch.Job job, Settings settings, Rendered r, String shown, long start)
      throws CvpressException {
    OutputFormat format = settings.formats().iterator().next();
    try {
      for (byte[] content : format.write(r, settings.dpi())) settings.stdout().write(content);
      settings.stdout().flush();
    } catch (java.io.IOException e) {
      throw new CvpressException(Diagnostic.error(Code.OUTPUT_FAILED, SourcePos.file(shown),
          "cannot write to standard output: " + e.getMessage(), "check what reads cvpress's output"));
    }
    return Batch.Result.ok(job, r.warnings(), summary(new StringBuilder(shown + " -> standard output"), r, start,
        Set.of(format)));
  }

  /**
   * The report line's end: pages, time, fitting and warnings. Pages only when a file written has them as laid out
   * here (a PDF, its page images): a Word processor or a browser sets the other formats' pages itself.
   */
  private static String summary(StringBuilder line, Rendered r, long start, Set<OutputFormat> formats) {
    long ms = (System.nanoTime() - start) / 1_000_000;
    line.append(" (");
    if (formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.PNG)) {
      line.append(r.pages()).append(r.pages() == 1 ? " page, " : " pages, ");
    }
    line.append(ms).append(" ms");
    Fit fit = r.fit();
    if (fit != null && fit.pulledBack()) {
      line.append(", pulled back from ").append(fit.pulledBackFrom()).append(" pages");
    } else if (fit != null && fit.scale() < 0.999) {
      // Whole percents, but a real shrink never reads as "100%".
      long percent = Math.min(99, Math.round(fit.scale() * 100));
      line.append(String.format(Locale.ROOT, ", fitted at %d%%: body %.1f pt, margins %.0f mm",
          percent, fit.fontSizePt(), fit.marginMm()));
    }
    int w = r.warnings().size();
    if (w > 0) line.append(", ").append(w).append(w == 1 ? " warning" : " warnings");
    line.append(')');
    return line.toString();
  }

  /** SOURCE_DATE_EPOCH from the environment, in seconds; null when unset or not a number (with a warning). */
  static Long sourceDateEpoch(java.util.Map<String, String> env, java.io.PrintWriter err) {
    String v = env.get("SOURCE_DATE_EPOCH");
    if (v == null || v.isBlank()) return null;
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      err.println("cvpress: warning: SOURCE_DATE_EPOCH is not a number of seconds ("
          + dev.cvpress.diag.Diagnostic.escape(v, false) + "); ignored");
      return null;
    }
  }

  /** A fit that failed, or a page limit exceeded: both mean exit 3. */
  private static List<Diagnostic> pageProblems(String file, Rendered r, Integer maxPages) {
    List<Diagnostic> problems = new ArrayList<>();
    Fit fit = r.fit();
    if (fit != null && !fit.fits()) {
      // About 75 lines of body text fill a page at the smallest readable size.
      int lines = Math.max(1, (int) Math.ceil(fit.lastPageFill() * 75));
      problems.add(Diagnostic.error(Code.DOES_NOT_FIT, SourcePos.file(file), String.format(Locale.ROOT,
          "does not fit on %d page%s: at the smallest readable size (body %.1f pt, margins %.0f mm) it takes %d"
              + " pages, the last one %.0f%% full", fit.target(), fit.target() == 1 ? "" : "s", fit.fontSizePt(),
          fit.marginMm(), fit.pages(), fit.lastPageFill() * 100),
          "cut about " + lines + " lines, or allow --fit-pages " + fit.pages()));
    }
    if (maxPages != null && r.pages() > maxPages) {
      problems.add(Diagnostic.error(Code.PAGE_LIMIT, SourcePos.file(file),
          r.pages() + " pages, more than --max-pages " + maxPages,
          "cut content, or use --fit-pages " + maxPages + " to shrink it to fit"));
    }
    return problems;
  }

  /** The local image files a rendered résumé shows, as {@link OutputPlan#resolved} gives them. */
  private static Set<Path> images(Path input, Rendered r) {
    Set<Path> files = new java.util.HashSet<>();
    Path folder = input.toAbsolutePath().getParent();
    for (String src : r.imageSources()) {
      try {
        java.net.URI uri = new java.net.URI(src.replace(" ", "%20"));
        Path file = "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri)
            : uri.getScheme() == null && uri.getPath() != null && !uri.getPath().isEmpty()
                ? folder.resolve(uri.getPath()) : null;
        if (file != null) files.add(OutputPlan.resolved(file));
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        // not a file the PDF engine could open either
      }
    }
    return files;
  }

  /**
   * Stages one output, unless it would replace a file the résumé shows: an image named like an output (cv-1.png
   * beside cv.md, a certificate cv.pdf shown as a picture) is an input of this render, never an output.
   */
  private static Path stage(OutputFile files, Path target, byte[] content, Set<Path> images, Batch.Job job)
      throws CvpressException {
    if (images.contains(OutputPlan.resolved(target))) {
      throw new CvpressException(Diagnostic.error(Code.OUTPUT_OVERWRITES_INPUT,
          SourcePos.file(job.input().toString()), target
          + " would overwrite an image the résumé shows", "write the outputs elsewhere with -o FILE or -d DIR,"
          + " or rename the image"));
    }
    files.stage(target, content);
    return target;
  }
}
