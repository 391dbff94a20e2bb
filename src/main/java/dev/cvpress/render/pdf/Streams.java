package dev.cvpress.render.pdf;

import dev.cvpress.files.ResourcePolicy;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Everything one document reads, loaded once for all its layout passes: files through {@link ResourcePolicy}
 * (checked on their real path when they are opened, and only that path opened), {@code data:} URIs decoded
 * without trusting them, and the web with a size cap and one time budget for the whole document. A resource that
 * fails is reported in every pass that asks for it and drawn as nothing, never as a half-read picture.
 */
public final class Streams {
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  static final long MAX_REMOTE_BYTES = 10L * 1024 * 1024;
  /** Everything one document reads together: the engine holds it all in memory, and the PDF embeds it. */
  static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int READ_TIMEOUT_MS = 10_000;
  /** All downloads of one document together, however many resources and layout passes, however slow the server. */
  static final long TOTAL_TIMEOUT_MS = 20_000;

  /** What a URI gave: its bytes, or why there are none. */
  record Loaded(byte[] bytes, String problem) {}

  private final ResourcePolicy policy;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong loadedBytes = new java.util.concurrent.atomic.AtomicLong();
  private final long downloadMillis;
  private long downloadDeadline;

  /** The resources of one document whose files live in {@code root}; http(s) only with {@code allowRemote}. */
  public Streams(Path root, boolean allowRemote) {
    this(root, allowRemote, TOTAL_TIMEOUT_MS);
  }

  /** With a download budget of {@code downloadMillis} for the whole document. */
  Streams(Path root, boolean allowRemote, long downloadMillis) {
    this.policy = new ResourcePolicy(root, allowRemote);
    this.downloadMillis = downloadMillis;
  }

  /**
   * Whether an image source (relative to {@code base}) may be read and could be: what a web page of the document
   * may name. Answered from what the layout already loaded.
   */
  public boolean shows(URI base, String src) {
    if (src == null || src.isBlank()) return false;
    String resolved = ResourcePolicy.absolute(base, src.strip());
    return policy.check(resolved).allowed() && load(resolved).problem() == null;
  }

  ResourcePolicy policy() {
    return policy;
  }

  /** The bytes of a URI the policy allows, read at most once per document. */
  Loaded load(String uri) {
    return loaded.computeIfAbsent(uri, this::fetch);
  }

  private final Map<String, Object> derived = new ConcurrentHashMap<>();

  /** Something worked out from a resource (a cropped photo, whether an image can be drawn), once per document. */
  @SuppressWarnings("unchecked")
  <T> T once(String key, java.util.function.Supplier<T> work) {
    return (T) derived.computeIfAbsent(key, k -> work.get());
  }

  /** The engine's view of {@link #load}: each pass reports the problems it meets to its own list. */
  FSStreamFactory factory(BiConsumer<String, String> problem) {
    return factory(problem, new PreparedPictures.Pass(java.util.List.of()));
  }

  /** As {@link #factory(BiConsumer)}, handing the engine {@code pictures}' stand-ins while they are open. */
  FSStreamFactory factory(BiConsumer<String, String> problem, PreparedPictures.Pass pictures) {
    return uri -> {
      Loaded l = load(uri);
      if (l.problem() != null) problem.accept(uri, l.problem());
      return stream(pictures.serve(uri, l.bytes()));
    };
  }

  private Loaded fetch(String uri) {
    String lower = uri.strip().toLowerCase(Locale.ROOT);
    try {
      Loaded l;
      if (lower.startsWith("data:")) {
        l = new Loaded(DataUri.decode(uri), null);
      } else {
        ResourcePolicy.Verdict verdict = policy.check(uri);
        if (!verdict.allowed()) return new Loaded(null, "refused (" + verdict.name().toLowerCase(Locale.ROOT) + ")");
        l = lower.startsWith("file:") ? file(uri) : remote(uri);
      }
      // Whatever asks for it (an <img>, a CSS background), a picture that declares more pixels than the engine
      // can hold in memory is never handed to it.
      String tooLarge = l.bytes() == null ? null : ImageCheck.tooLarge(l.bytes());
      if (tooLarge != null) return new Loaded(null, tooLarge);
      if (l.bytes() != null && loadedBytes.addAndGet(l.bytes().length) > MAX_DOCUMENT_BYTES) {
        return new Loaded(null, "the files this résumé uses pass " + MAX_DOCUMENT_BYTES / (1024 * 1024)
            + " MB together");
      }
      return l;
    } catch (IllegalArgumentException e) {
      return new Loaded(null, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new Loaded(null, "could not be read (" + e.getClass().getSimpleName()
          + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")");
    }
  }

  private Loaded file(String uri) throws IOException {
    ResourcePolicy.Located located = policy.locate(ResourcePolicy.path(uri));
    if (!located.verdict().allowed()) return new Loaded(null, "refused (" + located.verdict() + ")");
    byte[] bytes = ResourcePolicy.read(located, MAX_FILE_BYTES);
    if (bytes == null) return new Loaded(null, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    return new Loaded(bytes, null);
  }

  /** Fetches http(s) with timeouts and a size cap, within what is left of the document's time budget. */
  private Loaded remote(String uri) throws IOException {
    long left;
    synchronized (this) {
      if (downloadDeadline == 0) downloadDeadline = System.currentTimeMillis() + downloadMillis;
      left = downloadDeadline - System.currentTimeMillis();
    }
    String seconds = String.valueOf(downloadMillis / 1000.0).replaceFirst("\\.0$", "");
    String spent = "the " + seconds + " s allowed for the document's downloads ran out";
    if (left <= 0) return new Loaded(null, spent);
    HttpURLConnection c = (HttpURLConnection) URI.create(uri).toURL().openConnection();
    c.setConnectTimeout((int) Math.min(CONNECT_TIMEOUT_MS, left));
    c.setReadTimeout((int) Math.min(READ_TIMEOUT_MS, left));
    c.setInstanceFollowRedirects(true); // never across protocols, so never to file:
    c.setRequestProperty("User-Agent", "cvpress");
    try {
      int status = c.getResponseCode();
      if (status / 100 != 2) return new Loaded(null, "the server answered HTTP " + status);
      String tooLarge = "larger than " + MAX_REMOTE_BYTES / (1024 * 1024) + " MB";
      if (c.getContentLengthLong() > MAX_REMOTE_BYTES) return new Loaded(null, tooLarge);
      try (InputStream in = c.getInputStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
          out.write(buf, 0, n);
          if (out.size() > MAX_REMOTE_BYTES) return new Loaded(null, tooLarge);
          if (System.currentTimeMillis() > downloadDeadline()) return new Loaded(null, spent);
        }
        return new Loaded(out.toByteArray(), null);
      }
    } catch (java.net.SocketTimeoutException e) {
      boolean over = System.currentTimeMillis() >= downloadDeadline();
      return new Loaded(null, over ? spent : "the server did not answer in time");
    } finally {
      c.disconnect();
    }
  }

  private synchronized long downloadDeadline() {
    return downloadDeadline;
  }

  private static FSStream stream(byte[] bytes) {
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }

      @Override
      public Reader getReader() {
        return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
      }
    };
  }
}
