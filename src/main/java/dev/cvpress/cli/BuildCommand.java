package dev.cvpress.cli;

import dev.cvpress.Options;
import dev.cvpress.files.InputFile;
import dev.cvpress.files.InputNames;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ManifestParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Renders every output a manifest lists, in one process. */
final class BuildCommand implements Callable<Integer> {
  /** A manifest lists outputs; one this large is something else. */
  private static final int MAX_BYTES = 1024 * 1024;

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private final Map<String, String> env;
  private final boolean terminal;

  private BuildCommand(Map<String, String> env, boolean terminal) {
    this.env = env;
    this.terminal = terminal;
  }

  /** The build command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec(Map<String, String> env, boolean terminal) {
    CommandSpec spec = new BuildCommand(env, terminal).spec;
    spec.name("build");
    spec.usageMessage()
        .description("Render every output listed in a manifest (default cvpress.yaml), in one process.");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("MANIFEST").type(Path.class)
        .description("The manifest (default cvpress.yaml).").build());
    spec.addOption(DocumentOptions.redactOption());
    spec.addOption(OptionSpec.builder("-q", "--quiet").description("Print only problems.").build());
    spec.addOption(OptionSpec.builder("--shard").paramLabel("I/N").type(String.class)
        .description("Render only the I-th of N parts of the outputs (1 <= I <= N), chosen by the hash of each "
            + "output's path; auto/N takes I from JOB_COMPLETION_INDEX (a Kubernetes Indexed Job).").build());
    spec.addOption(OptionSpec.builder("--report").paramLabel("FILE").type(Path.class)
        .description("Write one JSON line per output rendered (input, files, status, pages, problems) to FILE.")
        .build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Path manifest = parsed.matchedPositionalValue(0, Path.of("cvpress.yaml"));
    boolean quiet = parsed.matchedOptionValue("--quiet", false);
    String shardText = parsed.matchedOptionValue("--shard", null);
    Path reportFile = parsed.matchedOptionValue("--report", null);
    if (reportFile != null && java.nio.file.Files.isDirectory(reportFile)) {
      throw new Usage(spec.commandLine(), "--report " + reportFile + " is a folder; --report names the file to write",
          "name a file, e.g. `--report " + reportFile.resolve("build.jsonl") + "`");
    }
    long started = System.nanoTime();
    Shard shard = Shard.ALL;
    if (shardText != null) {
      try {
        shard = Shard.parse(shardText, env);
      } catch (Shard.Invalid e) {
        throw new Usage(spec.commandLine(), e.getMessage(), e.hint);
      }
    }
    // Every output redacted; a manifest's `redact:` chooses per output.
    dev.cvpress.transform.Redaction.Mode redactAll =
        DocumentOptions.redact(spec.commandLine(), spec.findOption("--redact").getValue());

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ManifestParser.Output> outputs;
    ManifestFolder folder;
    String[] lines;
    try {
      byte[] bytes = read(manifest);
      outputs = BuildPlan.manifest(manifest, bytes);
      lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n", -1);
      folder = new ManifestFolder(manifest);
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> err.print(d.format()));
      invalidReport(reportFile, manifest, e.diagnostics(), shard, err);
      return ExitCode.FAILED;
    }
    Path shownDir = manifest.getParent() == null ? Path.of("") : manifest.getParent();
    Long epoch = RenderJob.sourceDateEpoch(env, err);
    Map<Batch.Job, RenderJob.Settings> settings = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<OutputPlan.Input> read = new ArrayList<>(List.of(new OutputPlan.Input(manifest,
        SourcePos.file(manifest.toString()))));
    List<OutputPlan.Target> targets = new ArrayList<>();
    Map<Batch.Job, String> targetNames = new LinkedHashMap<>();
    BuildPlan plan = new BuildPlan();
    Map<String, List<String>> languagesByFile = new LinkedHashMap<>();
    for (Map.Entry<ManifestParser.Output, String> each : inputs(outputs)) {
      ManifestParser.Output o = each.getKey();
      String inputKey = each.getValue();
      boolean letter = inputKey.equals("cover-letter");
      String named = letter ? o.coverLetter() : o.input();
      Path input = shownDir.resolve(named);
      if (!letter) {
        Diagnostic placeholder = OutputPattern.unknownPlaceholder(o);
        if (placeholder != null) {
          problems.add(placeholder);
          continue;
        }
      }
      String name = InputNames.stem(input.getFileName().toString());
      String target = OutputPattern.fill(o, letter, name);
      if (target.contains("{lang}")) {
        problems.add(Diagnostic.error(Code.MANIFEST_INVALID, o.at("output"), "`output: " + o.output()
            + "` names {lang}, but the output has no `lang:`", "add `lang: [en, de]` for one output per language"));
        continue;
      }
      Diagnostic sameLanguageFile = OutputPattern.languagesCollide(o, inputKey, target, languagesByFile);
      if (sameLanguageFile != null) {
        if (!problems.contains(sameLanguageFile)) problems.add(sameLanguageFile);
        continue;
      }
      Diagnostic unnamed = OutputPattern.namesNoFile(o, target);
      if (unnamed != null) {
        problems.add(unnamed);
        continue;
      }
      Path base = shownDir.resolve(OutputFormat.withoutExtension(target));
      Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
      for (String f : o.formats().isEmpty() ? List.of(OutputPattern.formatOf(target).id()) : o.formats()) {
        OutputFormat format = OutputFormat.named(f);
        if (format == null) {
          problems.add(Diagnostic.error(Code.UNKNOWN_FORMAT, o.at("format"), "unknown format `" + f + "`", "use " + OutputFormat.list(" or ")));
        } else {
          formats.add(format);
        }
      }
      Diagnostic leftOut = OutputPattern.extensionLeftOut(o, target, formats);
      if (leftOut != null) {
        problems.add(leftOut);
        continue;
      }
      Path css;
      String theme = o.theme();
      try {
        // The values were checked as text by the parser; here where they lead, on the disk.
        if (ManifestParser.outsideFolder(target) != null) {
          throw new CvpressException(Diagnostic.error(Code.OUTSIDE_FOLDER, o.at("output"), "`output: " + o.output() + "` gives "
              + target + ", outside the manifest's folder", "keep {tags} and {name} free of `/` and `..`"));
        }
        folder.output(base, target, o.at("output"));
        folder.input(input, named, inputKey, o.at(inputKey));
        css = o.css() == null ? null : folder.input(shownDir.resolve(o.css()), o.css(), "css", o.at("css"));
        if (theme != null && theme.toLowerCase(Locale.ROOT).endsWith(".css")) {
          Path file = folder.input(shownDir.resolve(theme), theme, "theme", o.at("theme"));
          theme = file.toString();
          read.add(new OutputPlan.Input(file, o.at("theme")));
        }
      } catch (CvpressException e) {
        problems.addAll(e.diagnostics());
        continue;
      }
      dev.cvpress.transform.Redaction.Mode redact = redactAll;
      if (o.redact() != null && !"false".equalsIgnoreCase(o.redact())) {
        redact = dev.cvpress.transform.Redaction.Mode.named(o.redact());
        if (redact == null) {
          problems.add(Diagnostic.error(Code.MANIFEST_INVALID, o.at("redact"), "`redact: " + o.redact()
              + "` is not a redaction", "use `redact: true` (the name as initials) or `redact: placeholder`"));
          continue;
        }
      }
      Options options = Options.builder().theme(theme).css(css).set(o.set()).paper(o.paper()).fitPages(o.fitPages())
          .sourceDateEpoch(epoch).tags(o.tags()).excludeTags(o.excludeTags()).pdfA(o.pdfA())
          .embedSource(o.embed()).lang(o.lang()).redact(redact).build();
      List<Diagnostic> planned = plan.check(o, inputKey, input, named, formats, options);
      problems.addAll(planned);
      // An output that cannot be made is left out of the plan: a collision of its file would only repeat that.
      if (!planned.isEmpty()) continue;
      if (css != null) read.add(new OutputPlan.Input(css, o.at("css")));
      read.add(new OutputPlan.Input(input, o.at(inputKey)));
      Batch.Job job = new Batch.Job(input, base, OutputFormat.extensionOf(target));
      settings.put(job, new RenderJob.Settings(options, formats, OutputFormat.DEFAULT_DPI, o.maxPages()));
      targetNames.put(job, OutputFormat.withoutExtension(target));
      targets.add(new OutputPlan.Target(job, formats, o.pos(),
          "the output at line " + o.pos().line() + " (" + inputKey + " " + named + ")"));
    }
    int beforeReport = problems.size();
    if (reportFile != null) {
      for (OutputPlan.Input in : read) {
        if (OutputPlan.resolved(in.file()).equals(OutputPlan.resolved(reportFile))) {
          problems.add(Diagnostic.error(Code.OUTPUT_OVERWRITES_INPUT, SourcePos.file(reportFile.toString()),
              "--report " + reportFile + " would overwrite an input of the build", "write the report elsewhere"));
          break;
        }
      }
      Diagnostic clash = OutputPlan.reportClash(reportFile, targets);
      if (clash != null) problems.add(clash);
    }
    boolean reportRefused = problems.size() > beforeReport;
    problems.addAll(OutputPlan.check(read, targets));
    problems.replaceAll(d -> withLine(d, manifest.toString(), lines));
    Report report = new Report(out, err, quiet, terminal, CommonOptions.colour(parsed, env, terminal),
        CommonOptions.debug(parsed));
    problems.forEach(report::problem);
    if (!problems.isEmpty()) {
      if (!reportRefused) invalidReport(reportFile, manifest, problems, shard, err);
      return ExitCode.FAILED;
    }
    // Every shard checks the whole manifest, so that all of them fail alike; each renders its own part.
    List<Batch.Job> jobs = new ArrayList<>();
    for (Map.Entry<Batch.Job, String> e : targetNames.entrySet()) {
      if (shard.contains(e.getValue())) jobs.add(e.getKey());
    }
    int skipped = settings.size() - jobs.size();
    JsonLinesReport jsonLines = reportFile == null ? null : new JsonLinesReport(report, shard);
    Batch.Outcome outcome = Batch.run(jobs, job -> RenderJob.run(job, settings.get(job)),
        jsonLines == null ? report : jsonLines);
    if (jsonLines != null) {
      try {
        OutputFile.write(reportFile, jsonLines.bytes());
      } catch (CvpressException e) {
        e.diagnostics().forEach(report::problem);
        return ExitCode.FAILED;
      }
    }
    if (!quiet) {
      out.println(outcome.summary("build", skipped, shard, (System.nanoTime() - started) / 1_000_000));
      out.flush();
    }
    if (outcome.failed() > 0) return ExitCode.FAILED;
    return outcome.checkFailed() > 0 ? ExitCode.CHECK : ExitCode.OK;
  }

  /**
   * Each output's résumé (its key {@code input}), then the cover letter that goes with it ({@code cover-letter}),
   * rendered with the same options into files named from the same pattern.
   */
  private static List<Map.Entry<ManifestParser.Output, String>> inputs(List<ManifestParser.Output> outputs) {
    List<Map.Entry<ManifestParser.Output, String>> inputs = new ArrayList<>();
    for (ManifestParser.Output o : outputs) {
      inputs.add(Map.entry(o, "input"));
      if (o.coverLetter() != null) inputs.add(Map.entry(o, "cover-letter"));
    }
    return inputs;
  }



