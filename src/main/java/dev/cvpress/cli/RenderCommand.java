package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "render",
    description = "Render Markdown résumés to PDF (the default command).",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class RenderCommand implements Callable<Integer> {
  enum Paper { a4, letter, legal }

  static final Set<String> FORMATS = Set.of("pdf", "html", "png", "txt");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Markdown résumé(s) to render; quoted globs such as 'cv/*.md' are expanded.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "Output file (one input only).")
  Path output;

  @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write outputs into this folder.")
  Path dir;

  @Option(names = "--theme", paramLabel = "NAME|FILE.css",
      description = "Built-in theme (see `cvpress themes`) or a CSS file.")
  String theme;

  @Option(names = "--css", paramLabel = "EXTRA.css", description = "Extra style sheet applied after the theme.")
  Path css;

  @Option(names = "--paper", paramLabel = "SIZE", description = "Paper size: ${COMPLETION-CANDIDATES}.")
  Paper paper;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override front matter or a style option, e.g. --set date-format=original.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--fit-pages", paramLabel = "N",
      description = "Shrink type, leading and margins (within readable limits) until the résumé fits N pages.")
  Integer fitPages;

  @Option(names = "--max-pages", paramLabel = "N",
      description = "Fail with exit code 3 when the PDF is longer than N pages (nothing is shrunk).")
  Integer maxPages;

  @Option(names = "--format", paramLabel = "LIST", split = ",",
      description = "Outputs to write: pdf, html, png, txt (comma-separated; default pdf).")
  List<String> formats = new ArrayList<>(List.of("pdf"));

  @Option(names = "--dpi", paramLabel = "N", description = "Resolution of PNG previews (default 110).")
  int dpi = 110;

  @Option(names = "--allow-remote", description = "Let http(s) images and style sheets be fetched.")
  boolean allowRemote;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  private final Map<String, String> env;
  private final boolean terminal;

  RenderCommand(Map<String, String> env, boolean terminal) {
    this.env = env;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && dir != null) throw usage("use either -o or -d, not both");
    Set<String> wanted = new LinkedHashSet<>();
    for (String f : formats) {
      String format = f.strip().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(format)) throw usage("unknown format `" + f + "`; use pdf, html, png or txt");
      wanted.add(format);
    }
    if (dpi < 20 || dpi > 600) throw usage("--dpi must be between 20 and 600");
    if (maxPages != null && maxPages < 1) throw usage("--max-pages must be at least 1");
    if (fitPages != null && fitPages < 1) throw usage("--fit-pages must be at least 1");

    Inputs.Expanded expanded = Inputs.expand(inputs);
    if (output != null && expanded.files().size() > 1) throw usage("-o takes one input; use -d DIR for several");
    Map<String, String> overrides = new LinkedHashMap<>(set);
    if (paper != null) overrides.put("style.paper", paper.name());
    if (fitPages != null) overrides.put("style.fit-pages", fitPages.toString());
    Cvpress.Options options = new Cvpress.Options(theme, css, overrides, allowRemote, sourceDateEpoch(err));

    Report report = new Report(out, err, quiet, terminal, env.get("NO_COLOR") == null);
    expanded.problems().forEach(report::problem);
    List<Batch.Job> jobs = new ArrayList<>();
    for (Path input : expanded.files()) jobs.add(new Batch.Job(input, base(input)));
    for (Path input : expanded.files()) {
      if (outputsOverwrite(input, wanted)) throw usage("the output would overwrite the input " + input);
    }
    Batch.Outcome outcome = Batch.run(jobs, job -> renderOne(job, options, wanted), report);
    if (!expanded.problems().isEmpty() || outcome.failed() > 0) return ExitCode.FAILED;
    return outcome.checkFailed() > 0 ? ExitCode.CHECK : ExitCode.OK;
  }

  /** Renders one input and writes its outputs; the line for the report, or the problem. */
  private Batch.Result renderOne(Batch.Job job, Cvpress.Options options, Set<String> wanted)
      throws CvpressException {
    long start = System.nanoTime();
    Cvpress.Rendered r = Cvpress.render(job.input(), options);
    List<Diagnostic> problems = new ArrayList<>();
    Cvpress.Fit fit = r.fit();
    String file = job.input().toString();
    if (fit != null && !fit.fits()) {
      int lines = (int) Math.ceil(fit.lastPageFill() * 75);
      problems.add(Diagnostic.error(dev.cvpress.model.SourcePos.file(file), String.format(Locale.ROOT,
          "does not fit on %d page%s: at the smallest readable size (body %.1f pt, margins %.0f mm) it takes %d"
              + " pages, the last one %.0f%% full", fit.target(), fit.target() == 1 ? "" : "s", fit.fontSizePt(),
          fit.marginMm(), fit.pages(), fit.lastPageFill() * 100),
          "cut about " + Math.max(1, lines) + " lines, or allow --fit-pages " + fit.pages()));
    }
    if (maxPages != null && r.pages() > maxPages) {
      problems.add(Diagnostic.error(dev.cvpress.model.SourcePos.file(file),
          r.pages() + " pages, more than --max-pages " + maxPages,
          "cut content, or use --fit-pages " + maxPages + " to shrink it to fit"));
    }
    if (!problems.isEmpty()) return Batch.Result.checkFailed(job, r.warnings(), problems);

    List<Path> written = new ArrayList<>();
    if (wanted.contains("pdf")) written.add(write(job.base().resolveSibling(job.base().getFileName() + ".pdf"), r.pdf()));
    if (wanted.contains("html")) {
      written.add(write(sibling(job, ".html"), r.webHtml().getBytes(StandardCharsets.UTF_8)));
    }
    if (wanted.contains("txt")) written.add(write(sibling(job, ".txt"), r.text().getBytes(StandardCharsets.UTF_8)));
    if (wanted.contains("png")) {
      List<byte[]> pages = Cvpress.png(r, dpi);
      for (int i = 0; i < pages.size(); i++) written.add(write(sibling(job, "-" + (i + 1) + ".png"), pages.get(i)));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    StringBuilder line = new StringBuilder();
    line.append(job.input()).append(" -> ").append(written.get(0));
    if (written.size() > 1) line.append(" (+").append(written.size() - 1).append(" more)");
    line.append(" (").append(r.pages()).append(r.pages() == 1 ? " page, " : " pages, ").append(ms).append(" ms");
    if (fit != null && fit.scale() < 0.999) {
      line.append(String.format(Locale.ROOT, ", fitted at %.0f%%: body %.1f pt, margins %.0f mm",
          fit.scale() * 100, fit.fontSizePt(), fit.marginMm()));
    }
    int w = r.warnings().size();
    if (w > 0) line.append(", ").append(w).append(w == 1 ? " warning" : " warnings");
    line.append(')');
    return Batch.Result.ok(job, r.warnings(), line.toString());
  }

  private static Path sibling(Batch.Job job, String suffix) {
    return job.base().resolveSibling(job.base().getFileName() + suffix);
  }

  private static Path write(Path target, byte[] content) throws CvpressException {
    OutputFile.write(target, content);
    return target;
  }

  /** The output path without extension: from -o, or the input's name in -d or next to the input. */
  private Path base(Path input) {
    if (output != null) {
      String name = output.getFileName().toString().replaceFirst("\\.(pdf|html|png|txt)$", "");
      return output.resolveSibling(name);
    }
    String name = input.getFileName().toString().replaceFirst("\\.(md|markdown|mdown|txt)$", "");
    if (dir != null) return dir.resolve(name);
    Path parent = input.getParent();
    return parent != null ? parent.resolve(name) : Path.of(name);
  }

  private boolean outputsOverwrite(Path input, Set<String> wanted) {
    Path in = input.toAbsolutePath().normalize();
    Path base = base(input).toAbsolutePath().normalize();
    for (String f : wanted) {
      if (base.resolveSibling(base.getFileName() + "." + f).equals(in)) return true;
    }
    return false;
  }

  private Long sourceDateEpoch(PrintWriter err) {
    String v = env.get("SOURCE_DATE_EPOCH");
    if (v == null || v.isBlank()) return null;
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      err.println("cvpress: warning: SOURCE_DATE_EPOCH is not a number of seconds (" + v + "); ignored");
      return null;
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
