package dev.cvpress.files;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A file kept beside its source that should be the current output of it, such as a PDF committed to a repository. */
public final class CommittedFile {
  private CommittedFile() {}

  /** Null when {@code committed} holds exactly {@code fresh}, the output just made from {@code source}; else why not. */
  public static Diagnostic staleness(Path committed, byte[] fresh, Path source) {
    if (sameBytes(committed, fresh)) return null;
    return Diagnostic.error(Code.COMMITTED_PDF_STALE, SourcePos.file(committed.toString()),
        !Files.exists(committed) ? "missing: it should be the PDF of " + source
            : !Files.isRegularFile(committed) ? "not a regular file: it should be the PDF of " + source
            : "out of date: it differs from a fresh render of " + source,
        "render it again with the same options and commit it");
  }

  /** Whether a regular file holds exactly these bytes; read only when its size matches. */
  private static boolean sameBytes(Path file, byte[] expected) {
    try {
      // A pipe or a device there could block or never end: it is never opened.
      if (!Files.isRegularFile(file) || Files.size(file) != expected.length) return false;
      return Arrays.equals(InputFile.read(file, expected.length, "PDF", null), expected);
    } catch (IOException | CvpressException e) {
      return false;
    }
  }
}
