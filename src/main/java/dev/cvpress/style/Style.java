package dev.cvpress.style;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Origin;
import dev.cvpress.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validated rendering options, from front matter {@code style:} or {@code --set}, and the CSS rules they become.
 * The options themselves are declared in {@link StyleOptions}. Every bad value is reported with where it was set
 * and what is allowed.
 */
public final class Style {
  /** The keys of every style option, in declaration order. */
  public static final Set<String> KEYS = keys();

  private static Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (StyleOption<?> option : StyleOptions.ALL) keys.add(option.key());
    return Collections.unmodifiableSet(keys);
  }

  /** The CSS family name a user's TTF is registered under. */
  public static final String USER_FONT = "cvpress user font";

  /** The options given, read; an option not given has no entry. */
  private final Map<StyleOption<?>, Object> given;

  private Style(Map<StyleOption<?>, Object> given) {
    this.given = Map.copyOf(given);
  }

  public static Style read(Meta meta, Path baseDir) throws CvpressException {
    return read(meta, baseDir, new ArrayList<>());
  }

  /**
   * The options, or an error for each bad value in {@code style:} or on the command line. A bad value of a
   * top-level key ({@link Meta#styleFromTopLevel}) goes to {@code warnings} instead, and the default stands.
   */
  public static Style read(Meta meta, Path baseDir, List<Diagnostic> warnings) throws CvpressException {
    List<Diagnostic> errors = new ArrayList<>();
    Map<String, String> raw = meta.style();
    Reader r = new Reader(meta, baseDir, errors, warnings);
    for (String key : raw.keySet()) {
      if (!KEYS.contains(key)) {
        errors.add(Diagnostic.error(Code.UNKNOWN_STYLE_OPTION, r.pos(key), "unknown style option `" + key + "`",
            Suggestions.didYouMean(key, KEYS) + "the style options are: " + String.join(", ", KEYS)));
      }
    }
    Map<StyleOption<?>, Object> given = new HashMap<>();
    for (StyleOption<?> option : StyleOptions.ALL) {
      Object value = r.read(option);
      if (value != null) given.put(option, value);
    }
    if (!errors.isEmpty()) throw new CvpressException(errors);
    return new Style(given);
  }

  /** The value given for an option, or null when it was not given (or was not allowed). */
  public <T> T get(StyleOption<T> option) {
    @SuppressWarnings("unchecked") // read() puts only what the option's own parser returned
    T value = (T) given.get(option);
    return value;
  }

  /** The value given for an option, or else its default (null for an option whose default the theme decides). */
  public <T> T valueOrDefault(StyleOption<T> option) {
    T value = get(option);
    return value != null ? value : option.parsedDefault();
  }

  /** The font file {@code style.font} names, or null for a bundled family or the theme's font. */
  public Path fontFile() {
    FontChoice font = get(StyleOptions.FONT);
    return font == null ? null : font.file();
  }

  public Double fontSizePt() {
    return get(StyleOptions.FONT_SIZE);
  }

  public Double lineHeight() {
    return get(StyleOptions.LINE_HEIGHT);
  }

  /** The margins given, as a CSS shorthand in lower case; null when the theme's stand. */
  public String margins() {
    return get(StyleOptions.MARGINS);
  }

  /** Whether dates are shown as written rather than in the house form. */
  public boolean originalDates() {
    return valueOrDefault(StyleOptions.DATE_FORMAT).equals("original");
  }

  public boolean icons() {
    return valueOrDefault(StyleOptions.ICONS);
  }

  public List<String> hide() {
    return Objects.requireNonNullElse(get(StyleOptions.HIDE), List.of());
  }

  public List<String> sectionOrder() {
    return Objects.requireNonNullElse(get(StyleOptions.SECTION_ORDER), List.of());
  }

  public Integer fitPages() {
    return get(StyleOptions.FIT_PAGES);
  }

  /** The theme named in the résumé or with {@code --theme}; null for the default ({@link Themes} applies it). */
  public String theme() {
    return get(StyleOptions.THEME);
  }

  /** Whether an option was given on the command line ({@code --set}, {@code --font}) rather than in the file. */
  public static boolean fromCommandLine(Meta meta, String key) {
    return meta.styleOrigin(key) == Origin.COMMAND_LINE;
  }

  /** CSS rules that apply these options on top of the theme, in the order the options are declared. */
  public String css(Theme theme) {
    StringBuilder css = new StringBuilder("\n/* options */\n");
    for (StyleOption<?> option : StyleOptions.ALL) css.append(rules(option, theme));
    return css.toString();
  }

  private <T> String rules(StyleOption<T> option, Theme theme) {
    T value = get(option);
    return value == null ? "" : option.css(value, theme);
  }

  /** The theme's CSS as the options change it (the accent colour replaced by the chosen one). */
  public String themeCss(Theme theme) {
    String css = theme.css();
    for (StyleOption<?> option : StyleOptions.ALL) css = edit(option, theme, css);
    return css;
  }

  private <T> String edit(StyleOption<T> option, Theme theme, String css) {
    T value = get(option);
    return value == null ? css : option.editTheme(value, theme, css);
  }

  /** CSS margin shorthand in mm/cm/in/pt to top, right, bottom, left in millimetres; 18 mm for what is unreadable. */
  public static double[] marginsMm(String value) {
    return Margins.mm(value);
  }

  /** The warning for a top-level key whose value cvpress cannot use (it is probably another tool's). */
  public static Diagnostic ignoredTopLevel(Code code, SourcePos pos, String key, String message, String hint) {
    return Diagnostic.warning(code, pos, message + "; ignored, cvpress uses its default",
        "a top-level `" + key + ":` may be meant for another tool (Hugo, Jekyll, VitePress); to set it for cvpress,"
            + " write it under `style:`" + (hint == null ? "" : "; " + hint));
  }

  /** Reads one option at a time, recording a positioned error for each bad value. */
  private record Reader(Meta meta, Path baseDir, List<Diagnostic> errors, List<Diagnostic> warnings) {
    /** The option's value, or null when it is not given or not allowed (and then reported). */
    <T> T read(StyleOption<T> option) {
      String key = option.key();
      String v = meta.style().get(key);
      if (v == null || v.isBlank()) return null;
      boolean[] reported = {false};
      T value = option.parse(v, new StyleOption.Reading() {
        @Override
        public Path baseDir() {
          return baseDir;
        }

        @Override
        public boolean fromCommandLine() {
          return Style.fromCommandLine(meta, key);
        }

        @Override
        public void problem(Code code, String message, String hint) {
          reported[0] = true;
          Reader.this.problem(code, key, message, hint);
        }
      });
      if (value == null && !reported[0]) {
        String hint = option.hint() == null ? null : "use " + option.hint();
        problem(Code.BAD_STYLE_VALUE, key, "style." + key + ": `" + v + "` is not allowed", hint);
      }
      return value;
    }

    /** An error, or for a top-level key that may be another tool's, a warning: the caller keeps the default. */
    void problem(Code code, String key, String message, String hint) {
      if (meta.styleFromTopLevel().contains(key)) warnings.add(ignoredTopLevel(code, pos(key), key, message, hint));
      else errors.add(Diagnostic.error(code, pos(key), message, hint));
    }

    SourcePos pos(String key) {
      return meta.stylePos().getOrDefault(key, SourcePos.file("style." + key));
    }
  }
}
