package dev.cvpress.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes {@code data:[type][;base64],payload} URIs (RFC 2397) as a résumé may write them, by hand and wrongly:
 * a URI without a comma or with broken base64 is an {@link IllegalArgumentException} whose message says what is
 * wrong, never a crash further down.
 */
final class DataUri {
  private DataUri() {}

  /** Larger inline images belong in a file next to the résumé. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  static byte[] decode(String uri) {
    String s = uri.strip();
    if (!s.regionMatches(true, 0, "data:", 0, 5)) throw new IllegalArgumentException("not a data: URI");
    int comma = s.indexOf(',');
    if (comma < 0) throw new IllegalArgumentException("a data: URI needs a comma before its content");
    String header = s.substring(5, comma).toLowerCase(Locale.ROOT);
    String payload = s.substring(comma + 1);
    if (payload.length() > MAX_BYTES * 4L / 3 + 4) {
      throw new IllegalArgumentException("the data: URI is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    if (header.endsWith(";base64")) {
      try {
        // Line breaks and spaces inside long base64 are common and harmless; the MIME decoder skips them.
        return Base64.getMimeDecoder().decode(percentDecoded(payload));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the base64 content of the data: URI is broken (" + e.getMessage() + ")");
      }
    }
    return percentDecoded(payload);
  }

  /** %-escapes are bytes; other characters stand for their UTF-8 bytes. */
  private static byte[] percentDecoded(String payload) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(payload.length());
    for (int i = 0; i < payload.length(); i++) {
      char c = payload.charAt(i);
      if (c != '%') {
        int end = Character.isHighSurrogate(c) && i + 1 < payload.length() ? i + 2 : i + 1;
        out.writeBytes(payload.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
        continue;
      }
      int hi = i + 2 < payload.length() ? Character.digit(payload.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(payload.charAt(i + 2), 16) : -1;
      if (lo < 0) throw new IllegalArgumentException("the data: URI has a broken %-escape at character " + (i + 1));
      out.write(hi * 16 + lo);
      i += 2;
    }
    return out.toByteArray();
  }
}
