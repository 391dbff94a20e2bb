package dev.cvpress.cli;

import dev.cvpress.files.InputNames;
import dev.cvpress.output.OutputFormat;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Waits for changes to a résumé, its style sheets or the images beside it, and reports each burst of changes once
 * it has settled (editors save in several steps). Every file cvpress writes itself is ignored: each format of each
 * output, every PNG page, and the temporary files they are written into; otherwise a PNG page beside the résumé
 * would look like a changed image and start the next render, forever.
 */
final class Watcher implements AutoCloseable {
  /** Besides résumés: style sheets, images, fonts and manifests. */
  private static final Set<String> SOURCE_EXTENSIONS = Set.of("css", "png", "jpg", "jpeg", "ttf", "yaml", "yml");

  private final WatchService service;
  private final Set<Path> files;
  private final Set<Path> outputBases;
  private final long settleMillis;

  /**
   * @param files the inputs and style sheets; their folders are watched for images too
   * @param outputBases where the outputs go, without extension (as in {@link Batch.Job#base})
   */
  Watcher(Set<Path> files, Set<Path> outputBases, long settleMillis) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
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
    for (Path dir : dirs) {
      dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  /** Blocks until a relevant change has happened and no further change followed for the settle time. */
  Set<Path> next() throws InterruptedException {
    Set<Path> changed = new HashSet<>();
    while (changed.isEmpty()) collect(service.take(), changed);
    while (true) {
      WatchKey key = service.poll(settleMillis, TimeUnit.MILLISECONDS);
      if (key == null) return changed;
      collect(key, changed);
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (!(event.context() instanceof Path name)) continue;
      Path path = dir.resolve(name).normalize();
      if (relevant(path)) changed.add(path);
    }
    key.reset();
  }

  private boolean relevant(Path path) {
    if (files.contains(path)) return true;
    String name = path.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~")) return false; // temporary files of editors and of cvpress
    if (written(path)) return false;
    int dot = name.lastIndexOf('.');
    return dot > 0 && (InputNames.isInput(name)
        || SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
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
    try {
      service.close();
    } catch (ClosedWatchServiceException ignored) {
      // already closed
    }
  }
}
