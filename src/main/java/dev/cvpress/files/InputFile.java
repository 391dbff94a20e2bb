package dev.cvpress.files;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one check for a file named on the command line or in a manifest (a résumé, a manifest, a style sheet, a
 * committed PDF): only a regular file is opened. A pipe blocks the reader until someone writes to it, and a device
 * such as /dev/zero never ends, so both are refused from their attributes, before anything opens them; reading is
 * bounded as well.
 */
public final class InputFile {
  private InputFile() {}

  /**
   * Refuses a directory, a pipe, a socket, a device or a file under /proc, /sys or /dev (symbolic links
   * followed); a missing file passes, for the caller to report as it sees fit.
   *
   * @param what what the file should be, for the message: "Markdown file", "manifest", "style sheet"
   */
  public static void refuseSpecial(Path path, String what) throws CvpressException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return; // missing or not reachable: the open that follows says which
    }
    String file = path.toString();
    if (attributes.isDirectory()) {
      throw new CvpressException(Diagnostic.error(Code.NOT_A_REGULAR_FILE, SourcePos.file(file),
          "is a directory, not a " + what,
          "pass the file itself, e.g. " + path.resolve(example(what))));
    }
    if (!attributes.isRegularFile()) {
      throw new CvpressException(Diagnostic.error(Code.NOT_A_REGULAR_FILE, SourcePos.file(file),
          "is not a regular file (a pipe, a socket or a device), so it is not read",
          "pass the " + what + " as a regular file"));
    }
    // /proc/self/environ and its like are regular files to stat, and hold what a CI job keeps secret.
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException | SecurityException e) {
      return;
    }
    if (ResourcePolicy.isKernelFile(real)) {
      throw new CvpressException(Diagnostic.error(Code.NOT_A_REGULAR_FILE, SourcePos.file(file),
          "is a kernel file (it leads to " + real + "), so it is not read", "pass the " + what + " as a regular file"));
    }
  }

  /**
   * Reads at most {@code limit + 1} bytes of a regular file, so the caller can tell a file over its limit without
   * reading all of it.
   *
   * @param missingHint the hint when the file does not exist
   */
  public static byte[] read(Path path, int limit, String what, String missingHint) throws CvpressException {
    refuseSpecial(path, what);
    String file = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(limit + 1);
    } catch (NoSuchFileException e) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file(file), "file not found",
          missingHint));
    } catch (AccessDeniedException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(file),
          "permission denied reading the file",
          "make the file readable (chmod +r)"));
    } catch (IOException | OutOfMemoryError e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(file),
          "cannot read the file: " + e.getMessage(),
          "check that it is a regular, readable file"));
    }
  }

  /** Reads a regular file whole, refusing one of more than {@code limit} bytes. */
  public static byte[] readAll(Path path, int limit, String what, String missingHint) throws CvpressException {
    byte[] bytes = read(path, limit, what, missingHint);
    if (bytes.length > limit) {
      throw new CvpressException(Diagnostic.error(Code.FILE_TOO_LARGE, SourcePos.file(path.toString()),
          "is larger than " + limit / 1024 + " KB, too large for a " + what, "pass the " + what + " itself"));
    }
    return bytes;
  }

  /**
   * A style sheet given with {@code --css}, as text under a comment that names it; "" for none. One larger than
   * {@code limit} bytes is not a style sheet.
   */
  public static String styleSheet(Path css, int limit) throws CvpressException {
    if (css == null) return "";
    if (!Files.exists(css)) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, SourcePos.file(css.toString()), "style sheet not found",
          "check the path given to --css"));
    }
    byte[] bytes = readAll(css, limit, "style sheet", "check the path given to --css");
    return "\n/* " + css.getFileName() + " */\n" + new String(bytes, StandardCharsets.UTF_8);
  }

  private static String example(String what) {
    return switch (what) {
      case "manifest" -> "cvpress.yaml";
      case "style sheet" -> "style.css";
      case "PDF" -> "resume.pdf";
      case "job ad" -> "posting.txt";
      case "font file" -> "font.ttf";
      default -> "resume.md";
    };
  }
}
