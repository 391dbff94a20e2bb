package dev.cvpress.cli;

import dev.cvpress.Options;
import dev.cvpress.files.InputFile;
import dev.cvpress.files.InputNames;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.style.BundledFamily;
import dev.cvpress.style.Theme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Renders résumés to PDF and the other formats; the command that runs when no other is named. */
final class RenderCommand implements Callable<Integer> {

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private final Map<String, String> env;
  private final boolean terminal;
  private final StdStreams std;

  // Options that base() and watch() read too; set from the parse result at the start of call().
  private Path output;
  private Path dir;
  private String theme;
  private Path css;

  private RenderCommand(Map<String, String> env, StdStreams std) {
    this.env = env;
    this.terminal = std.errTerminal();
    this.std = std;
  }

  /** The render command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec(Map<String, String> env, StdStreams std) {
    CommandSpec spec = new RenderCommand(env, std).spec;
    spec.name("render");
    spec.usageMessage().description("Render Markdown résumés to PDF (the default command).").sortOptions(false);
    spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("1..*").required(true).paramLabel("FILE")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Résumé(s) to render, Markdown or JSON Resume (.json); quoted globs such as 'cv/*.md' are"
            + " expanded; - reads Markdown from standard input.").build());
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("OUT.pdf").type(Path.class)
        .description("Output file (one input only); - writes to standard output.").build());
    spec.addOption(OptionSpec.builder("-d", "--dir").paramLabel("DIR").type(Path.class)
        .description("Write outputs into this folder.").build());
    spec.addOption(OptionSpec.builder("--theme").paramLabel("NAME|FILE.css").type(String.class)
        .completionCandidates(Theme.BUILT_IN)
        .description("Built-in theme (" + String.join(", ", Theme.BUILT_IN) + "; see `cvpress themes`) or a CSS file.")
        .build());
    spec.addOption(OptionSpec.builder("--css").paramLabel("EXTRA.css").type(Path.class)
        .description("Extra style sheet applied after the theme.").build());
    spec.addOption(OptionSpec.builder("--font").paramLabel("NAME|FILE.ttf").type(String.class)
        .description("Body font: a bundled family (" + String.join(", ", BundledFamily.names()) + ") or a"
            + " TrueType file (relative to where you run cvpress), e.g. one that draws your script.").build());
    spec.addOption(DocumentOptions.paperOption());
    spec.addOption(Usage.setOption("Override front matter or a style option, e.g. --set date-format=original."));
    spec.addOption(OptionSpec.builder("--fit-pages").paramLabel("N").type(Integer.class)
        .description("Shrink type, leading and margins (within readable limits) until the résumé fits N pages.")
        .build());
    spec.addOption(OptionSpec.builder("--max-pages").paramLabel("N").type(Integer.class)
        .description("Fail with exit code 3 when the PDF is longer than N pages (nothing is shrunk).").build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("LIST").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Outputs to write: " + OutputFormat.list(", ") + " (comma-separated; default "
            + OutputFormat.PDF.id() + ").").build());
    spec.addOption(OptionSpec.builder("--dpi").paramLabel("N").type(int.class)
        .description("Resolution of PNG previews (default " + OutputFormat.DEFAULT_DPI + ").").build());
    spec.addOption(OptionSpec.builder("--tags").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Render the version with content tagged TAG (untagged content is always in).")
        .build());
    spec.addOption(OptionSpec.builder("--exclude-tags").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Leave out content tagged TAG.").build());
    spec.addOption(DocumentOptions.langOption("Render this language of a résumé written in several (default: its `lang:`)."));
    spec.addOption(OptionSpec.builder("--watch")
        .description("Render again whenever the résumé, its CSS or its images change.").build());
    spec.addOption(OptionSpec.builder("--pdfa")
        .description("Write PDF/A (archival: PDF/A-3u with the source, PDF/A-2u with --no-embed), still tagged for"
            + " accessibility.").build());
    spec.addOption(OptionSpec.builder("--no-embed")
        .description("Leave the résumé's source out of the PDF (it is embedded by default; see `cvpress extract`).")
        .build());
    spec.addOption(DocumentOptions.redactOption());
    spec.addOption(OptionSpec.builder("--allow-remote")
        .description("Let http(s) images and style sheets be fetched.").build());
    spec.addOption(OptionSpec.builder("-q", "--quiet").description("Print only problems.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> inputs = parsed.matchedPositionalValue(0, List.of());
    output = parsed.matchedOptionValue("--output", null);
    dir = parsed.matchedOptionValue("--dir", null);
    theme = parsed.matchedOptionValue("--theme", null);
    css = parsed.matchedOptionValue("--css", null);
    String font = parsed.matchedOptionValue("--font", null);
    String paper = parsed.matchedOptionValue("--paper", null);
    Map<String, String> set = Usage.overrides(spec.commandLine(), parsed.matchedOptionValue("--set", List.of()));
    Integer fitPages = parsed.matchedOptionValue("--fit-pages", null);
    Integer maxPages = parsed.matchedOptionValue("--max-pages", null);
    List<String> formats = parsed.matchedOptionValue("--format", null);
    int dpi = parsed.matchedOptionValue("--dpi", OutputFormat.DEFAULT_DPI);
    List<String> tags = parsed.matchedOptionValue("--tags", List.of());
    List<String> excludeTags = parsed.matchedOptionValue("--exclude-tags", List.of());
    String lang = parsed.matchedOptionValue("--lang", null);
    boolean watch = parsed.matchedOptionValue("--watch", false);
    boolean pdfA = parsed.matchedOptionValue("--pdfa", false);
    boolean noEmbed = parsed.matchedOptionValue("--no-embed", false);
    boolean allowRemote = parsed.matchedOptionValue("--allow-remote", false);
    boolean quiet = parsed.matchedOptionValue("--quiet", false);

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && dir != null) throw usage("use either -o or -d, not both",
        "-o names the one output file; -d DIR writes every output into DIR");
    OutputFile.checkChoice(spec.commandLine(), output, dir);
    Set<OutputFormat> wanted = FormatChoice.choose(spec.commandLine(), formats,
        output == null || Standard.isStdout(output) ? null : output, pdfA, parsed.hasMatchedOption("--dpi"));
    if (dpi < 20 || dpi > 600) {
      throw new Usage(spec.commandLine(), "--dpi takes 20 to 600, not " + dpi, "110 (the default) suits a screen, "
          + "300 a print; --dpi only sets the resolution of PNG pages");
    }
    Usage.pages(spec.commandLine(), "--max-pages", maxPages, null,
        "fails (exit 3, nothing written) when the PDF is longer than N pages");
    StyleArguments.check(spec.commandLine(), theme, font, set);
    Usage.pages(spec.commandLine(), "--fit-pages", fitPages, null,
        "shrinks the résumé, within readable limits, until it fits N pages");

    boolean toStdout = output != null && Standard.isStdout(output);
    if (toStdout) output = RenderJob.STANDARD;
    Inputs.Expanded expanded = Inputs.expand(inputs);
    boolean fromStdin = expanded.files().contains(RenderJob.STANDARD);
    if (fromStdin && output == null && dir == null) {
      if (expanded.files().size() > 1) throw usage("a résumé from standard input goes to standard output, alone",
          "render - on its own, or give -d DIR to write every input's outputs there");
      toStdout = true;
    }
    if (toStdout) Standard.checkStdout(spec.commandLine(), wanted, std.outTerminal());
    if (fromStdin && watch) throw usage("--watch needs a file to watch, not standard input",
        "save the résumé to a file and run `cvpress --watch cv.md`");
    // Each save would add a whole document to the one stream: no reader can take them apart.
    if (toStdout && watch) throw usage("--watch writes a new output on every save, which standard output cannot"
        + " hold", "write to a file with -o FILE (a PDF viewer reloads it), or use `cvpress preview` for a browser");
    if (output != null && expanded.files().size() > 1) throw usage("-o takes one input; use -d DIR for several",
        "-o names the one output file; `-d out/` writes each input's outputs into out/");
    // A file named on the command line is relative to where the command runs, as --css is.
    Path fontFile = font != null && font.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$") ? Path.of(font) : null;
    Options options = Options.builder().theme(theme).css(css).set(set).paper(paper)
        .font(fontFile != null ? fontFile.toAbsolutePath().toString() : font).fitPages(fitPages)
        .allowRemote(allowRemote).sourceDateEpoch(RenderJob.sourceDateEpoch(env, err)).tags(tags)
        .excludeTags(excludeTags).pdfA(pdfA).embedSource(!noEmbed).lang(lang)
        .redact(DocumentOptions.redact(spec.commandLine(), spec.findOption("--redact").getValue())).build();

    // With the output on stdout, the report lines go to stderr: stdout carries the document alone.
    Report report = new Report(toStdout ? err : out, err, quiet, terminal,
        CommonOptions.colour(parsed, env, terminal), CommonOptions.debug(parsed));
    expanded.problems().forEach(report::problem);
    List<Diagnostic> refused = new ArrayList<>();
    List<OutputPlan.Input> read = new ArrayList<>();
    optionFile(css, "style sheet", read, refused);
    if (theme != null && theme.toLowerCase(Locale.ROOT).endsWith(".css")) {
      optionFile(Path.of(theme), "style sheet", read, refused);
    }
    optionFile(fontFile, "font file", read, refused);
    dev.cvpress.Cvpress.Input stdin = fromStdin ? Standard.readStdin(std.in(), refused) : null;
    List<Batch.Job> jobs = new ArrayList<>();
    List<OutputPlan.Target> targets = new ArrayList<>();
    Set<Path> seen = new java.util.HashSet<>();
    for (Path input : expanded.files()) {
      // The same file named twice (cv.md, ./cv.md, a link to it) is rendered once.
      if (!seen.add(OutputPlan.resolved(real(input)))) continue;
      boolean standard = input.equals(RenderJob.STANDARD);
      Batch.Job job = toStdout ? new Batch.Job(input, RenderJob.STANDARD)
          : new Batch.Job(input, base(input), output == null ? null : OutputFormat.extensionOf(output.toString()));
      jobs.add(job);
      if (!standard) read.add(new OutputPlan.Input(input, SourcePos.file(input.toString())));
      if (!job.base().equals(RenderJob.STANDARD)) {
        targets.add(new OutputPlan.Target(job, wanted, SourcePos.file(input.toString()), input.toString()));
      }
    }
    refused.addAll(OutputPlan.check(read, targets));
    if (!refused.isEmpty()) {
      // Nothing is rendered or written when a path is wrong: a collision would lose an output.
      refused.forEach(report::problem);
      return ExitCode.FAILED;
    }
    RenderJob.Settings settings = new RenderJob.Settings(options, wanted, dpi, maxPages, stdin, std.out());
    long started = System.nanoTime();
    Batch.Outcome outcome = Batch.run(jobs, job -> RenderJob.run(job, settings), report);
    if (jobs.size() > 1 && !quiet) {
      // Several files end as a build does, with what became of them all.
      PrintWriter lines = toStdout ? err : out;
      lines.println(outcome.summary("render", 0, Shard.ALL, (System.nanoTime() - started) / 1_000_000));
      lines.flush();
    }
    if (watch) return watch(jobs, settings, report);
    if (!expanded.problems().isEmpty() || outcome.failed() > 0) return ExitCode.FAILED;
    return outcome.checkFailed() > 0 ? ExitCode.CHECK : ExitCode.OK;
  }

  /** Renders again after every settled change until interrupted (Ctrl-C). */
  private int watch(List<Batch.Job> jobs, RenderJob.Settings settings, Report report) {
    Set<Path> sources = new LinkedHashSet<>();
    Set<Path> outputs = new LinkedHashSet<>();
    for (Batch.Job job : jobs) {
      sources.add(job.input());
      outputs.add(job.base());
    }
    if (css != null) sources.add(css);
    if (theme != null && theme.endsWith(".css")) sources.add(Path.of(theme));
    PrintWriter err = spec.commandLine().getErr();
    try (Watcher watcher = new Watcher(sources, outputs, Watcher.SETTLE_MILLIS);
        Rehearsal rehearsal = Rehearsal.start(Rehearsal.renders(jobs, settings), Rehearsal.RENDERS)) {
      err.println("watching " + sources.size() + " file" + (sources.size() == 1 ? "" : "s")
          + " and the images beside them; Ctrl-C stops");
      err.flush();
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = watcher.next();
        rehearsal.pause();
        err.println("changed: " + changed.stream().map(p -> p.getFileName().toString()).sorted()
            .collect(java.util.stream.Collectors.joining(", ")));
        err.flush();
        Batch.run(jobs, job -> RenderJob.run(job, settings), report);
        rehearsal.resume();
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
      // CV.PDF is cv.pdf as far as the format goes: the extension is dropped in any case, the name kept as written.
      String name = output.getFileName().toString();
      for (OutputFormat f : OutputFormat.values()) {
        String extension = "." + f.id();
        int at = name.length() - extension.length();
        if (at > 0 && name.regionMatches(true, at, extension, 0, extension.length())) {
          return output.resolveSibling(name.substring(0, at));
        }
      }
      return output;
    }
    // A résumé from standard input written into -d DIR is DIR/stdin.pdf.
    String name = input.equals(RenderJob.STANDARD) ? "stdin" : InputNames.stem(input.getFileName().toString());
    if (dir != null) return dir.resolve(name);
    Path parent = input.getParent();
    return parent != null ? parent.resolve(name) : Path.of(name);
  }

  /** A file named by an option: refused unless it is a regular file (a missing one is reported by the render). */
  private static void optionFile(Path file, String what, List<OutputPlan.Input> read, List<Diagnostic> refused) {
    if (file == null) return;
    try {
      InputFile.refuseSpecial(file, what);
      read.add(new OutputPlan.Input(file, SourcePos.file(file.toString())));
    } catch (CvpressException e) {
      refused.addAll(e.diagnostics());
    }
  }

  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (java.io.IOException e) {
      return file;
    }
  }

  private CommandLine.ParameterException usage(String message, String hint) {
    return new Usage(spec.commandLine(), message, hint);
  }
}
