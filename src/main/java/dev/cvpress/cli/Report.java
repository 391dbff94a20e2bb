package dev.cvpress.cli;

import dev.cvpress.diag.Diagnostic;
import java.io.PrintWriter;

/**
 * Prints what a batch does: one line per file on stdout, problems on stderr, a progress bar on a terminal when
 * there are many files, and colour only on a terminal and never when NO_COLOR is set.
 */
final class Report implements Batch.Progress {
  private static final int PROGRESS_FROM = 5;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final boolean colour;
  private int total;
  private int done;

  Report(PrintWriter out, PrintWriter err, boolean quiet, boolean terminal, boolean colourAllowed) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
    this.colour = terminal && colourAllowed;
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
