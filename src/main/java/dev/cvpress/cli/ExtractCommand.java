package dev.cvpress.cli;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputFile;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.pdf.EmbeddedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** Writes out the files a PDF carries (the résumé's source), so that a PDF found in a mailbox can be edited again. */
final class ExtractCommand implements Callable<Integer> {
  /** No résumé PDF is this large; reading one would only use memory. */
  private static final int MAX_BYTES = 256 * 1024 * 1024;

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private ExtractCommand() {}

  /** The extract command's options and usage; picocli calls {@link #call} when it is the command run. */
  static CommandSpec spec() {
    CommandSpec spec = new ExtractCommand().spec;
    spec.name("extract");
    spec.usageMessage().description("Write out the résumé source a cvpress PDF carries, to edit it again.");
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("FILE.pdf").type(Path.class)
        .description("A PDF written by cvpress.").build());
    spec.addOption(OptionSpec.builder("-d", "--dir").paramLabel("DIR").type(Path.class)
        .description("Write the files into this folder (default: the PDF's folder).").build());
    spec.addOption(OptionSpec.builder("--force").description("Replace files that exist.").build());
    spec.addOption(OptionSpec.builder("-q", "--quiet").description("Print only problems.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Path pdf = parsed.matchedPositionalValue(0, null);
    Path dir = parsed.matchedOptionValue("--dir", null);
    boolean force = parsed.matchedOptionValue("--force", false);
    boolean quiet = parsed.matchedOptionValue("--quiet", false);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dir == null) dir = pdf.toAbsolutePath().getParent();
    try {
      List<EmbeddedFile> files = read(pdf);
      List<Path> targets = targets(pdf, files, dir, force);
      // All of them or none: a refusal of the second file leaves the first unwritten too.
      try (OutputFile output = new OutputFile()) {
        for (int i = 0; i < files.size(); i++) output.stage(targets.get(i), files.get(i).bytes());
        output.commit();
      }
      for (int i = 0; i < files.size() && !quiet; i++) {
        EmbeddedFile f = files.get(i);
        out.printf(Locale.ROOT, "%s -> %s (%s, %,d bytes)%n", pdf, shown(targets.get(i)), f.mimeType(),
            f.bytes().length);
      }
      return ExitCode.OK;
    } catch (CvpressException e) {
      e.diagnostics().forEach(d -> err.print(d.format()));
      return ExitCode.FAILED;
    }
  }

  private static List<EmbeddedFile> read(Path pdf) throws CvpressException {
    byte[] bytes = InputFile.readAll(pdf, MAX_BYTES, "PDF", "check the path of the PDF");
    String file = pdf.toString();
    if (!new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("%PDF-")) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(file), "not a PDF",
          "pass the PDF that cvpress rendered, e.g. `cvpress extract resume.pdf`"));
    }
    List<EmbeddedFile> files;
    try {
      files = Cvpress.embeddedFiles(bytes);
    } catch (IOException | RuntimeException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(file),
          "the PDF is damaged and cannot be read: " + e.getMessage(), "pass a PDF written by cvpress"));
    }
    if (files.isEmpty()) {
      throw new CvpressException(Diagnostic.error(Code.NO_EMBEDDED_SOURCE, SourcePos.file(file),
          "this PDF carries no résumé source",
          "only PDFs rendered by cvpress without --no-embed carry their source; render the résumé again"));
    }
    return files;
  }

  /**
   * Where each file goes: its base name in {@code dir}, never a path the name leads to elsewhere ({@code ../x},
   * {@code /etc/x}, {@code C:\x} all become {@code x}); refused when a file is there and {@code force} is off.
   */
  private static List<Path> targets(Path pdf, List<EmbeddedFile> files, Path dir, boolean force)
      throws CvpressException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> targets = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (EmbeddedFile f : files) {
      String name = baseName(f.name());
      if (name == null) {
        problems.add(Diagnostic.error(Code.OUTSIDE_FOLDER, SourcePos.file(pdf.toString()),
            "an embedded file has no usable name: `" + f.name() + "`; not written", null));
        targets.add(null);
        continue;
      }
      // Two files of one name (only in a PDF not written by cvpress) keep both, the second numbered.
      String unique = name;
      for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) unique = numbered(name, n);
      Path target = dir.resolve(unique);
      if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(Diagnostic.error(Code.OUTPUT_EXISTS, SourcePos.file(shown(target)), "file exists; not replaced",
            "pass --force to replace it, or -d DIR to write into another folder"));
      }
      targets.add(target);
    }
    if (!problems.isEmpty()) throw new CvpressException(problems);
    return targets;
  }

  /**
   * The last part of {@code name}, split at {@code /} and {@code \}, without leading dots; null when nothing usable
   * is left.
   */
  static String baseName(String name) {
    String[] parts = name.split("[/\\\\]", -1);
    String last = parts.length == 0 ? "" : parts[parts.length - 1];
    if (last.matches("(?i)[a-z]:.*")) last = last.substring(2); // C:resume.md
    last = last.replaceAll("[\\x00-\\x1f\\x7f]", "").strip();
    // A name from the PDF never makes a hidden file (.envrc, .cvpress-words): those are read by other programs.
    last = last.replaceFirst("^\\.+", "");
    if (last.isEmpty()) return null;
    return last;
  }

  private static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
  }

  /** A path as the user named its folder: relative to where the command runs when it is below it. */
  private static String shown(Path target) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : target.toString();
  }
}
