package dev.cvpress.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file extensions of a résumé source, and the format each names: an output is named after its input without
 * one of them (cv.md gives cv.pdf), a new résumé gets the first, a change to such a file beside a watched résumé
 * renders it again, and {@code cvpress convert} writes the format an output's extension names.
 */
public final class InputNames {
  private InputNames() {}

  /** The formats a résumé is read from (and converted to), each with its extensions, the usual one first. */
  public enum Format {
    /** Markdown under its usual names, and plain text, which is Markdown too. */
    MARKDOWN("md", "Markdown", "md", "markdown", "mdown", "txt"),
    /** A JSON Resume document (jsonresume.org, schema 1.x). */
    JSON_RESUME("json", "JSON Resume", "json"),
    /** A RenderCV file (rendercv.com): YAML with a top-level {@code cv:}. */
    RENDERCV("rendercv", "RenderCV", "yaml", "yml"),
    /** The data export LinkedIn gives a member (a zip of CSV files); read, not written. */
    LINKEDIN("linkedin", "LinkedIn data export", "zip");

    private final String id;
    private final String label;
    private final List<String> extensions;

    Format(String id, String label, String... extensions) {
      this.id = id;
      this.label = label;
      this.extensions = List.of(extensions);
    }

    /** The name {@code --to} takes. */
    public String id() {
      return id;
    }

    /** The format's name in messages. */
    public String label() {
      return label;
    }

    public List<String> extensions() {
      return extensions;
    }

    /** Whether {@code cvpress convert} writes the format (it reads them all). */
    public boolean written() {
      return this != LINKEDIN;
    }

    /** The format {@code --to} names, in any letter case; null when none is. */
    public static Format named(String id) {
      return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst().orElse(null);
    }
  }

  /** Every extension, Markdown's first. The first is the one cvpress writes for a new résumé. */
  public static final List<String> EXTENSIONS =
      Arrays.stream(Format.values()).flatMap(f -> f.extensions.stream()).toList();

  /** Whether {@code fileName} ends in one of the {@link #EXTENSIONS}, in any case. */
  public static boolean isInput(String fileName) {
    return extension(fileName.toLowerCase(Locale.ROOT)) != null;
  }

  /** The format {@code fileName}'s extension names, in any case; null when it names none. */
  public static Format format(String fileName) {
    String extension = extension(fileName.toLowerCase(Locale.ROOT));
    if (extension == null) return null;
    return Arrays.stream(Format.values()).filter(f -> f.extensions.contains(extension)).findFirst().orElseThrow();
  }

  private static final java.util.regex.Pattern RENDERCV_KEY =
      java.util.regex.Pattern.compile("(?m)^cv:[ \\t]*(#.*)?\\r?$");

  /**
   * The format a source's text shows, for one read without a name (standard input): a JSON Resume starts with
   * {@code {}, a RenderCV file has {@code cv:} as a top-level key and is not Markdown with front matter (a
   * front-matter block that closes before it); anything else is Markdown.
   */
  public static Format formatOf(byte[] bytes) {
    // A zip (a LinkedIn data export) starts with the local file header's signature.
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return Format.LINKEDIN;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), java.nio.charset.StandardCharsets.UTF_8);
    if (head.startsWith("\uFEFF")) head = head.substring(1);
    String text = head.stripLeading();
    if (text.startsWith("{")) return Format.JSON_RESUME;
    java.util.regex.Matcher cv = RENDERCV_KEY.matcher(head);
    if (!cv.find()) return Format.MARKDOWN;
    if (text.startsWith("---") || text.startsWith("+++")) {
      // Front matter that closes before `cv:` is a Markdown résumé's; one that closes after it holds the key.
      String fence = text.substring(0, 3);
      int open = head.indexOf(fence);
      int close = head.indexOf("\n" + fence, open + 3);
      if (close >= 0 && close < cv.start()) return Format.MARKDOWN;
      if (close >= 0 && !head.substring(close + 4).isBlank()) return Format.MARKDOWN;
    }
    return Format.RENDERCV;
  }

  /** {@code fileName} without its extension when that is one of the {@link #EXTENSIONS} as written (lower case). */
  public static String stem(String fileName) {
    String extension = extension(fileName);
    return extension == null ? fileName : fileName.substring(0, fileName.length() - extension.length() - 1);
  }

  /**
   * A new Markdown résumé's name: {@code fileName}, with the first extension added unless it has a Markdown one
   * already (cv gives cv.md, cv.json gives cv.json.md).
   */
  public static String withExtension(String fileName) {
    return format(fileName) == Format.MARKDOWN ? fileName : fileName + "." + EXTENSIONS.get(0);
  }

  private static String extension(String fileName) {
    return EXTENSIONS.stream().filter(e -> fileName.endsWith("." + e)).findFirst().orElse(null);
  }
}
