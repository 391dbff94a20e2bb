package dev.cvpress.check.grammar;

/**
 * A stretch of a text to check: prose, read as it is, or markup, read as {@code readAs} ("" when it stands for
 * nothing) so that slips are still placed by the offsets of the text as written.
 */
public record Piece(String text, String readAs) {
  public static Piece prose(String text) {
    return new Piece(text, null);
  }

  public static Piece markup(String text, String readAs) {
    return new Piece(text, readAs);
  }

  boolean isProse() {
    return readAs == null;
  }
}
