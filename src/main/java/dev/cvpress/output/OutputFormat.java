package dev.cvpress.output;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.docx.DocxRenderer;
import dev.cvpress.render.pdf.CreationDate;
import dev.cvpress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The output formats: each names itself (for {@code --format} and manifests), says how its files are named and
 * writes their bytes from a rendered résumé. The order here is the order outputs are written and listed in. A new
 * format is one constant here and the class that writes it.
 */
public enum OutputFormat {
  PDF("pdf", false, (r, dpi) -> List.of(r.pdf())),
  HTML("html", false, (r, dpi) -> List.of(r.webHtml().getBytes(StandardCharsets.UTF_8))),
  TXT("txt", false, (r, dpi) -> List.of(r.text().getBytes(StandardCharsets.UTF_8))),
  PNG("png", true, OutputFormat::pageImages),
  DOCX("docx", false, OutputFormat::wordDocument);

  /** Resolution of page images when none is given. */
  public static final int DEFAULT_DPI = 110;

  /** Matches the name of any file an output writes; group 1 is its base: cv.pdf, cv.txt, cv-2.png give cv. */
  public static final Pattern FILE_NAME = Pattern.compile("(.+?)(?:" + Arrays.stream(values())
      .map(f -> (f.filePerPage ? "-\\d+" : "") + "\\." + f.id).collect(Collectors.joining("|")) + ")");

  /** Writes the bytes of a format's files, one array per file. */
  @FunctionalInterface
  interface Writer {
    List<byte[]> write(Rendered rendered, int dpi) throws CvpressException;
  }

  private final String id;
  private final boolean filePerPage;
  private final Writer writer;

  OutputFormat(String id, boolean filePerPage, Writer writer) {
    this.id = id;
    this.filePerPage = filePerPage;
    this.writer = writer;
  }

  /** The name {@code --format} and manifests use, which is also the file extension. */
  public String id() {
    return id;
  }

  /** Whether each page is a file of its own (NAME-1.png, NAME-2.png, ...) rather than one file NAME.ext. */
  public boolean filePerPage() {
    return filePerPage;
  }

  /** The contents of this format's files, in page order; {@code dpi} is for formats that draw pages. */
  public List<byte[]> write(Rendered rendered, int dpi) throws CvpressException {
    return writer.write(rendered, dpi);
  }

  /** File {@code n} (counted from 1) of this format for an output {@code base} (a path without extension). */
  public Path file(Path base, int n) {
    return file(base, n, null);
  }

  /**
   * File {@code n} of this format for {@code base}, its extension spelled as the user wrote it when {@code spelled}
   * names this format in another letter case ({@code -o CV.PDF} writes CV.PDF, not CV.pdf).
   */
  public Path file(Path base, int n, String spelled) {
    return base.resolveSibling(base.getFileName() + (filePerPage ? "-" + n : "") + "." + extension(spelled));
  }

  /** The name of all this format's files for {@code base}, as messages show it: NAME.pdf, or NAME-#.png. */
  public String series(String base) {
    return series(base, null);
  }

  /** {@link #series(String)} with the extension as {@code spelled}, when that names this format. */
  public String series(String base, String spelled) {
    return base + (filePerPage ? "-#" : "") + "." + extension(spelled);
  }

  private String extension(String spelled) {
    return spelled != null && spelled.equalsIgnoreCase(id) ? spelled : id;
  }

  /** The format called {@code name} (any case, spaces around ignored), or null when there is none. */
  public static OutputFormat named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst().orElse(null);
  }

  /** The format names in order, the last two joined by {@code lastSeparator}: "pdf, html, txt or png". */
  public static String list(String lastSeparator) {
    List<String> ids = Arrays.stream(values()).map(OutputFormat::id).toList();
    return String.join(", ", ids.subList(0, ids.size() - 1)) + lastSeparator + ids.get(ids.size() - 1);
  }

  /** A file name without the extension of an output format, in any letter case: cv.pdf and CV.PDF give cv, CV. */
  public static String withoutExtension(String fileName) {
    String spelled = extensionOf(fileName);
    return spelled == null ? fileName : fileName.substring(0, fileName.length() - spelled.length() - 1);
  }

  /** The extension of an output format that {@code fileName} ends with, as written ("PDF" of CV.PDF); else null. */
  public static String extensionOf(String fileName) {
    for (OutputFormat f : values()) {
      int at = fileName.length() - f.id.length();
      if (at > 0 && fileName.charAt(at - 1) == '.' && fileName.regionMatches(true, at, f.id, 0, f.id.length())) {
        return fileName.substring(at);
      }
    }
    return null;
  }

  /**
   * The Word document. Apache POI is loaded here, on the first .docx, and never by a run that writes none: it adds
   * a noticeable share to the start-up of a JVM.
   */
  private static List<byte[]> wordDocument(Rendered rendered, int dpi) throws CvpressException {
    try {
      return List.of(DocxRenderer.render(rendered.document(), rendered.wordHtml(), rendered.created() != null
          ? rendered.created() : CreationDate.of(null, rendered.document().meta().date()), rendered.pages(),
          rendered.folder()));
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.RENDER_FAILED, SourcePos.file(rendered.resume().meta().title()),
          "could not write the Word document: " + e.getMessage(), null));
    }
  }

  private static List<byte[]> pageImages(Rendered rendered, int dpi) throws CvpressException {
    try {
      return PdfRenderer.pagesAsPng(rendered.pdf(), dpi, rendered.pages());
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.RENDER_FAILED, SourcePos.file(rendered.document().meta().title()),
          "could not draw the pages as images: " + e.getMessage(), null));
    }
  }
}
