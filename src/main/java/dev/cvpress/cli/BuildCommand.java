package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ManifestParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    spec.addOption(OptionSpec.builder("-q", "--quiet").description("Print only problems.").build());
    RootCommand.addHelpOptions(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Path manifest = parsed.matchedPositionalValue(0, Path.of("cvpress.yaml"));
    boolean quiet = parsed.matchedOptionValue("--quiet", false);

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ManifestParser.Output> outputs;
    try {
      outputs = ManifestParser.parse(manifest.toString(), read(manifest));
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> err.print(d.format()));
      return ExitCode.FAILED;
    }
    Path dir = manifest.toAbsolutePath().normalize().getParent();
    Path shownDir = manifest.getParent() == null ? Path.of("") : manifest.getParent();
    Long epoch = RenderJob.sourceDateEpoch(env, err);
    Map<Batch.Job, RenderJob.Settings> settings = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<Path> bases = new java.util.HashSet<>();
    for (ManifestParser.Output o : outputs) {
      Path input = shownDir.resolve(o.input());
      String name = input.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
      String target = o.output().replace("{name}", name)
          .replace("{theme}", o.theme() == null ? "modern" : o.theme())
          .replace("{paper}", o.paper() == null ? "a4" : o.paper())
          .replace("{tags}", String.join("-", o.tags()));
      Path base = shownDir.resolve(target.replaceFirst("\\.(pdf|html|png|txt)$", ""));
      Path where = base.toAbsolutePath().normalize();
      if (!bases.add(where)) {
        problems.add(Diagnostic.error(o.pos(), "this output writes " + target + ", as an output above does",
            "give each output its own file, e.g. with {tags} or {paper} in the name"));
      }
      Map<String, String> set = new LinkedHashMap<>(o.set());
      if (o.paper() != null) set.put("style.paper", o.paper());
      if (o.fitPages() != null) set.put("style.fit-pages", o.fitPages().toString());
      Set<String> formats = new LinkedHashSet<>();
      for (String f : o.formats().isEmpty() ? List.of("pdf") : o.formats()) {
        String format = f.toLowerCase(Locale.ROOT);
        if (!RenderCommand.FORMATS.contains(format)) {
          problems.add(Diagnostic.error(o.pos(), "unknown format `" + f + "`", "use pdf, html, png or txt"));
        }
        formats.add(format);
      }
      Path css = o.css() == null ? null : dir.resolve(o.css());
      String theme = o.theme() != null && o.theme().endsWith(".css") ? dir.resolve(o.theme()).toString() : o.theme();
      Cvpress.Options options = new Cvpress.Options(theme, css, set, false, epoch, new LinkedHashSet<>(o.tags()),
          new LinkedHashSet<>(o.excludeTags()), o.pdfA());
      settings.put(new Batch.Job(input, base), new RenderJob.Settings(options, formats, 110, o.maxPages()));
    }
    Report report = new Report(out, err, quiet, terminal, env.get("NO_COLOR") == null);
    problems.forEach(report::problem);
    if (!problems.isEmpty()) return ExitCode.FAILED;
    Batch.Outcome outcome = Batch.run(new ArrayList<>(settings.keySet()), job -> RenderJob.run(job, settings.get(job)),
        report);
    if (outcome.failed() > 0) return ExitCode.FAILED;
    return outcome.checkFailed() > 0 ? ExitCode.CHECK : ExitCode.OK;
  }

  private static byte[] read(Path manifest) throws CvpressException {
    try {
      return Files.readAllBytes(manifest);
    } catch (NoSuchFileException e) {
      throw new CvpressException(Diagnostic.error(SourcePos.file(manifest.toString()), "manifest not found",
          "pass the manifest's path, or run in the folder that has cvpress.yaml (see examples/cvpress.yaml)"));
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(SourcePos.file(manifest.toString()),
          "cannot read the manifest: " + e.getMessage(), null));
    }
  }
}
