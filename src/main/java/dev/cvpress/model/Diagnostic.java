package dev.cvpress.model;

/**
 * A problem found in a user's input, kept as data so it can be printed, collected or serialised.
 *
 * @param sourceLine the text of the offending line, shown under the message with a caret; may be null
 * @param hint what the user can do about it; may be null
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String sourceLine, String hint) {
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    if (severity == null || pos == null || message == null) {
      throw new IllegalArgumentException("severity, pos and message are required");
    }
  }

  public static Diagnostic error(SourcePos pos, String message, String hint) {
    return new Diagnostic(Severity.ERROR, pos, message, null, hint);
  }

  public static Diagnostic warning(SourcePos pos, String message, String hint) {
    return new Diagnostic(Severity.WARNING, pos, message, null, hint);
  }

  public Diagnostic withSourceLine(String line) {
    return new Diagnostic(severity, pos, message, line, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Formats as {@code file:line:col: error: message}, the source line with a caret, and the hint. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(pos).append(": ").append(severity.label()).append(": ").append(message).append('\n');
    if (sourceLine != null && pos.line() > 0) {
      out.append("    ").append(sourceLine).append('\n');
      out.append("    ");
      // Keep tabs so the caret lines up under the same column as in the source line.
      for (int i = 0; i < pos.column() - 1 && i < sourceLine.length(); i++) {
        out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
      }
      out.append("^\n");
    }
    if (hint != null) out.append("hint: ").append(hint).append('\n');
    return out.toString();
  }
}
