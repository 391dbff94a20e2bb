package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview in a real browser: headless Chromium loads it, the résumé is edited, and the page shows the change
 * by itself. Driven through the DevTools protocol; every wait is a promise in the page that resolves on the change
 * (a MutationObserver), never a sleep. Needs `chromium` on the PATH: {@code mvn test -Pbrowser}.
 */
@Tag("browser")
class PreviewBrowserTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");

  @TempDir Path dir;

  private final PreviewTest preview = new PreviewTest();
  private Process chromium;
  private WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();

  @AfterEach
  void stop() throws Exception {
    if (socket != null) socket.abort();
    if (chromium != null) {
      chromium.destroy();
      if (!chromium.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) chromium.destroyForcibly();
    }
    preview.stop();
  }

  @Test
  void aSaveRedrawsTheOpenPage() throws Exception {
    preview.dir = dir;
    Path cv = Files.writeString(dir.resolve("cv.md"), "# Jane Doe\n\n## Skills\n\nJava and Go.\n");
    String address = preview.start(cv);
    open(address);

    // Loaded: the first render's page, drawn, and the event stream open.
    assertEquals("1 /page/1/1.png true", evaluate(until("b.dataset.live === 'yes' && img() && img().complete",
        "b.dataset.version + ' ' + new URL(img().src).pathname + ' ' + (img().naturalWidth > 0)")));

    Files.writeString(cv, "# Jane Doe\n\n## Skills\n\nJava, Go and Rust.\n");
    assertEquals("2 /page/2/1.png true", evaluate(until("b.dataset.version === '2' && img() && img().complete",
        "b.dataset.version + ' ' + new URL(img().src).pathname + ' ' + (img().naturalWidth > 0)")));

    Files.writeString(cv, "---\ntitle: a: b\n---\n# Jane Doe\n");
    String shown = evaluate(until("b.dataset.version === '3'", "document.getElementById('problems').innerText"));
    assertTrue(shown.matches("(?s).*cv\\.md:2:\\d+: error:.*not valid YAML.*title: a: b.*hint:.*"), shown);
  }

  /**
   * An expression whose promise resolves, with {@code value}, once {@code condition} holds: checked now and after
   * every change to the page's elements and attributes.
   */
  private static String until(String condition, String value) {
    return "new Promise(resolve => { let b;"
        + " const img = () => document.querySelector('#pages img');"
        + " const check = () => { b = document.body; if (b && " + condition + ") { resolve(" + value + ");"
        + " return true; } return false; };"
        + " if (check()) return;"
        + " const o = new MutationObserver(() => { if (check()) o.disconnect(); });"
        + " o.observe(document, {subtree: true, childList: true, attributes: true});"
        + " document.addEventListener('load', () => { if (check()) o.disconnect(); }, true);"
        + " document.addEventListener('DOMContentLoaded', () => { if (check()) o.disconnect(); }); })";
  }

  /** Starts headless Chromium on the page and connects to it through the DevTools protocol. */
  private void open(String address) throws Exception {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader stderr = new BufferedReader(new InputStreamReader(chromium.getErrorStream(),
        StandardCharsets.UTF_8));
    String port = null;
    for (String line = stderr.readLine(); line != null; line = stderr.readLine()) {
      Matcher m = DEVTOOLS.matcher(line);
      if (m.find()) {
        port = m.group(2);
        break;
      }
    }
    assertTrue(port != null, "Chromium printed no DevTools address");
    // The rest of its log is read and dropped, so that a full pipe never stops it.
    Thread drain = new Thread(() -> stderr.lines().forEach(l -> {}), "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher page = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"")
        .matcher(list);
    assertTrue(page.find(), list);
    socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), new Answers())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    // Answered once the preview's document has replaced the blank one: what is evaluated next runs in it.
    String navigated = call("Page.navigate", "{\"url\":" + JsonLinesReport.string(address) + "}");
    assertTrue(!navigated.contains("errorText"), navigated);
  }

  private String call(String method, String params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<String> answer = new CompletableFuture<>();
    answers.put(id, answer);
    socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
    return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Runs JavaScript in the page, waits for its promise, and returns the value as a string. */
  private String evaluate(String expression) throws Exception {
    String json = call("Runtime.evaluate", "{\"expression\":" + JsonLinesReport.string(expression)
        + ",\"awaitPromise\":true,\"returnByValue\":true}");
    Matcher m = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** Collects the protocol's answers (a message may come in parts) and hands each to the call that waits. */
  private final class Answers implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+),").matcher(text);
        if (id.find()) {
          CompletableFuture<String> waiting = answers.remove(Integer.parseInt(id.group(1)));
          if (waiting != null) waiting.complete(text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
