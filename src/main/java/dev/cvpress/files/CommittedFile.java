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
    return staleness(committed, fresh, source, "");
  }

  /**
   * As {@link #staleness(Path, byte[], Path)}, for a fresh render made with {@code options} (" with --redact"), which
   * the message names.
   */
  public static Diagnostic staleness(Path committed, byte[] fresh, Path source, String options) {
    if (sameBytes(committed, fresh)) return null;
    return Diagnostic.error(Code.COMMITTED_PDF_STALE, SourcePos.file(committed.toString()),
        !Files.exists(committed) ? "missing: it should be the PDF of " + source
            : !Files.isRegularFile(committed) ? "not a regular file: it should be the PDF of " + source
            : "out of date: it differs from a fresh render of " + source + options,
        "render it again with the same options and commit it");
  }

  /** Whether {@code committed} holds exactly {@code fresh}. */
  public static boolean holds(Path committed, byte[] fresh) {
    return sameBytes(committed, fresh);
  }

  /**
   * Why a PDF checked as a redacted copy is none: it is the current render of {@code source} without redaction.
   *
   * @param redact the option that redacts, as the command line writes it ("--redact=placeholder")
   */
  public static Diagnostic unredacted(Path committed, Path source, String redact) {
    return Diagnostic.error(Code.COMMITTED_PDF_STALE, SourcePos.file(committed.toString()),
        "not redacted: it is the current render of " + source + " without " + redact,
        "render the copy to send with `cvpress render " + source + " " + redact + " -o " + committed + "`");
  }

  /**
   * Refuses a committed PDF that cannot be compared at all: one that is not there, or is no PDF (a file that does not
   * start as every PDF does). Read no further than that start; a pipe or a device is never opened.
   */
  public static void refuseNonPdf(Path committed) throws CvpressException {
    String file = committed.toString();
    InputFile.refuseSpecial(committed, "PDF");
    if (!Files.exists(committed)) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file(file), "PDF not found",
          "check the path given to --pdf; it names the PDF rendered from the résumé, e.g. `--pdf cv.pdf` after"
              + " `cvpress cv.md`"));
    }
    byte[] start;
    try (java.io.InputStream in = Files.newInputStream(committed)) {
      start = in.readNBytes(PDF_MAGIC.length);
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(file),
          "cannot read the PDF: " + e.getMessage(), "check that it is a regular, readable file"));
    }
    if (!Arrays.equals(start, PDF_MAGIC)) {
      throw new CvpressException(Diagnostic.error(Code.NOT_A_PDF, SourcePos.file(file),
          "is not a PDF (it does not start with %PDF-)", "--pdf names the PDF rendered from the résumé, e.g."
              + " `--pdf cv.pdf` after `cvpress cv.md`"));
    }
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
