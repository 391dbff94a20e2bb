package dev.cvpress.cli;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders many inputs in one process, on all cores: each document gets its own renderer (the PDF engine's
 * builders are single-use), results are reported in input order as soon as each is ready.
 */
final class Batch {
  private Batch() {}

  /**
   * One input and where its outputs go (the path without extension), and the extension as the user spelled it
   * ({@code -o CV.PDF}: "PDF"), which the file of the format it names keeps; null for the formats' own.
   */
  record Job(Path input, Path base, String extension) {
    Job(Path input, Path base) {
      this(input, base, null);
    }

    /** File {@code n} (counted from 1) of {@code format}. */
    Path file(dev.cvpress.output.OutputFormat format, int n) {
      return format.file(base, n, extension);
    }
  }

  /**
   * What became of one job: a report line, or problems that fail it (exit 1) or fail its check (exit 3); the files
   * it wrote and its pages (0 when unknown), for {@code --report}.
   */
  record Result(Job job, String line, List<Diagnostic> warnings, List<Diagnostic> errors, boolean checkOnly,
      List<Path> written, int pages) {
    static Result ok(Job job, List<Diagnostic> warnings, String line) {
      return ok(job, warnings, line, List.of(), 0);
    }

    static Result ok(Job job, List<Diagnostic> warnings, String line, List<Path> written, int pages) {
      return new Result(job, line, warnings, List.of(), false, List.copyOf(written), pages);
    }

    static Result checkFailed(Job job, List<Diagnostic> warnings, List<Diagnostic> problems) {
      return new Result(job, null, warnings, problems, true, List.of(), 0);
    }

    static Result failed(Job job, List<Diagnostic> errors) {
      return new Result(job, null, List.of(), errors, false, List.of(), 0);
    }
  }

  record Outcome(int ok, int failed, int checkFailed) {
    /**
     * The line that ends a batch of {@code command} ({@code render} of several files, {@code build}): what it
     * wrote, what failed, what it left to other shards (a render has none), and how long it took.
     */
    String summary(String command, int skipped, Shard shard, long millis) {
      int written = ok;
      StringBuilder b = new StringBuilder(command);
      if (shard.count() > 1) b.append(" (shard ").append(shard).append(')');
      b.append(": ").append(written).append(written == 1 ? " output" : " outputs").append(" written, ")
          .append(failed).append(" failed");
      if (checkFailed > 0) b.append(", ").append(checkFailed).append(" over their page limit");
      if (command.equals("build")) b.append(", ").append(skipped).append(" skipped");
      if (skipped > 0) b.append(" (other shards)");
      b.append(String.format(Locale.ROOT, " in %.1f s", millis / 1000.0));
      return b.toString();
    }
  }

  interface Work {
    Result run(Job job) throws CvpressException;
  }

  /** Told of a batch as it goes: how many jobs, each result in input order, the end. */
  interface Progress {
    void start(int total);

    void done(Result result);

    void finish();

    /** An internal error (a bug) that failed one job, as thrown: {@code --debug} prints where it happened. */
    default void bug(Throwable e) {}
  }

  static Outcome run(List<Job> jobs, Work work, Progress report) {
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    report.start(jobs.size());
    List<Result> results = new ArrayList<>();
    if (threads == 1) {
      for (Job job : jobs) {
        Result r = attempt(work, job, report);
        report.done(r);
        results.add(r);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "cvpress-render");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Result>> futures = new ArrayList<>();
        for (Job job : jobs) futures.add(pool.submit(() -> attempt(work, job, report)));
        for (Future<Result> f : futures) {
          Result r = get(f);
          report.done(r);
          results.add(r);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    report.finish();
    int failed = (int) results.stream().filter(r -> !r.errors().isEmpty() && !r.checkOnly()).count();
    int checkFailed = (int) results.stream().filter(Result::checkOnly).count();
    return new Outcome(results.size() - failed - checkFailed, failed, checkFailed);
  }

  private static Result attempt(Work work, Job job, Progress report) {
    try {
      return work.run(job);
    } catch (CvpressException e) {
      return Result.failed(job, e.diagnostics());
    } catch (StackOverflowError e) {
      return Result.failed(job, List.of(Diagnostic.error(Code.NESTED_TOO_DEEPLY, SourcePos.file(job.input().toString()),
          "the document is nested too deeply to lay out", "flatten deeply nested lists or quotes")));
    } catch (RuntimeException | Error e) {
      // A bug, or a document too big for this heap: that file fails, every other file is still rendered.
      report.bug(e);
      return Result.failed(job, List.of(internalError(job.input().toString(), e)));
    }
  }

  /** A one-line report of a bug: what was thrown, where (no stack trace: it would bury the other files' lines). */
  static Diagnostic internalError(String file, Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int newline = message.indexOf('\n');
    if (newline >= 0) message = message.substring(0, newline).strip();
    if (message.length() > 200) message = message.substring(0, 200) + "…";
    String what = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    String hint = e instanceof OutOfMemoryError
        ? "the document needs more memory than this Java heap has; CVPRESS_JAVA_OPTS=-Xmx1g gives it more"
        : "this is a bug in cvpress " + dev.cvpress.Cvpress.version()
            + "; please report it with the input that caused it (run with --debug to see where it happened)";
    return Diagnostic.error(Code.INTERNAL_ERROR, SourcePos.file(file), "internal error: " + what, hint);
  }

  private static Result get(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error er) throw er;
      throw new IllegalStateException(cause);
    }
  }
}
