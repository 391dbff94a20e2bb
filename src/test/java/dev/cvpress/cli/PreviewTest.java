package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress preview`: the page, its images, an event after each save, problems with their lines, nothing else. */
class PreviewTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path dir;

  private final PipedLines out = new PipedLines();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger code = new AtomicInteger(Integer.MIN_VALUE);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private Thread previewing;

  /** What the command prints on stdout, line by line, as it prints it: the first line is the address. */
  static final class PipedLines extends java.io.Writer {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public synchronized void write(char[] c, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (c[i] == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append(c[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Starts `cvpress preview` in this process and returns its address, as it printed it. */
  String start(Path resume, String... more) throws InterruptedException {
    String[] args = new String[more.length + 2];
    args[0] = "preview";
    args[1] = resume.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    previewing = new Thread(() -> code.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of())), "cvpress-preview-test");
    previewing.start();
    String address = out.lines.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(address != null && address.matches("http://127\\.0\\.0\\.1:\\d+/"), address + "\n" + err);
    return address;
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (previewing != null && previewing.isAlive()) {
      previewing.interrupt();
      previewing.join(TIMEOUT.toMillis());
    }
    assertTrue(previewing == null || !previewing.isAlive(), "preview stops when interrupted");
    if (previewing != null) assertEquals(0, code.get(), err.toString());
  }

  private HttpResponse<byte[]> get(String address, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(address + path.substring(1))).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String text(String address, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = get(address, path);
    assertEquals(200, r.statusCode(), path);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void servesThePagesAndTellsTheBrowserOfEachSave() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\n## Skills\n\nJava and Go.\n");
    String address = start(cv);

    String page = text(address, "/");
    assertTrue(page.contains("new EventSource(\"/events\")"), page);
    assertTrue(page.contains("<img alt=\"page 1\" src=\"/page/1/1.png\">"), page);
    HttpResponse<byte[]> png = get(address, "/page/1/1.png");
    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertTrue(image.getHeight() > image.getWidth(), "a portrait page: " + image.getWidth() + "x" + image.getHeight());

    // The event stream: the render shown now at once, then one event for each save.
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    http.sendAsync(HttpRequest.newBuilder(URI.create(address + "events")).build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().filter(l -> l.startsWith("data: "))
            .forEach(events::add));
    assertEquals("data: 1", events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS));

    Files.writeString(cv, "# Jane Doe\n\n## Skills\n\nJava, Go and Rust.\n");
    assertEquals("data: 2", events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS), err.toString());
    String state = text(address, "/state");
    assertTrue(state.startsWith("{\"version\":2,\"pages\":1,\"problems\":[]"), state);
    assertEquals(200, get(address, "/page/2/1.png").statusCode());
    assertEquals(404, get(address, "/page/2/2.png").statusCode(), "a page that is not there");

    // A save that breaks the front matter: the error with its line and column, the last pages still shown.
    Files.writeString(cv, "---\ntitle: a: b\n---\n# Jane Doe\n");
    assertEquals("data: 3", events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS), err.toString());
    state = text(address, "/state");
    assertTrue(state.matches("\\{\"version\":3,\"pages\":1,\"problems\":\\[\\{\"severity\":\"error\",\"where\":\""
        + ".*cv\\.md:2:\\d+:\",\"line\":2,.*"), state);
    String broken = text(address, "/");
    assertTrue(broken.contains("cv.md:2:") && broken.contains("not valid YAML"), broken);
    assertTrue(broken.contains("render 3 failed: pages of render 2") && broken.contains("src=\"/page/2/1.png\""),
        broken);
    assertEquals(404, get(address, "/page/3/1.png").statusCode(), "render 3 made no pages");
  }

  @Test
  void servesNothingElseNotEvenAFileBesideTheResume() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\nJava.\n");
    Files.writeString(dir.resolve("secret.txt"), "not for the web");
    String address = start(cv);
    int port = URI.create(address).getPort();
    for (String path : new String[] {"/cv.md", "/secret.txt", "/../secret.txt", "/page/1/../../cv.md",
        "/%2e%2e/secret.txt", "/page/1/..%2f..%2fsecret.txt", "//etc/passwd", "/page/1/0.png"}) {
      String response = raw(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + "Connection: close\r\n\r\n");
      assertTrue(response.startsWith("HTTP/1.1 404"), path + ": " + response);
      assertTrue(!response.contains("not for the web"), path);
    }
    // A page elsewhere that reaches 127.0.0.1 through a name of its own is refused.
    String rebound = raw(port, "GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n");
    assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
    String post = raw(port, "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 0\r\n"
        + "Connection: close\r\n\r\n");
    assertTrue(post.startsWith("HTTP/1.1 405"), post);
  }

  /** One request as written, answered over a plain socket (an HTTP client would tidy the path first). */
  private static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream o = socket.getOutputStream();
      o.write(request.getBytes(StandardCharsets.US_ASCII));
      o.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (String line = in.readLine(); line != null; line = in.readLine()) b.append(line).append('\n');
      return b.toString();
    }
  }

  @Test
  void aMissingResumeIsAClearError() {
    Cli r = Cli.run("preview", dir.resolve("nope.md").toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().startsWith(dir.resolve("nope.md") + ": error: file not found\n"), r.err());
    assertTrue(r.err().contains("hint: name a résumé that exists"), r.err());
  }

  @Test
  void aPortInUseIsAClearError() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\nJava.\n");
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int exit = Main.run(new String[] {"preview", cv.toString(), "--port", Integer.toString(taken.getLocalPort())},
          new PrintWriter(o, true), new PrintWriter(e, true), Map.of());
      assertEquals(1, exit, e.toString());
      assertTrue(e.toString().contains("cannot serve the preview on 127.0.0.1:" + taken.getLocalPort()), e.toString());
      assertTrue(e.toString().contains("hint: the port may be in use"), e.toString());
    }
  }
}
