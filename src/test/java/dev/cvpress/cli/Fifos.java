package dev.cvpress.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Named pipes for tests: a reader that opens one blocks until a writer does. Test helper. */
final class Fifos {
  private Fifos() {}

  /** Makes a named pipe, or skips the test where mkfifo is not available (Windows). */
  static Path make(Path path) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo works here");
    return path;
  }
}
