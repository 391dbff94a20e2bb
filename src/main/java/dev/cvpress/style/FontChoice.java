package dev.cvpress.style;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.diag.Code;
import dev.cvpress.files.ResourcePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The body font {@code style.font} names: a bundled family, or a TrueType file (the real path it leads to).
 *
 * @param family the bundled family, or null for a file
 * @param file the font file, or null for a bundled family
 */
public record FontChoice(BundledFamily family, Path file) {
  /** The family name the body is set in. */
  public String cssName() {
    return file != null ? Style.USER_FONT : family.cssName();
  }

  /** A family by name, or a .ttf file next to the résumé (anywhere, when named on the command line). */
  static FontChoice read(String value, StyleOption.Reading reading) {
    BundledFamily bundled = BundledFamily.named(value).orElse(null);
    if (bundled != null) return new FontChoice(bundled, null);
    String families = String.join(", ", BundledFamily.names());
    if (!value.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)$")) {
      reading.problem(Code.BAD_STYLE_VALUE, "unknown font `" + value + "`", Suggestions.didYouMean(value, BundledFamily.names())
          + "use one of: " + families + ", or a path to a .ttf file");
      return null;
    }
    // Judged on where the path really leads before anything is opened; then only that real path is read.
    Path named = reading.baseDir().resolve(value.strip());
    ResourcePolicy.Located located = reading.fromCommandLine() ? ResourcePolicy.anywhere(named)
        : new ResourcePolicy(reading.baseDir(), false).font(named);
    String problem = located.verdict().allowed() ? fileProblem(located)
        : located.verdict() == ResourcePolicy.Verdict.MISSING ? "font file not found: " + named
        : "font file " + named + " " + ResourcePolicy.why(located.verdict());
    if (problem != null) {
      reading.problem(located.verdict().allowed() ? Code.FONT_UNUSABLE : ResourcePolicy.code(located.verdict()),
          problem, "give a TrueType (.ttf) file next to the résumé, or one of: " + families);
      return null;
    }
    return new FontChoice(null, located.real());
  }

  private static String fileProblem(ResourcePolicy.Located located) {
    Path file = located.real();
    try (InputStream in = ResourcePolicy.open(located)) {
      byte[] magic = in.readNBytes(4);
      String tag = new String(magic, StandardCharsets.ISO_8859_1);
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
}
