package dev.cvpress.cli;

import dev.cvpress.diag.Diagnostic;
import java.io.PrintWriter;

/**
 * Prints what a batch does: one line per file on stdout, problems on stderr, a progress bar when stderr is a
 * terminal and there are many files, colour as {@link CommonOptions#colour} decides, and with {@code --debug} the
 * stack trace of an internal error.
 */
final class Report implements Batch.Progress {
  private static final int PROGRESS_FROM = 5;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final boolean colour;
  private final boolean debug;
  private int total;
  private int done;

  /**
   * @param terminal whether stderr is a terminal (a progress bar)
   * @param colour whether problems are coloured
   */
  Report(PrintWriter out, PrintWriter err, boolean quiet, boolean terminal, boolean colour) {
    this(out, err, quiet, terminal, colour, false);
  }

  Report(PrintWriter out, PrintWriter err, boolean quiet, boolean terminal, boolean colour, boolean debug) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
    this.colour = colour;
    this.debug = debug;
  }

  @Override
  public synchronized void bug(Throwable e) {
    if (!debug) return;
    clearProgress();
    e.printStackTrace(err);
    err.flush();
  }

  @Override
  public void start(int total) {
    this.total = total;
  }

  void problem(Diagnostic d) {
    clearProgress();
    err.print(paint(d));
    err.flush();
  }

  @Override
  public synchronized void done(Batch.Result r) {
    done++;
    clearProgress();
    // Capped here too: a batch's results may come from anywhere, and each kind is worth reading only so often.
    for (Diagnostic w : Diagnostic.limitRepeats(r.warnings())) err.print(paint(w));
    for (Diagnostic e : Diagnostic.limitRepeats(r.errors())) err.print(paint(e));
    // The line names files, and a file's name may hold control characters as well as its text can.
    if (r.line() != null && !quiet) out.println(Diagnostic.escape(r.line(), false));
    out.flush();
    err.flush();
    if (progress() && done < total) {
      int width = 30;
      int filled = width * done / total;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  @Override
  public void finish() {
    clearProgress();
  }

  private boolean progress() {
    return terminal && !quiet && total >= PROGRESS_FROM;
  }

  private void clearProgress() {
    if (progress()) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private String paint(Diagnostic d) {
    String text = d.format();
    if (!colour) return text;
    String label = d.severity().label() + ":";
    String code = d.isError() ? "\033[1;31m" : "\033[1;33m";
    return text.replaceFirst(java.util.regex.Pattern.quote(label), code + label + "\033[0m");
  }
}
