package dev.cvpress.style;

import dev.cvpress.diag.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One style option, as {@link StyleOptions} declares it: its key, how a value is read and checked, the values it
 * allows, its default, the CSS it becomes and its line in the README's table of style options.
 *
 * @param <T> what a value is read as
 */
public final class StyleOption<T> {
  /** Reads a value: what it means, or null when it is not allowed. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String value, Reading reading);
  }

  /**
   * What a parser may need besides the value. A parser that reports a problem of its own returns null, and no
   * other problem is reported for the value.
   */
  public interface Reading {
    /** The résumé's folder, which files it names are relative to. */
    Path baseDir();

    /** Whether the value was given on the command line rather than in the file. */
    boolean fromCommandLine();

    void problem(Code code, String message, String hint);
  }

  /** The CSS rules a value adds after the theme; empty for none. */
  @FunctionalInterface
  public interface Rules<T> {
    String css(T value, Theme theme);
  }

  /** What a value changes in the theme's own style sheet. */
  @FunctionalInterface
  public interface ThemeEdit<T> {
    String edit(T value, Theme theme, String themeCss);
  }

  private final String key;
  private final Parser<T> parser;
  private final List<String> values;
  private final boolean onlyValues;
  private final String defaultValue;
  private final T parsedDefault;
  private final String hint;
  private final String readme;
  private final Rules<T> rules;
  private final ThemeEdit<T> themeEdit;

  private StyleOption(Builder<T> b) {
    key = b.key;
    parser = b.parser;
    values = b.values;
    onlyValues = b.onlyValues;
    defaultValue = b.defaultValue;
    hint = b.hint;
    readme = b.readme;
    rules = b.rules;
    themeEdit = b.themeEdit;
    parsedDefault = defaultValue == null ? null : parser.parse(defaultValue, DECLARATION);
    if (defaultValue != null && parsedDefault == null) {
      throw new IllegalStateException("style." + key + ": the default `" + defaultValue + "` is not allowed");
    }
  }

  /** The key in {@code style:} and {@code --set}. */
  public String key() {
    return key;
  }

  public T parse(String value, Reading reading) {
    return parser.parse(value, reading);
  }

  /** The values the option takes by name; empty when it takes a number, a length, a colour or free text. */
  public List<String> values() {
    return values;
  }

  /** Whether the option takes only its {@link #values} (in any letter case), which are otherwise examples. */
  public boolean onlyValues() {
    return onlyValues;
  }

  /** What applies when the option is not given, as the user would write it; null when the theme decides. */
  public String defaultValue() {
    return defaultValue;
  }

  /** {@link #defaultValue()} read as a value; null when there is none. */
  public T parsedDefault() {
    return parsedDefault;
  }

  /** What is allowed, in the words of the hint under a bad value ("use ..."). */
  public String hint() {
    // An option whose values the README's table says well enough says them the same way here.
    return hint != null ? hint : readme != null ? readme.replace("`", "") : "a value (see the README's style options)";
  }

  /** The option's "Values" cell in the README's table of style options, in Markdown. */
  public String readme() {
    return readme;
  }

  public String css(T value, Theme theme) {
    return rules.css(value, theme);
  }

  public String editTheme(T value, Theme theme, String themeCss) {
    return themeEdit.edit(value, theme, themeCss);
  }

  @Override
  public String toString() {
    return "style." + key;
  }

  /** A default is read before any résumé is: it names no file and has no problem to report. */
  private static final Reading DECLARATION = new Reading() {
    @Override
    public Path baseDir() {
      throw new IllegalStateException("a default names no file");
    }

    @Override
    public boolean fromCommandLine() {
      return false;
    }

    @Override
    public void problem(Code code, String message, String hint) {}
  };

  static <T> Builder<T> named(String key) {
    return new Builder<>(key);
  }

  /** An option that takes one of a few words, in any letter case; read as the word in lower case. */
  static Builder<String> choice(String key, String... words) {
    List<String> allowed = List.of(words);
    return new Builder<String>(key).values(allowed).onlyValues().reads(value -> {
      String word = value.strip().toLowerCase(Locale.ROOT);
      return allowed.contains(word) ? word : null;
    });
  }

  /** The parts of a declaration; {@link StyleOptions} finishes each one. */
  static final class Builder<T> {
    private final String key;
    private Parser<T> parser;
    private List<String> values = List.of();
    private boolean onlyValues;
    private String defaultValue;
    private String hint;
    private String readme;
    private Rules<T> rules = (value, theme) -> "";
    private ThemeEdit<T> themeEdit = (value, theme, css) -> css;

    private Builder(String key) {
      this.key = key;
    }

    Builder<T> reads(Function<String, T> parse) {
      this.parser = (value, reading) -> parse.apply(value);
      return this;
    }

    Builder<T> reads(Parser<T> parser) {
      this.parser = parser;
      return this;
    }

    Builder<T> values(List<String> values) {
      this.values = List.copyOf(values);
      return this;
    }

    /** The option takes its {@link #values} alone (in any letter case), nothing else: a JSON Schema enum. */
    Builder<T> onlyValues() {
      this.onlyValues = true;
      return this;
    }

    Builder<T> byDefault(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    Builder<T> hint(String hint) {
      this.hint = hint;
      return this;
    }

    Builder<T> readme(String readme) {
      this.readme = readme;
      return this;
    }

    Builder<T> css(Rules<T> rules) {
      this.rules = rules;
      return this;
    }

    Builder<T> editsTheme(ThemeEdit<T> themeEdit) {
      this.themeEdit = themeEdit;
      return this;
    }

    StyleOption<T> build() {
      if (parser == null || readme == null) throw new IllegalStateException("style." + key + " is not complete");
      return new StyleOption<>(this);
    }
  }
}
