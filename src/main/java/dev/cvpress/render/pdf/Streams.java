package dev.cvpress.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * How the PDF engine reads what a document refers to: files through {@link ResourcePolicy} once more (so
 * nothing reaches the disk that the policy has not seen), the web with a time limit and a size cap. A
 * resource that fails is reported and drawn as nothing, never as a half-read picture.
 */
final class Streams {
  private Streams() {}

  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  static final long MAX_REMOTE_BYTES = 10L * 1024 * 1024;
  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int READ_TIMEOUT_MS = 10_000;
  /** The whole download, however slowly the server trickles. */
  static final long TOTAL_TIMEOUT_MS = 20_000;

  /**
   * Reads local files the policy allows, up to {@link #MAX_FILE_BYTES}. The engine asks for an image several times
   * while it lays out and draws a page; each file is checked and read once per document.
   */
  static FSStreamFactory files(ResourcePolicy policy, BiConsumer<String, String> problem) {
    Map<String, FSStream> seen = new ConcurrentHashMap<>();
    return uri -> seen.computeIfAbsent(uri, u -> stream(() -> {
      Path file = policy.file(u);
      if (file == null) return null;
      if (Files.size(file) > MAX_FILE_BYTES) {
        problem.accept(u, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; not loaded");
        return null;
      }
      return Files.readAllBytes(file);
    }, u, problem));
  }

  /** Fetches http(s) with a timeout and a size cap, once per document; used only with --allow-remote. */
  static FSStreamFactory remote(BiConsumer<String, String> problem) {
    Map<String, FSStream> seen = new ConcurrentHashMap<>();
    return uri -> seen.computeIfAbsent(uri, u -> stream(() -> fetch(u, problem), u, problem));
  }

  private static byte[] fetch(String uri, BiConsumer<String, String> problem) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(uri).toURL().openConnection();
    c.setConnectTimeout(CONNECT_TIMEOUT_MS);
    c.setReadTimeout(READ_TIMEOUT_MS);
    c.setInstanceFollowRedirects(true); // never across protocols, so never to file:
    c.setRequestProperty("User-Agent", "cvpress");
    try {
      int status = c.getResponseCode();
      if (status / 100 != 2) {
        problem.accept(uri, "the server answered HTTP " + status);
        return null;
      }
      if (c.getContentLengthLong() > MAX_REMOTE_BYTES) {
        problem.accept(uri, "larger than " + MAX_REMOTE_BYTES / (1024 * 1024) + " MB; not loaded");
        return null;
      }
      long deadline = System.currentTimeMillis() + TOTAL_TIMEOUT_MS;
      try (InputStream in = c.getInputStream()) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
          out.write(buf, 0, n);
          if (out.size() > MAX_REMOTE_BYTES) {
            problem.accept(uri, "larger than " + MAX_REMOTE_BYTES / (1024 * 1024) + " MB; not loaded");
            return null;
          }
          if (System.currentTimeMillis() > deadline) {
            problem.accept(uri, "took longer than " + TOTAL_TIMEOUT_MS / 1000 + " s to download; not loaded");
            return null;
          }
        }
        return out.toByteArray();
      }
    } finally {
      c.disconnect();
    }
  }

  private interface Load {
    byte[] bytes() throws IOException;
  }

  private static FSStream stream(Load load, String uri, BiConsumer<String, String> problem) {
    return new FSStream() {
      private byte[] bytes;
      private boolean done;

      private synchronized byte[] get() {
        if (!done) {
          done = true;
          try {
            bytes = load.bytes();
          } catch (IOException | RuntimeException e) {
            problem.accept(uri, "could not be read (" + e.getClass().getSimpleName()
                + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")");
          }
        }
        return bytes;
      }

      @Override
      public InputStream getStream() {
        byte[] b = get();
        return b == null ? null : new ByteArrayInputStream(b);
      }

      @Override
      public Reader getReader() {
        byte[] b = get();
        return b == null ? null : new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8);
      }
    };
  }
}
