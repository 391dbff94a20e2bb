package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputNames;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ManifestParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a build knows of each output before it renders any: its file is there, a {@code cover-letter:} is a letter,
 * and what it asks for (PDF/A) can be made. Each problem is said at the manifest's line, so that a build either
 * writes every output or, for a reason known from the start, none.
 */
final class BuildPlan {
  /** Each file read once, however many outputs name it: a read input, or why it could not be read. */
  private final java.util.Map<Path, Object> read = new java.util.HashMap<>();
  /** What is wrong with each file's front matter (nothing, mostly), so that a broken one is reported once. */
  private final java.util.Map<Path, List<Diagnostic>> frontMatter = new java.util.HashMap<>();
  /** The files and style settings already prepared once. */
  private final Set<List<Object>> prepared = new java.util.HashSet<>();

  /**
   * The outputs a manifest lists. A file that does not parse as one and has a résumé's extension (jane-doe.md, a
   * JSON Resume) is said to be the résumé or letter it is, with the command that renders it, rather than broken YAML.
   */
  static List<ManifestParser.Output> manifest(Path file, byte[] bytes) throws CvpressException {
    try {
      return ManifestParser.parse(file.toString(), bytes);
    } catch (CvpressException e) {
      InputNames.Format format = file.getFileName() == null ? null : InputNames.format(file.getFileName().toString());
      // A manifest named .txt that merely has a mistake is still a manifest: it names its outputs.
      if (format == null || format == InputNames.Format.RENDERCV
          || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("outputs:")) {
        throw e;
      }
      boolean letter = format == InputNames.Format.MARKDOWN
          && Cvpress.letterType(new Cvpress.Input(file, bytes, Path.of(""))) != null;
      throw new CvpressException(Diagnostic.error(Code.NOT_A_MANIFEST, SourcePos.file(file.toString()),
          file.getFileName() + " is " + (letter ? "a cover letter" : format == InputNames.Format.MARKDOWN
              ? "a résumé" : "a résumé (" + format.label() + ")") + ", not a build manifest", "render it with"
              + " `cvpress " + file + "`; a manifest (cvpress.yaml) lists the outputs to build, see"
              + " examples/cvpress.yaml"));
    }
  }

  /**
   * The problems of one input of an output.
   *
   * @param key {@code input} or {@code cover-letter}
   * @param named the file as the manifest names it
   */
  List<Diagnostic> check(ManifestParser.Output o, String key, Path file, String named,
      Set<OutputFormat> formats, dev.cvpress.Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    if (key.equals("input")) problems.addAll(styleValues(o));
    if (!problems.isEmpty()) return problems; // the values would only fail again, in options' words
    if (key.equals("input") && o.pdfA() && !formats.contains(OutputFormat.PDF)) {
      problems.add(Diagnostic.error(Code.MANIFEST_INVALID, o.at("pdfa"), "`pdfa: true` makes the PDF archival, but"
          + " this output writes no PDF (format: " + ids(formats) + ")",
          "add pdf to `format:`, or leave out `pdfa:`"));
    }
    Object got = read.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        return Cvpress.Input.read(file);
      } catch (CvpressException e) {
        return e;
      }
    });
    if (got instanceof CvpressException e) {
      for (Diagnostic d : e.diagnostics()) {
        problems.add(Diagnostic.error(d.code(), o.at(key), "`" + key + ": " + named + "`: " + d.message(),
            d.code() == Code.FILE_NOT_FOUND ? "paths in a manifest are relative to its folder; check the name"
                : d.hint()));
      }
      return problems;
    }
    Cvpress.Input input = (Cvpress.Input) got;
    // A front matter that does not read fails its render: found here, it fails the build before any file is written.
    Path at = file.toAbsolutePath().normalize();
    boolean first = !frontMatter.containsKey(at);
    List<Diagnostic> broken = frontMatter.computeIfAbsent(at, f -> Cvpress.readErrors(input));
    if (!broken.isEmpty()) {
      if (first) problems.addAll(broken); // said once, however many outputs name the file
      return problems;
    }
    // Its style, theme and extra style sheet as this output sets them: once per file and settings, however many
    // outputs share them (tags and languages choose content, not style).
    java.util.List<Object> setting = java.util.Arrays.asList(at, o.theme(), o.paper(), o.set(), o.css());
    if (prepared.add(setting)) {
      List<Diagnostic> unprepared = Cvpress.preparationErrors(input, options);
      if (!unprepared.isEmpty()) {
        problems.addAll(unprepared);
        return problems;
      }
    }
    SourcePos letter = Cvpress.letterType(input);
    if (key.equals("cover-letter") && letter == null) {
      problems.add(Diagnostic.error(Code.MANIFEST_INVALID, o.at(key), "`cover-letter: " + named + "` is not a"
          + " cover letter: its front matter has no `type: letter`", "add `type: letter` to the front matter of "
          + file + " (`cvpress init --letter` writes a starter), or name the letter's file here"));
    }
    return problems;
  }

  /** The output's theme, paper and {@code set:} values that cannot work, each at its key, as --theme and --set are. */
  private static List<Diagnostic> styleValues(ManifestParser.Output o) {
    java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
    if (o.paper() != null) set.put("style.paper", o.paper());
    set.putAll(o.set());
    List<Diagnostic> problems = new ArrayList<>();
    for (StyleArguments.Problem p : StyleArguments.problems(o.theme(), null, set)) {
      String key = p.given().equals("--set style.paper") && o.paper() != null && !o.set().containsKey("style.paper")
          ? "paper" : p.key();
      String shown = key.equals("set") ? "`set: " + p.given().substring("--set ".length()) + "`"
          : "`" + key + ": " + (key.equals("theme") ? o.theme() : o.paper()) + "`";
      problems.add(Diagnostic.error(Code.MANIFEST_INVALID, o.at(key), shown + ": " + p.message(),
          p.hint().replaceAll(";? ?write `--set [^`]*`", "")));
    }
    return problems;
  }

  private static String ids(Set<OutputFormat> formats) {
    return "[" + String.join(", ", formats.stream().map(OutputFormat::id).toList()) + "]";
  }
}
