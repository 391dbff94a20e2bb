package dev.cvpress.cli;

import dev.cvpress.output.OutputFormat;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Waits for changes to a résumé, its style sheets or the images beside it, and reports each burst of changes once
 * it has settled (editors save in several steps). Every file cvpress writes itself is ignored: each format of each
 * output, every PNG page, and the temporary files they are written into; otherwise a PNG page beside the résumé
 * would look like a changed image and start the next render, forever.
 *
 * <p>The watching is directory-watcher's: the system's own notifications on macOS (FSEvents) and Windows, where the
 * JDK's watcher polls every few seconds; inotify on Linux. Only the folders of the files are watched, not the
 * folders below them: a résumé kept in a home folder must not watch the whole home.
 */
final class Watcher implements AutoCloseable {
  /** Besides the files named: style sheets, images, fonts and manifests. */
  private static final Set<String> SOURCE_EXTENSIONS = Set.of("css", "png", "jpg", "jpeg", "ttf", "yaml", "yml");

  /**
   * How long a burst of changes must be quiet before it is reported. An editor's save (written beside and renamed
   * over, or truncated and written) takes well under this; every millisecond of it is added to the time a user
   * waits for the new output.
   */
  static final long SETTLE_MILLIS = 20;

  private final DirectoryWatcher watcher;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "cvpress-watch");
    t.setDaemon(true);
    return t;
  });
  private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
  private final Set<Path> files;
  private final Set<Path> outputBases;
  private final long settleMillis;

  /**
   * @param files the inputs and style sheets; their folders are watched for images too
   * @param outputBases where the outputs go, without extension (as in {@link Batch.Job#base})
   */
  Watcher(Set<Path> files, Set<Path> outputBases, long settleMillis) throws IOException {
    this.files = new HashSet<>();
    this.outputBases = new HashSet<>();
    this.settleMillis = settleMillis;
    Set<Path> dirs = new HashSet<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      this.files.add(abs);
      dirs.add(abs.getParent());
    }
    for (Path p : outputBases) this.outputBases.add(OutputPlan.resolved(p));
    this.watcher = DirectoryWatcher.builder().paths(new ArrayList<>(dirs)).fileHashing(false)
        .fileTreeVisitor(Watcher::visitFolderOnly)
        .listener(this::changed).build();
    // The folders are registered before watchAsync returns: a change made after the constructor is seen.
    watcher.watchAsync(thread);
  }

  /** The folder itself and the files in it, without going down into the folders below it. */
  private static void visitFolderOnly(Path folder, FileTreeVisitor.Callback onFolder, FileTreeVisitor.Callback onFile)
      throws IOException {
    onFolder.call(folder);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) onFile.call(entry);
      }
    }
  }

  private void changed(DirectoryChangeEvent event) {
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) return;
    Path path = event.path().toAbsolutePath().normalize();
    if (relevant(path)) changes.add(path);
  }

  /** Blocks until a relevant change has happened and no further change followed for the settle time. */
  Set<Path> next() throws InterruptedException {
    Set<Path> changed = new HashSet<>();
    changed.add(changes.take());
    while (true) {
      Path more = changes.poll(settleMillis, TimeUnit.MILLISECONDS);
      if (more == null) return changed;
      changed.add(more);
    }
  }

  private boolean relevant(Path path) {
    if (files.contains(path)) return true;
    String name = path.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~")) return false; // temporary files of editors and of cvpress
    if (written(path)) return false;
    int dot = name.lastIndexOf('.');
    // Another résumé or text file beside it is not one of this render's sources: a log written there (stderr of
    // this very command, `2> log.txt`) would start a render at every line it writes, forever.
    return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether cvpress writes this file: BASE.pdf, BASE.html, BASE.txt or a page BASE-n.png of some output. */
  private boolean written(Path path) {
    Path where = OutputPlan.resolved(path);
    String name = where.getFileName().toString();
    Matcher m = OutputFormat.FILE_NAME.matcher(name);
    if (!m.matches()) return false;
    return outputBases.contains(where.resolveSibling(m.group(1)));
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.shutdownNow();
  }
}
