package dev.cvpress.cli;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ManifestParser;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A manifest's {@code output:} pattern, its placeholders filled in for one input of an output. */
final class OutputPattern {
  private OutputPattern() {}

  /**
   * The file an input is written to, without its folder: a cover letter's beside the résumé's, named after it when
   * the pattern has no {@code {name}}; {@code {lang}} is left in when the output has no {@code lang:}.
   */
  static String fill(ManifestParser.Output o, boolean letter, String name) {
    String pattern = letter && !o.output().contains("{name}") ? withName(o.output()) : o.output();
    return pattern.replace("{name}", name)
        .replace("{theme}", o.theme() == null ? Theme.DEFAULT : o.theme())
        .replace("{paper}", o.paper() == null ? StyleOptions.PAPER.defaultValue() : o.paper())
        .replace("{tags}", String.join("-", o.tags()))
        .replace("{lang}", o.lang() == null ? "{lang}" : o.lang());
  }

  /** What `output:` fills in; anything else in braces is a typo, never part of a file name. */
  private static final List<String> PLACEHOLDERS = List.of("name", "theme", "paper", "tags", "lang");

  static Diagnostic unknownPlaceholder(ManifestParser.Output o) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^{}]*)}").matcher(o.output());
    while (m.find()) {
      if (PLACEHOLDERS.contains(m.group(1))) continue;
      String meant = dev.cvpress.diag.Suggestions.closest(m.group(1), PLACEHOLDERS);
      return Diagnostic.error(Code.UNKNOWN_PLACEHOLDER, o.at("output"), "`{" + m.group(1) + "}` in `output: "
          + o.output() + "` is not a placeholder", (meant == null ? "" : "did you mean `{" + meant + "}`? ")
          + "output: fills in {name}, {theme}, {paper}, {tags} and {lang}");
    }
    return null;
  }

  /** An output pattern without {@code {name}}, given it before the extension: a letter's files beside the résumé's. */
  private static String withName(String pattern) {
    String base = OutputFormat.withoutExtension(pattern);
    return base + "-{name}" + pattern.substring(base.length());
  }

  /**
   * An error when the languages of one output ({@code lang: [en, de]}) would write the same file, its name having no
   * {@code {lang}}: it names the languages, rather than the same line twice. The same error for each language after
   * the first, equal, so that it is said once.
   */
  static Diagnostic languagesCollide(ManifestParser.Output o, String key, String target,
      Map<String, List<String>> languagesByFile) {
    if (o.lang() == null || o.output().contains("{lang}")) return null;
    List<String> langs = languagesByFile.computeIfAbsent(o.pos() + " " + key + " " + target,
        k -> new ArrayList<>());
    langs.add(o.lang());
    if (langs.size() < 2) return null;
    String dot = target.lastIndexOf('.') > target.lastIndexOf('/') ? target.substring(target.lastIndexOf('.')) : "";
    return Diagnostic.error(Code.OUTPUT_COLLISION, o.at("lang"), "`lang:` makes one output per language, but `output: "
        + o.output() + "` has no {lang}: " + langs.get(0) + " and " + langs.get(1) + " would both write "
        + target, "put {lang} in `output:`, e.g. `output: " + target.substring(0, target.length() - dot.length())
        + "-{lang}" + dot + "`");
  }

  /** The format an output's extension names (`output: out/cv.docx` is a Word document), else PDF. */
  static OutputFormat formatOf(String target) {
    String spelled = OutputFormat.extensionOf(target);
    return spelled == null ? OutputFormat.PDF : OutputFormat.named(spelled);
  }

  /**
   * An error when an output's extension names a format that its {@code format:} leaves out ({@code out/cv.docx} with
   * {@code format: [pdf]}), which would otherwise write a file the manifest does not name.
   */
  static Diagnostic extensionLeftOut(ManifestParser.Output o, String target, Set<OutputFormat> formats) {
    String spelled = OutputFormat.extensionOf(target);
    OutputFormat named = spelled == null ? null : OutputFormat.named(spelled);
    if (named == null || o.formats().isEmpty() || formats.contains(named)) return null;
    return Diagnostic.error(Code.MANIFEST_INVALID, o.at("output"), "`output: " + o.output() + "` names a ." + spelled
        + " file, but `format: [" + String.join(", ", o.formats()) + "]` does not write one", "leave out `format:`"
        + " (the extension of `output:` picks the format), or add " + named.id() + " to it");
  }

  /**
   * An error when an output names no file that build writes: only an extension ({@code out/.pdf}, which would write
   * {@code out.pdf}), a folder ({@code out/}), or a résumé's own format ({@code jane-doe.md}, which would write
   * {@code jane-doe.md.pdf}).
   */
  static Diagnostic namesNoFile(ManifestParser.Output o, String target) {
    String stem = OutputFormat.withoutExtension(target);
    String given = "`output: " + o.output() + "` ";
    if (target.endsWith("/") || target.endsWith("\\") || target.equals(".") || target.endsWith("/.")
        || target.equals("..") || target.endsWith("/..")) {
      return Diagnostic.error(Code.MANIFEST_INVALID, o.at("output"), given + "names a folder, not a file",
          "name the file in the folder, e.g. `output: " + target + "{name}.pdf`");
    }
    if (stem.isEmpty() || stem.endsWith("/") || stem.endsWith("\\")) {
      return Diagnostic.error(Code.MANIFEST_INVALID, o.at("output"), given + "names no file, only an extension",
          "name the file, e.g. `output: " + stem + "{name}" + target.substring(stem.length()) + "`");
    }
    int dot = target.lastIndexOf('.');
    String extension = dot < 0 ? "" : target.substring(dot);
    dev.cvpress.files.InputNames.Format source = OutputFormat.extensionOf(target) != null || extension.contains("/")
        ? null : dev.cvpress.files.InputNames.format("x" + extension);
    if (source == null) return null;
    return Diagnostic.error(Code.MANIFEST_INVALID, o.at("output"), given + "names a " + source.label() + " file, which"
        + " build does not write; it writes " + OutputFormat.list(" or "), source.written()
        ? "`cvpress convert " + o.input() + " -o " + target + "` writes " + source.label() + "; here, name a .pdf file"
        : "name a .pdf file");
  }
}
