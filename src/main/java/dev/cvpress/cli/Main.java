package dev.cvpress.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** The entry point. Only {@link #main} exits the process; {@link #run} is what tests call. */
public final class Main {
  private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version", "help");

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.getenv(), stderrIsTerminal());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Whether standard error, where colour and the progress bar go, is a terminal. {@code System.console()} asks
   * about standard input and output: with {@code 2>err.log} it still says yes, and the log would fill with escape
   * codes. Where the system names the file behind descriptor 2, that decides.
   */
  static boolean stderrIsTerminal() {
    java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
    if (java.nio.file.Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (java.io.IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /**
   * The command meant by a first word that is none ({@code rendr}): a bare word close to a command's name, and no
   * file of that name. A résumé is named with its extension or path, so the word is not taken for one.
   */
  private static String mistypedCommand(String first) {
    if (TOP_LEVEL.contains(first) || RootCommand.COMMANDS.contains(first) || first.startsWith("-")
        || !first.matches("[A-Za-z]+") || java.nio.file.Files.exists(java.nio.file.Path.of(first))) {
      return null;
    }
    return dev.cvpress.diag.Suggestions.closest(first, RootCommand.COMMANDS);
  }

  /** Runs one command line and returns its exit code; output is plain, as when not on a terminal. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /** Runs one command line; {@code terminal} allows a progress bar and colour. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    List<String> argv = new ArrayList<>(Arrays.asList(args));
    String mistyped = argv.isEmpty() ? null : mistypedCommand(argv.get(0));
    if (mistyped != null) {
      err.println("cvpress: error: unknown command `" + dev.cvpress.diag.Diagnostic.escape(argv.get(0), false) + "`");
      err.println("hint: did you mean `cvpress " + mistyped + "`? `cvpress --help` lists the commands");
      err.flush();
      return ExitCode.USAGE;
    }
    // `cvpress FILE...` means `cvpress render FILE...`.
    if (!argv.isEmpty() && !TOP_LEVEL.contains(argv.get(0)) && !RootCommand.COMMANDS.contains(argv.get(0))) {
      argv.add(0, "render");
    }
    CommandLine cli = RootCommand.commandLine(out, err, env, terminal, argv.isEmpty() ? null : argv.get(0));
    int code;
    try {
      code = cli.execute(argv.toArray(String[]::new));
    } catch (StackOverflowError e) {
      err.println("cvpress: error: the document is nested too deeply to lay out");
      err.println("hint: flatten deeply nested lists or quotes");
      code = ExitCode.FAILED;
    } catch (Throwable e) {
      // picocli hands only Exceptions to the handler; an Error here is a bug all the same.
      err.println("cvpress: internal error: " + dev.cvpress.diag.Diagnostic.escape(String.valueOf(e), false));
      err.println("This is a bug in cvpress " + dev.cvpress.Cvpress.version()
          + "; please report it with the input that caused it.");
      code = ExitCode.FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }
}
