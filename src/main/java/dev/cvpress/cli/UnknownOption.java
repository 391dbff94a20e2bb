package dev.cvpress.cli;

import dev.cvpress.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option the command does not have ({@code --vresion}), said as such with the option meant: picocli reports
 * a missing file first when the misspelt option was all there was, and has no suggestion for most typos.
 */
final class UnknownOption {
  private UnknownOption() {}

  /** The usage error naming the first unknown option in {@code args}, or null when every option is known. */
  static Usage find(CommandLine.ParameterException e, String[] args) {
    // picocli's own suggestion, when it has one, is printed as it is.
    if (!(e instanceof CommandLine.MissingParameterException)
        && !(e instanceof CommandLine.UnmatchedArgumentException u && u.isUnknownOption()
            && u.getSuggestions().isEmpty())) {
      return null;
    }
    CommandLine cli = e.getCommandLine();
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
      // The words Usage gives an option picocli reports itself, so that the message reads the same either way.
      return new Usage(cli, "unknown option `" + name + "`", hint(spec, name));
    }
    return null;
  }

  private static String hint(CommandSpec spec, String name) {
    List<String> known = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      for (String n : o.names()) if (n.startsWith("--")) known.add(n);
    }
    String meant = Suggestions.closest(name.startsWith("--") ? name : "-" + name, known);
    String help = "`" + spec.qualifiedName(" ") + " --help` lists the options and the values they take";
    return meant == null ? help : "did you mean `" + meant + "`? " + help;
  }
}
