package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cvpress} command, which puts the subcommands together. Every command's model is declared in code with
 * picocli's model API, not with its annotations: annotations are read through proxy classes the JDK makes at run
 * time, which no startup archive can hold, and reading them was a good part of a fresh process's start.
 */
final class RootCommand implements Runnable {
  /** The subcommands, in the order the usage lists them. */
  static final List<String> COMMANDS = List.of("render", "build", "check", "preview", "convert", "init", "themes",
      "extract", "schema", "completion", "help");

  /** Passed as the command to {@link #commandLine} for a lone {@code --version}, which needs no subcommand. */
  static final String VERSION_ONLY = "--version";

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private RootCommand() {}

  /** The top-level command's options and usage; picocli calls {@link #run} when no subcommand is given. */
  private static CommandSpec spec() {
    CommandSpec spec = new RootCommand().spec;
    spec.name("cvpress");
    spec.versionProvider(new Version());
    spec.usageMessage()
        .description("Turns a Markdown résumé into a print-quality PDF.")
        .footer("", "Exit codes: 0 success, 1 bad input or failed render, 2 usage error, 3 a check found problems.");
    HelpOptions.addTo(spec);
    CommonOptions.addTo(spec);
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line for running {@code command}: only that subcommand is built, none for {@link #VERSION_ONLY}
   * (a lone {@code --version}), all of them when it is null, {@code help} or not one of them, so that the usage lists
   * them all.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, StdStreams std,
      String command) {
    CommandLine cli = new CommandLine(spec());
    boolean one = command != null && COMMANDS.contains(command) && !command.equals("help");
    boolean none = VERSION_ONLY.equals(command);
    for (String name : COMMANDS) {
      if (none || one && !name.equals(command)) continue;
      cli.addSubcommand(name, subcommand(name, env, std));
      // -V on a subcommand prints what it prints on cvpress.
      cli.getSubcommands().get(name).getCommandSpec().versionProvider(new Version());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Usage::handle);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // Anything reaching here is not a user error: say it is a bug, without burying the user in a trace, which
      // --debug prints.
      if (CommonOptions.debug(commandLine.getParseResult())) e.printStackTrace(commandLine.getErr());
      commandLine.getErr().println("cvpress: internal error: " + e);
      commandLine.getErr().println("This is a bug in cvpress " + Cvpress.version()
          + "; please report it with the input that caused it (run with --debug to see where it happened).");
      return ExitCode.FAILED;
    });
    return cli;
  }

  /**
   * Builds every command's model and prints every usage into nothing: run once while the startup archive is made
   * from a render, so that the classes of the commands a render does not build (and of picocli's usage help) are in
   * the archive too, not read from the jar by a later {@code --help} or {@code check}.
   */
  static void rehearse(Map<String, String> env) {
    java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
    CommandLine cli = commandLine(nowhere, nowhere, env, StdStreams.none(false), null);
    cli.usage(nowhere);
    for (CommandLine sub : cli.getSubcommands().values()) sub.usage(nowhere);
  }

  /** A subcommand's model, given the environment from outside so that tests can pass their own. */
  private static Object subcommand(String name, Map<String, String> env, StdStreams std) {
    boolean terminal = std.errTerminal();
    return switch (name) {
      case "render" -> RenderCommand.spec(env, std);
      case "build" -> BuildCommand.spec(env, terminal);
      case "check" -> CheckCommand.spec(env, std);
      case "preview" -> PreviewCommand.spec();
      case "convert" -> ConvertCommand.spec(std);
      case "init" -> InitCommand.spec();
      case "themes" -> ThemesCommand.spec();
      case "extract" -> ExtractCommand.spec();
      case "schema" -> SchemaCommand.spec();
      case "completion" -> CompletionCommand.spec();
      case "help" -> HelpCommand.spec();
      default -> throw new IllegalArgumentException("no such command: " + name);
    };
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cvpress " + Cvpress.version()};
    }
  }
}
