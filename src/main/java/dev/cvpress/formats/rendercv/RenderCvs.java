package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.model.SourcePos;

/**
 * RenderCV in. A RenderCV file is read by writing it as the Markdown résumé a person would write, which cvpress
 * then reads as any other: what renders is what {@code cvpress convert} writes, and every position points back
 * to the line and column in the YAML file.
 */
public final class RenderCvs {
  private RenderCvs() {}

  /** A RenderCV file as Markdown; what cannot be read is an error at its line and column. */
  public static SourcedMarkdown toMarkdown(String file, byte[] bytes) throws CvpressException {
    RenderCvFile source = RenderCvFile.read(file, bytes);
    ToMarkdown.Result written = ToMarkdown.write(source);
    if (written.written().text().isBlank()) {
      throw new CvpressException(Diagnostic.error(Code.RENDERCV_INVALID, SourcePos.start(file),
          "the RenderCV file holds nothing a résumé shows: no name, no sections",
          "give `cv:` at least a `name:`"));
    }
    return new SourcedMarkdown(file, written.written(), source::fromOrigin, written.warnings());
  }
}
