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
    int code = run(args, out, err, System.getenv(), StdStreams.system());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code; output is plain, as when not on a terminal. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /** Runs one command line; {@code terminal} (stderr is a terminal) allows a progress bar and colour. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    return run(args, out, err, env, StdStreams.none(terminal));
  }

  /** Runs one command line with the standard streams as bytes ({@code -} and {@code -o -}) and what they are. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, StdStreams std) {
    List<String> argv = new ArrayList<>(Arrays.asList(args));
    if (!argv.isEmpty() && !TOP_LEVEL.contains(argv.get(0)) && !RootCommand.COMMANDS.contains(argv.get(0))) {
      String meant = UnknownCommand.meant(argv.get(0));
      if (meant != null) return UnknownCommand.report(argv.get(0), meant, err);
      // `cvpress FILE...` means `cvpress render FILE...`.
      argv.add(0, "render");
    }
    CommandLine cli = RootCommand.commandLine(out, err, env, std, argv.isEmpty() ? null : argv.get(0));
    int code;
    try {
      code = cli.execute(argv.toArray(String[]::new));
    } catch (StackOverflowError e) {
      err.println("cvpress: error: the document is nested too deeply to lay out");
      err.println("hint: flatten deeply nested lists or quotes");
      code = ExitCode.FAILED;
    } catch (Throwable e) {
      // picocli hands only Exceptions to the handler; an Error here is a bug all the same.
      if (argv.contains("--debug")) e.printStackTrace(err);
      err.println("cvpress: internal error: " + dev.cvpress.diag.Diagnostic.escape(String.valueOf(e), false));
      err.println("This is a bug in cvpress " + dev.cvpress.Cvpress.version()
          + "; please report it with the input that caused it (run with --debug to see where it happened).");
      code = ExitCode.FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }
}
