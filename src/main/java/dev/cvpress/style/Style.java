package dev.cvpress.style;

import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Origin;
import dev.cvpress.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validated rendering options, from front matter {@code style:} or {@code --set}, and the CSS rules they become.
 * Every bad value is reported with where it was set and what is allowed.
 */
public record Style(
    String accent,
    String font,
    Path fontFile,
    Double fontSizePt,
    Double lineHeight,
    String margins,
    String paper,
    boolean originalDates,
    boolean icons,
    List<String> hide,
    List<String> sectionOrder,
    Integer fitPages,
    String theme,
    String photoShape) {

  public static final List<String> KEYS = List.of("accent", "font", "font-size", "line-height", "margins", "paper",
      "date-format", "icons", "hide", "section-order", "fit-pages", "theme", "photo-shape");
  public static final List<String> FONTS = List.of("Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif",
      "Liberation Mono");
  private static final Set<String> COLOUR_NAMES = Set.of("black", "navy", "darkblue", "mediumblue", "blue",
      "teal", "darkcyan", "darkgreen", "green", "darkslategray", "darkslategrey", "dimgray", "dimgrey", "gray",
      "grey", "slategray", "steelblue", "royalblue", "midnightblue", "indigo", "purple", "darkmagenta", "maroon",
      "brown", "firebrick", "crimson", "darkred", "red", "chocolate", "sienna", "darkorange", "orange",
      "olive", "darkolivegreen", "seagreen", "cadetblue", "rebeccapurple");
  private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)(mm|cm|in|pt)");

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
    Reader r = new Reader(raw, meta.stylePos(), errors, warnings, meta.styleFromTopLevel());
    for (String key : raw.keySet()) {
      if (!KEYS.contains(key)) {
        errors.add(Diagnostic.error(Code.UNKNOWN_STYLE_OPTION, r.pos(key), "unknown style option `" + key + "`",
            Suggestions.didYouMean(key, KEYS) + "the style options are: " + String.join(", ", KEYS)));
      }
    }
    String accent = r.get("accent", Style::colour,
        "a colour: #1f5a8a, #26a or a name such as navy, teal, maroon, darkgreen");
    String font = null;
    Path fontFile = null;
    String fontValue = raw.get("font");
    if (fontValue != null) {
      String match = FONTS.stream().filter(f -> f.equalsIgnoreCase(fontValue.strip())).findFirst().orElse(null);
      if (match != null) {
        font = match;
      } else if (fontValue.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$")) {
        // Judged on where the path really leads before anything is opened; then only that real path is read.
        Path named = baseDir.resolve(fontValue.strip());
        ResourcePolicy.Located located = fromCommandLine(meta, "font") ? ResourcePolicy.anywhere(named)
            : new ResourcePolicy(baseDir, false).font(named);
        fontFile = located.real();
        String problem = located.verdict().allowed() ? fontFileProblem(located)
            : located.verdict() == ResourcePolicy.Verdict.MISSING ? "font file not found: " + named
            : "font file " + named + " " + ResourcePolicy.why(located.verdict());
        if (problem != null) {
          r.problem(located.verdict().allowed() ? Code.FONT_UNUSABLE : ResourcePolicy.code(located.verdict()), "font",
              problem,
              "give a TrueType (.ttf) file next to the résumé, or one of: " + String.join(", ", FONTS));
          fontFile = null;
        }
      } else {
        r.problem(Code.BAD_STYLE_VALUE, "font", "unknown font `" + fontValue + "`",
            Suggestions.didYouMean(fontValue, FONTS) + "use one of: " + String.join(", ", FONTS) + ", or a path to a .ttf file");
      }
    }
    Double fontSize = r.get("font-size", v -> number(v.replaceFirst("pt$", ""), 7, 14),
        "a size in points between 7 and 14, e.g. 10 or 10.5pt");
    Double lineHeight = r.get("line-height", v -> number(v, 1.0, 2.0), "a number between 1.0 and 2.0, e.g. 1.3");
    String margins = r.get("margins", Style::margins, "one to four lengths between 5mm and 40mm, e.g. 18mm or 15mm 20mm");
    String paper = r.get("paper", v -> oneOf(v, "a4", "letter", "legal"), "a4, letter or legal");
    String dateFormat = r.get("date-format", v -> oneOf(v, "default", "original"),
        "default (Jun 2021 – Present) or original (as written)");
    String icons = r.get("icons", v -> oneOf(v, "true", "false", "yes", "no", "on", "off"), "true or false");
    Integer fitPages = r.get("fit-pages", v -> {
      Double n = number(v, 1, 20);
      return n != null && n == Math.floor(n) ? n.intValue() : null;
    }, "a whole number of pages, 1 to 20");
    String photoShape = r.get("photo-shape", v -> oneOf(v, "round", "square"), "round or square");
    if (!errors.isEmpty()) throw new CvpressException(errors);
    return new Style(accent, font, fontFile, fontSize, lineHeight, margins, paper,
        "original".equals(dateFormat), icons == null || Set.of("true", "yes", "on").contains(icons),
        list(raw.get("hide")), list(raw.get("section-order")), fitPages, blankToNull(raw.get("theme")), photoShape);
  }

  /** Whether an option was given on the command line ({@code --set}, {@code --font}) rather than in the file. */
  public static boolean fromCommandLine(Meta meta, String key) {
    return meta.styleOrigin(key) == Origin.COMMAND_LINE;
  }

  /** CSS rules that apply these options on top of the theme. */
  public String css(Theme theme) {
    StringBuilder css = new StringBuilder("\n/* options */\n");
    if (paper != null) css.append("@page { size: ").append(paper.equals("a4") ? "A4" : paper).append("; }\n");
    if (margins != null) {
      css.append("@page { margin: ").append(margins).append("; }\n");
      // A sidebar theme draws its column in the left page margin, which must stay where the theme put it.
      if (theme.layout().equals("sidebar")) {
        css.append("@page { margin-left: ").append(theme.marginsMm()[3]).append("mm; }\n");
      }
    }
    if (fontSizePt != null) css.append("html { font-size: ").append(fmt(fontSizePt)).append("pt; }\n");
    if (lineHeight != null) css.append("body { line-height: ").append(fmt(lineHeight)).append("; }\n");
    String family = fontFile != null ? USER_FONT : font;
    if (family != null) {
      css.append("body, body * { font-family: \"").append(family).append("\", \"DejaVu Sans\"; }\n")
          .append("body code, body pre, body pre * { font-family: \"Liberation Mono\", \"DejaVu Sans\"; }\n");
    }
    if (photoShape != null) {
      css.append(".photo { border-radius: ").append(photoShape.equals("round") ? "50%" : "0").append("; }\n");
    }
    return css.toString();
  }

  /** The theme's CSS with its declared accent colour replaced by the chosen one. */
  public String themeCss(Theme theme) {
    if (accent == null || theme.accent() == null) return theme.css();
    return Pattern.compile(Pattern.quote(theme.accent()), Pattern.CASE_INSENSITIVE).matcher(theme.css())
        .replaceAll(Matcher.quoteReplacement(accent));
  }

  /** The CSS family name a user's TTF is registered under. */
  public static final String USER_FONT = "cvpress user font";

  private static String fontFileProblem(ResourcePolicy.Located located) {
    Path file = located.real();
    try (InputStream in = ResourcePolicy.open(located)) {
      byte[] magic = in.readNBytes(4);
      String tag = new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (tag.equals("OTTO")) {
        return "font " + file.getFileName() + " is an OpenType/CFF font, which the PDF engine cannot embed";
      }
      if (tag.equals("wOFF") || tag.equals("wOF2")) return "font " + file.getFileName() + " is a web font (WOFF)";
      boolean trueType = Arrays.equals(magic, new byte[] {0, 1, 0, 0}) || tag.equals("true") || tag.equals("ttcf");
      return trueType ? null : "font " + file.getFileName() + " is not a TrueType font";
    } catch (IOException e) {
      return "cannot read font file " + file + ": " + e.getMessage();
    }
  }

  private static String colour(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (s.matches("#[0-9a-f]{3}|#[0-9a-f]{6}")) return s;
    if (s.matches("rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)")) return s;
    return COLOUR_NAMES.contains(s) ? s : null;
  }

  private static String margins(String v) {
    String[] parts = v.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (parts.length > 4) return null;
    for (String p : parts) if (!LENGTH.matcher(p).matches()) return null;
    for (double mm : marginsMm(v)) if (mm < 5 || mm > 40) return null;
    return String.join(" ", parts);
  }

  /** CSS margin shorthand in mm/cm/in/pt to top, right, bottom, left in millimetres; 18 mm for what is unreadable. */
  public static double[] marginsMm(String value) {
    String[] parts = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
    double[] mm = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Matcher m = LENGTH.matcher(parts[i]);
      mm[i] = !m.matches() ? 18 : Double.parseDouble(m.group(1)) * switch (m.group(2)) {
        case "cm" -> 10;
        case "in" -> 25.4;
        case "pt" -> 25.4 / 72;
        default -> 1;
      };
    }
    return switch (mm.length) {
      case 1 -> new double[] {mm[0], mm[0], mm[0], mm[0]};
      case 2 -> new double[] {mm[0], mm[1], mm[0], mm[1]};
      case 3 -> new double[] {mm[0], mm[1], mm[2], mm[1]};
      default -> new double[] {mm[0], mm[1], mm[2], mm[3]};
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

  private static String oneOf(String v, String... allowed) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    return Arrays.asList(allowed).contains(s) ? s : null;
  }

  private static List<String> list(String v) {
    if (v == null || v.isBlank()) return List.of();
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String fmt(double d) {
    return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 1000) / 1000.0);
  }

  /** The warning for a top-level key whose value cvpress cannot use (it is probably another tool's). */
  public static Diagnostic ignoredTopLevel(Code code, SourcePos pos, String key, String message, String hint) {
    return Diagnostic.warning(code, pos, message + "; ignored, cvpress uses its default",
        "a top-level `" + key + ":` may be meant for another tool (Hugo, Jekyll, VitePress); to set it for cvpress,"
            + " write it under `style:`" + (hint == null ? "" : "; " + hint));
  }

  /** Reads one option at a time, recording a positioned error for each bad value. */
  private record Reader(Map<String, String> raw, Map<String, SourcePos> positions, List<Diagnostic> errors,
      List<Diagnostic> warnings, Set<String> lenient) {
    <T> T get(String key, java.util.function.Function<String, T> parse, String allowed) {
      String v = raw.get(key);
      if (v == null || v.isBlank()) return null;
      T value = parse.apply(v);
      if (value == null) {
        problem(Code.BAD_STYLE_VALUE, key, "style." + key + ": `" + v + "` is not allowed", "use " + allowed);
      }
      return value;
    }

    /** An error, or for a top-level key that may be another tool's, a warning: the caller keeps the default. */
    void problem(Code code, String key, String message, String hint) {
      if (lenient.contains(key)) warnings.add(ignoredTopLevel(code, pos(key), key, message, hint));
      else errors.add(Diagnostic.error(code, pos(key), message, hint));
    }

    SourcePos pos(String key) {
      return positions.getOrDefault(key, SourcePos.file("style." + key));
    }
  }
}
