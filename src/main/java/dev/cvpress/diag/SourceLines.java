package dev.cvpress.diag;

import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** Source lines for diagnostics: the line under a message, and where a character is first used. */
public final class SourceLines {
  private SourceLines() {}

  /** Attaches the source line to each diagnostic of this file, for the caret display. */
  public static List<Diagnostic> attach(List<Diagnostic> diagnostics, String file, String text) {
    String[] lines = null;
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.sourceLine() == null && d.pos().line() > 0 && d.pos().file().equals(file)) {
        if (lines == null) lines = text.replace("\r\n", "\n").split("\n", -1);
        if (d.pos().line() <= lines.length) d = d.withSourceLine(lines[d.pos().line() - 1].replace("\uFEFF", ""));
      }
      out.add(d);
    }
    return out;
  }

  /** Where a character first appears in the source, counting columns in characters as editors do. */
  public static SourcePos firstUse(String file, String text, int codePoint) {
    String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normal = normal.replace("\r\n", "\n").replace('\r', '\n');
    int at = normal.indexOf(new String(Character.toChars(codePoint)));
    if (at < 0) return SourcePos.file(file);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (normal.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, normal.codePointCount(lineStart, at) + 1);
  }
}
