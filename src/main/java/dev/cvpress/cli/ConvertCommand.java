package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputNames;
import dev.cvpress.model.SourcePos;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Converts a résumé between Markdown, JSON Resume and RenderCV. */
final class ConvertCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private final StdStreams std;

  private ConvertCommand(StdStreams std) {
    this.std = std;
  }

  private static String formats() {
    return String.join("|", Arrays.stream(InputNames.Format.values()).filter(InputNames.Format::written)
        .map(InputNames.Format::id).toList());
  }

  /** The convert command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec(StdStreams std) {
    CommandSpec spec = new ConvertCommand(std).spec;
    spec.name("convert");
    spec.usageMessage().sortOptions(false).description(
        // Each line a paragraph, the first the sentence the command list shows: picocli wraps them itself.
        "Convert a résumé to Markdown, JSON Resume (jsonresume.org) or RenderCV YAML (rendercv.com).",
        "What one format has and the other has no place for is kept aside and reported, so that converting back"
            + " gives it back (RenderCV: reported). LinkedIn data exports are read too, as a start.");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("IN").type(Path.class)
        .description("The résumé: Markdown (.md), JSON Resume (.json), RenderCV (.yaml) or a LinkedIn",
            "data export (.zip); - reads it from standard input.").build());
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("OUT").type(Path.class)
        .description("File to write, its format from its extension; `-` writes to standard output.").build());
    spec.addOption(OptionSpec.builder("--to").paramLabel(formats()).type(String.class)
        .description("Format to write (default: OUT's extension); without -o, writes IN's name with its extension"
            + " (standard output for -).")
        .build());
    spec.addOption(DocumentOptions.langOption("The language to write of a résumé written in several: a JSON Resume"
        + " holds one (default: the résumé's `lang:`); Markdown holds them all unless --lang chooses one."));
    spec.addOption(OptionSpec.builder("--force").description("Replace OUT if it exists.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Path input = parsed.matchedPositionalValue(0, null);
    Path output = parsed.matchedOptionValue("--output", null);
    String toName = parsed.matchedOptionValue("--to", null);
    boolean force = parsed.matchedOptionValue("--force", false);
    String lang = parsed.matchedOptionValue("--lang", null);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    boolean stdin = input.equals(RenderJob.STANDARD);
    // A résumé from standard input goes to standard output unless -o names a file, as render's does.
    boolean stdout = output != null ? Standard.isStdout(output) : stdin;
    InputNames.Format to;
    if (toName != null) {
      to = InputNames.Format.named(toName);
      if (to == null) throw usage("unknown format `" + toName + "`; use " + formats().replace("|", " or "));
    } else if (output != null && !Standard.isStdout(output)) {
      to = InputNames.format(output.getFileName().toString());
      if (to == null) {
        throw usage("cannot tell the format of " + output + " from its name; name it ."
            + String.join(", .", Arrays.stream(InputNames.Format.values()).filter(InputNames.Format::written)
                .flatMap(f -> f.extensions().stream()).toList()) + ", or pass --to " + formats());
      }
    } else {
      throw usage("say what to write: -o OUT.json, -o OUT.md, -o OUT.yaml (RenderCV), or --to " + formats()
          + (stdin || output != null ? " (with -o -, --to names the format)" : ""));
    }
    if (!to.written()) {
      throw usage("cvpress reads " + to.label() + " but does not write it; write Markdown (-o OUT.md), JSON"
          + " Resume (-o OUT.json) or RenderCV (-o OUT.yaml)");
    }
    // `-o tidy.yml --to json` would put JSON in a file every reader takes for YAML.
    InputNames.Format named = output == null || Standard.isStdout(output) ? null
        : InputNames.format(output.getFileName().toString());
    // A render's file (.pdf, .docx, …) never holds a conversion; .txt is Markdown, which only --to md writes.
    String spelled = output == null || Standard.isStdout(output) ? null
        : dev.cvpress.output.OutputFormat.extensionOf(output.getFileName().toString());
    if (toName != null && spelled != null && !(spelled.equalsIgnoreCase("txt") && to == InputNames.Format.MARKDOWN)) {
      throw usage("-o " + output + " names a ." + spelled + " file, but --to " + toName + " writes " + to.label()
          + "; name the file ." + to.extensions().get(0));
    }
    if (toName != null && named != null && named != to) {
      throw usage("-o " + output + " names a " + named.label() + " file, but --to " + toName + " writes "
          + to.label() + "; name the file ." + to.extensions().get(0) + ", or leave out --to (the name picks the"
          + " format)");
    }
    if (output == null && !stdout) {
      String name = InputNames.stem(input.getFileName().toString()) + "." + to.extensions().get(0);
      Path parent = input.getParent();
      output = parent != null ? parent.resolve(name) : Path.of(name);
    }
    if (!stdout && !stdin) {
      Diagnostic refused = refused(input, output, force);
      if (refused != null) {
        err.print(refused.format());
        return ExitCode.FAILED;
      }
    }
    String shown = stdin ? Standard.STDIN_NAME : input.toString();
    Cvpress.Converted converted;
    try {
      converted = Cvpress.convert(read(input), to, lang);
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> err.print(d.format()));
      return ExitCode.FAILED;
    } catch (StackOverflowError e) {
      err.print(Diagnostic.error(Code.NESTED_TOO_DEEPLY, SourcePos.file(shown),
          "the document is nested too deeply to convert", "flatten deeply nested lists or quotes").format());
      return ExitCode.FAILED;
    } catch (RuntimeException e) {
      err.print(Batch.internalError(shown, e).format());
      return ExitCode.FAILED;
    }
    if (stdout) {
      converted.warnings().forEach(d -> err.print(d.format()));
      out.print(new String(converted.bytes(), java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
      return ExitCode.OK;
    }
    try {
      OutputFile.write(output, converted.bytes());
    } catch (CvpressException e) {
      converted.warnings().forEach(d -> err.print(d.format()));
      e.diagnostics().forEach(d -> err.print(d.format()));
      return ExitCode.FAILED;
    }
    // The line that says what was written, then what there is to say about it, as render prints them.
    int w = converted.warnings().size();
    out.println(shown + " -> " + output + " (" + to.label()
        + (w == 0 ? "" : ", " + w + (w == 1 ? " warning" : " warnings")) + ")");
    out.flush();
    converted.warnings().forEach(d -> err.print(d.format()));
    return ExitCode.OK;
  }

  /** The résumé named {@code input}, or the one on standard input for {@code -}. */
  private Cvpress.Input read(Path input) throws CvpressException {
    if (!input.equals(RenderJob.STANDARD)) return Cvpress.Input.read(input);
    java.util.List<Diagnostic> unreadable = new java.util.ArrayList<>();
    Cvpress.Input in = Standard.readStdin(std.in(), unreadable);
    if (in == null) throw new CvpressException(unreadable);
    return in;
  }

  /** Why {@code output} may not be written: it is the input, or it exists and --force was not given. */
  private static Diagnostic refused(Path input, Path output, boolean force) {
    if (OutputPlan.resolved(output).equals(OutputPlan.resolved(input))) {
      return Diagnostic.error(Code.OUTPUT_OVERWRITES_INPUT, SourcePos.file(output.toString()),
          "the output would replace the input", "write the converted résumé to another file with -o");
    }
    if (Files.exists(output) && !force) {
      return Diagnostic.error(Code.OUTPUT_EXISTS, SourcePos.file(output.toString()), "file exists; not replaced",
          "choose another name, or pass --force to replace it");
    }
    return null;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
