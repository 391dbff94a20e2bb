package dev.cvpress.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
   * Gives every command its own paragraph, wherever it stands, before anything reads the document. A command
   * line run into a paragraph (no blank line around it: under text, under a bullet, in a block quote) splits the
   * paragraph there; commands with nothing between them are one; a command at the end of a list or a quote
   * comes after it and one at the start before it (an item of nothing but a command is no item), and one at the
   * start of a later item ends the item before. What is left inside an item or a quote breaks the page there.
   */
  static void separate(Node root) {
    List<Paragraph> paragraphs = new ArrayList<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n instanceof Paragraph p) {
        paragraphs.add(p);
        continue; // a paragraph holds only inline content
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) todo.push(c);
    }
    List<Paragraph> commands = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (isCommand(p)) commands.add(p);
      else split(p, commands);
    }
    for (Paragraph command : commands) {
      lift(command);
      if (isCommand(command.getPrevious())) command.unlink();
    }
  }

  /** Splits a paragraph at the lines that are the command alone, adding each such line's paragraph to {@code out}. */
  private static void split(Paragraph p, List<Paragraph> out) {
    List<List<Node>> lines = new ArrayList<>();
    List<Node> line = new ArrayList<>();
    boolean any = false;
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      line.add(n);
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        any |= isCommandLine(line);
        lines.add(line);
        line = new ArrayList<>();
      }
    }
    if (!line.isEmpty()) {
      any |= isCommandLine(line);
      lines.add(line);
    }
    if (!any || lines.size() < 2) return;
    List<Node> text = new ArrayList<>();
    for (List<Node> l : lines) {
      if (!isCommandLine(l)) {
        text.addAll(l);
        continue;
      }
      insertBefore(p, text);
      text.clear();
      Paragraph command = insertBefore(p, l);
      if (command != null) out.add(command);
    }
    insertBefore(p, text);
    p.unlink();
  }

  /** Whether a line (its nodes, with the line break that ends it) is the command alone. */
  private static boolean isCommandLine(List<Node> line) {
    StringBuilder s = new StringBuilder();
    for (Node n : line) {
      if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak)) s.append(n.getChars());
    }
    return COMMAND_LINE.matcher(s.toString().strip()).matches();
  }

  /** A new paragraph of {@code nodes} (line breaks at its end dropped) put before {@code p}; null when none. */
  private static Paragraph insertBefore(Paragraph p, List<Node> nodes) {
    int end = nodes.size();
    while (end > 0 && (nodes.get(end - 1) instanceof SoftLineBreak || nodes.get(end - 1) instanceof HardLineBreak)) {
      nodes.get(--end).unlink();
    }
    if (end == 0) return null;
    Paragraph part = new Paragraph();
    Node first = nodes.get(0);
    Node last = nodes.get(end - 1);
    part.setChars(first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset()));
    for (Node n : nodes.subList(0, end)) {
      n.unlink();
      part.appendChild(n);
    }
    p.insertBefore(part);
    return part;
  }

  /** Moves a command out of the start or end of the list item or quote holding it, as far out as it goes. */
  private static void lift(Paragraph command) {
    while (true) {
      Node parent = command.getParent();
      if (parent instanceof ListItem item && item.getParent() instanceof ListBlock list) {
        if (command.getPrevious() == null) {
          // At the start of an item: it ends the item before, or comes before the list.
          command.unlink();
          if (item.getPrevious() != null) item.getPrevious().appendChild(command);
          else list.insertBefore(command);
        } else if (command.getNext() == null && item.getNext() == null) {
          command.unlink();
          list.insertAfter(command);
        } else {
          return;
        }
        if (!item.hasChildren()) item.unlink();
        if (!list.hasChildren()) list.unlink();
      } else if (parent instanceof BlockQuote quote) {
        if (command.getPrevious() == null) {
          command.unlink();
          quote.insertBefore(command);
        } else if (command.getNext() == null) {
          command.unlink();
          quote.insertAfter(command);
        } else {
          return;
        }
        if (!quote.hasChildren()) quote.unlink();
      } else {
        return;
      }
    }
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
