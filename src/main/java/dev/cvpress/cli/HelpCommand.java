package dev.cvpress.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import dev.cvpress.diag.Suggestions;
import picocli.CommandLine.ParameterException;

/**
 * {@code cvpress help [COMMAND]}: picocli's own help command, with the same usage and behaviour, declared with the
 * model API rather than read from picocli's annotations (reading them makes proxy classes at run time, which no
 * startup archive can hold: a fifth of a fresh {@code cvpress --help}).
 */
final class HelpCommand implements Callable<Integer>, CommandLine.IHelpCommandInitializable2 {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private CommandLine self;
  private CommandLine.Help.ColorScheme colours;
  private PrintWriter out;

  private HelpCommand() {}

  /** The help command's options and usage, as picocli's {@code CommandLine.HelpCommand} declares them. */
  static CommandSpec spec() {
    CommandSpec spec = new HelpCommand().spec;
    spec.name("help");
    spec.helpCommand(true);
    spec.usageMessage()
        .header("Display help information about the specified command.")
        .synopsisHeading("%nUsage: ")
        .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n");
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("helpCommand.help")
        .description("Show usage help for the help command and exit.").build());
    spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
        .descriptionKey("helpCommand.command").description("The COMMAND to display the usage help message for.")
        .build());
    return spec;
  }

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colours = colorScheme;
    this.out = out;
  }

  @Override
  public Integer call() {
    CommandLine parent = self == null ? null : self.getParent();
    if (parent == null) return CommandLine.ExitCode.OK;
    String name = spec.commandLine().getParseResult().matchedPositionalValue(0, null);
    CommandLine shown = parent;
    if (name != null) {
      shown = parent.getSubcommands().get(name);
      if (shown == null) {
        String meant = Suggestions.closest(name, RootCommand.COMMANDS);
        throw new Usage(parent, "unknown command `" + name + "`", (meant != null ? "did you mean `cvpress help "
            + meant + "`? " : "") + "the commands are: " + String.join(", ", RootCommand.COMMANDS));
      }
    }
    shown.usage(out, colours);
    return shown.getCommandSpec().exitCodeOnUsageHelp();
  }
}
