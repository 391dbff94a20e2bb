package dev.cvpress.style;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page margins as CSS writes them: the shorthand of one to four lengths in mm, cm, in or pt. */
final class Margins {
  private Margins() {}

  /** What a margin is taken to be where a theme says nothing readable. */
  static final double FALLBACK_MM = 18;

  private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)(mm|cm|in|pt)");

  /** The value in lower case with single spaces; null unless it is one to four lengths, each 5 to 40 mm. */
  static String read(String value) {
    String[] parts = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (parts.length > 4) return null;
    for (String p : parts) if (!LENGTH.matcher(p).matches()) return null;
    for (double mm : mm(value)) if (mm < 5 || mm > 40) return null;
    return String.join(" ", parts);
  }

  /** Top, right, bottom, left in millimetres; {@link #FALLBACK_MM} for a part that is not a length. */
  static double[] mm(String value) {
    String[] parts = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
    double[] mm = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Matcher m = LENGTH.matcher(parts[i]);
      mm[i] = !m.matches() ? FALLBACK_MM : Double.parseDouble(m.group(1)) * switch (m.group(2)) {
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
}
