package dev.cvpress.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cvpress.Cvpress;
import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    name = "check",
    description = {"Render in memory and report problems: dates, missing name or contact, unknown front-matter keys,",
        "empty sections, broken links and images, characters no font can draw, text an applicant tracking",
        "system would lose, and the page limit. Exit 0 when clean, 3 when problems are found."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown résumé(s) to check.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--max-pages", paramLabel = "N", description = "Report a problem when longer than N pages.")
  Integer maxPages;

  @Option(names = "--pdf", paramLabel = "COMMITTED.pdf",
      description = "Also report whether this PDF is the current output of the (single) input.")
  Path committedPdf;

  @Option(names = "--json", description = "Print a machine-readable report on stdout.")
  boolean json;

  @Option(names = "--theme", paramLabel = "NAME|FILE.css", description = "Theme to check with.")
  String theme;

  @Option(names = "--css", paramLabel = "EXTRA.css", description = "Extra style sheet, as for render.")
  Path css;

  @Option(names = "--paper", paramLabel = "SIZE", description = "Paper size: a4, letter or legal.")
  RenderCommand.Paper paper;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override front matter or a style option.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Check the version with these tags.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--exclude-tags", paramLabel = "TAG", split = ",", description = "Leave out content tagged TAG.")
  List<String> excludeTags = new ArrayList<>();

  @Option(names = "--pdfa", description = "Check the PDF/A-2u output (for --pdf).")
  boolean pdfA;

  private final Map<String, String> env;

  CheckCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expanded expanded = Inputs.expand(inputs);
    if (committedPdf != null && expanded.files().size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pdf takes exactly one input");
    }
    Map<String, String> overrides = new LinkedHashMap<>(set);
    if (paper != null) overrides.put("style.paper", paper.name());
    // The same options and SOURCE_DATE_EPOCH as the render that made a committed PDF give the same bytes.
    Cvpress.Options options = new Cvpress.Options(theme, css, overrides, false, RenderJob.sourceDateEpoch(env, err),
        new java.util.LinkedHashSet<>(tags), new java.util.LinkedHashSet<>(excludeTags), pdfA);
    List<Cvpress.CheckReport> reports = new ArrayList<>();
    List<Diagnostic> unreadable = new ArrayList<>(expanded.problems());
    for (Path input : expanded.files()) {
      try {
        reports.add(Cvpress.check(input, options, maxPages, committedPdf));
      } catch (CvpressException e) {
        unreadable.addAll(e.diagnostics());
      }
    }
    if (json) {
      out.print(json(reports, unreadable));
    } else {
      for (Diagnostic d : unreadable) err.print(d.format());
      for (Cvpress.CheckReport r : reports) {
        for (Diagnostic d : r.problems()) err.print(d.format());
        String verdict = r.clean() ? "ok" : r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s");
        if (Boolean.TRUE.equals(r.upToDate())) verdict += ", " + committedPdf + " is up to date";
        out.printf("%s: %s (%d page%s)%n", r.file(), verdict, r.pages(), r.pages() == 1 ? "" : "s");
      }
    }
    out.flush();
    err.flush();
    if (!unreadable.isEmpty()) return ExitCode.FAILED;
    return reports.stream().allMatch(Cvpress.CheckReport::clean) ? ExitCode.OK : ExitCode.CHECK;
  }

  private static String json(List<Cvpress.CheckReport> reports, List<Diagnostic> unreadable) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeBooleanField("clean", unreadable.isEmpty() && reports.stream().allMatch(Cvpress.CheckReport::clean));
      g.writeArrayFieldStart("files");
      for (Cvpress.CheckReport r : reports) {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeNumberField("pages", r.pages());
        g.writeBooleanField("clean", r.clean());
        if (r.upToDate() != null) g.writeBooleanField("upToDate", r.upToDate());
        g.writeArrayFieldStart("problems");
        for (Diagnostic d : r.problems()) diagnostic(g, d);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (Diagnostic d : unreadable) diagnostic(g, d);
      g.writeEndArray();
      g.writeEndObject();
    }
    return w + "\n";
  }

  private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", d.severity().label());
    g.writeStringField("file", d.pos().file());
    g.writeNumberField("line", d.pos().line());
    g.writeNumberField("column", d.pos().column());
    g.writeStringField("message", d.message());
    if (d.hint() != null) g.writeStringField("hint", d.hint());
    g.writeEndObject();
  }
}
