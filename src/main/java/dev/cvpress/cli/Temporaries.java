package dev.cvpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files this process writes outputs into, named {@code .NAME.EXT.PID-N.tmp} beside their output.
 * A shutdown hook deletes the ones still there when the process is stopped (Ctrl-C, SIGTERM); the ones a killed
 * process (SIGKILL) could not delete are removed by the next run that writes into the same folder, once the
 * process named in them is gone.
 */
final class Temporaries {
  private static final Pattern NAME = Pattern.compile("\\..+\\.(?:pdf|html|txt|png)\\.(\\d+)-\\d+\\.tmp");
  private static final long PID = ProcessHandle.current().pid();
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static final Set<Path> SWEPT = new HashSet<>();
  private static boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Temporaries::deleteAll, "cvpress-temporaries"));
  }

  private Temporaries() {}

  /**
   * Creates an empty temporary file, private to its owner, for {@code target} in the target's folder. Made and
   * registered in one step, so the shutdown hook sees every file that exists; refused once the process stops.
   */
  static Path create(Path target) throws IOException {
    Path dir = target.getParent();
    sweep(dir);
    synchronized (LIVE) {
      if (stopping) throw new IOException("cvpress is stopping");
      while (true) {
        Path tmp = dir.resolve("." + shortened(target.getFileName().toString()) + "." + PID + "-"
            + COUNTER.incrementAndGet() + ".tmp");
        try {
          Files.createFile(tmp, owner());
        } catch (FileAlreadyExistsException e) {
          continue; // left by an earlier process that had this number
        }
        LIVE.add(tmp);
        return tmp;
      }
    }
  }

  /**
   * The output's name cut to 200 bytes, its extension kept: a name that the file system allows (up to 255 bytes)
   * must not make the temporary's longer name one it refuses. The counter keeps cut names apart.
   */
  static String shortened(String name) {
    int max = 200;
    if (name.getBytes(StandardCharsets.UTF_8).length <= max) return name;
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
    StringBuilder stem = new StringBuilder();
    int bytes = ext.getBytes(StandardCharsets.UTF_8).length;
    for (int cp : name.substring(0, name.length() - ext.length()).codePoints().toArray()) {
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > max) break;
      bytes += n;
      stem.appendCodePoint(cp);
    }
    return stem + ext;
  }

  /** The temporary file was moved into place or deleted: nothing left to clean up. */
  static void forget(Path tmp) {
    synchronized (LIVE) {
      LIVE.remove(tmp);
    }
  }

  /** Deletes a temporary file and forgets it; best effort, as it is hidden and named after its output. */
  static void delete(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // a stale temporary is removed by the next run into this folder
    }
    forget(tmp);
  }

  /** Whether a file name is one of cvpress's temporaries (of this process or another). */
  static boolean isTemporary(String name) {
    return NAME.matcher(name).matches();
  }

  /** Removes temporaries left in a folder by cvpress processes that no longer run; once per folder and process. */
  private static void sweep(Path dir) {
    synchronized (SWEPT) {
      if (!SWEPT.add(dir)) return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path p : entries) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches()) continue;
        long pid;
        try {
          pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException ignored) {
      // an unreadable folder: the write that follows reports it
    }
  }

  private static void deleteAll() {
    Set<Path> left;
    synchronized (LIVE) {
      stopping = true;
      left = new LinkedHashSet<>(LIVE);
    }
    for (Path tmp : left) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the next run into this folder removes it
      }
    }
  }

  private static java.nio.file.attribute.FileAttribute<?>[] owner() {
    if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new java.nio.file.attribute.FileAttribute<?>[0];
    }
    return new java.nio.file.attribute.FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }
}
