package dev.cvpress.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.files.InputFile;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Renders in memory and reports what would make a poor résumé; exit 3 when it finds something. */
final class CheckCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private final Map<String, String> env;
  private final StdStreams std;

  private CheckCommand(Map<String, String> env, StdStreams std) {
    this.env = env;
    this.std = std;
  }

  /** The check command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec(Map<String, String> env, StdStreams std) {
    CommandSpec spec = new CheckCommand(env, std).spec;
    spec.name("check");
    spec.usageMessage().sortOptions(false).description(
        // Each line a paragraph, the first the sentence the command list shows: picocli wraps them itself.
        "Render in memory and report what a reader or an applicant tracking system would stumble on.",
        "It reports dates, a missing name or contact, unknown front-matter keys, empty sections, broken links and"
            + " images, characters no font can draw, text an applicant tracking system would lose, the page limit"
            + " and possible spelling mistakes and grammar errors (en, de, fr, es, pt); with --job, which of a job ad's skills and"
            + " terms the résumé has. Exit 0 when clean, 3 when problems are found.");
    spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("1..*").required(true).paramLabel("FILE")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Résumé(s) to check, Markdown or JSON Resume (.json).").build());
    spec.addOption(OptionSpec.builder("--max-pages").paramLabel("N").type(Integer.class)
        .description("Report a problem when longer than N pages.").build());
    spec.addOption(OptionSpec.builder("--pdf").paramLabel("COMMITTED.pdf").type(Path.class)
        .description("Also report whether this PDF is the current output of the (single) input.").build());
    spec.addOption(OptionSpec.builder("--json").description("Print a machine-readable report on stdout.").build());
    spec.addOption(OptionSpec.builder("--no-spell").description("Do not look for spelling mistakes or grammar slips.").build());
    spec.addOption(OptionSpec.builder("--no-grammar").description("Look for spelling mistakes only, not grammar slips.")
        .build());
    spec.addOption(OptionSpec.builder("--job").paramLabel("POSTING").type(Path.class)
        .description("A job ad (.txt, .md or .html; - reads it from standard input): report which of its skills and"
            + " terms the résumé has, and where.")
        .build());
    spec.addOption(OptionSpec.builder("--theme").paramLabel("NAME|FILE.css").type(String.class)
        .description("Theme to check with.").build());
    spec.addOption(OptionSpec.builder("--css").paramLabel("EXTRA.css").type(Path.class)
        .description("Extra style sheet, as for render.").build());
    spec.addOption(DocumentOptions.paperOption());
    spec.addOption(Usage.setOption("Override front matter or a style option."));
    spec.addOption(OptionSpec.builder("--tags").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Check the version with these tags.").build());
    spec.addOption(OptionSpec.builder("--exclude-tags").paramLabel("TAG").type(List.class).auxiliaryTypes(String.class)
        .splitRegex(",").description("Leave out content tagged TAG.").build());
    spec.addOption(DocumentOptions.langOption("Check the résumé in this language (default: its `lang:`)."));
    spec.addOption(OptionSpec.builder("--pdfa").description("Check the PDF/A output (for --pdf).").build());
    spec.addOption(OptionSpec.builder("--no-embed").description("Check the output without its source (for --pdf).")
        .build());
    spec.addOption(DocumentOptions.redactOption().toBuilder().description("Check the redacted copy (the --pdf given,"
        + " or the one --redact renders): report any trace of the person left in its text, metadata, links,"
        + " bookmarks or attachments.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> inputs = parsed.matchedPositionalValue(0, List.of());
    Integer maxPages = parsed.matchedOptionValue("--max-pages", null);
    Usage.pages(spec.commandLine(), "--max-pages", maxPages, null,
        "reports a problem (exit 3) when the PDF is longer than N pages");
    Path committedPdf = parsed.matchedOptionValue("--pdf", null);
    boolean json = parsed.matchedOptionValue("--json", false);
    String theme = parsed.matchedOptionValue("--theme", null);
    Path css = parsed.matchedOptionValue("--css", null);
    String paper = parsed.matchedOptionValue("--paper", null);
    Map<String, String> set = Usage.overrides(spec.commandLine(), parsed.matchedOptionValue("--set", List.of()));
    List<String> tags = parsed.matchedOptionValue("--tags", List.of());
    List<String> excludeTags = parsed.matchedOptionValue("--exclude-tags", List.of());
    String lang = parsed.matchedOptionValue("--lang", null);
    boolean pdfA = parsed.matchedOptionValue("--pdfa", false);
    boolean noEmbed = parsed.matchedOptionValue("--no-embed", false);
    StyleArguments.check(spec.commandLine(), theme, null, set);
    boolean noSpell = parsed.matchedOptionValue("--no-spell", false);
    boolean noGrammar = parsed.matchedOptionValue("--no-grammar", false);
    Path job = parsed.matchedOptionValue("--job", null);

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expanded expanded = Inputs.expand(inputs);
    if (committedPdf != null && expanded.files().size() != 1) {
      throw new Usage(spec.commandLine(), "--pdf takes exactly one input, not " + expanded.files().size(),
          "check the résumé that made the committed PDF on its own: `cvpress check cv.md --pdf cv.pdf`");
    }
    boolean jobFromStdin = job != null && job.equals(RenderJob.STANDARD);
    if (jobFromStdin && expanded.files().contains(RenderJob.STANDARD)) {
      throw new Usage(spec.commandLine(), "the résumé and the job ad cannot both come from standard input",
          "save one of them to a file, e.g. `cvpress check - --job posting.txt < cv.md`");
    }
    // The same options and SOURCE_DATE_EPOCH as the render that made a committed PDF give the same bytes.
    Options.Builder builder = Options.builder().theme(theme).css(css).set(set).paper(paper)
        .sourceDateEpoch(RenderJob.sourceDateEpoch(env, err)).tags(tags).excludeTags(excludeTags).pdfA(pdfA)
        .embedSource(!noEmbed).lang(lang).spelling(!noSpell).grammar(!noGrammar).jobAd(jobFromStdin ? null : job)
        .redact(DocumentOptions.redact(spec.commandLine(), spec.findOption("--redact").getValue()));
    List<Cvpress.CheckReport> reports = new ArrayList<>();
    List<Diagnostic> unreadable = new ArrayList<>(expanded.problems());
    try {
      // A pipe or a device named by an option would block or never end: refused before any render.
      if (committedPdf != null) dev.cvpress.files.CommittedFile.refuseNonPdf(committedPdf);
      if (jobFromStdin) {
        // `--job -`: the ad piped in, read once and handed to every check.
        byte[] ad = readJobAd(std.in());
        dev.cvpress.check.JobAd.read(Standard.STDIN_NAME, ad);
        builder.jobAd(Standard.STDIN_NAME, ad);
      } else if (job != null) {
        dev.cvpress.check.JobAd.read(job);
      }
      if (css != null) InputFile.refuseSpecial(css, "style sheet");
      if (theme != null && theme.toLowerCase(java.util.Locale.ROOT).endsWith(".css")) {
        InputFile.refuseSpecial(Path.of(theme), "style sheet");
      }
    } catch (CvpressException e) {
      // Nothing is checked; with --json the refusal is still the report on stdout, as a script reads it.
      if (json) {
        out.print(json(List.of(), e.diagnostics()));
      } else {
        e.diagnostics().forEach(d -> err.print(d.format()));
      }
      out.flush();
      err.flush();
      return ExitCode.FAILED;
    }
    Options options = builder.build();
    for (Path input : expanded.files()) {
      try {
        if (input.equals(RenderJob.STANDARD)) {
          // `cvpress check -`: the résumé on standard input.
          Cvpress.Input stdin = Standard.readStdin(std.in(), unreadable);
          if (stdin != null) reports.add(Cvpress.check(stdin, options, maxPages, committedPdf));
        } else {
          reports.add(Cvpress.check(input, options, maxPages, committedPdf));
        }
      } catch (CvpressException e) {
        unreadable.addAll(e.diagnostics());
      } catch (StackOverflowError e) {
        unreadable.add(Diagnostic.error(Code.NESTED_TOO_DEEPLY, dev.cvpress.model.SourcePos.file(input.toString()),
            "the document is nested too deeply to lay out", "flatten deeply nested lists or quotes"));
      } catch (RuntimeException | Error e) {
        // One file's bug is reported on its own line; the other files are still checked.
        unreadable.add(Batch.internalError(input.toString(), e));
      }
    }
    if (json) {
      out.print(json(reports, unreadable));
    } else {
      // Coloured as render's problems are (--color, NO_COLOR, stderr a terminal).
      Report painted = new Report(out, err, false, false, CommonOptions.colour(parsed, env, std.errTerminal()));
      for (Diagnostic d : unreadable) painted.problem(d);
      for (Cvpress.CheckReport r : reports) {
        for (Diagnostic d : r.problems()) painted.problem(d);
        for (String note : r.notes()) err.printf("%s: note: %s%n", r.file(), note);
        if (r.jobAd() != null) out.print(JobReport.text(r.file(), r.jobAd()));
        String verdict = r.clean() ? "ok" : r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s");
        if (Boolean.TRUE.equals(r.upToDate())) verdict += ", " + committedPdf + " is up to date";
        out.printf("%s: %s (%d page%s)%n", r.file(), verdict, r.pages(), r.pages() == 1 ? "" : "s");
      }
      if (expanded.files().size() > 1) {
        // Several files end as a batch of renders does, with what became of them all.
        long clean = reports.stream().filter(Cvpress.CheckReport::clean).count();
        out.printf("check: %d clean, %d with problems, %d failed%n", clean, reports.size() - clean,
            expanded.files().size() - reports.size());
      }
    }
    out.flush();
    err.flush();
    if (!unreadable.isEmpty()) return ExitCode.FAILED;
    return reports.stream().allMatch(Cvpress.CheckReport::clean) ? ExitCode.OK : ExitCode.CHECK;
  }

  /** The job ad on standard input, one byte past the limit at most (so that a larger one is said to be). */
  private static byte[] readJobAd(java.io.InputStream in) throws CvpressException {
    try {
      return in.readNBytes(dev.cvpress.check.JobAd.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE,
          dev.cvpress.model.SourcePos.file(Standard.STDIN_NAME), "cannot read the job ad from standard input: "
          + e.getMessage(), "pipe the ad in, e.g. `cvpress check cv.md --job - < posting.txt`"));
    }
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
        if (!r.notes().isEmpty()) {
          g.writeArrayFieldStart("notes");
          for (String note : r.notes()) g.writeString(note);
          g.writeEndArray();
        }
        if (r.jobAd() != null) JobReport.json(g, r.jobAd());
        g.writeArrayFieldStart("problems");
        for (Diagnostic d : r.problems()) diagnostic(g, d);
        g.writeEndArray();
        // A letter, or a redacted copy, is not read back as a résumé.
        if (r.parseBack() != null) {
          g.writeObjectFieldStart("parseBack");
          g.writeStringField("reading", r.parseBack().reading());
          g.writeArrayFieldStart("fields");
          for (dev.cvpress.check.ParseBack.Field f : r.parseBack().fields()) parsedField(g, f);
          g.writeEndArray();
          g.writeEndObject();
        }
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

  /** A field of the résumé and what a résumé parser reading the PDF found for it. */
  private static void parsedField(JsonGenerator g, dev.cvpress.check.ParseBack.Field f) throws IOException {
    g.writeStartObject();
    g.writeStringField("field", f.field());
    if (f.of() != null) g.writeStringField("of", f.of());
    g.writeStringField("expected", f.expected());
    if (f.found() != null) g.writeStringField("found", f.found());
    else g.writeNullField("found");
    g.writeBooleanField("ok", f.ok());
    g.writeNumberField("line", f.pos().line());
    g.writeEndObject();
  }

  private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", d.severity().label());
    g.writeStringField("code", d.code().name());
    g.writeStringField("file", d.pos().file());
    g.writeNumberField("line", d.pos().line());
    g.writeNumberField("column", d.pos().column());
    g.writeStringField("message", d.message());
    if (d.hint() != null) g.writeStringField("hint", d.hint());
    g.writeEndObject();
  }
}
