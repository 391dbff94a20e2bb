package dev.cvpress.cli;

import dev.cvpress.style.StyleOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that say which document is made, declared once for every command that takes them: {@code --paper},
 * {@code --lang} and {@code --redact} (render, check, build, preview, convert).
 */
final class DocumentOptions {
  private DocumentOptions() {}

  /**
   * {@code --redact[=initials|placeholder]}: a copy without personal data. Only a mode's name is taken as its
   * value, so that {@code --redact cv.md} leaves the file for the positional.
   */
  static OptionSpec redactOption() {
    // picocli would take any next argument as an optional value; only a mode's name is taken.
    return OptionSpec.builder("--redact").arity("0..1").paramLabel("MODE").type(String.class)
        .preprocessor((args, command, arg, info) -> {
          String next = args.isEmpty() ? null : args.peek();
          boolean attached = !" ".equals(info.get("separator"));
          if (attached || next != null && dev.cvpress.transform.Redaction.Mode.named(next) != null) {
            ((OptionSpec) arg).setValue(args.pop()); // --redact=foo: checked as a mode, see redact()
            return true;
          }
          if (next != null && !next.startsWith("-") && !existing(next)) {
            // `--redact foo`: neither a mode nor a file; say both, rather than "no such file" for a mistyped mode.
            throw new Usage(command.commandLine(), "`" + next + "` after --redact is neither a redaction mode"
                + " (initials, placeholder) nor an existing file", "write a mode as --redact=placeholder, or"
                + " give the path of a file that exists");
          }
          ((OptionSpec) arg).setValue("initials");
          return true;
        })
        .description("Write a copy without personal data: the name as initials"
            + " (or `placeholder`), no e-mail, phone, street address, photo, profile links or embedded source.")
        .build();
  }

  private static boolean existing(String path) {
    try {
      return java.nio.file.Files.exists(Path.of(path));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** The mode of {@code --redact}, null when not given; an unknown mode is a usage error. */
  static dev.cvpress.transform.Redaction.Mode redact(CommandLine cl, String value) {
    if (value == null) return null;
    var mode = dev.cvpress.transform.Redaction.Mode.named(value);
    if (mode == null) {
      throw new Usage(cl, "unknown --redact mode `" + value + "`",
          "use --redact (initials) or --redact=placeholder");
    }
    return mode;
  }

  /** {@code --paper}: a size {@code style.paper} allows, in any letter case, or a usage error. */
  static OptionSpec paperOption() {
    List<String> sizes = StyleOptions.PAPER.values();
    return OptionSpec.builder("--paper").paramLabel("SIZE").type(String.class).completionCandidates(sizes)
        .converters(size -> {
          String wanted = size.toLowerCase(Locale.ROOT);
          if (!sizes.contains(wanted)) {
            throw new CommandLine.TypeConversionException(
                String.format("expected one of %s (case-insensitive) but was '%s'", sizes, size));
          }
          return wanted;
        })
        .description("Paper size: " + StyleOptions.PAPER.hint() + ".").build();
  }

  /** {@code --lang}: the language to render of a résumé written in several; a language tag such as de or pt-BR. */
  static OptionSpec langOption(String what) {
    return OptionSpec.builder("--lang").paramLabel("LANG").type(String.class)
        .converters(lang -> {
          if (!lang.matches("[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")) {
            throw new CommandLine.TypeConversionException(
                "expected a language tag such as en, de or pt-BR, but was '" + lang + "'");
          }
          return lang.replace('_', '-');
        })
        .description(what).build();
  }
}
