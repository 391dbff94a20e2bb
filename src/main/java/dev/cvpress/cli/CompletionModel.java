package dev.cvpress.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a shell needs to complete a cvpress command line, read from the command line's own model (the commands, their
 * options and what each takes), so that the bash, zsh and fish scripts and the man pages cannot drift from it.
 */
record CompletionModel(List<Command> commands, List<Arg> rootOptions) {
  /** What a value is completed with: nothing (a flag), nothing to offer (a number), words, files or folders. */
  enum Files { NONE, FILES, DIRS }

  /**
   * An option or a positional parameter.
   *
   * @param names its names, short first; empty for a positional parameter
   * @param takesValue whether a value follows it
   * @param choices the words its value may be (and may be a file as well when {@code files} says so)
   */
  record Arg(List<String> names, boolean takesValue, boolean repeatable, String label, List<String> choices,
      Files files, String description) {}

  /** A subcommand: its name, what it does, its options and what its positional parameters are. */
  record Command(String name, String description, List<Arg> options, Arg positional) {}

  /** The command that runs when the first word is not a command (`cvpress cv.md`). */
  static final String DEFAULT_COMMAND = "render";

  /** The model of every command, as `cvpress --help` would build it. */
  static CompletionModel read() {
    CommandLine cli = RootCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), Map.of(), StdStreams.none(false), null);
    List<Command> commands = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      List<Arg> options = new ArrayList<>();
      for (OptionSpec o : spec.options()) if (!o.hidden()) options.add(arg(o));
      Arg positional = spec.positionalParameters().isEmpty() ? null : arg(spec.positionalParameters().get(0));
      // A command's one line is its header when it has one (picocli's help), else its description.
      String[] about = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()
          : spec.usageMessage().description();
      commands.add(new Command(e.getKey(), firstSentence(about), options, positional));
    }
    List<Arg> root = new ArrayList<>();
    for (OptionSpec o : cli.getCommandSpec().options()) if (!o.hidden()) root.add(arg(o));
    return new CompletionModel(commands, root);
  }

  List<String> names() {
    return commands.stream().map(Command::name).toList();
  }

  Command command(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Arg arg(ArgSpec a) {
    List<String> names = a instanceof OptionSpec o ? List.of(o.names()) : List.of();
    boolean takesValue = a.arity().max() > 0;
    List<String> choices = new ArrayList<>();
    if (takesValue && a.completionCandidates() != null) a.completionCandidates().forEach(choices::add);
    String label = a.paramLabel() == null ? "" : a.paramLabel().replaceAll("[<>]", "");
    String upper = label.toUpperCase(Locale.ROOT);
    Files files = Files.NONE;
    if (takesValue && upper.contains("DIR")) {
      files = Files.DIRS;
    } else if (takesValue && (a.type() == Path.class || upper.contains("FILE") || upper.contains(".")
        || upper.equals("IN") || upper.equals("OUT") || upper.equals("MANIFEST"))) {
      files = Files.FILES;
    }
    boolean repeatable = a.isMultiValue() || (a instanceof OptionSpec o && o.arity().max() > 1);
    return new Arg(names, takesValue, repeatable, label, choices, files, firstSentence(a.description()));
  }

  /** The first sentence of a description, as a completion menu shows it: one short line. */
  static String firstSentence(String[] description) {
    String text = String.join(" ", description).replace("%n", " ").replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    // "e.g. " and "i.e. " do not end a sentence.
    while (end >= 0 && (text.startsWith("e.g", end - 3) || text.startsWith("i.e", end - 3))) {
      end = text.indexOf(". ", end + 2);
    }
    if (end >= 0) text = text.substring(0, end + 1);
    if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
    return text;
  }
}
