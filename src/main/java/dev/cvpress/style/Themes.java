package dev.cvpress.style;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.model.Meta;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which theme a résumé gets: a built-in by name, or a style sheet from the command line or the résumé's folder. */
public final class Themes {
  private Themes() {}

  /**
   * The theme for {@code style.theme()}. A top-level {@code theme:} that names no cvpress theme belongs to Hugo or
   * VitePress: it is a warning, and the default theme is used.
   */
  public static Theme choose(Style style, Meta meta, boolean fromCommandLine, List<Diagnostic> warnings)
      throws CvpressException {
    try {
      return resolve(style.theme(), meta, fromCommandLine, warnings);
    } catch (CvpressException e) {
      if (!meta.styleFromTopLevel().contains("theme")) throw e;
      for (Diagnostic d : e.diagnostics()) warnings.add(Style.ignoredTopLevel(d.code(), d.pos(), "theme", d.message(),
          null));
      return resolve(null, meta, false, warnings);
    }
  }

  private static Theme resolve(String name, Meta meta, boolean fromCommandLine, List<Diagnostic> warnings)
      throws CvpressException {
    if (name == null) name = Theme.DEFAULT;
    SourcePos pos = fromCommandLine ? SourcePos.file("--theme")
        : meta.stylePos().getOrDefault("theme", SourcePos.file("--theme"));
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".css")) return file(name, meta, fromCommandLine, pos, warnings);
      Theme t = Theme.builtIn(name);
      if (t == null) {
        throw new CvpressException(Diagnostic.error(Code.UNKNOWN_THEME, pos, "unknown theme `" + name + "`",
            Suggestions.didYouMean(name, Theme.BUILT_IN) + "the themes are: " + String.join(", ", Theme.BUILT_IN)
                + " (see `cvpress themes`), or give a path to a .css file"));
      }
      return t;
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, pos,
          "cannot read theme " + name + ": " + e.getMessage(), null));
    }
  }

  private static Theme file(String name, Meta meta, boolean fromCommandLine, SourcePos pos,
      List<Diagnostic> warnings) throws CvpressException, IOException {
    Path path;
    ResourcePolicy.Located located;
    if (fromCommandLine) {
      path = Path.of(name);
      located = ResourcePolicy.anywhere(path);
    } else {
      // A theme named by the résumé is one of its resources: a file in its folder, judged on its real path.
      Path resumeFile = Path.of(meta.stylePos().getOrDefault("theme", SourcePos.file(".")).file());
      Path folder = folder(resumeFile);
      path = folder.resolve(name);
      located = new ResourcePolicy(folder, false).locate(path);
      ResourcePolicy.Verdict verdict = located.verdict();
      if (verdict == ResourcePolicy.Verdict.OUTSIDE || verdict == ResourcePolicy.Verdict.SPECIAL) {
        warnings.add(Diagnostic.warning(ResourcePolicy.code(verdict), pos,
            "theme not loaded: " + name + " " + ResourcePolicy.why(verdict)
            + "; using the " + Theme.DEFAULT + " theme",
            "copy the style sheet into the résumé's folder, or name a built-in theme: "
                + String.join(", ", Theme.BUILT_IN)));
        return Theme.builtIn(Theme.DEFAULT);
      }
    }
    if (located.verdict() == ResourcePolicy.Verdict.MISSING) {
      throw new CvpressException(Diagnostic.error(Code.FILE_NOT_FOUND, pos, "theme file not found: " + path,
          "give a path to a .css file, or a built-in theme: " + String.join(", ", Theme.BUILT_IN)));
    }
    if (!located.verdict().allowed()) {
      throw new CvpressException(Diagnostic.error(ResourcePolicy.code(located.verdict()), pos, "theme file " + path
          + " " + ResourcePolicy.why(located.verdict()), "give a path to a regular .css file"));
    }
    Theme t = Theme.file(located, path);
    if (t == null) {
      throw new CvpressException(Diagnostic.error(Code.FILE_TOO_LARGE, pos, "theme file " + path + " is larger than "
          + Theme.MAX_CSS_BYTES / 1024 + " KB", "a theme is a style sheet of a few kilobytes"));
    }
    return t;
  }

  /** The folder a file is in, absolute. */
  public static Path folder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }
}
