package dev.cvpress.cli;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Input arguments to files: plain paths as given, quoted globs ({@code 'cv/*.md'}, {@code 'cv/**.md'}) expanded. */
final class Inputs {
  private Inputs() {}

  record Expanded(List<Path> files, List<Diagnostic> problems) {}

  static Expanded expand(List<String> args) {
    Set<Path> files = new LinkedHashSet<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String arg : args) {
      // A file that exists is that file, even when its name holds glob characters (`cv[2024].md`).
      if (!isGlob(arg) || Files.exists(Path.of(arg), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        files.add(Path.of(arg));
        continue;
      }
      List<Path> matches;
      try {
        matches = glob(arg, problems);
      } catch (java.util.regex.PatternSyntaxException e) {
        problems.add(Diagnostic.error(Code.BAD_PATTERN, SourcePos.file(arg),
            "is neither a file nor a valid pattern: " + e.getDescription(),
            "close every `[` and `{` in the pattern, or name the file as it is"));
        continue;
      }
      if (matches.isEmpty()) {
        problems.add(Diagnostic.error(Code.NO_MATCH, SourcePos.file(arg), "no file matches this pattern",
            "check the folder and the pattern; quote it so the shell does not expand it"));
      }
      files.addAll(matches);
    }
    return new Expanded(List.copyOf(files), problems);
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * Files matching a glob, in name order; the walk starts at the pattern's fixed leading folders. A match that is a
   * symbolic link leading out of those folders is refused: a pull request can add `cv/x.md -> /etc/secret`, and
   * CI rendering 'cv/*.md' would publish it.
   */
  private static List<Path> glob(String pattern, List<Diagnostic> problems) {
    String normalised = pattern.replace('\\', '/');
    int wildcard = normalised.length();
    for (int i = 0; i < normalised.length(); i++) {
      if ("*?[{".indexOf(normalised.charAt(i)) >= 0) {
        wildcard = i;
        break;
      }
    }
    int slash = normalised.lastIndexOf('/', wildcard);
    Path root = slash < 0 ? Path.of(".") : Path.of(normalised.substring(0, Math.max(1, slash)));
    String rel = slash < 0 ? normalised : normalised.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rel);
    int depth = rel.contains("**") ? Integer.MAX_VALUE : (int) rel.chars().filter(c -> c == '/').count() + 1;
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> walk = Files.walk(root, depth)) {
      Path realRoot = root.toRealPath();
      List<Path> matches = walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(root.relativize(p)))
          .map(p -> slash < 0 ? root.relativize(p) : p)
          .sorted()
          .toList();
      List<Path> inside = new ArrayList<>();
      for (Path p : matches) {
        if (p.toRealPath().startsWith(realRoot)) {
          inside.add(p);
        } else {
          problems.add(Diagnostic.error(Code.OUTSIDE_FOLDER, SourcePos.file(p.toString()),
              "is a symbolic link that leads out of "
              + root + ", so the pattern does not take it", "name the file itself to render it"));
        }
      }
      return inside;
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }
}
