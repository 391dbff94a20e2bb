package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--watch` renders again after each settled change to the résumé, its CSS or an image beside it. */
class WatchTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger code = new AtomicInteger(Integer.MIN_VALUE);
  private Thread watching;

  @AfterEach
  void stop() throws InterruptedException {
    if (watching != null && watching.isAlive()) {
      watching.interrupt();
      watching.join(TIMEOUT.toMillis());
    }
  }

  /** Waits, polling, until the condition holds; fails with what was printed if it does not in time. */
  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "\n--- stdout ---\n" + out + "--- stderr ---\n"
            + err);
      }
      Thread.sleep(20);
    }
  }

  private void startWatching(String... args) throws InterruptedException {
    watching = new Thread(() -> code.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of())), "cvpress-watch-test");
    watching.start();
    await("the watch loop to start", () -> err.toString().contains("Ctrl-C stops"));
  }

  private int renders() {
    return (int) out.toString().lines().filter(l -> l.contains(" -> ")).count();
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static String pdfText(Path pdf) {
    try {
      return PdfInspect.text(Files.readAllBytes(pdf));
    } catch (IOException e) {
      return ""; // not there yet, or being replaced
    }
  }

  @Test
  void rendersAgainWhenTheResumeChangesAndStopsWhenInterrupted() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), BatchTest.TINY, StandardCharsets.UTF_8);
    Path pdf = dir.resolve("cv.pdf");
    startWatching("render", cv.toString(), "--watch");
    assertEquals(1, renders(), "the first render happens at once\n" + out);
    assertFalse(pdfText(pdf).contains("Rust"));

    append(cv, "- Rust\n");
    await("the second render", () -> renders() >= 2 && pdfText(pdf).contains("Rust"));
    assertTrue(err.toString().contains("changed: cv.md"), err.toString());
    String second = out.toString().lines().filter(l -> l.contains(" -> ")).toList().get(1);
    assertTrue(second.matches(".*cv\\.md -> .*cv\\.pdf \\(1 page, \\d+ ms\\)"), "each render says how long it took: "
        + second);

    // A broken edit is reported and the loop goes on; fixing it renders again.
    Files.writeString(cv, BatchTest.BROKEN, StandardCharsets.UTF_8);
    await("the error", () -> err.toString().contains("front matter is not valid YAML"));
    assertTrue(pdfText(pdf).contains("Rust"), "a failed render leaves the last good PDF");
    Files.writeString(cv, BatchTest.TINY + "- Zig\n", StandardCharsets.UTF_8);
    await("the render after the fix", () -> pdfText(pdf).contains("Zig"));

    watching.interrupt();
    watching.join(TIMEOUT.toMillis());
    assertFalse(watching.isAlive(), "the watch loop stops when interrupted (Ctrl-C)");
    assertEquals(0, code.get());
  }

  @Test
  void itsOwnPngPagesDoNotStartAnotherRender() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), BatchTest.TINY, StandardCharsets.UTF_8);
    startWatching("render", cv.toString(), "--format", "pdf,png,html,txt", "--dpi", "30", "--watch");
    append(cv, "- Rust\n");
    await("the render after the edit", () -> renders() >= 2);
    append(cv, "- Zig\n");
    await("the render after the second edit", () -> renders() >= 3 && pdfText(dir.resolve("cv.pdf")).contains("Zig"));

    // Each render was started by the résumé alone: the pages, the web page and the text it wrote right before
    // would have been part of the next change had they counted.
    List<String> changes = err.toString().lines().filter(l -> l.startsWith("changed: ")).toList();
    assertEquals(List.of("changed: cv.md", "changed: cv.md"), changes, err.toString());
  }

  @Test
  void rendersAgainWhenTheExtraCssChanges() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), BatchTest.TINY, StandardCharsets.UTF_8);
    Path css = Files.writeString(dir.resolve("extra.css"), "h2 { color: #222; }\n", StandardCharsets.UTF_8);
    startWatching("render", cv.toString(), "--css", css.toString(), "--format", "html", "--watch");
    Path html = dir.resolve("cv.html");
    assertTrue(Files.readString(html).contains("#222"));
    append(css, "h2 { letter-spacing: 3px; }\n");
    await("the render after the CSS changed", () -> {
      try {
        return Files.readString(html).contains("letter-spacing: 3px");
      } catch (IOException e) {
        return false;
      }
    });
    assertTrue(err.toString().contains("changed: extra.css"), err.toString());
  }

  // ---- the watcher itself ----

  /** Runs {@link Watcher#next} in the background and hands each burst of changes over. */
  private BlockingQueue<Set<Path>> bursts(Watcher watcher) {
    BlockingQueue<Set<Path>> q = new ArrayBlockingQueue<>(10);
    watching = new Thread(() -> {
      try {
        while (true) q.put(watcher.next());
      } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
        // stopped
      }
    }, "watcher-test");
    watching.start();
    return q;
  }

  @Test
  void aBurstOfSavesIsOneChangeAndOwnOutputsAreIgnored() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "a\n", StandardCharsets.UTF_8);
    Path pdf = dir.resolve("cv.pdf");
    try (Watcher watcher = new Watcher(Set.of(cv), Set.of(dir.resolve("cv")), 300)) {
      BlockingQueue<Set<Path>> q = bursts(watcher);
      // cvpress's own outputs in every format, its PNG pages, its temporary files, an editor's backup and a file
      // of no interest: none counts.
      Files.writeString(pdf, "x");
      Files.writeString(dir.resolve("cv.html"), "x");
      Files.writeString(dir.resolve("cv.txt"), "x");
      Files.write(dir.resolve("cv-1.png"), new byte[] {1});
      Files.write(dir.resolve("cv-12.png"), new byte[] {1});
      Files.writeString(dir.resolve(".cv.pdf123.tmp"), "x");
      Files.writeString(dir.resolve(".cv-1.png.4242-7.tmp"), "x");
      Files.writeString(dir.resolve("cv.md~"), "x");
      Files.writeString(dir.resolve("notes.odt"), "x");
      // An editor saving in several steps.
      for (int i = 0; i < 5; i++) append(cv, "line " + i + "\n");
      Set<Path> first = q.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(Set.of(cv.toAbsolutePath().normalize()), first, "one burst, only the résumé");
      assertEquals(null, q.poll(1, TimeUnit.SECONDS), "the five saves were one change");
    }
  }

  @Test
  void aLogOrAnotherResumeBesideItIsNoChange() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "a\n", StandardCharsets.UTF_8);
    try (Watcher watcher = new Watcher(Set.of(cv), Set.of(), 100)) {
      BlockingQueue<Set<Path>> q = bursts(watcher);
      // What `cvpress preview cv.md 2> log.txt` writes beside the résumé, and a résumé not being watched.
      Files.writeString(dir.resolve("log.txt"), "render 1: 1 page\n");
      Files.writeString(dir.resolve("other.md"), "# Other\n");
      append(cv, "b\n");
      assertEquals(Set.of(cv.toAbsolutePath().normalize()), q.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }
  }

  @Test
  void anImageBesideTheResumeCounts() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "a\n", StandardCharsets.UTF_8);
    try (Watcher watcher = new Watcher(Set.of(cv), Set.of(), 100)) {
      BlockingQueue<Set<Path>> q = bursts(watcher);
      Path photo = Files.write(dir.resolve("photo.png"), new byte[] {1, 2, 3});
      Set<Path> changed = q.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(Set.of(photo.toAbsolutePath().normalize()), changed);
    }
  }

  @Test
  void watchingWithSeveralInputsNamesThemAll() throws Exception {
    Path a = Files.writeString(dir.resolve("a.md"), BatchTest.TINY, StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.md"), BatchTest.TINY, StandardCharsets.UTF_8);
    startWatching("render", a.toString(), b.toString(), "--watch");
    assertTrue(err.toString().contains("watching 2 files"), err.toString());
    assertEquals(2, renders());
    append(b, "- Haskell\n");
    await("both re-rendered", () -> renders() >= 4 && pdfText(dir.resolve("b.pdf")).contains("Haskell"));
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(2).contains("a.md") || lines.get(3).contains("a.md"), out.toString());
  }
}