  /** Writes {@code --report}'s one line for a build stopped before rendering, unless it would replace the manifest. */
  private static void invalidReport(Path reportFile, Path manifest, List<Diagnostic> errors, Shard shard,
      PrintWriter err) {
    if (reportFile == null || OutputPlan.resolved(reportFile).equals(OutputPlan.resolved(manifest))) return;
    try {
      OutputFile.write(reportFile, JsonLinesReport.invalid(manifest, errors, shard));
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> err.print(d.format()));
    }
  }

  /** The manifest's line under a problem found in it, as the parser shows its own. */
  private static Diagnostic withLine(Diagnostic d, String file, String[] lines) {
    int line = d.pos().line();
    if (d.sourceLine() != null || !d.pos().file().equals(file) || line < 1 || line > lines.length) return d;
    return d.withSourceLine(lines[line - 1]);
  }

  private static byte[] read(Path manifest) throws CvpressException {
    if (manifest.equals(RenderJob.STANDARD)) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file("-"), "a manifest is read"
          + " from a file, not from standard input: its paths are relative to its folder",
          "save it as cvpress.yaml beside the résumés and run `cvpress build` there"));
    }
    if (!Files.exists(manifest)) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file(manifest.toString()),
          "manifest not found",
          "pass the manifest's path, or run in the folder that has cvpress.yaml (see examples/cvpress.yaml)"));
    }
    return InputFile.readAll(manifest, MAX_BYTES, "manifest", "pass the manifest's path");
  }

}
