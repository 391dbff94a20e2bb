package dev.cvpress.model;

/** Where a node or a problem sits in its source file; line and column count from 1, 0 means the whole file. */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    if (file == null) file = "<input>";
    if (line < 0) line = 0;
    if (column < 0 || line == 0) column = 0;
    if (line > 0 && column < 1) column = 1;
  }

  /** The file as a whole, for problems that have no line (a missing file, an unwritable output). */
  public static SourcePos file(String file) {
    return new SourcePos(file, 0, 0);
  }

  public static SourcePos start(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
