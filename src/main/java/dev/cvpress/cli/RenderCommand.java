package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import java.io.PrintWriter;
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

  @Option(names = "--font", paramLabel = "NAME|FILE.ttf",
      description = "Body font: a bundled family (Liberation Sans, Liberation Serif, DejaVu Sans, DejaVu Serif) or a"
          + " TrueType file, e.g. one that draws your script.")
  String font;

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

  @Option(names = "--tags", paramLabel = "TAG", split = ",",
      description = "Render the version with content tagged TAG (untagged content is always in).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--exclude-tags", paramLabel = "TAG", split = ",", description = "Leave out content tagged TAG.")
  List<String> excludeTags = new ArrayList<>();

  @Option(names = "--watch", description = "Render again whenever the résumé, its CSS or its images change.")
  boolean watch;

  @Option(names = "--pdfa", description = "Write PDF/A-2u (archival), still tagged for accessibility.")
  boolean pdfA;

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
    if (font != null) {
      // A file named on the command line is relative to where the command runs, as --css is.
      boolean file = font.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$");
      overrides.put("style.font", file ? Path.of(font).toAbsolutePath().toString() : font);
    }
    if (fitPages != null) overrides.put("style.fit-pages", fitPages.toString());
    Cvpress.Options options = new Cvpress.Options(theme, css, overrides, allowRemote, RenderJob.sourceDateEpoch(env, err),
        new LinkedHashSet<>(tags), new LinkedHashSet<>(excludeTags), pdfA);

    Report report = new Report(out, err, quiet, terminal, env.get("NO_COLOR") == null);
    expanded.problems().forEach(report::problem);
    List<Batch.Job> jobs = new ArrayList<>();
    for (Path input : expanded.files()) jobs.add(new Batch.Job(input, base(input)));
    for (Path input : expanded.files()) {
      if (outputsOverwrite(input, wanted)) throw usage("the output would overwrite the input " + input);
    }
    RenderJob.Settings settings = new RenderJob.Settings(options, wanted, dpi, maxPages);
    Batch.Outcome outcome = Batch.run(jobs, job -> RenderJob.run(job, settings), report);
    if (watch) return watch(jobs, settings, report, wanted);
    if (!expanded.problems().isEmpty() || outcome.failed() > 0) return ExitCode.FAILED;
    return outcome.checkFailed() > 0 ? ExitCode.CHECK : ExitCode.OK;
  }

  /** Renders again after every settled change until interrupted (Ctrl-C). */
  private int watch(List<Batch.Job> jobs, RenderJob.Settings settings, Report report, Set<String> wanted) {
    Set<Path> sources = new LinkedHashSet<>();
    Set<Path> outputs = new LinkedHashSet<>();
    for (Batch.Job job : jobs) {
      sources.add(job.input());
      for (String f : wanted) outputs.add(job.base().resolveSibling(job.base().getFileName() + "." + f));
    }
    if (css != null) sources.add(css);
    if (theme != null && theme.endsWith(".css")) sources.add(Path.of(theme));
    PrintWriter err = spec.commandLine().getErr();
    try (Watcher watcher = new Watcher(sources, outputs, 150)) {
      err.println("watching " + sources.size() + " file" + (sources.size() == 1 ? "" : "s")
          + " and the images beside them; Ctrl-C stops");
      err.flush();
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = watcher.next();
        err.println("changed: " + changed.stream().map(p -> p.getFileName().toString()).sorted()
            .collect(java.util.stream.Collectors.joining(", ")));
        err.flush();
        Batch.run(jobs, job -> RenderJob.run(job, settings), report);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException e) {
      err.println("cvpress: error: cannot watch for changes: " + e.getMessage());
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
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

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
