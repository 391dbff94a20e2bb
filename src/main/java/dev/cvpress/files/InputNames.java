package dev.cvpress.files;

import java.util.List;
import java.util.Locale;

/**
 * The file extensions of a résumé source: an output is named after its input without one of them (cv.md gives
 * cv.pdf), a new résumé gets the first, and a change to such a file beside a watched résumé renders it again.
 */
public final class InputNames {
  private InputNames() {}

  /** Markdown under its usual names, and plain text, which is Markdown too. The first is the one cvpress writes. */
  public static final List<String> EXTENSIONS = List.of("md", "markdown", "mdown", "txt");

  /** Whether {@code fileName} ends in one of the {@link #EXTENSIONS}, in any case. */
  public static boolean isInput(String fileName) {
    return extension(fileName.toLowerCase(Locale.ROOT)) != null;
  }

  /** {@code fileName} without its extension when that is one of the {@link #EXTENSIONS} as written (lower case). */
  public static String stem(String fileName) {
    String extension = extension(fileName);
    return extension == null ? fileName : fileName.substring(0, fileName.length() - extension.length() - 1);
  }

  /** {@code fileName}, with the first extension added unless it has one of them already: cv gives cv.md. */
  public static String withExtension(String fileName) {
    return isInput(fileName) ? fileName : fileName + "." + EXTENSIONS.get(0);
  }

  private static String extension(String fileName) {
    return EXTENSIONS.stream().filter(e -> fileName.endsWith("." + e)).findFirst().orElse(null);
  }
}
