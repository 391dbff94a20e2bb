package dev.cvpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code cvpress completion bash|zsh|fish}: prints the shell's completion script. */
final class CompletionCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private CompletionCommand() {}

  static CommandSpec spec() {
    CommandSpec spec = new CompletionCommand().spec;
    spec.name("completion");
    spec.usageMessage().description("Print the shell completion script for bash, zsh or fish.")
        .footer("", "bash:  source <(cvpress completion bash)       (in ~/.bashrc)",
            "zsh:   source <(cvpress completion zsh)        (in ~/.zshrc, after compinit)",
            "fish:  cvpress completion fish | source        (in ~/.config/fish/config.fish)");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("SHELL").type(String.class)
        .completionCandidates(CompletionScripts.SHELLS)
        .description("The shell: " + String.join(", ", CompletionScripts.SHELLS) + ".").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    String shell = spec.commandLine().getParseResult().matchedPositionalValue(0, null);
    if (shell == null) {
      throw new Usage(spec.commandLine(), "name the shell: cvpress completion "
          + String.join("|", CompletionScripts.SHELLS), "e.g. `source <(cvpress completion bash)` in ~/.bashrc;"
          + " `cvpress completion --help` shows each shell's line");
    }
    if (!CompletionScripts.SHELLS.contains(shell)) {
      throw new Usage(spec.commandLine(), "no completion for `" + shell + "`",
          "write one of " + String.join(", ", CompletionScripts.SHELLS) + ", e.g. `cvpress completion bash`");
    }
    spec.commandLine().getOut().print(CompletionScripts.of(shell, CompletionModel.read()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
