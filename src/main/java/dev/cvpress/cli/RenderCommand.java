package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown résumé(s) to render.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "Output file (one input only).")
  Path output;

  @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Write outputs into this folder.")
  Path dir;

  @Option(names = "--theme", paramLabel = "NAME|FILE.css", description = "Built-in theme (see `cvpress themes`) or a CSS file.")
  String theme;

  @Option(names = "--css", paramLabel = "EXTRA.css", description = "Extra style sheet applied after the theme.")
  Path css;

  @Option(names = "--paper", paramLabel = "SIZE", description = "Paper size: ${COMPLETION-CANDIDATES}.")
  Paper paper;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override front matter or a style option, e.g. --set date-format=original.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--allow-remote", description = "Let http(s) images and style sheets be fetched.")
  boolean allowRemote;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  private final Map<String, String> env;

  RenderCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && dir != null) throw usage("use either -o or -d, not both");
    if (output != null && inputs.size() > 1) throw usage("-o takes one input; use -d DIR for several");
    Map<String, String> overrides = new LinkedHashMap<>(set);
    if (paper != null) overrides.put("style.paper", paper.name());
    Cvpress.Options options = new Cvpress.Options(theme, css, overrides, allowRemote, sourceDateEpoch(err));
    int failed = 0;
    for (Path input : inputs) {
      Path target = target(input);
      long start = System.nanoTime();
      try {
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
          throw usage("the output would overwrite the input " + input);
        }
        Cvpress.Rendered r = Cvpress.render(input, options);
        OutputFile.write(target, r.pdf());
        r.warnings().forEach(w -> err.print(w.format()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!quiet) {
          out.printf("%s -> %s (%d page%s, %d ms%s)%n", input, target, r.pages(), r.pages() == 1 ? "" : "s", ms,
              r.warnings().isEmpty() ? "" : ", " + r.warnings().size() + " warning" + (r.warnings().size() == 1 ? "" : "s"));
        }
      } catch (CvpressException e) {
        failed++;
        for (Diagnostic d : e.diagnostics()) err.print(d.format());
      }
      err.flush();
      out.flush();
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private Path target(Path input) {
    if (output != null) return output;
    String name = input.getFileName().toString().replaceFirst("\\.(md|markdown|mdown|txt)$", "") + ".pdf";
    if (dir != null) return dir.resolve(name);
    Path parent = input.getParent();
    return parent != null ? parent.resolve(name) : Path.of(name);
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
