package dev.cvpress.cli;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.StyleOption;
import dev.cvpress.style.StyleOptions;
import dev.cvpress.style.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The style values given on the command line ({@code --theme}, {@code --font}, {@code --set}), read before any
 * résumé is: a wrong one is the command line's fault, so it is a usage error (exit 2) said once, with what was
 * meant, rather than the same failure repeated for every file. Files they name are read later, with the résumé:
 * a missing style sheet or font file is bad input (exit 1), as any missing file is.
 */
final class StyleArguments {
  private StyleArguments() {}

  /**
   * A value that cannot work.
   *
   * @param given how the user gave it ({@code --theme}, {@code --set style.paper})
   * @param key the manifest key that gives the same value ({@code theme}, {@code set})
   */
  record Problem(String given, String key, String message, String hint) {}

  /** Throws a {@link Usage} for the first value that cannot work. */
  static void check(CommandLine cli, String theme, String font, Map<String, String> set) {
    List<Problem> problems = problems(theme, font, set);
    if (!problems.isEmpty()) {
      Problem p = problems.get(0);
      throw new Usage(cli, p.given() + ": " + p.message(), p.hint());
    }
  }

  /** Every value that cannot work, in the order given: the theme, the font, then each {@code --set}. */
  static List<Problem> problems(String theme, String font, Map<String, String> set) {
    List<Problem> problems = new ArrayList<>();
    theme(problems, "--theme", "theme", theme);
    if (font != null && !isFile(font)) value(problems, "--font", "font", StyleOptions.FONT, font);
    for (var e : set.entrySet()) {
      String key = e.getKey();
      String bare = key.startsWith("style.") ? key.substring(6) : key;
      StyleOption<?> option = StyleOptions.ALL.stream().filter(o -> o.key().equals(bare)).findFirst().orElse(null);
      if (option == null && (key.startsWith("style.") || !ResumeParser.FRONT_MATTER_KEYS.contains(key))) {
        problems.add(unknownKey(key, bare));
      } else if (option == StyleOptions.THEME) {
        theme(problems, "--set " + key, "set", e.getValue().strip());
      } else if (option != null && !(option == StyleOptions.FONT && isFile(e.getValue()))) {
        value(problems, "--set " + key, "set", option, e.getValue());
      }
    }
    return problems;
  }

  private static void theme(List<Problem> problems, String given, String key, String name) {
    if (name == null || name.toLowerCase(Locale.ROOT).endsWith(".css")) return;
    if (Theme.BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) return;
    problems.add(new Problem(given, key, "unknown theme `" + name + "`", Suggestions.didYouMean(name, Theme.BUILT_IN)
        + "the themes are: " + String.join(", ", Theme.BUILT_IN) + " (see `cvpress themes`), or a path to a .css"
        + " file"));
  }

  /** A value the option's own reader refuses, refused here with that reader's words. */
  private static void value(List<Problem> problems, String given, String key, StyleOption<?> option, String value) {
    List<String[]> refused = new ArrayList<>();
    Object read = option.parse(value, new StyleOption.Reading() {
      @Override
      public Path baseDir() {
        return Path.of("").toAbsolutePath();
      }

      @Override
      public boolean fromCommandLine() {
        return true;
      }

      @Override
      public void problem(Code code, String message, String hint) {
        refused.add(new String[] {message, hint});
      }
    });
    if (read != null) return;
    if (!refused.isEmpty()) {
      problems.add(new Problem(given, key, refused.get(0)[0], refused.get(0)[1]));
      return;
    }
    String meant = option.values().isEmpty() ? null : Suggestions.closest(value.strip(), option.values());
    problems.add(new Problem(given, key, "`" + value + "` is not allowed",
        (meant != null ? "did you mean `" + meant + "`? " : "") + "use " + option.hint()));
  }

  private static Problem unknownKey(String key, String bare) {
    List<String> styleKeys = StyleOptions.ALL.stream().map(StyleOption::key).toList();
    List<String> known = new ArrayList<>(styleKeys);
    if (!key.startsWith("style.")) known.addAll(ResumeParser.FRONT_MATTER_KEYS);
    String meant = Suggestions.closest(bare, known);
    String prefix = key.startsWith("style.") ? "style." : "";
    String hint = meant != null ? "did you mean `" + prefix + meant + "`? write `--set " + prefix + meant + "=…`"
        : "the style options are: " + String.join(", ", styleKeys) + "; the front-matter keys: "
            + String.join(", ", ResumeParser.FRONT_MATTER_KEYS);
    return new Problem("--set " + key, "set", "`" + key + "` is neither a style option nor a front-matter key"
        + " cvpress reads", hint);
  }

  private static boolean isFile(String font) {
    return font.strip().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$");
  }
}
