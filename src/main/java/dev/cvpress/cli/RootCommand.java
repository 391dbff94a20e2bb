package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "cvpress",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = "Turns a Markdown résumé into a print-quality PDF.",
    footer = {"", "Exit codes: 0 success, 1 bad input or failed render, 2 usage error, 3 a check found problems."})
final class RootCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The subcommands, in the order the usage lists them. */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
    m.put("render", RenderCommand.class);
    m.put("build", BuildCommand.class);
    m.put("check", CheckCommand.class);
    m.put("init", InitCommand.class);
    m.put("themes", ThemesCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(m);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    return commandLine(out, err, env, terminal, null);
  }

  /**
   * The command line for running {@code command}: only that subcommand is built (picocli reads each command's
   * annotations by reflection, a good part of a fresh process's start), all of them when it is null, {@code help}
   * or not one of them, so that the usage lists them all.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal,
      String command) {
    Factory factory = new Factory(env, terminal);
    CommandLine cli = new CommandLine(new RootCommand(), factory);
    boolean one = command != null && COMMANDS.containsKey(command) && !command.equals("help");
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (one && !c.getKey().equals(command)) continue;
      try {
        cli.addSubcommand(c.getKey(), factory.create(c.getValue()));
      } catch (Exception e) {
        throw new IllegalStateException("cannot create the " + c.getKey() + " command", e);
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // Anything reaching here is not a user error: say it is a bug, without burying the user in a trace.
      commandLine.getErr().println("cvpress: internal error: " + e);
      commandLine.getErr().println("This is a bug in cvpress " + Cvpress.version()
          + "; please report it with the input that caused it.");
      return ExitCode.FAILED;
    });
    return cli;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cvpress " + Cvpress.version()};
    }
  }

  /** Gives commands the environment from outside, so tests can pass their own. */
  private record Factory(Map<String, String> env, boolean terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == RenderCommand.class) return cls.cast(new RenderCommand(env, terminal));
      if (cls == BuildCommand.class) return cls.cast(new BuildCommand(env, terminal));
      if (cls == CheckCommand.class) return cls.cast(new CheckCommand(env));
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
