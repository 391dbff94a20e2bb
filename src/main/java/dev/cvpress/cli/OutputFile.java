package dev.cvpress.cli;

import dev.cvpress.model.CvpressException;
import dev.cvpress.model.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file all at once or not at all: into a temporary file in the same folder, then moved into
 * place, so a failure never leaves a partial file or touches an existing one.
 */
final class OutputFile {
  private OutputFile() {}

  static void write(Path target, byte[] content) throws CvpressException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    String shown = target.toString();
    if (Files.isDirectory(absolute)) {
      throw error(shown, "output is a directory", "use -d DIR to write into a folder, or -o FILE.pdf");
    }
    Path tmp = null;
    try {
      if (dir != null && !Files.exists(dir)) Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      Files.write(tmp, content);
      permissions(tmp, absolute);
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (AccessDeniedException e) {
      throw error(shown, "cannot write output: permission denied", "choose a writable folder with -o or -d");
    } catch (IOException e) {
      String why = e.getMessage() != null && e.getMessage().contains("No space left")
          ? "the disk is full" : String.valueOf(e.getMessage());
      throw error(shown, "cannot write output: " + why, "check the folder exists, is writable and has space");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named after the output
        }
      }
    }
  }

  /**
   * Temporary files are private to their owner; the output gets the permissions of the file it replaces, or the
   * usual rw-r--r-- of a new document.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static CvpressException error(String file, String message, String hint) {
    return new CvpressException(Diagnostic.error(SourcePos.file(file), message, hint));
  }
}
