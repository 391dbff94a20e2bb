package dev.cvpress.cli;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputNames;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Writes the starter résumé, or a starter cover letter. */
final class InitCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private InitCommand() {}

  /** The init command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec() {
    CommandSpec spec = new InitCommand().spec;
    spec.name("init");
    spec.usageMessage().description("Write a starter résumé that shows every Markdown convention.");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("NAME").type(Path.class)
        .description("File to create (default resume.md, or letter.md with --letter); an existing folder gets"
            + " that file inside it; - writes it to standard output.").build());
    spec.addOption(OptionSpec.builder("--letter").description("Write a starter cover letter instead.").build());
    spec.addOption(OptionSpec.builder("--force").description("Replace the file if it exists.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    ParseResult parsed = spec.commandLine().getParseResult();
    boolean letter = parsed.matchedOptionValue("--letter", false);
    Path target = parsed.matchedPositionalValue(0, Path.of(letter ? "letter.md" : "resume.md"));
    boolean force = parsed.matchedOptionValue("--force", false);

    byte[] starter;
    try (InputStream in = InitCommand.class.getResourceAsStream(letter ? "/starter-letter.md" : "/starter.md")) {
      starter = in.readAllBytes();
    }
    if (target.toString().equals("-")) {
      // `cvpress init - > cv.md`, or piped on: the starter on standard output, as text.
      spec.commandLine().getOut().print(new String(starter, java.nio.charset.StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    // An existing folder is where the starter goes, as `cp` and `git init` take one: notes/ gives notes/resume.md.
    Path file = Files.isDirectory(target) ? target.resolve(letter ? "letter.md" : "resume.md")
        : Path.of(InputNames.withExtension(target.toString()));
    if (Files.exists(file) && !force) {
      Diagnostic d = Diagnostic.error(Code.OUTPUT_EXISTS, SourcePos.file(file.toString()), "file exists; not replaced",
          "choose another name, or pass --force to replace it");
      spec.commandLine().getErr().print(d.format());
      return ExitCode.FAILED;
    }
    try {
      OutputFile.write(file, starter);
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> spec.commandLine().getErr().print(d.format()));
      return ExitCode.FAILED;
    }
    spec.commandLine().getOut().println("wrote " + file + "; render it with: cvpress " + file);
    return ExitCode.OK;
  }
}
