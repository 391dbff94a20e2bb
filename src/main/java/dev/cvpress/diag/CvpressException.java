package dev.cvpress.diag;

import java.util.List;

/** A user error: the input cannot become a résumé. Carries every diagnostic collected for that input. */
public final class CvpressException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public CvpressException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).message(), null, false, false);
    this.diagnostics = List.copyOf(Diagnostic.limitRepeats(diagnostics));
  }

  public CvpressException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
