package dev.cvpress.cli;

/**
 * Renders the watched résumé again in the background between saves, discarding what it makes, so that the render
 * after a save runs code the JIT compiler has already optimised: a render in a fresh process is mostly code running
 * for the first time, and the optimising compiler only takes over a method after thousands of calls. Without this,
 * the renders after the first few saves would each take several times the warm render's time.
 *
 * <p>It runs at the lowest priority, never while a real render runs, and stops for good after a fixed number of
 * renders (a few seconds of one core's time): an idle {@code --watch} or preview then uses no CPU at all.
 */
final class Rehearsal implements AutoCloseable {
  /** One render, its result discarded; whatever it throws is ignored (the real render will report it). */
  interface Render {
    void run() throws Exception;
  }

  /** About as many renders as it takes the optimising compiler to settle on the render path (measured). */
  static final int RENDERS = 150;

  private final Thread thread;
  private final Object lock = new Object();
  private boolean paused;
  private volatile boolean closed;

  private Rehearsal(Render render, int renders) {
    thread = new Thread(() -> loop(render, renders), "cvpress-rehearsal");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /**
   * What a render after a save does, writing nothing: one input rendered and each format asked for made in memory,
   * the inputs in turn (the budget counts renders, however many files are watched).
   */
  static Render renders(java.util.List<Batch.Job> jobs, RenderJob.Settings settings) {
    int[] next = {0};
    return () -> {
      Batch.Job job = jobs.get(next[0]++ % jobs.size());
      dev.cvpress.output.Rendered r = dev.cvpress.Cvpress.render(job.input(), settings.options());
      for (dev.cvpress.output.OutputFormat format : settings.formats()) format.write(r, settings.dpi());
    };
  }

  /** Starts rehearsing {@code render} up to {@code renders} times; {@link #close} stops it. */
  static Rehearsal start(Render render, int renders) {
    Rehearsal r = new Rehearsal(render, renders);
    if (renders > 0) r.thread.start();
    return r;
  }

  private void loop(Render render, int renders) {
    for (int i = 0; i < renders && !closed; i++) {
      synchronized (lock) {
        while (paused && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
      }
      if (closed) return;
      try {
        render.run();
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        return; // the document does not render now: nothing to rehearse, the real render says why
      }
    }
  }

  /** A real render is about to start: no rehearsal starts until {@link #resume}. */
  void pause() {
    synchronized (lock) {
      paused = true;
    }
  }

  void resume() {
    synchronized (lock) {
      paused = false;
      lock.notifyAll();
    }
  }

  /** Waits up to {@code millis} for it to end; whether it has (for tests, and for a caller that must know). */
  boolean awaitEnd(long millis) throws InterruptedException {
    thread.join(millis);
    return !thread.isAlive();
  }

  /** Whether it is waiting for {@link #resume} (for tests). */
  boolean waiting() {
    return thread.getState() == Thread.State.WAITING;
  }

  @Override
  public void close() {
    // Not interrupted: a render interrupted inside a file read would close a channel under it. It ends with its
    // current render; it is a daemon thread, so it never holds the process open.
    closed = true;
    resume();
  }
}
