package dev.cvpress.cli;

import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Write a starter résumé that shows every Markdown convention.",
    mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "File to create (default resume.md).")
  Path target = Path.of("resume.md");

  @CommandLine.Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Path file = target.toString().endsWith(".md") ? target : Path.of(target + ".md");
    if (Files.exists(file) && !force) {
      Diagnostic d = Diagnostic.error(SourcePos.file(file.toString()), "file exists; not replaced",
          "choose another name, or pass --force to replace it");
      spec.commandLine().getErr().print(d.format());
      return ExitCode.FAILED;
    }
    byte[] starter;
    try (InputStream in = InitCommand.class.getResourceAsStream("/starter.md")) {
      starter = in.readAllBytes();
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
