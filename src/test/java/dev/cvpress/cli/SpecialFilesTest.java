package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device, a pipe or a folder where a file is expected — the manifest, --css, --theme, --font, check --pdf — is
 * refused before it is read, with a clear error and exit 1: reading /dev/zero never ends, and opening a pipe blocks
 * until someone writes to it. The guard against a hang is generous; a hang fails the test.
 */
class SpecialFilesTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;
  private Path cv;
  private Path fifo;

  @BeforeEach
  void files() throws Exception {
    cv = Files.writeString(dir.resolve("cv.md"), "# Ada Lovelace\n\nAnalyst\n", StandardCharsets.UTF_8);
    fifo = Fifos.make(dir.resolve("pipe"));
  }

  private static Cli cvpress(String... args) {
    return assertTimeoutPreemptively(HANG, () -> Cli.run(args));
  }

  private static void refused(Cli r, String file) {
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(file + ": error: is not a regular file (a pipe, a socket or a device)"), r.both());
    assertTrue(r.err().contains("hint: "), r.both());
    assertFalse(r.err().contains("internal error"), r.both());
  }

  private static void device(String path) {
    Assumptions.assumeTrue(Files.exists(Path.of(path)), path + " exists here");
  }

  @Test
  void aDeviceOrAPipeAsTheManifest() {
    device("/dev/zero");
    refused(cvpress("build", "/dev/zero"), "/dev/zero");
    refused(cvpress("build", fifo.toString()), fifo.toString());
  }

  /** /proc files are regular to stat: a symbolic link in a pull request must not make one a résumé or a style. */
  @Test
  void aKernelFileBehindALinkIsRefusedWhereverAFileIsNamed() throws IOException {
    device("/proc/self/status");
    Path resume = Files.createSymbolicLink(dir.resolve("linked.md"), Path.of("/proc/self/status"));
    Path css = Files.createSymbolicLink(dir.resolve("env.css"), Path.of("/proc/self/environ"));
    for (Cli r : new Cli[] {cvpress("render", resume.toString(), "--format", "pdf,txt"),
        cvpress("render", cv.toString(), "--css", css.toString(), "--format", "html"),
        cvpress("render", cv.toString(), "--theme", css.toString(), "--format", "html"),
        cvpress("check", cv.toString(), "--pdf", "/proc/self/status"),
        cvpress("build", "/proc/self/status")}) {
      assertEquals(1, r.code(), r.both());
      assertTrue(r.err().matches("(?s).*: error: is a kernel file \\(it leads to /proc/.*\\), so it is not read.*"),
          r.both());
      assertFalse(r.err().contains("internal error"), r.both());
    }
    try (var files = Files.list(dir)) {
      assertEquals(java.util.List.of("cv.md", "env.css", "linked.md", "pipe"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
    }
  }

  @Test
  void aFolderAsTheManifest() {
    Cli r = cvpress("build", dir.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(dir + ": error: is a directory, not a manifest"), r.both());
  }

  @Test
  void aDeviceOrAPipeAsTheExtraStyleSheetOrTheTheme() {
    device("/dev/zero");
    refused(cvpress("render", cv.toString(), "--css", "/dev/zero"), "/dev/zero");
    refused(cvpress("render", cv.toString(), "--css", fifo.toString()), fifo.toString());
    Path theme = dir.resolve("theme.css");
    try {
      Files.createSymbolicLink(theme, fifo);
    } catch (IOException e) {
      Assumptions.abort("symbolic links: " + e.getMessage());
    }
    refused(cvpress("render", cv.toString(), "--theme", theme.toString()), theme.toString());
    refused(cvpress("check", cv.toString(), "--css", fifo.toString()), fifo.toString());
    refused(cvpress("check", cv.toString(), "--theme", theme.toString()), theme.toString());
    assertFalse(Files.exists(dir.resolve("cv.pdf")), "nothing rendered");
  }

  @Test
  void aPipeAsTheFontFile() throws IOException {
    Path font = Files.createSymbolicLink(dir.resolve("font.ttf"), fifo);
    refused(cvpress("render", cv.toString(), "--font", font.toString()), font.toString());
  }

  @Test
  void aDeviceOrAPipeAsTheCommittedPdf() {
    device("/dev/zero");
    refused(cvpress("check", cv.toString(), "--pdf", "/dev/zero"), "/dev/zero");
    refused(cvpress("check", cv.toString(), "--pdf", fifo.toString()), fifo.toString());
  }

  @Test
  void aCommittedPdfOfAnotherSizeIsOutOfDateWithoutBeingReadWhole() throws IOException {
    Path big = dir.resolve("cv.pdf");
    try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), 0); // a PDF's start
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 3L << 30); // a sparse 3 GB file: reading it whole fails
    }
    Cli r = cvpress("check", cv.toString(), "--pdf", big.toString());
    assertEquals(3, r.code(), r.both());
    assertTrue(r.err().contains("out of date"), r.both());
  }
}
