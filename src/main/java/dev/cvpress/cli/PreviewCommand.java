package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import dev.cvpress.preview.PreviewServer;
import dev.cvpress.preview.Snapshot;
import dev.cvpress.style.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code cvpress preview cv.md}: the rendered pages in a browser, on 127.0.0.1, drawn again after every save with
 * the render's errors and warnings above them. Nothing is written to the disk.
 */
final class PreviewCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private PreviewCommand() {}

  static CommandSpec spec() {
    CommandSpec spec = new PreviewCommand().spec;
    spec.name("preview");
    spec.usageMessage().description("Show the rendered pages in a browser, drawn again on every save "
        + "(served on 127.0.0.1 only; Ctrl-C stops).").sortOptions(false);
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("FILE")
        .type(Path.class).description("The résumé to preview.").build());
    spec.addOption(OptionSpec.builder("--port").paramLabel("N").type(int.class)
        .description("The port on 127.0.0.1 (default: a free one, printed).").build());
    spec.addOption(OptionSpec.builder("--theme").paramLabel("NAME|FILE.css").type(String.class)
        .completionCandidates(Theme.BUILT_IN).description("Built-in theme or a CSS file.").build());
    spec.addOption(OptionSpec.builder("--css").paramLabel("EXTRA.css").type(Path.class)
        .description("Extra style sheet applied after the theme.").build());
    spec.addOption(DocumentOptions.paperOption());
    spec.addOption(Usage.setOption("Override front matter or a style option, e.g. --set accent=#0a6."));
    spec.addOption(OptionSpec.builder("--tags").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Show the version with content tagged TAG.").build());
    spec.addOption(OptionSpec.builder("--dpi").paramLabel("N").type(int.class)
        .description("Resolution of the pages (default " + OutputFormat.DEFAULT_DPI + ").").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Path file = parsed.matchedPositionalValue(0, null);
    int port = parsed.matchedOptionValue("--port", 0);
    String theme = parsed.matchedOptionValue("--theme", null);
    Path css = parsed.matchedOptionValue("--css", null);
    int dpi = parsed.matchedOptionValue("--dpi", OutputFormat.DEFAULT_DPI);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) throw new Usage(spec.commandLine(), "--port takes 0 to 65535, not " + port,
        "leave --port out for a free port");
    if (dpi < 20 || dpi > 600) throw new Usage(spec.commandLine(), "--dpi takes 20 to 600, not " + dpi,
        "110 (the default) suits a screen");
    if (file.toString().equals("-")) throw new Usage(spec.commandLine(),
        "preview needs a file to watch, not standard input", "save the résumé to a file and run `cvpress preview cv.md`");
    if (!Files.isRegularFile(file)) {
      err.print(Diagnostic.error(dev.cvpress.diag.Code.FILE_NOT_FOUND, dev.cvpress.model.SourcePos.file(file.toString()),
          Files.isDirectory(file) ? "is a folder, not a résumé" : "file not found",
          "name a résumé that exists; `cvpress init cv.md` writes a starter").format());
      err.flush();
      return ExitCode.FAILED;
    }
    Options options = Options.builder().theme(theme).css(css).paper(parsed.matchedOptionValue("--paper", null))
        .set(Usage.overrides(spec.commandLine(), parsed.matchedOptionValue("--set", List.of())))
        .tags(parsed.matchedOptionValue("--tags", List.of())).build();
    Snapshot shown = render(file, options, dpi, null, err);
    Set<Path> sources = new LinkedHashSet<>(List.of(file));
    if (css != null) sources.add(css);
    if (theme != null && theme.endsWith(".css")) sources.add(Path.of(theme));
    try (PreviewServer server = PreviewServer.start(port, file.getFileName().toString(), shown);
        Watcher watcher = new Watcher(sources, Set.of(), Watcher.SETTLE_MILLIS);
        Rehearsal rehearsal = Rehearsal.start(() -> OutputFormat.PNG.write(Cvpress.render(file, options), dpi),
            Rehearsal.RENDERS)) {
      // The address alone on stdout, for a script to open; the rest on stderr.
      out.println(server.address());
      out.flush();
      err.println("previewing " + file + " at " + server.address() + " (loopback only); Ctrl-C stops");
      err.flush();
      while (!Thread.currentThread().isInterrupted()) {
        watcher.next();
        rehearsal.pause();
        shown = render(file, options, dpi, shown, err);
        server.publish(shown);
        rehearsal.resume();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      err.println("cvpress: error: cannot serve the preview on 127.0.0.1" + (port == 0 ? "" : ":" + port) + ": "
          + e.getMessage());
      err.println("hint: " + (port == 0 ? "check that the loopback interface is up" : "the port may be in use; "
          + "leave --port out for a free one"));
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  /** Renders once: the pages and warnings, or the errors beside the pages last shown. */
  private static Snapshot render(Path file, Options options, int dpi, Snapshot before, PrintWriter err) {
    long version = before == null ? 1 : before.version() + 1;
    List<byte[]> pages = before == null ? List.of() : before.pages();
    long pagesFrom = before == null ? 0 : before.pagesFrom();
    List<Diagnostic> problems = new ArrayList<>();
    try {
      Rendered r = Cvpress.render(file, options);
      pages = OutputFormat.PNG.write(r, dpi);
      pagesFrom = version;
      problems.addAll(r.warnings());
    } catch (CvpressException e) {
      problems.addAll(e.diagnostics());
    } catch (RuntimeException e) {
      problems.add(Batch.internalError(file.toString(), e));
    }
    // The terminal hears of each render too, as render --watch reports it.
    for (Diagnostic d : Diagnostic.limitRepeats(problems)) err.print(d.format());
    err.println("render " + version + ": " + pages.size() + (pages.size() == 1 ? " page" : " pages")
        + (problems.isEmpty() ? "" : ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems")));
    err.flush();
    List<Snapshot.Problem> shown = new ArrayList<>();
    for (Diagnostic d : Diagnostic.limitRepeats(problems)) {
      shown.add(new Snapshot.Problem(d.severity().label(), d.pos().file(), d.pos().line(), d.pos().column(),
          d.message(), d.hint(), d.sourceLine()));
    }
    return new Snapshot(version, pagesFrom, pages, shown);
  }
}
