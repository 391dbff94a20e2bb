package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All outputs of one input are written, or none is: each goes to a temporary file first, and they are moved into
 * place only when every format succeeded. A stopped run leaves no temporary file; a killed one leaves them for the
 * next run into that folder to remove.
 */
class OutputFileTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final byte[] EARLIER = "the PDF of an earlier run".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;
  private Process child;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  private List<String> temporaries(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).sorted().toList();
    }
  }

  @Test
  void aFailureOnThePngLeavesTheEarlierPdfUntouched() throws Exception {
    Path cv = Files.copy(Path.of("examples/about-me.md"), dir.resolve("cv.md"));
    Files.write(dir.resolve("cv.pdf"), EARLIER);
    Files.createDirectory(dir.resolve("cv-2.png")); // page 2 cannot be written

    Cli r = Cli.run("render", cv.toString(), "--format", "pdf,html,txt,png", "--dpi", "30");

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("cv-2.png: error: output is a directory"), r.both());
    assertArrayEquals(EARLIER, Files.readAllBytes(dir.resolve("cv.pdf")), "the PDF is not replaced");
    assertFalse(Files.exists(dir.resolve("cv.html")) || Files.exists(dir.resolve("cv.txt"))
        || Files.exists(dir.resolve("cv-1.png")), "no other format is written either");
    assertEquals(List.of(), temporaries(dir));
  }

  @Test
  void aFullDiskOnThePngLeavesTheEarlierPdfUntouched() throws Exception {
    Path full = Files.createDirectory(dir.resolve("full"));
    // Room for the PDF (about 30 KB) but not for its PNG pages as well.
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", full.toString())
        .redirectErrorStream(true).start();
    Assumptions.assumeTrue(mount.waitFor() == 0, "a tiny tmpfs can be mounted (root on Linux)");
    try {
      Path cv = Files.copy(Path.of("examples/about-me.md"), dir.resolve("cv.md"));
      Files.write(full.resolve("cv.pdf"), EARLIER);
      Cli alone = Cli.run("render", cv.toString(), "-d", dir.resolve("probe").toString());
      assertEquals(0, alone.code(), alone.both());
      assertTrue(Files.size(dir.resolve("probe/cv.pdf")) < 64 * 1024, "the PDF alone would fit");

      Cli r = Cli.run("render", cv.toString(), "-d", full.toString(), "--format", "pdf,png", "--dpi", "150");

      assertEquals(1, r.code(), r.both());
      assertTrue(r.err().contains("the disk is full"), r.both());
      assertArrayEquals(EARLIER, Files.readAllBytes(full.resolve("cv.pdf")), "the PDF is not replaced");
      try (Stream<Path> s = Files.list(full)) {
        assertEquals(List.of("cv.pdf"), s.map(p -> p.getFileName().toString()).toList(), "no page, no temporary");
      }
    } finally {
      new ProcessBuilder("umount", full.toString()).start().waitFor();
    }
  }

  /** Starts cvpress in a child JVM, rendering slowly enough (big PNG pages) to be caught while it writes. */
  private Path startSlowRender() throws IOException {
    Path cv = Files.copy(Path.of("examples/about-me.md"), dir.resolve("cv.md"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-q",
        cv.toString(), "--format", "pdf,png", "--dpi", "600")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    return cv;
  }

  /** Polls until the condition holds or the child is gone; fails with the child's output otherwise. */
  private void await(String what, BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + "; cvpress said:\n" + Files.readString(dir.resolve("child.log")));
      }
      Thread.sleep(5);
    }
  }

  private boolean writing() {
    try {
      return temporaries(dir).stream().anyMatch(n -> n.startsWith(".cv.pdf."));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void sigtermWhileWritingLeavesNoTemporaryFile() throws Exception {
    Assumptions.assumeFalse(File.separatorChar == '\\', "SIGTERM is a POSIX signal");
    startSlowRender();
    // The PDF's temporary file waits for the PNG pages, which take seconds at 600 dpi.
    await("temporary PDF file", this::writing);
    child.destroy(); // SIGTERM
    assertTrue(child.waitFor(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));

    assertNotEquals(0, child.exitValue(), "the render was stopped, not finished");
    assertEquals(List.of(), temporaries(dir), "the shutdown hook deleted the temporary files");
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing half-done was moved into place");
  }

  @Test
  void temporariesOfAKilledRunAreRemovedByTheNextRunIntoThatFolder() throws Exception {
    Path cv = startSlowRender();
    await("temporary PDF file", this::writing);
    child.destroyForcibly(); // SIGKILL: no shutdown hook runs
    child.waitFor();
    List<String> left = temporaries(dir);
    assertFalse(left.isEmpty(), "a killed process cannot clean up");
    Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "someone else's");

    Cli r = Cli.run("render", cv.toString(), "-q");

    assertEquals(0, r.code(), r.both());
    assertEquals(List.of(".notes.tmp"), temporaries(dir), "cvpress's stale temporaries are gone, others stay");
    assertTrue(Files.exists(unrelated));
  }
}
