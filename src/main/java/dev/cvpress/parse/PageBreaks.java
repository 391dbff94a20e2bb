package dev.cvpress.parse;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;

/**
 * The ways a résumé asks for a new page: {@code \newpage} (or {@code \pagebreak}) on a line of its own, as pandoc
 * reads it; raw HTML such as {@code <div class="page-break"></div>} (see {@link HtmlBlocks}), which becomes that
 * line; and a heading marked {@code {.page-break}}.
 */
final class PageBreaks {
  private PageBreaks() {}

  /** The line that asks for a new page, as raw HTML becomes it too. */
  static final String COMMAND = "\\newpage";
  private static final Pattern COMMAND_LINE = Pattern.compile("\\\\(?:newpage|pagebreak)");
  private static final Pattern CLASS = Pattern.compile("(?:^|\\s)page-break(?:\\s|$)");

  /** A paragraph that is nothing but the command. */
  static boolean isCommand(Node node) {
    return node instanceof Paragraph && COMMAND_LINE.matcher(node.getChars().toString().strip()).matches();
  }

  /**
   * Takes the command off the end of a paragraph it was run into (a line right under text, with no blank line
   * between, continues the paragraph). True when there was one.
   */
  static boolean takeTrailingCommand(Paragraph p) {
    Node lineBreak = p.getLastChild();
    while (lineBreak != null && !(lineBreak instanceof SoftLineBreak || lineBreak instanceof HardLineBreak)) {
      lineBreak = lineBreak.getPrevious();
    }
    if (lineBreak == null || lineBreak.getNext() == null) return false;
    StringBuilder rest = new StringBuilder();
    for (Node n = lineBreak.getNext(); n != null; n = n.getNext()) rest.append(n.getChars());
    if (!COMMAND_LINE.matcher(rest.toString().strip()).matches()) return false;
    while (lineBreak.getNext() != null) lineBreak.getNext().unlink();
    lineBreak.unlink();
    return true;
  }

  /**
   * Takes the command off the end of a list, where it was run into the last item's last paragraph. True when
   * there was one.
   */
  static boolean takeTrailingCommand(ListBlock list) {
    Node item = list.getLastChild();
    if (item == null) return false;
    Node last = item.getLastChild();
    if (last instanceof ListBlock nested) return takeTrailingCommand(nested);
    return last instanceof Paragraph p && takeTrailingCommand(p);
  }

  /** Whether a heading's attribute block ({@code {#id .class}}, without its braces) has the class page-break. */
  static boolean inAttributes(String attributes) {
    if (attributes == null) return false;
    for (String part : attributes.strip().split("\\s+")) {
      if (part.equals(".page-break")) return true;
    }
    return false;
  }

  /**
   * Whether an HTML start tag's attributes ask for a new page before the element: the class page-break, or the
   * style page-break-before: always (break-before: page). {@code empty} says the element holds nothing, so a break
   * asked for after it (page-break-after: always, break-after: page) comes at the same place.
   */
  static boolean inHtml(String classes, String style, boolean empty) {
    if (classes != null && CLASS.matcher(classes).find()) return true;
    if (style == null) return false;
    String s = style.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    if (s.contains("page-break-before:always") || s.contains("break-before:page")) return true;
    return empty && (s.contains("page-break-after:always") || s.contains("break-after:page"));
  }
}
