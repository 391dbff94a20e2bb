package dev.cvpress.cli;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.StyleOption;
import dev.cvpress.style.StyleOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line that is wrong (exit 2): what is wrong and, as for every other problem, a hint saying what to write
 * instead; never the whole usage, which would bury the one line that matters.
 */
final class Usage extends CommandLine.ParameterException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  Usage(CommandLine cli, String message, String hint) {
    super(cli, message);
    this.hint = hint;
  }

  /** Prints a usage error, {@code cvpress render: error: …} and its hint, and gives exit code 2. */
  static int handle(CommandLine.ParameterException e, String[] args) {
    Usage unknownOption = UnknownOption.find(e, args);
    if (unknownOption != null) e = unknownOption;
    CommandLine cli = e.getCommandLine();
    String command = cli.getCommandSpec().qualifiedName(" ");
    String help = "`" + command + " --help` lists the options and the values they take";
    String hint;
    if (e instanceof Usage u) {
      hint = u.hint;
    } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      hint = "did you mean `" + unmatched.getSuggestions().get(0) + "`? " + help;
    } else {
      hint = help;
    }
    String message = e.getMessage();
    PrintWriter err = cli.getErr();
    err.println(Diagnostic.escape(command + ": error: " + message, false));
    err.println(Diagnostic.escape("hint: " + hint, false));
    err.flush();
    return ExitCode.USAGE;
  }

  /** The {@code --set KEY=VALUE} option; its values are read by {@link #overrides}, which says what is wrong. */
  static OptionSpec setOption(String description) {
    return OptionSpec.builder("--set").paramLabel("KEY=VALUE").type(List.class).auxiliaryTypes(String.class)
        .description(description).build();
  }

  /** The {@code --set} pairs as key to value, in the order given; a pair without a key or an {@code =} is an error. */
  static Map<String, String> overrides(CommandLine cli, List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new Usage(cli, "--set takes KEY=VALUE, but `" + pair + "` has no `=`", valuesOf(pair));
      }
      if (eq == 0) {
        throw new Usage(cli, "--set takes KEY=VALUE, but `" + pair + "` has no key before the `=`",
            "write the key before the `=`, e.g. `--set paper=letter`");
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }

  /** What to write for a {@code --set} key given without a value: the key meant, and the values it takes. */
  private static String valuesOf(String key) {
    String prefix = key.startsWith("style.") ? "style." : "";
    String bare = key.substring(prefix.length());
    List<String> known = new ArrayList<>();
    if (prefix.isEmpty()) known.addAll(ResumeParser.FRONT_MATTER_KEYS);
    for (StyleOption<?> option : StyleOptions.ALL) known.add(option.key());
    String meant = known.contains(bare) ? bare : Suggestions.closest(bare, known);
    if (meant == null) {
      return "write `--set KEY=VALUE`, with KEY a style option (" + String.join(", ", known.subList(
          prefix.isEmpty() ? ResumeParser.FRONT_MATTER_KEYS.size() : 0, known.size())) + ")"
          + (prefix.isEmpty() ? " or a front-matter key (" + String.join(", ", ResumeParser.FRONT_MATTER_KEYS) + ")"
              : "");
    }
    String hint = (meant.equals(bare) ? "" : "did you mean `" + prefix + meant + "`? ")
        + "write `--set " + prefix + meant + "=VALUE`";
    for (StyleOption<?> option : StyleOptions.ALL) {
      if (option.key().equals(meant)) return hint + "; " + meant + " takes " + option.hint();
    }
    return hint;
  }

  /** A page count given on the command line: at least 1 (and at most {@code max}, when there is one). */
  static void pages(CommandLine cli, String option, Integer n, Integer max, String means) {
    if (n == null) return;
    if (n < 1 || (max != null && n > max)) {
      String range = max != null ? "a whole number of pages from 1 to " + max : "a whole number of pages, 1 or more";
      throw new Usage(cli, option + " takes " + range + ", not " + n, option + " N " + means);
    }
  }
}
