package dev.cvpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedFileTest {
  private static final byte[] FRESH = "%PDF fresh".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void theSameBytesAreCurrent() throws Exception {
    Path pdf = Files.write(dir.resolve("cv.pdf"), FRESH);
    assertNull(CommittedFile.staleness(pdf, FRESH, Path.of("cv.md")));
  }

  @Test
  void otherBytesOfTheSameSizeAreOutOfDate() throws Exception {
    Path pdf = Files.write(dir.resolve("cv.pdf"), "%PDF stale".getBytes(StandardCharsets.US_ASCII));
    Diagnostic d = CommittedFile.staleness(pdf, FRESH, Path.of("cv.md"));
    assertEquals("out of date: it differs from a fresh render of cv.md", d.message());
    assertEquals(pdf.toString(), d.pos().file());
    assertTrue(d.isError());
  }

  @Test
  void aMissingFileOrAFolderIsSaidSo() throws Exception {
    assertEquals("missing: it should be the PDF of cv.md",
        CommittedFile.staleness(dir.resolve("gone.pdf"), FRESH, Path.of("cv.md")).message());
    Path folder = Files.createDirectory(dir.resolve("cv.pdf"));
    assertEquals("not a regular file: it should be the PDF of cv.md",
        CommittedFile.staleness(folder, FRESH, Path.of("cv.md")).message());
  }
}
