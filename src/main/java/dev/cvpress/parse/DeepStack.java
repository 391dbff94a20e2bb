package dev.cvpress.parse;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the parse on a thread with a large stack. Markdown parsers recurse over the nesting of the document, and
 * hostile input nests thousands of levels deep; with room to parse it, {@link Limits} can then say where and how
 * deep instead of the JVM failing with a stack overflow.
 */
final class DeepStack {
  private DeepStack() {}

  /** Virtual address space, committed only as far as it is used. */
  private static final long STACK_BYTES = 256L * 1024 * 1024;

  interface Work<T> {
    T run() throws CvpressException;
  }

  static <T> T call(String file, Work<T> work) throws CvpressException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(new Ok(work.run()));
      } catch (CvpressException | RuntimeException e) {
        result.set(e);
      } catch (StackOverflowError e) {
        result.set(new CvpressException(Diagnostic.error(Code.NESTED_TOO_DEEPLY, SourcePos.file(file),
            "the document is nested too deeply to read", "flatten deeply nested lists, quotes or emphasis")));
      } catch (Error e) {
        result.set(e);
      }
    }, "cvpress-parse", STACK_BYTES);
    t.setDaemon(true);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    Object r = result.get();
    if (r instanceof Ok ok) {
      @SuppressWarnings("unchecked")
      T value = (T) ok.value();
      return value;
    }
    if (r instanceof CvpressException e) throw e;
    if (r instanceof RuntimeException e) throw e;
    if (r instanceof Error e) throw e;
    throw new IllegalStateException("parse thread ended without a result");
  }

  private record Ok(Object value) {}
}
