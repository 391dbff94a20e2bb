package dev.cvpress.cli;

import dev.cvpress.files.InputNames;
import dev.cvpress.output.OutputFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The formats a render writes: {@code --format}'s list, or else the one {@code -o}'s extension names ({@code -o
 * cv.docx} writes a Word document), or else PDF. An {@code -o} whose extension names a format {@code --format} leaves
 * out, and an option that acts on a format not written ({@code --pdfa}, {@code --dpi}), are usage errors: either
 * would otherwise be quietly ignored.
 */
final class FormatChoice {
  private FormatChoice() {}

  /**
   * @param listed {@code --format} as given; null when it was not
   * @param output {@code -o} as given; null when not, or when it is standard output
   * @param pdfA whether {@code --pdfa} was given
   * @param dpiGiven whether {@code --dpi} was given
   */
  static Set<OutputFormat> choose(CommandLine cli, List<String> listed, Path output, boolean pdfA, boolean dpiGiven) {
    String extension = output == null ? null : extension(output);
    OutputFormat named = extension == null ? null : OutputFormat.named(extension);
    if (named == null && extension != null && InputNames.format("x." + extension) != null) {
      InputNames.Format source = InputNames.format("x." + extension);
      throw new Usage(cli, "-o " + output + " names a " + source.label() + " file, which render does not write; it"
          + " writes " + OutputFormat.list(" or "), source.written() ? "`cvpress convert IN -o " + output
          + "` writes " + source.label() : "name a " + OutputFormat.PDF.id() + " file, e.g. -o "
          + output.resolveSibling(InputNames.stem(output.getFileName().toString()) + ".pdf"));
    }
    Set<OutputFormat> wanted = EnumSet.noneOf(OutputFormat.class);
    if (listed == null) {
      wanted.add(named != null ? named : OutputFormat.PDF);
    } else {
      for (String f : listed) {
        OutputFormat format = OutputFormat.named(f);
        if (format == null) throw new Usage(cli, "unknown format `" + f + "`; use " + OutputFormat.list(" or "),
            "--format takes a comma-separated list, e.g. `--format pdf,txt`");
        wanted.add(format);
      }
      if (wanted.isEmpty()) throw new Usage(cli, "--format needs at least one of " + OutputFormat.list(" or "),
          "--format takes a comma-separated list, e.g. `--format pdf,txt`");
      if (named != null && !wanted.contains(named)) {
        throw new Usage(cli, "-o " + output + " names a ." + named.id() + " file, but --format " + ids(wanted)
            + " does not write one", "leave out --format (the extension of -o picks the format), or add "
            + named.id() + " to it");
      }
    }
    String asked = listed != null ? "--format " + ids(wanted) : output != null ? "-o " + output
        : "the default format, " + OutputFormat.PDF.id() + ",";
    if (pdfA && !wanted.contains(OutputFormat.PDF)) {
      throw new Usage(cli, "--pdfa makes the PDF archival, but " + asked + " writes no PDF",
          "add pdf to the formats (--format pdf," + ids(wanted) + "), or leave out --pdfa");
    }
    if (dpiGiven && !wanted.contains(OutputFormat.PNG)) {
      throw new Usage(cli, "--dpi sets the resolution of PNG pages, but " + asked + " writes none",
          "add png to the formats (--format " + ids(wanted) + ",png), or leave out --dpi");
    }
    return wanted;
  }

  /** The extension of a file name in lower case, without the dot; null when it has none. */
  private static String extension(Path output) {
    Path name = output.getFileName();
    if (name == null) return null;
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 || dot == s.length() - 1 ? null : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String ids(Set<OutputFormat> formats) {
    return formats.stream().map(OutputFormat::id).collect(Collectors.joining(","));
  }
}
