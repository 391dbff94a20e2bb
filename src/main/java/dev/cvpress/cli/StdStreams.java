package dev.cvpress.cli;

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

  /** The process's own streams. */
  static StdStreams system() {
    return new StdStreams(System.in, System.out, isTerminal(1), isTerminal(2));
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
