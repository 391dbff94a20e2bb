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

  /** Throws a {@link Usage} for the first value that cannot work. */
  static void check(CommandLine cli, String theme, String font, Map<String, String> set) {
    theme(cli, "--theme", theme);
    if (font != null && !isFile(font)) value(cli, "--font", StyleOptions.FONT, font);
    for (var e : set.entrySet()) {
      String key = e.getKey();
      String bare = key.startsWith("style.") ? key.substring(6) : key;
      StyleOption<?> option = StyleOptions.ALL.stream().filter(o -> o.key().equals(bare)).findFirst().orElse(null);
      if (option == null && (key.startsWith("style.") || !ResumeParser.FRONT_MATTER_KEYS.contains(key))) {
        throw unknownKey(cli, key, bare);
      }
      if (option == StyleOptions.THEME) theme(cli, "--set " + key, e.getValue().strip());
      else if (option == StyleOptions.FONT && isFile(e.getValue())) continue;
      else if (option != null) value(cli, "--set " + key, option, e.getValue());
    }
  }

  private static void theme(CommandLine cli, String given, String name) {
    if (name == null || name.toLowerCase(Locale.ROOT).endsWith(".css")) return;
    if (Theme.BUILT_IN.contains(name.toLowerCase(Locale.ROOT))) return;
    throw new Usage(cli, given + ": unknown theme `" + name + "`", Suggestions.didYouMean(name, Theme.BUILT_IN)
        + "the themes are: " + String.join(", ", Theme.BUILT_IN) + " (see `cvpress themes`), or a path to a .css"
        + " file");
  }

  /** A value the option's own reader refuses, refused here with that reader's words. */
  private static void value(CommandLine cli, String given, StyleOption<?> option, String value) {
    List<String[]> problems = new ArrayList<>();
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
        problems.add(new String[] {message, hint});
      }
    });
    if (read != null) return;
    if (!problems.isEmpty()) throw new Usage(cli, given + ": " + problems.get(0)[0], problems.get(0)[1]);
    String meant = option.values().isEmpty() ? null : Suggestions.closest(value.strip(), option.values());
    throw new Usage(cli, given + ": `" + value + "` is not allowed",
        (meant != null ? "did you mean `" + meant + "`? " : "") + "use " + option.hint());
  }

  private static Usage unknownKey(CommandLine cli, String key, String bare) {
    List<String> styleKeys = StyleOptions.ALL.stream().map(StyleOption::key).toList();
    List<String> known = new ArrayList<>(styleKeys);
    if (!key.startsWith("style.")) known.addAll(ResumeParser.FRONT_MATTER_KEYS);
    String meant = Suggestions.closest(bare, known);
    String prefix = key.startsWith("style.") ? "style." : "";
    String hint = meant != null ? "did you mean `" + prefix + meant + "`? write `--set " + prefix + meant + "=…`"
        : "the style options are: " + String.join(", ", styleKeys) + "; the front-matter keys: "
            + String.join(", ", ResumeParser.FRONT_MATTER_KEYS);
    return new Usage(cli, "--set " + key + ": `" + key + "` is neither a style option nor a front-matter key"
        + " cvpress reads", hint);
  }

  private static boolean isFile(String font) {
    return font.strip().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$");
  }
}
