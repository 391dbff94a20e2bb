package dev.cvpress.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves one résumé's preview on the loopback address: the page ({@code /}), its state ({@code /state}), each page
 * image ({@code /page/VERSION/N.png}) and server-sent events ({@code /events}: an event {@code render} after each
 * render). Nothing is read from the disk: every answer comes from the last {@link Snapshot}, and any other path,
 * one that climbs with {@code ..} included, is 404. A request whose Host is not this address is refused, so a web
 * page elsewhere cannot reach the preview through a name that resolves to 127.0.0.1.
 */
public final class PreviewServer implements AutoCloseable {
  private static final Pattern PAGE = Pattern.compile("/page/(\\d{1,18})/(\\d{1,4})\\.png");

  private final HttpServer server;
  private final ExecutorService threads;
  private final String title;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile Snapshot snapshot;

  private PreviewServer(HttpServer server, ExecutorService threads, String title, Snapshot first) {
    this.server = server;
    this.threads = threads;
    this.title = title;
    this.snapshot = first;
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, or 0 for a free one
   * @throws IOException when the port cannot be had (in use, or not allowed)
   */
  public static PreviewServer start(int port, String title, Snapshot first) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // Each open event stream holds a thread while its browser tab is open.
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "cvpress-preview");
      t.setDaemon(true);
      return t;
    });
    PreviewServer preview = new PreviewServer(server, threads, title, first);
    server.createContext("/", preview::handle);
    server.setExecutor(threads);
    server.start();
    return preview;
  }

  /** Where the preview is, e.g. {@code http://127.0.0.1:53817/}. */
  public String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Shows a new render: every open page is told, and redraws. */
  public void publish(Snapshot next) {
    snapshot = next;
    byte[] event = ("event: render\ndata: " + next.version() + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      try {
        out.write(event);
        out.flush();
      } catch (IOException e) {
        listeners.remove(out); // the tab was closed
        close(out);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 421, "text/plain", "this preview answers only at " + address());
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "only GET and HEAD");
      } else if (path.equals("/")) {
        send(exchange, 200, "text/html; charset=utf-8", PreviewPage.html(snapshot, title));
      } else if (path.equals("/state")) {
        send(exchange, 200, "application/json", PreviewPage.json(snapshot));
      } else if (path.equals("/events")) {
        events(exchange);
        return; // left open: publish writes to it
      } else {
        page(exchange, path);
      }
    } catch (IOException e) {
      exchange.close();
    }
  }

  private void page(HttpExchange exchange, String path) throws IOException {
    Matcher m = PAGE.matcher(path);
    Snapshot s = snapshot;
    if (m.matches()) {
      int n = Integer.parseInt(m.group(2));
      if (Long.parseLong(m.group(1)) == s.pagesFrom() && n >= 1 && n <= s.pages().size()) {
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        // A page's address names its render: the same address is always the same image.
        exchange.getResponseHeaders().add("Cache-Control", "max-age=3600, immutable");
        byte[] png = s.pages().get(n - 1);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : png.length);
        try (OutputStream out = exchange.getResponseBody()) {
          if (!head) out.write(png);
        }
        return;
      }
    }
    send(exchange, 404, "text/plain", "not found");
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    // The render shown now, so that a page loaded between two renders catches up at once.
    out.write(("retry: 1000\nevent: render\ndata: " + snapshot.version() + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    listeners.add(out);
  }

  private boolean allowedHost(String host) {
    if (host == null) return false;
    int port = server.getAddress().getPort();
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port);
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) out.write(bytes);
    }
  }

  private static void close(OutputStream out) {
    try {
      out.close();
    } catch (IOException ignored) {
      // the connection is gone already
    }
  }

  /** Ends every event stream and stops the server. */
  @Override
  public void close() {
    for (OutputStream out : listeners) close(out);
    listeners.clear();
    server.stop(0);
    threads.shutdownNow();
  }
}
