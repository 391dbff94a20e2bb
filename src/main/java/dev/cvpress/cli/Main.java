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
    StdStreams std = StdStreams.system();
    // Text and documents go to standard output through one stream, in the order they are written.
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(std.out(), StandardCharsets.UTF_8), true);
    PrintWriter err = new WholeWrites(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    // Set by the launcher only while it makes the startup archive (see RootCommand.rehearse).
    if (Boolean.getBoolean("cvpress.startupTraining")) RootCommand.rehearse(System.getenv());
    int code = run(args, out, err, System.getenv(), std);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Standard error, written out after each message as a whole: with {@code 2>&1}, a report line on stdout must not
   * land inside a hint that is still in the buffer.
   */
  private static final class WholeWrites extends PrintWriter {
    WholeWrites(java.io.Writer out) {
      super(out, true);
    }

    @Override
    public void write(String s, int off, int len) {
      super.write(s, off, len);
      flush();
    }

    @Override
    public void println(String x) {
      write(x + System.lineSeparator());
    }
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
    // `cvpress --color never --help` is cvpress's help: the options every command takes come before the word that
    // says which command it is.
    int first = firstAfterCommonOptions(argv);
    if (first < argv.size() && !TOP_LEVEL.contains(argv.get(first))
        && !RootCommand.COMMANDS.contains(argv.get(first))) {
      String meant = UnknownCommand.meant(argv.get(first));
      if (meant != null) return UnknownCommand.report(argv.get(first), meant, err);
      // `cvpress FILE...` means `cvpress render FILE...`.
      argv.add(0, "render");
      first = 0;
    }
    String command = first < argv.size() ? argv.get(first) : null;
    // A lone --version prints one line: building the commands' models would be most of its time.
    if (first == argv.size() - 1 && (command.equals("--version") || command.equals("-V"))) {
      command = RootCommand.VERSION_ONLY;
    }
    CommandLine cli = RootCommand.commandLine(out, err, env, std, command);
    // picocli prints --help before any command runs, so its colours are chosen from the arguments as given.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommonOptions.helpColour(argv, env, std.outTerminal())
        ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
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
    code = lostOutput(code, out, err, std);
    err.flush();
    return code;
  }

  /**
   * The exit code once standard output is accounted for: a run that says it succeeded while its output was not
   * written (a full disk, a closed descriptor) failed. A reader that stopped reading ({@code | head}) is no error to
   * report, but the output was not all delivered.
   */
  private static int lostOutput(int code, PrintWriter out, PrintWriter err, StdStreams std) {
    java.io.IOException failure = std.outFailure();
    if (code != ExitCode.OK || (failure == null && !out.checkError())) return code;
    if (StdStreams.readerLeft(failure)) return ExitCode.FAILED;
    err.println("cvpress: error: cannot write to standard output"
        + (failure == null ? "" : ": " + dev.cvpress.diag.Diagnostic.escape(String.valueOf(failure.getMessage()), false)));
    err.println("hint: check where standard output goes (a full disk, a closed file): what it got is incomplete");
    return ExitCode.FAILED;
  }

  /** The index of the first argument that is not {@code --color WHEN}, {@code --color=WHEN} or {@code --debug}. */
  private static int firstAfterCommonOptions(List<String> argv) {
    int i = 0;
    while (i < argv.size()) {
      String a = argv.get(i);
      if (a.equals("--debug") || a.startsWith("--color=")) i++;
      else if (a.equals("--color")) i += 2;
      else break;
    }
    return Math.min(i, argv.size());
  }
}
