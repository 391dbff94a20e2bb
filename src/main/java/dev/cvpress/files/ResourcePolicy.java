package dev.cvpress.files;

import dev.cvpress.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Which URIs and files a document may read. cvpress runs in CI on résumés from pull requests, so a document may
 * read only regular files inside its own folder, inline {@code data:} URIs, and, only with {@code --allow-remote},
 * http(s). Everything else — other files, {@code classpath:}, {@code jar:}, {@code ftp:} — is refused before
 * anything is opened or contacted.
 *
 * <p>A path is judged by where it really leads: symbolic links and {@code ..} are resolved by the file system, in
 * the order they appear (so {@code link/../x.png} with {@code link} pointing elsewhere is judged where the kernel
 * would open it, not as the lexical {@code x.png}), and what is then opened is that resolved path, never the
 * string as written.
 */
public record ResourcePolicy(Path root, boolean allowRemote) {
  public enum Verdict {
    ALLOW, OUTSIDE, REMOTE, SCHEME, MISSING, SPECIAL;

    public boolean allowed() {
      return this == ALLOW;
    }
  }

  /**
   * Where a path really leads and whether it may be read.
   *
   * @param real the resolved path, set only when the verdict is ALLOW
   */
  public record Located(Verdict verdict, Path real) {}

  /** Files the kernel makes up (process environments, devices): never a résumé's resource, wherever they sit. */
  private static final List<Path> SYSTEM = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  /** Whether a real path (links resolved) is one of the files the kernel makes up, under /proc, /sys or /dev. */
  public static boolean isKernelFile(Path real) {
    return SYSTEM.stream().anyMatch(real::startsWith);
  }

  public boolean allows(String uri) {
    return check(uri).allowed();
  }

  public Verdict check(String uri) {
    if (uri == null || uri.isBlank()) return Verdict.SCHEME;
    String lower = uri.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) return Verdict.ALLOW;
    if (lower.startsWith("http:") || lower.startsWith("https:")) return allowRemote ? Verdict.ALLOW : Verdict.REMOTE;
    if (!lower.startsWith("file:")) return Verdict.SCHEME;
    Path p = path(uri);
    return p == null ? Verdict.OUTSIDE : locate(p).verdict();
  }

  /**
   * The absolute URI an image source or link names, relative to {@code base} (a relative path may hold spaces and
   * other characters a URI must quote); {@code src} as it is when it already has a scheme or cannot be read.
   */
  public static String absolute(URI base, String src) {
    try {
      boolean hasScheme = src.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]+:.*");
      return hasScheme ? src : base.resolve(new URI(null, null, src, null)).toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return src;
    }
  }

  /** The file a {@code file:} URI names, as written (not normalised); null when it names none or a network share. */
  public static Path path(String uri) {
    try {
      URI parsed = URI.create(uri.strip());
      if (parsed.getAuthority() != null && !parsed.getAuthority().isEmpty()
          && !parsed.getAuthority().equalsIgnoreCase("localhost")) {
        return null; // file://host/share: a network path
      }
      if (parsed.getPath() == null) return null;
      return Path.of(new URI("file", null, parsed.getPath(), null));
    } catch (RuntimeException | java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * Where {@code file} (absolute, or relative to the root) really leads, and whether the document may read it:
   * inside the root's real path, not a kernel file, and a regular file (not a directory, pipe or device).
   * Nothing is opened here.
   */
  public Located locate(Path file) {
    if (root == null || file == null) return new Located(Verdict.OUTSIDE, null);
    try {
      Path realRoot = root.toRealPath();
      Path real = resolve(root.toAbsolutePath().resolve(file));
      if (real == null) return new Located(Verdict.OUTSIDE, null);
      if (!real.startsWith(realRoot)) return new Located(Verdict.OUTSIDE, null);
      if (isKernelFile(real)) return new Located(Verdict.SPECIAL, null);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return new Located(Verdict.MISSING, null);
      }
      return attrs.isRegularFile() ? new Located(Verdict.ALLOW, real) : new Located(Verdict.SPECIAL, null);
    } catch (IOException | RuntimeException e) {
      return new Located(Verdict.OUTSIDE, null);
    }
  }

  /**
   * The real path of {@code file}; for a file that does not exist, the real path of its deepest existing folder
   * with the rest appended, so that a missing file is still placed inside or outside the root correctly.
   */
  private static Path resolve(Path file) throws IOException {
    try {
      return file.toRealPath();
    } catch (NoSuchFileException e) {
      Path rest = file.getFileName();
      for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
        try {
          return rest == null ? dir.toRealPath() : dir.toRealPath().resolve(rest).normalize();
        } catch (NoSuchFileException missing) {
          Path name = dir.getFileName();
          if (name == null) return null;
          rest = rest == null ? name : name.resolve(rest);
        }
      }
      return null;
    }
  }

  /**
   * Opens a path {@link #locate} allowed. The last step refuses to follow a link, so a file swapped for a link
   * after it was checked is not read; a file swapped for a pipe or device is caught by the check just before.
   */
  public static InputStream open(Located located) throws IOException {
    if (!located.verdict().allowed()) throw new IOException("not allowed: " + located.verdict());
    Path real = located.real();
    if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
      throw new IOException("not a regular file");
    }
    return Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
  }

  /**
   * The bytes of a path {@link #locate} allowed, at most {@code max}; null when the file is larger.
   */
  public static byte[] read(Located located, long max) throws IOException {
    try (InputStream in = open(located)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return bytes.length > max ? null : bytes;
    }
  }

  /**
   * Where a file named on the command line really leads: it may be anywhere, but it must be a regular file, not a
   * folder, a pipe, a device or a kernel file.
   */
  public static Located anywhere(Path file) {
    Path absolute = file.toAbsolutePath();
    return new ResourcePolicy(absolute.getRoot(), false).locate(absolute);
  }

  /** A few words on why a verdict refuses, for a message: "is outside the résumé's folder". */
  public static String why(Verdict verdict) {
    return switch (verdict) {
      case ALLOW -> "may be read";
      case MISSING -> "does not exist";
      case SPECIAL -> "is not a regular file (a folder, a pipe, a device or a kernel file)";
      case REMOTE -> "is on the network, and --allow-remote was not given";
      case SCHEME -> "is not a file";
      case OUTSIDE -> "is outside the résumé's folder";
    };
  }

  /** The kind of problem a refusal is, for its diagnostic. */
  public static Code code(Verdict verdict) {
    return switch (verdict) {
      case ALLOW -> throw new IllegalArgumentException("an allowed resource is no problem");
      case MISSING -> Code.FILE_NOT_FOUND;
      case SPECIAL -> Code.NOT_A_REGULAR_FILE;
      case REMOTE -> Code.REMOTE_NOT_ALLOWED;
      case SCHEME -> Code.NOT_A_FILE;
      case OUTSIDE -> Code.OUTSIDE_FOLDER;
    };
  }

  /**
   * Where a font file named by the document really leads, and whether it may be read: inside the root, or inside
   * one of the machine's font folders.
   */
  public Located font(Path file) {
    Located inside = locate(file);
    if (inside.verdict() != Verdict.OUTSIDE) return inside;
    for (Path dir : FontFolders.all()) {
      Located there = new ResourcePolicy(dir, false).locate(root == null ? file : root.toAbsolutePath().resolve(file));
      if (there.verdict() != Verdict.OUTSIDE) return there;
    }
    return inside;
  }
}
