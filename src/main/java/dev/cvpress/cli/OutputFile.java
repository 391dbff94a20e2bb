package dev.cvpress.cli;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the outputs of one input all at once or not at all: each into a temporary file in its own folder, and
 * only when every one of them is written are they moved into place. A failure (a full disk on the last PNG page)
 * never leaves a partial file and never touches an existing output.
 */
final class OutputFile implements AutoCloseable {
  private record Pending(Path tmp, Path target, String shown) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Writes one file, all at once or not at all. */
  static void write(Path target, byte[] content) throws CvpressException {
    try (OutputFile out = new OutputFile()) {
      out.stage(target, content);
      out.commit();
    }
  }

  /** Writes {@code content} into a temporary file for {@code target}; nothing is visible until {@link #commit}. */
  void stage(Path target, byte[] content) throws CvpressException {
    // Not normalised: `link/..` is where the system takes it, the folder the collision check looked at.
    Path absolute = target.toAbsolutePath();
    String shown = target.toString();
    if (Files.isDirectory(absolute)) {
      throw error(shown, "output is a directory", "use -d DIR to write into a folder, or -o FILE.pdf");
    }
    if (special(absolute)) {
      throw error(shown, "output exists and is not a regular file (a pipe, a socket or a device)",
          "choose another output file with -o or -d");
    }
    Path tmp = null;
    try {
      Path dir = absolute.getParent();
      if (!Files.exists(dir)) Files.createDirectories(dir);
      tmp = Temporaries.create(absolute);
      // Never CREATE: a temporary the shutdown hook has deleted must not come back.
      Files.write(tmp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      permissions(tmp, absolute);
      pending.add(new Pending(tmp, absolute, shown));
      tmp = null;
    } catch (IOException e) {
      throw failure(shown, e);
    } finally {
      if (tmp != null) Temporaries.delete(tmp);
    }
  }

  /** Moves every staged file into place, in the order staged. */
  void commit() throws CvpressException {
    while (!pending.isEmpty()) {
      Pending p = pending.get(0);
      try {
        try {
          Files.move(p.tmp(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(p.tmp(), p.target(), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw failure(p.shown(), e);
      }
      Temporaries.forget(p.tmp());
      pending.remove(0);
    }
  }

  /** Deletes whatever was staged and not committed. */
  @Override
  public void close() {
    for (Pending p : pending) Temporaries.delete(p.tmp());
    pending.clear();
  }

  /**
   * Usage errors in where {@code -o FILE} or {@code -d DIR} would write, said before anything is rendered: a name that
   * is only an extension, a folder given to -o or a file to -d, and a pipe or device ({@code -o /dev/null} would
   * otherwise become a file {@code /dev/null.pdf}).
   */
  static void checkChoice(picocli.CommandLine cli, Path output, Path dir) {
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Usage(cli, "-d " + dir + " is a file; -d names the folder to write into",
          "name a folder (it is made if missing), or write one output with `-o " + dir + "`");
    }
    if (output == null || Standard.isStdout(output)) return;
    if (dev.cvpress.output.OutputFormat.withoutExtension(String.valueOf(output.getFileName())).isEmpty()) {
      throw new Usage(cli, "-o " + output + " names no file, only an extension", "name the file, e.g. `-o "
          + output.resolveSibling("cv" + output.getFileName()) + "`, or leave out -o to write it beside the input");
    }
    if (Files.isDirectory(output)) {
      throw new Usage(cli, "-o " + output + " is a folder; -o names the output file",
          "write into the folder with `-d " + output + "`, or name a file such as `-o " + output.resolve("cv.pdf")
              + "`");
    }
    Path absolute = output.toAbsolutePath().normalize();
    // A symbolic link is replaced, not followed, wherever it leads; a pipe or device itself is no output.
    if (special(output.toAbsolutePath()) || absolute.startsWith("/dev")
        || absolute.startsWith("/proc") || absolute.startsWith("/sys")) {
      throw new Usage(cli, "-o " + output + " is not a file (a device, a pipe or a system file)",
          "write to standard output with `-o -` (and redirect it), or to a file; `cvpress check` renders without"
              + " writing anything");
    }
  }

  private static boolean special(Path target) {
    try {
      BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isOther();
    } catch (IOException e) {
      return false; // nothing there yet
    }
  }

  /**
   * Temporary files are private to their owner; the output gets the permissions of the regular file it replaces, or
   * the usual rw-r--r-- of a new document. A symbolic link is replaced, not followed: what it pointed to (a 0666
   * device, a 0777 script) lends the new file nothing.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    var perms = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static CvpressException failure(String shown, IOException e) {
    if (e instanceof AccessDeniedException) {
      return error(shown, "cannot write output: permission denied", "choose a writable folder with -o or -d");
    }
    String why = e.getMessage() != null && e.getMessage().contains("No space left")
        ? "the disk is full" : String.valueOf(e.getMessage());
    return error(shown, "cannot write output: " + why, "check the folder exists, is writable and has space");
  }

  private static CvpressException error(String file, String message, String hint) {
    return new CvpressException(Diagnostic.error(Code.OUTPUT_FAILED, SourcePos.file(file), message, hint));
  }
}
