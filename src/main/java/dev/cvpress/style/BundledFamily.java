package dev.cvpress.style;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text font families packed into cvpress, each with its face files: the one list that {@code style.font} and
 * {@code --font} accept, the PDF stage registers and takes metrics for, and the README and the help name.
 * Adding a family is adding a constant here and its files to the build (see the pom). The first two are the
 * themes' own text faces; Liberation and DejaVu stay for the glyphs those lack and for style sheets that name them.
 */
public enum BundledFamily {
  SOURCE_SANS_3("Source Sans 3", sourceFaces("SourceSans3")),
  SOURCE_SERIF_4("Source Serif 4", sourceFaces("SourceSerif4")),
  LIBERATION_SANS("Liberation Sans", new Face("LiberationSans-Regular.ttf", 400, false),
      new Face("LiberationSans-Bold.ttf", 700, false), new Face("LiberationSans-Italic.ttf", 400, true),
      new Face("LiberationSans-BoldItalic.ttf", 700, true)),
  LIBERATION_SERIF("Liberation Serif", new Face("LiberationSerif-Regular.ttf", 400, false),
      new Face("LiberationSerif-Bold.ttf", 700, false), new Face("LiberationSerif-Italic.ttf", 400, true),
      new Face("LiberationSerif-BoldItalic.ttf", 700, true)),
  LIBERATION_MONO("Liberation Mono", new Face("LiberationMono-Regular.ttf", 400, false),
      new Face("LiberationMono-Bold.ttf", 700, false)),
  DEJAVU_SANS("DejaVu Sans", new Face("DejaVuSans.ttf", 400, false), new Face("DejaVuSans-Bold.ttf", 700, false)),
  DEJAVU_SERIF("DejaVu Serif", new Face("DejaVuSerif.ttf", 400, false), new Face("DejaVuSerif-Bold.ttf", 700, false));

  /** One face of a family: its file under {@code /fonts/} in the jar, its weight, and whether it is italic. */
  public record Face(String file, int weight, boolean italic) {}

  /**
   * The faces of a Source family, named as its registry package names them ({@code SourceSans3_600SemiBold.ttf}):
   * regular, semibold and bold, each upright and italic.
   */
  private static Face[] sourceFaces(String prefix) {
    return new Face[] {new Face(prefix + "_400Regular.ttf", 400, false),
        new Face(prefix + "_400Regular_Italic.ttf", 400, true), new Face(prefix + "_600SemiBold.ttf", 600, false),
        new Face(prefix + "_600SemiBold_Italic.ttf", 600, true), new Face(prefix + "_700Bold.ttf", 700, false),
        new Face(prefix + "_700Bold_Italic.ttf", 700, true)};
  }

  private final String cssName;
  private final List<Face> faces;

  BundledFamily(String cssName, Face... faces) {
    this.cssName = cssName;
    this.faces = List.of(faces);
  }

  /** The family name a style sheet uses, e.g. {@code Liberation Sans}. */
  public String cssName() {
    return cssName;
  }

  public List<Face> faces() {
    return faces;
  }

  /** Every family's name, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(BundledFamily::cssName).toList();
  }

  /** The family a user named, in any letter case. */
  public static Optional<BundledFamily> named(String name) {
    String wanted = name.strip();
    return Arrays.stream(values()).filter(f -> f.cssName.equalsIgnoreCase(wanted)).findFirst();
  }
}
