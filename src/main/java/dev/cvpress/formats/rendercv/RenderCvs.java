package dev.cvpress.formats.rendercv;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.util.List;

/**
 * RenderCV in and out. A RenderCV file is read by writing it as the Markdown résumé a person would write, which cvpress
 * then reads as any other: what renders is what {@code cvpress convert} writes, and every position points back
 * to the line and column in the YAML file. A résumé is written as a RenderCV file by {@link #toYaml}.
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

  /** A résumé written as a RenderCV file, and what there was to say about it. */
  public record Written(String text, List<Diagnostic> warnings) {
    public Written {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A résumé (in one language) as a RenderCV file. What RenderCV has no place for is reported at its position in
   * the résumé; {@code file} names the résumé where nothing closer can be said.
   */
  public static Written toYaml(Resume resume, String file) {
    FromModel.Result result = FromModel.write(resume, file);
    return new Written(YamlText.write(result.tree()), result.warnings());
  }
}
