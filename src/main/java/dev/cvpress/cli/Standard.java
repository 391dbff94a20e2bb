package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.parse.ResumeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The conventions of {@code -}: a résumé read from standard input (its images and style sheets then resolve
 * against the working folder, which is its folder) and an output written to standard output.
 */
final class Standard {
  /** How messages name a résumé read from standard input. */
  static final String STDIN_NAME = "<stdin>";

  private Standard() {}

  /** Whether {@code -o} names standard output: {@code -}, or the system's name for it. */
  static boolean isStdout(Path output) {
    String name = output.toString();
    return name.equals("-") || name.equals("/dev/stdout") || name.equals("/dev/fd/1")
        || name.equals("/proc/self/fd/1");
  }

  /** One output, of one file, and a binary one only when stdout is not a terminal; else a usage error. */
  static void checkStdout(CommandLine cli, Set<OutputFormat> formats, boolean stdoutTerminal) {
    if (formats.size() > 1) {
      throw new Usage(cli, "standard output takes one output, not " + formats.size() + " (--format "
          + String.join(",", formats.stream().map(OutputFormat::id).toList()) + ")",
          "write one format to stdout, or write them all to files with -d DIR");
    }
    OutputFormat format = formats.iterator().next();
    if (format.filePerPage()) {
      throw new Usage(cli, "--format " + format.id() + " writes a file per page, which standard output cannot hold",
          "write the pages to files with -d DIR");
    }
    if (stdoutTerminal && (format == OutputFormat.PDF || format == OutputFormat.DOCX)) {
      throw new Usage(cli, "refusing to write " + (format == OutputFormat.PDF ? "a PDF" : "a Word document")
          + " to the terminal",
          "redirect it to a file or a program, e.g. `cvpress cv.md -o - > cv." + format.id() + "`"
              + (format == OutputFormat.PDF ? " or `... -o - | lpr`" : ""));
    }
  }

  /**
   * The résumé on standard input, read whole (one byte past the parser's limit is enough for it to say the file
   * is too large); null, with the problem added, when it cannot be read.
   */
  static Cvpress.Input readStdin(InputStream in, List<Diagnostic> problems) {
    try {
      byte[] bytes = in.readNBytes(ResumeParser.MAX_BYTES + 1);
      return new Cvpress.Input(Path.of(STDIN_NAME), bytes, Path.of("").toAbsolutePath());
    } catch (IOException e) {
      problems.add(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(STDIN_NAME),
          "cannot read standard input: " + e.getMessage(), "pipe the résumé in, e.g. `cat cv.md | cvpress - -o cv.pdf`"));
      return null;
    }
  }
}
