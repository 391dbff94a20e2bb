package dev.cvpress.render.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which URIs a document may read. cvpress runs in CI on résumés from pull requests, so a document may read only
 * files inside its own folder (following symbolic links to where they really lead), inline {@code data:} URIs,
 * and, only with {@code --allow-remote}, http(s). Everything else — other files, {@code classpath:},
 * {@code jar:}, {@code ftp:} — is refused before anything is opened or contacted.
 */
record ResourcePolicy(Path root, boolean allowRemote) {
  enum Verdict {
    ALLOW, OUTSIDE, REMOTE, SCHEME, MISSING;

    boolean allowed() {
      return this == ALLOW;
    }
  }

  boolean allows(String uri) {
    return check(uri).allowed();
  }

  Verdict check(String uri) {
    if (uri == null || uri.isBlank()) return Verdict.SCHEME;
    String lower = uri.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) return Verdict.ALLOW;
    if (lower.startsWith("http:") || lower.startsWith("https:")) return allowRemote ? Verdict.ALLOW : Verdict.REMOTE;
    if (!lower.startsWith("file:") || root == null) return Verdict.SCHEME;
    try {
      URI parsed = URI.create(uri.strip());
      if (parsed.getAuthority() != null && !parsed.getAuthority().isEmpty()
          && !parsed.getAuthority().equalsIgnoreCase("localhost")) {
        return Verdict.OUTSIDE; // file://host/share: a network path
      }
      Path p = Path.of(new URI("file", null, parsed.getPath(), null)).normalize();
      Path realRoot = root.toRealPath();
      if (!p.startsWith(root.toAbsolutePath().normalize()) && !p.startsWith(realRoot)) return Verdict.OUTSIDE;
      // Follow symbolic links, in the file and in the folders on its way: a link must not lead outside.
      Path existing = p;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
      if (existing == null) return Verdict.OUTSIDE;
      if (!Files.exists(existing)) return Verdict.OUTSIDE; // a dangling link
      Path real = existing.toRealPath();
      if (!real.startsWith(realRoot)) return Verdict.OUTSIDE;
      if (!existing.equals(p) || !Files.isRegularFile(real)) return Verdict.MISSING;
      return Verdict.ALLOW;
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return Verdict.OUTSIDE;
    }
  }

  /** The file a {@code file:} URI names, already checked; null when it may not be read. */
  Path file(String uri) {
    if (check(uri) != Verdict.ALLOW || !uri.strip().toLowerCase(Locale.ROOT).startsWith("file:")) return null;
    try {
      return Path.of(new URI("file", null, URI.create(uri.strip()).getPath(), null)).toRealPath();
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return null;
    }
  }
}
