package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsTest {
  @TempDir Path dir;

  @Test
  void readsEachFileOncePerDocumentHoweverOftenTheEngineAsks() throws IOException {
    Path image = Files.write(dir.resolve("photo.png"), new byte[] {1, 2, 3, 4});
    String uri = image.toUri().toString();
    List<String> problems = new ArrayList<>();
    FSStreamFactory document = new Streams(dir, false).factory((u, why) -> problems.add(why));
    byte[] first = read(document, uri);
    Files.delete(image); // a second read from the disk would fail from here on
    assertArrayEquals(first, read(document, uri));
    assertArrayEquals(first, read(document, uri));
    assertEquals(List.of(), problems);

    FSStreamFactory next = new Streams(dir, false).factory((u, why) -> problems.add(why));
    assertNull(next.getUrl(uri).getStream(), "the next document reads the file anew, and finds it gone");
  }

  private static byte[] read(FSStreamFactory streams, String uri) throws IOException {
    try (InputStream in = streams.getUrl(uri).getStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDownloadBudgetIsForTheWholeDocumentNotForEachResource() throws Exception {
    java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      try {
        end.await(); // a server that never answers
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Streams document = new Streams(dir, true, 500);
      List<String> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(30), () -> List.of(document.load(base + "/a.png").problem(),
              document.load(base + "/b.png").problem(), document.load(base + "/c.png").problem()));
      assertEquals(1, requests.get(), "once the budget is spent, nothing more is asked: " + problems);
      for (String p : problems.subList(1, 3)) {
        assertEquals("the 0.5 s allowed for the document's downloads ran out", p);
      }
    } finally {
      end.countDown();
      server.stop(0);
    }
  }

  @Test
  void withoutAllowRemoteNothingIsFetched() {
    Streams document = new Streams(dir, false);
    assertNull(document.load("http://127.0.0.1:9/x.png").bytes());
    assertEquals("refused (remote)", document.load("http://127.0.0.1:9/x.png").problem());
  }

  @Test
  void aPictureDeclaringTooManyPixelsIsNeverHandedToTheEngine() throws IOException {
    Files.write(dir.resolve("bomb.png"), ImageCheckTest.pngHeader(46000, 46000, 2));
    Streams.Loaded l = new Streams(dir, false).load(dir.resolve("bomb.png").toUri().toString());
    assertNull(l.bytes());
    assertTrue(l.problem().contains("46000 × 46000"), l.problem());
  }

  @Test
  void theFilesOfOneDocumentTogetherStayWithinTheirBudget() throws IOException {
    byte[] nineteenMegabytes = new byte[19 * 1024 * 1024];
    for (String name : new String[] {"a.jpg", "b.jpg", "c.jpg"}) Files.write(dir.resolve(name), nineteenMegabytes);
    Streams document = new Streams(dir, false);
    assertNotNull(document.load(dir.resolve("a.jpg").toUri().toString()).bytes());
    assertNotNull(document.load(dir.resolve("b.jpg").toUri().toString()).bytes());
    Streams.Loaded third = document.load(dir.resolve("c.jpg").toUri().toString());
    assertNull(third.bytes(), "a third file passes 50 MB");
    assertTrue(third.problem().contains("pass 50 MB together"), third.problem());
    assertNotNull(new Streams(dir, false).load(dir.resolve("c.jpg").toUri().toString()).bytes(),
        "the budget is per document");
  }
}
