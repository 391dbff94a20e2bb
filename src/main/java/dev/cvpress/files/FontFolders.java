package dev.cvpress.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The machine's font folders: the only places outside a résumé's folder that a font it names may come from. */
public final class FontFolders {
  private FontFolders() {}

  /** The usual font folders of Linux, macOS and Windows, after those of {@code CVPRESS_FONT_DIRS}. */
  public static List<Path> all() {
    String home = System.getProperty("user.home", "");
    List<String> dirs = new ArrayList<>(List.of("/usr/share/fonts", "/usr/local/share/fonts",
        home + "/.fonts", home + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
        "/System/Library/Fonts/Supplemental", home + "/Library/Fonts"));
    String windir = System.getenv("WINDIR");
    dirs.add((windir != null ? windir : "C:\\Windows") + "\\Fonts");
    String local = System.getenv("LOCALAPPDATA");
    if (local != null) dirs.add(local + "\\Microsoft\\Windows\\Fonts");
    List<String> all = new ArrayList<>(userNamed());
    all.addAll(dirs);
    return existing(all);
  }

  /** The folders of {@code CVPRESS_FONT_DIRS} (path-separated), in their order. */
  private static List<String> userNamed() {
    String extra = System.getenv("CVPRESS_FONT_DIRS");
    List<String> out = new ArrayList<>();
    if (extra != null) for (String d : extra.split(File.pathSeparator)) if (!d.isBlank()) out.add(d);
    return out;
  }

  /** The folders of {@code CVPRESS_FONT_DIRS} that exist. */
  public static List<Path> user() {
    return existing(userNamed());
  }

  private static List<Path> existing(List<String> dirs) {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      try {
        Path p = Path.of(d);
        if (Files.isDirectory(p)) out.add(p);
      } catch (RuntimeException e) {
        // not a path on this system (a Windows folder on Linux)
      }
    }
    return out;
  }
}
