package dev.cvpress.formats.markdown;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.Positions;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A résumé from another format written as Markdown, with where each of its lines came from: what cvpress says
 * about a line of the Markdown points at the value in the original file it was written from.
 */
public final class SourcedMarkdown {
  private final String file;
  private final MarkdownDocument.Written written;
  private final Function<String, SourcePos> origins;
  private final SourcePos unknown;
  private final List<Diagnostic> warnings;

  /**
   * @param file the name the Markdown is read under (the original file's)
   * @param origins a line's origin, as {@link MarkdownDocument} kept it, to a position in the original file
   * @param warnings what writing it found worth saying, at positions in the original file
   */
  public SourcedMarkdown(String file, MarkdownDocument.Written written, Function<String, SourcePos> origins,
      List<Diagnostic> warnings) {
    this(file, written, origins, SourcePos.file(file), warnings);
  }

  /**
   * @param unknown where a line with no origin is said to come from: the file as a whole, or its start where a
   *     format wants a line shown (a JSON file's first line says what it is)
   */
  public SourcedMarkdown(String file, MarkdownDocument.Written written, Function<String, SourcePos> origins,
      SourcePos unknown, List<Diagnostic> warnings) {
    this.file = file;
    this.written = written;
    this.origins = origins;
    this.unknown = unknown;
    this.warnings = List.copyOf(warnings);
  }

  public String text() {
    return written.text();
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** A position in the Markdown as the position, in the original file, of the value its line came from. */
  public SourcePos located(SourcePos pos) {
    if (pos == null || pos.line() == 0 || !pos.file().equals(file)) return pos;
    String origin = written.origin(pos.line());
    SourcePos at = origin == null ? null : origins.apply(origin);
    return at == null ? unknown : at;
  }

  public Resume located(Resume resume) {
    return Positions.mapped(resume, this::located);
  }

  public List<Diagnostic> located(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> new Diagnostic(d.code(), d.severity(), located(d.pos()), d.message(),
        null, d.hint(), 0)).toList();
  }

  public Map<String, SourcePos> located(Map<String, SourcePos> positions) {
    Map<String, SourcePos> out = new LinkedHashMap<>();
    positions.forEach((k, v) -> out.put(k, located(v)));
    return out;
  }
}
