package dev.cvpress.cli;

import dev.cvpress.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option the command does not have ({@code --vresion}), said as such with the option meant: picocli reports
 * a missing file first when the misspelt option was all there was, and has no suggestion for most typos. The one
 * place that says an option is unknown.
 */
final class UnknownOption {
  private UnknownOption() {}

  /**
   * The usage error naming the first unknown option in {@code args}, or null when the error is of another kind or
   * every option is known. Every "unknown option" the command line says is made here.
   */
  static Usage find(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u && u.isUnknownOption() && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      return usage(cli, arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg, u.getSuggestions());
    }
    // picocli reports a missing FILE first when the misspelt option was all there was: the option is what is wrong.
    if (!(e instanceof CommandLine.MissingParameterException)) return null;
    CommandSpec spec = cli.getCommandSpec();
    boolean valueNext = false;
    for (String arg : args) {
      if (arg.equals("--")) break;
      if (valueNext) {
        valueNext = false;
        continue;
      }
      if (!arg.startsWith("-") || arg.equals("-") || arg.matches("-\\d.*")) continue;
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      OptionSpec option = spec.findOption(name);
      if (option == null && !name.startsWith("--") && name.length() > 2) {
        option = spec.findOption(name.substring(0, 2)); // -ocv.pdf, a short option with its value attached
        if (option != null) continue;
      }
      if (option != null) {
        valueNext = option.arity().max() > 0 && !arg.contains("=");
        continue;
      }
      return usage(cli, name, List.of());
    }
    return null;
  }

  /** "unknown option `--vresion`", and the option meant: the closest name, else picocli's guess. */
  private static Usage usage(CommandLine cli, String name, List<String> guesses) {
    CommandSpec spec = cli.getCommandSpec();
    List<String> known = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      for (String n : o.names()) if (n.startsWith("--")) known.add(n);
    }
    String meant = Suggestions.closest(name.startsWith("--") ? name : "-" + name, known);
    if (meant == null && !guesses.isEmpty()) meant = guesses.get(0);
    String help = "`" + spec.qualifiedName(" ") + " --help` lists the options and the values they take";
    return new Usage(cli, "unknown option `" + name + "`", meant == null ? help
        : "did you mean `" + meant + "`? " + help);
  }
}
