package dev.cvpress.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code --color} and {@code --debug}: declared once on {@code cvpress} and inherited by every subcommand, so that
 * each takes them before or after its own options.
 */
final class CommonOptions {
  static final List<String> COLOR_CHOICES = List.of("auto", "always", "never");

  private CommonOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(String.class).arity("1")
        .scopeType(ScopeType.INHERIT).completionCandidates(COLOR_CHOICES)
        .converters(when -> {
          String wanted = when.toLowerCase(Locale.ROOT);
          if (!COLOR_CHOICES.contains(wanted)) {
            throw new CommandLine.TypeConversionException(
                "expected auto, always or never but was '" + when + "'");
          }
          return wanted;
        })
        .description("Colour messages: auto (when stderr is a terminal and NO_COLOR is unset), always or never.")
        .build());
    spec.addOption(OptionSpec.builder("--debug").scopeType(ScopeType.INHERIT)
        .description("Print the stack trace of an internal error (for a bug report).").build());
  }

  /**
   * Whether messages on stderr are coloured: {@code --color always|never} decides; under {@code auto},
   * {@code NO_COLOR} (any value) turns colour off, {@code FORCE_COLOR} (other than 0) on, a dumb terminal off, and
   * otherwise it follows whether stderr is a terminal.
   */
  static boolean colour(ParseResult parsed, Map<String, String> env, boolean errTerminal) {
    String when = parsed == null ? "auto" : parsed.matchedOptionValue("--color", "auto");
    return decide(when, env, errTerminal);
  }

  /**
   * Whether the help picocli prints (on stdout) is coloured: the last {@code --color} among {@code args} decides,
   * before they are parsed; under {@code auto}, as for messages, but keyed on stdout, where help goes.
   */
  static boolean helpColour(List<String> args, Map<String, String> env, boolean outTerminal) {
    String when = "auto";
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) break;
      if (a.startsWith("--color=")) when = a.substring("--color=".length());
      else if (a.equals("--color") && i + 1 < args.size()) when = args.get(++i);
    }
    return decide(when.toLowerCase(Locale.ROOT), env, outTerminal);
  }

  /** {@code always}, {@code never}, or {@code auto}: the environment, then whether the stream is a terminal. */
  private static boolean decide(String when, Map<String, String> env, boolean terminal) {
    if (when.equals("always")) return true;
    if (when.equals("never")) return false;
    if (set(env.get("NO_COLOR"))) return false;
    String force = env.get("FORCE_COLOR");
    if (set(force)) return !force.equals("0") && !force.equalsIgnoreCase("false");
    if ("dumb".equals(env.get("TERM"))) return false;
    return terminal;
  }

  static boolean debug(ParseResult parsed) {
    return parsed != null && parsed.hasMatchedOption("--debug");
  }

  private static boolean set(String value) {
    return value != null && !value.isEmpty();
  }
}
