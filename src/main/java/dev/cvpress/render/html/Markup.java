package dev.cvpress.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The XHTML being written. Text goes in escaped. Each element that holds a line of text (paragraph, heading, list
 * item, term, table cell, quote) gets its direction from the first strong letter written into it, nested elements
 * included: a {@code dir} attribute is added to its start tag once that letter is known (see {@link Directions}).
 */
final class Markup {
  /** The elements whose direction follows their text. */
  private static final Set<String> DIRECTED = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
      "td", "th", "blockquote");

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final boolean rightToLeft;
  /**
   * The directed elements open now, outermost first: where each one's {@code dir} attribute would go, or -1 once
   * its direction is decided. The undecided ones are always the innermost: a letter that decides an element was
   * written inside every element around it too.
   */
  private final List<Integer> open = new ArrayList<>();
  private int undecided;

  /** @param rightToLeft the document runs right to left, so a left-to-right element says so */
  Markup(boolean rightToLeft) {
    this.rightToLeft = rightToLeft;
  }

  /** Markup written as it is: tags, entities, and punctuation around text. */
  Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text content, escaped. */
  Markup text(String text) {
    if (undecided > 0) decide(text);
    out.append(escape(text));
    return this;
  }

  /** A start tag; {@code attributes} are written as they are, each with its leading space (see {@link #attr}). */
  Markup open(String tag, String attributes) {
    out.append('<').append(tag).append(attributes);
    if (DIRECTED.contains(tag)) {
      open.add(out.length());
      undecided++;
    }
    out.append('>');
    return this;
  }

  Markup open(String tag) {
    return open(tag, "");
  }

  Markup close(String tag) {
    out.append("</").append(tag).append('>');
    if (DIRECTED.contains(tag) && open.remove(open.size() - 1) >= 0) undecided--;
    return this;
  }

  private void decide(String text) {
    String dir = Directions.ofFirstStrongLetter(text);
    if (dir == null) return;
    // Left to right is the default; it is written only where the document runs the other way.
    String attribute = dir.equals("rtl") || rightToLeft ? " dir=\"" + dir + "\"" : null;
    // Innermost first, so that inserting never moves a place still to be used.
    for (int i = open.size() - 1; i >= open.size() - undecided; i--) {
      if (attribute != null) out.insert(open.get(i), attribute);
      open.set(i, -1);
    }
    undecided = 0;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** An attribute with its leading space, the value escaped: {@code  name="value"}. */
  static String attr(String name, String value) {
    return " " + name + "=\"" + escapeAttribute(value) + "\"";
  }

  /** Escapes text for element content; control characters other than tab and newline become spaces. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        default -> c < 0x20 && c != '\n' && c != '\t' ? " " : null;
      };
      if (rep != null) {
        if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Escapes text for a double-quoted attribute. */
  static String escapeAttribute(String s) {
    return escape(s).replace("\"", "&quot;");
  }
}
