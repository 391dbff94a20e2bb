package dev.cvpress.output;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Document;
import dev.cvpress.model.Letter;
import dev.cvpress.model.SourcePos;
import java.util.List;

/**
 * What a kind of document cannot be made into yet: the one rule that a writer applies when asked, and that a run asks
 * before it renders anything, so that a build never writes some outputs and then fails on another for a reason known
 * from the start. Lifting a refusal is deleting its case here; the writers and every plan follow.
 */
public final class Unsupported {
  private Unsupported() {}

  /** Why something asked of a document will not be made: said at the place that makes the document what it is. */
  public record Refusal(Code code, String message, String hint) {
    public Diagnostic at(SourcePos pos) {
      return Diagnostic.error(code, pos, message, hint);
    }
  }

  /** Why a document of this kind cannot be written in {@code format}; null when it can. */
  public static Refusal format(Class<? extends Document> kind, OutputFormat format) {
    return null; // résumés and letters alike are written in every format
  }

  /**
   * Whether any kind of document would be refused something of these: when not, a run need not read its inputs to
   * know that nothing will be (a large LinkedIn export is then read once, by its render).
   */
  public static boolean anyRefusal(java.util.Collection<OutputFormat> formats, boolean redact) {
    for (Class<? extends Document> kind : List.of(dev.cvpress.model.Resume.class, Letter.class)) {
      if (redact && redaction(kind) != null) return true;
      for (OutputFormat f : formats) if (format(kind, f) != null) return true;
    }
    return false;
  }

  /** Why a document of this kind cannot be redacted; null when it can. */
  public static Refusal redaction(Class<? extends Document> kind) {
    return null; // résumés and letters alike are redacted (transform.Redaction)
  }
}
