package dev.cvpress.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard input and output as bytes (a résumé read from {@code -}, a PDF written to {@code -o -}),
 * and which of stdout and stderr are terminals: colour and the progress bar follow stderr, so that
 * {@code 2>err.log} gets plain lines, and a PDF is never written to a terminal.
 */
record StdStreams(InputStream in, OutputStream out, boolean outTerminal, boolean errTerminal) {
  /** Streams for a run that has none to give (tests): reading stdin finds nothing, writing to stdout fails. */
  static StdStreams none(boolean errTerminal) {
    OutputStream refuse = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("no standard output to write to");
      }
    };
    return new StdStreams(InputStream.nullInputStream(), refuse, false, errTerminal);
  }

  /**
   * The process's own streams. Standard output is the descriptor itself, not {@code System.out}: a
   * {@code PrintStream} swallows a failed write, and a full disk under {@code -o - > cv.pdf} must not pass for
   * success.
   */
  static StdStreams system() {
    return new StdStreams(System.in, new Watched(new FileOutputStream(FileDescriptor.out)), isTerminal(1),
        isTerminal(2));
  }

  /** The first write to standard output that failed, or null: what a run's exit code must account for. */
  IOException outFailure() {
    return out instanceof Watched w ? w.failure : null;
  }

  /** Whether {@code failure} is the reader going away ({@code cvpress … | head}), not the output being lost. */
  static boolean readerLeft(IOException failure) {
    return failure != null && String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT)
        .contains("broken pipe");
  }

  /** An output stream that remembers its first failure, for the writers over it that do not. */
  static final class Watched extends FilterOutputStream {
    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        if (failure == null) failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        if (failure == null) failure = e;
        throw e;
      }
    }
  }

  /**
   * Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. Java 17 cannot tell for one stream; the
   * launcher tests each and says which ({@code -Dcvpress.tty=1,2}); run without it, Linux names the terminal a
   * descriptor leads to, and elsewhere a console means both are.
   */
  static boolean isTerminal(int fd) {
    String told = System.getProperty("cvpress.tty");
    if (told != null) return ("," + told + ",").contains("," + fd + ",");
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      String name = target.toString();
      return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
