package dev.cvpress.cli;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ManifestParser;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.util.List;

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
}
