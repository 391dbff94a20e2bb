package dev.cvpress.cli;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A first word that is neither a command nor a file but close to a command ({@code cvpress rendr cv.md}): a typo
 * of the command, said as such rather than reported as a missing résumé.
 */
final class UnknownCommand {
  private UnknownCommand() {}

  /** The command {@code word} was meant to be, or null when it is something else (a file, an option, a path). */
  static String meant(String word) {
    if (word.isEmpty() || word.startsWith("-") || word.contains(".") || word.contains("/") || word.contains("\\")) {
      return null;
    }
    try {
      if (Files.exists(Path.of(word), LinkOption.NOFOLLOW_LINKS)) return null;
    } catch (InvalidPathException e) {
      return null;
    }
    // `cvpress watch cv.md`: watching is an option of render, not a command.
    if (word.equals("watch")) return "--watch FILE";
    return Suggestions.closest(word, RootCommand.COMMANDS);
  }

  /** Prints the usage error and gives its exit code. */
  static int report(String word, String meant, PrintWriter err) {
    err.println("cvpress: error: unknown command `" + Diagnostic.escape(word, false) + "`");
    err.println("hint: did you mean `cvpress " + meant + "`? `cvpress --help` lists the commands");
    err.flush();
    return ExitCode.USAGE;
  }
}
