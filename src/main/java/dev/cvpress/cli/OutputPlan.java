package dev.cvpress.cli;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every file a run will write, checked before anything is written: no output may replace an input of the run (a
 * résumé, the manifest, a style sheet), and no two outputs may be the same file. Paths are compared as the system
 * resolves them, symbolic links followed: an output is its real folder and its name (moving a file into place
 * replaces the name, never what a link there points to); an input is both its real path and the name it was given.
 */
final class OutputPlan {
  /** A file the run reads, as named by the user. */
  record Input(Path file, SourcePos pos) {}

  /**
   * The outputs of one job.
   *
   * @param origin how messages name the job: its input, or its place in the manifest and its input
   */
  record Target(Batch.Job job, Set<OutputFormat> formats, SourcePos pos, String origin) {}

  private OutputPlan() {}

  /** The collisions, each an error at the place that asked for the second output; empty when all is well. */
  static List<Diagnostic> check(List<Input> inputs, List<Target> targets) {
    Map<Path, Input> protectedFiles = new LinkedHashMap<>();
    for (Input in : inputs) {
      protectedFiles.putIfAbsent(resolved(in.file()), in);
      Path real = real(in.file());
      if (real != null) protectedFiles.putIfAbsent(real, in);
    }
    List<Diagnostic> problems = new ArrayList<>();
    Map<Path, Target> written = new LinkedHashMap<>();
    Map<String, Map.Entry<Path, Target>> byCase = new LinkedHashMap<>();
    for (Target t : targets) {
      Path base = resolved(t.job().base());
      for (OutputFormat format : t.formats()) {
        Path shown = t.job().file(format, 1);
        // Pages written as files of their own are numbered; the series is one output, NAME-#.png.
        Path key = base.resolveSibling(format.series(base.getFileName().toString(), t.job().extension()));
        Input victim = format.filePerPage() ? pageOf(base, format, protectedFiles) : protectedFiles.get(key);
        if (victim != null) {
          problems.add(Diagnostic.error(Code.OUTPUT_OVERWRITES_INPUT, t.pos(),
              "the output " + shown + " would overwrite the input "
              + victim.file() + (sameName(victim, t) ? "" : " (" + t.origin() + ")"),
              "choose another output with -o or -d (or `output:` in a manifest); an input is never overwritten"));
          continue;
        }
        Target earlier = written.putIfAbsent(key, t);
        // macOS and Windows see CV.PDF and cv.pdf as one file: a build meant to run there must not rely on the case.
        Map.Entry<Path, Target> alike = earlier != null ? null : byCase.putIfAbsent(caseless(key), Map.entry(key, t));
        if (earlier != null) {
          problems.add(Diagnostic.error(Code.OUTPUT_COLLISION, t.pos(),
              t.origin() + " and " + earlier.origin() + " would both write "
              + shown, "give each its own output: render them into different folders with -d, or rename one"
              + " (in a manifest, put {name}, {tags}, {lang} or {paper} in `output:`)"));
        } else if (alike != null) {
          problems.add(Diagnostic.error(Code.OUTPUT_COLLISION, t.pos(),
              t.origin() + " would write " + key.getFileName() + " and " + alike.getValue().origin() + " would write "
              + alike.getKey().getFileName() + ": names that differ only in letter case are one file on macOS and"
              + " Windows", "give each a name of its own, not only in letter case"));
        }
      }
    }
    return problems;
  }

  private static String caseless(Path file) {
    return file.toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean sameName(Input victim, Target t) {
    return t.origin().equals(victim.file().toString());
  }

  /** The input that a page NAME-n.png would replace, if any. */
  private static Input pageOf(Path base, OutputFormat format, Map<Path, Input> protectedFiles) {
    Pattern page = Pattern.compile(Pattern.quote(base.getFileName().toString()) + "-\\d+\\.(?i:" + format.id() + ")");
    for (Map.Entry<Path, Input> e : protectedFiles.entrySet()) {
      Path p = e.getKey();
      if (p.getParent() != null && p.getParent().equals(base.getParent())
          && page.matcher(p.getFileName().toString()).matches()) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The real path of an existing file, symbolic links followed; null when there is none. */
  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /**
   * Where a name leads: the real path of its folder (of the nearest folder that exists, for an output whose folders
   * are still to be made) and the name itself, not followed.
   */
  static Path resolved(Path file) {
    Path absolute = file.toAbsolutePath();
    Path name = absolute.getFileName();
    Path parent = absolute.getParent();
    if (name == null || parent == null) return absolute.normalize();
    if (name.toString().equals("..") || name.toString().equals(".")) {
      Path real = real(absolute);
      return real != null ? real : absolute.normalize();
    }
    Path existing = parent;
    List<String> missing = new ArrayList<>();
    while (existing != null && !Files.exists(existing)) {
      missing.add(0, existing.getFileName().toString());
      existing = existing.getParent();
    }
    Path folder = existing == null ? Path.of("/") : real(existing);
    if (folder == null) folder = existing.normalize();
    for (String part : missing) folder = folder.resolve(part);
    return folder.normalize().resolve(name.toString());
  }

  /** An error when the --report file is one of the files the build writes: the report would replace it. */
  static Diagnostic reportClash(Path reportFile, List<OutputPlan.Target> targets) {
    Path report = OutputPlan.resolved(reportFile);
    String name = report.getFileName() == null ? "" : report.getFileName().toString();
    for (OutputPlan.Target t : targets) {
      Path base = OutputPlan.resolved(t.job().base());
      if (!java.util.Objects.equals(base.getParent(), report.getParent())) continue;
      String stem = base.getFileName().toString();
      for (OutputFormat f : t.formats()) {
        boolean same = f.filePerPage() ? name.matches(java.util.regex.Pattern.quote(stem) + "-\\d+\\.(?i:" + f.id()
            + ")") : name.equals(t.job().file(f, 1).getFileName().toString());
        if (same) {
          return Diagnostic.error(Code.OUTPUT_COLLISION, t.pos(), "--report " + reportFile + " would replace a file"
              + " that " + t.origin() + " writes", "write the report elsewhere, e.g. --report build.jsonl");
        }
      }
    }
    return null;
  }}
