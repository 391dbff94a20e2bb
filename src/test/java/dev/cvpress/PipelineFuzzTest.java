package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole pipeline under Jazzer: any bytes in, a PDF or a user error (a {@link CvpressException}) out, within
 * 10 seconds. Anything else — a runtime exception, a stack overflow, a hang — is a bug.
 *
 * <p>{@code mvn verify} replays the committed seed corpus in
 * {@code src/test/resources/dev/cvpress/PipelineFuzzTestInputs/pipeline/} as regression tests;
 * {@code mvn verify -Pfuzz} fuzzes for the duration below. An input that finds a bug goes into that folder.
 */
class PipelineFuzzTest {
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("cvpress-fuzz");
  }

  @AfterAll
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) Files.deleteIfExists(p);
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "30m")
  void pipeline(byte[] input) throws IOException {
    Path file = dir.resolve("fuzz.md");
    Files.write(file, input);
    long start = System.nanoTime();
    try {
      Rendered r = Cvpress.render(file, Options.defaults());
      assertTrue(r.pdf().length > 0 && r.pages() >= 1, "a PDF with pages");
    } catch (CvpressException expected) {
      assertTrue(!expected.diagnostics().isEmpty(), "a user error says what is wrong");
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 10_000, "finished in " + ms + " ms");
  }
}
