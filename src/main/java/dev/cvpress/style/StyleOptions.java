package dev.cvpress.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every style option, each declared once: key, reading, allowed values, default, CSS and README line. Adding an
 * option is adding a declaration here (and its row to the README's table, which a test holds to this text).
 *
 * <p>The order of the declarations is the order cvpress reads the options in, reports bad values in, lists them in
 * and writes their CSS in: the generated style sheet is the same, byte for byte, for the same options.
 */
public final class StyleOptions {
  private StyleOptions() {}

  /** The CSS colour names {@code style.accent} takes. */
  private static final Set<String> COLOUR_NAMES = Set.of("black", "navy", "darkblue", "mediumblue", "blue",
      "teal", "darkcyan", "darkgreen", "green", "darkslategray", "darkslategrey", "dimgray", "dimgrey", "gray",
      "grey", "slategray", "steelblue", "royalblue", "midnightblue", "indigo", "purple", "darkmagenta", "maroon",
      "brown", "firebrick", "crimson", "darkred", "red", "chocolate", "sienna", "darkorange", "orange",
      "olive", "darkolivegreen", "seagreen", "cadetblue", "rebeccapurple");

  // Before the declarations: each one adds itself, so that ALL keeps their order.
  private static final List<StyleOption<?>> DECLARED = new ArrayList<>();

  public static final StyleOption<String> THEME = declare(StyleOption.<String>named("theme")
      .reads(String::strip)
      .values(Theme.BUILT_IN).byDefault(Theme.DEFAULT)
      .readme(listed(Theme.BUILT_IN, Theme.DEFAULT) + ", or a `.css` path"));

  public static final StyleOption<String> ACCENT = declare(StyleOption.<String>named("accent")
      .reads(StyleOptions::colour)
      .hint("a colour: #1f5a8a, #26a or a name such as navy, teal, maroon, darkgreen")
      .readme("a colour: `#1f5a8a`, `#26a`, or a name such as `navy`, `teal`, `maroon`")
      .editsTheme((accent, theme, css) -> theme.accent() == null ? css
          : Pattern.compile(Pattern.quote(theme.accent()), Pattern.CASE_INSENSITIVE).matcher(css)
              .replaceAll(Matcher.quoteReplacement(accent))));

  public static final StyleOption<String> PAPER = declare(StyleOption.choice("paper", "a4", "letter", "legal")
      .byDefault("a4")
      .hint("a4, letter or legal")
      .readme("`a4` (default), `letter`, `legal`")
      .css((paper, theme) -> "@page { size: " + (paper.equals("a4") ? "A4" : paper) + "; }\n"));

  public static final StyleOption<String> MARGINS = declare(StyleOption.<String>named("margins")
      .reads(Margins::read)
      .hint("one to four lengths between 5mm and 40mm, e.g. 18mm or 15mm 20mm")
      .readme("one to four lengths, 5–40 mm: `18mm`, `15mm 20mm`")
      // A sidebar theme draws its column in the left page margin, which must stay where the theme put it.
      .css((margins, theme) -> "@page { margin: " + margins + "; }\n" + (!theme.layout().equals("sidebar") ? ""
          : "@page { margin-left: " + theme.marginsMm()[3] + "mm; }\n")));

  public static final StyleOption<Double> FONT_SIZE = declare(StyleOption.<Double>named("font-size")
      .reads(v -> number(v.replaceFirst("pt$", ""), 7, 14))
      .hint("a size in points between 7 and 14, e.g. 10 or 10.5pt")
      .readme("body size in points, 7–14")
      .css((size, theme) -> "html { font-size: " + decimal(size) + "pt; }\n"));

  public static final StyleOption<Double> LINE_HEIGHT = declare(StyleOption.<Double>named("line-height")
      .reads(v -> number(v, 1.0, 2.0))
      .hint("a number between 1.0 and 2.0, e.g. 1.3")
      .readme("1.0–2.0")
      .css((height, theme) -> "body { line-height: " + decimal(height) + "; }\n"));

  public static final StyleOption<FontChoice> FONT = declare(StyleOption.<FontChoice>named("font")
      .reads(FontChoice::read)
      .values(BundledFamily.names())
      .readme(listed(BundledFamily.names(), null) + ", or a path to a TrueType `.ttf`")
      .css((font, theme) -> "body, body * { font-family: \"" + font.cssName() + "\", \""
          + BundledFamily.DEJAVU_SANS.cssName() + "\"; }\n"
          + "body code, body pre, body pre * { font-family: \"" + BundledFamily.LIBERATION_MONO.cssName() + "\", \""
          + BundledFamily.DEJAVU_SANS.cssName() + "\"; }\n"));

  public static final StyleOption<String> PHOTO_SHAPE = declare(StyleOption.choice("photo-shape", "round", "square")
      .hint("round or square")
      .readme("`round` or `square`")
      .css((shape, theme) -> ".photo { border-radius: " + (shape.equals("round") ? "50%" : "0") + "; }\n"));

  public static final StyleOption<Boolean> ICONS = declare(StyleOption.<Boolean>named("icons")
      .reads(StyleOptions::onOrOff)
      .values(List.of("true", "false", "yes", "no", "on", "off")).onlyValues().byDefault("true")
      .hint("true or false")
      .readme("`true` (default) or `false` (also `yes`/`no`, `on`/`off`): Font Awesome icons before contact items"
          + " (modern and classic set their contacts as text)"));

  public static final StyleOption<String> DATE_FORMAT = declare(StyleOption.choice("date-format", "default", "original")
      .byDefault("default")
      .hint("default (Jun 2021 – Present) or original (as written)")
      .readme("`default` (default), as `Jun 2021 – Present`, or `original`, as written"));

  public static final StyleOption<List<String>> SECTION_ORDER = declare(StyleOption.<List<String>>named("section-order")
      .reads(StyleOptions::list)
      .readme("section titles or ids, comma-separated: listed ones first, in that order"));

  public static final StyleOption<List<String>> HIDE = declare(StyleOption.<List<String>>named("hide")
      .reads(StyleOptions::list)
      .readme("section titles or ids to leave out"));

  public static final StyleOption<Integer> FIT_PAGES = declare(StyleOption.<Integer>named("fit-pages")
      .reads(v -> {
        Double n = number(v, 1, 20);
        return n != null && n == Math.floor(n) ? n.intValue() : null;
      })
      .hint("a whole number of pages, 1 to 20")
      .readme("as `--fit-pages`"));

  public static final StyleOption<Boolean> PULL_BACK = declare(StyleOption.<Boolean>named("pull-back")
      .reads(StyleOptions::onOrOff)
      .values(List.of("on", "off", "true", "false", "yes", "no")).onlyValues().byDefault("on")
      .hint("on or off")
      .readme("`on` (default) or `off` (also `true`/`false`, `yes`/`no`): pull a last page of a few lines back onto"
          + " the page before, see \"Fitting the page\""));

  /** Every option, in the order declared above. */
  public static final List<StyleOption<?>> ALL = List.copyOf(DECLARED);

  private static <T> StyleOption<T> declare(StyleOption.Builder<T> declaration) {
    StyleOption<T> option = declaration.build();
    DECLARED.add(option);
    return option;
  }

  private static String colour(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (s.matches("#[0-9a-f]{3}|#[0-9a-f]{6}")) return s;
    if (s.matches("rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)")) return s;
    return COLOUR_NAMES.contains(s) ? s : null;
  }

  /** A switch, as YAML and people write one. */
  private static Boolean onOrOff(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> null;
    };
  }

  private static Double number(String v, double min, double max) {
    try {
      double d = Double.parseDouble(v.strip());
      return d >= min && d <= max ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> list(String v) {
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A number as CSS reads it: no ".0" on a whole number, at most three decimals. */
  private static String decimal(double d) {
    return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 1000) / 1000.0);
  }

  /** Values as the README lists them: {@code `a` (default), `b`, `c`}. */
  private static String listed(List<String> values, String defaultValue) {
    return String.join(", ", values.stream()
        .map(v -> "`" + v + "`" + (v.equals(defaultValue) ? " (default)" : "")).toList());
  }
}
