package dev.cvpress.cli;

import dev.cvpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code --report FILE}: one JSON object a line for each output a build renders (skipped ones are another shard's,
 * and its own report has them), so the reports of all shards concatenate into the report of the whole build. The
 * lines are kept in order and written at the end, all at once. They are plain enough to write by hand: strings,
 * numbers and lists.
 */
final class JsonLinesReport implements Batch.Progress {
  private final Batch.Progress inner;
  private final StringBuilder lines = new StringBuilder();
  private final Shard shard;

  JsonLinesReport(Batch.Progress inner, Shard shard) {
    this.inner = inner;
    this.shard = shard;
  }

  @Override
  public void start(int total) {
    inner.start(total);
  }

  @Override
  public synchronized void done(Batch.Result r) {
    inner.done(r);
    lines.append(line(r)).append('\n');
  }

  @Override
  public void finish() {
    inner.finish();
  }

  @Override
  public void bug(Throwable e) {
    inner.bug(e);
  }

  /** The report: a line for each output, in the manifest's order. */
  byte[] bytes() {
    return lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The report of a build that rendered nothing because its manifest or its plan is wrong: one line, the manifest as
   * its input, no output, status {@code invalid}, and the errors, so that a CI job reading reports sees why.
   */
  static byte[] invalid(Path manifest, List<Diagnostic> errors, Shard shard) {
    StringBuilder b = new StringBuilder("{");
    field(b, "input", string(slashes(manifest)));
    field(b, "output", "null");
    field(b, "status", string("invalid"));
    field(b, "files", "[]");
    field(b, "pages", "0");
    field(b, "warnings", "[]");
    field(b, "errors", list(errors.stream().map(JsonLinesReport::problem).toList()));
    field(b, "shard", string(shard.toString()));
    b.setLength(b.length() - 1);
    return b.append("}\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private String line(Batch.Result r) {
    String status = r.errors().isEmpty() ? "written" : r.checkOnly() ? "check-failed" : "failed";
    StringBuilder b = new StringBuilder("{");
    field(b, "input", string(slashes(r.job().input())));
    field(b, "output", string(slashes(r.job().base())));
    field(b, "status", string(status));
    field(b, "files", list(r.written().stream().map(p -> string(slashes(p))).toList()));
    field(b, "pages", Integer.toString(r.pages()));
    field(b, "warnings", list(r.warnings().stream().map(JsonLinesReport::problem).toList()));
    field(b, "errors", list(r.errors().stream().map(JsonLinesReport::problem).toList()));
    field(b, "shard", string(shard.toString()));
    b.setLength(b.length() - 1);
    return b.append('}').toString();
  }

  private static String problem(Diagnostic d) {
    StringBuilder b = new StringBuilder("{");
    field(b, "file", string(d.pos().file()));
    field(b, "line", Integer.toString(d.pos().line()));
    field(b, "column", Integer.toString(d.pos().column()));
    field(b, "code", string(d.code().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    field(b, "message", string(d.message()));
    if (d.hint() != null) field(b, "hint", string(d.hint()));
    b.setLength(b.length() - 1);
    return b.append('}').toString();
  }

  private static void field(StringBuilder b, String name, String json) {
    b.append(string(name)).append(':').append(json).append(',');
  }

  private static String list(List<String> items) {
    return "[" + String.join(",", items) + "]";
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** A JSON string: quotes, backslashes and control characters escaped; everything else as it is (UTF-8). */
  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
