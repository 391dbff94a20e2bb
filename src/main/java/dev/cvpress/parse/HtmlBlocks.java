package dev.cvpress.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw HTML block, as GitHub and Hugo résumés use for a centred header or a two-column table, into the
 * Markdown it means, so that its headings, links, emphasis, lists and images enter the model like any other
 * Markdown (and Markdown written inside the HTML still renders). Tags cvpress has no use for are dropped and
 * their text kept; {@code script} and {@code style} are dropped whole; comments are notes to the author. An
 * element that asks for a new page ({@code <div class="page-break"></div>}) becomes {@code \newpage}.
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  private static final Pattern TAG = Pattern.compile(
      "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile(
      "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  /** The Markdown equivalent of one HTML block. */
  static String toMarkdown(String html) {
    String s = html.replaceAll("(?s)<!--.*?(-->|$)", "")
        .replaceAll("(?is)<(script|style|template)\\b.*?(</\\1\\s*>|$)", "")
        .replaceAll("(?s)<!\\[CDATA\\[(.*?)]]>", "$1")
        .replaceAll("(?s)<[!?][^>]*>", "");
    StringBuilder out = new StringBuilder(s.length() + 16);
    Matcher m = TAG.matcher(s);
    int last = 0;
    int listDepth = 0;
    boolean inPre = false;
    while (m.find()) {
      String between = s.substring(last, m.start());
      out.append(inPre ? between : collapseIndent(between, last == 0));
      last = m.end();
      boolean closing = !m.group(1).isEmpty();
      String tag = m.group(2).toLowerCase(Locale.ROOT);
      String attrs = m.group(3);
      switch (tag) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          if (closing) out.append("\n\n");
          else out.append("\n\n").append("#".repeat(tag.charAt(1) - '0')).append(' ');
        }
        case "p", "div", "section", "article", "header", "footer", "main", "aside", "center", "figure",
            "blockquote", "details", "summary", "table", "thead", "tbody", "dl", "nav", "address", "hr" -> {
          out.append("\n\n");
          boolean empty = tag.equals("hr")
              || s.regionMatches(true, skipSpaces(s, m.end()), "</" + tag, 0, tag.length() + 2);
          if (!closing && PageBreaks.inHtml(attr(attrs, "class"), attr(attrs, "style"), empty)) {
            out.append(PageBreaks.COMMAND).append("\n\n");
          }
        }
        case "tr", "dt", "dd", "figcaption", "caption" -> out.append(closing ? "\n\n" : "");
        case "td", "th" -> out.append(closing ? " " : "");
        case "br" -> out.append("  \n");
        case "ul", "ol" -> {
          listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
          out.append("\n\n");
        }
        case "li" -> {
          if (!closing) out.append("\n").append("  ".repeat(Math.min(8, Math.max(0, listDepth - 1)))).append("- ");
          else out.append("\n");
        }
        case "strong", "b" -> out.append("**");
        case "em", "i" -> out.append('*');
        case "s", "del", "strike" -> out.append("~~");
        case "code" -> {
          if (!inPre) out.append('`');
        }
        case "pre" -> {
          inPre = !closing;
          out.append(closing ? "\n```\n\n" : "\n\n```\n");
        }
        case "a" -> {
          if (closing) out.append("](").append(pendingHref(out)).append(')');
          else out.append("[").append(marker(attr(attrs, "href")));
        }
        case "img" -> {
          String src = attr(attrs, "src");
          if (src != null && !src.isBlank()) {
            String alt = attr(attrs, "alt");
            out.append("![").append(alt == null ? "" : escape(alt)).append("](<").append(src.strip()).append(">)");
          }
        }
        default -> {
          // span, font, sup, sub, small, u, mark, ...: keep the text, drop the tag
        }
      }
    }
    out.append(inPre ? s.substring(last) : collapseIndent(s.substring(last), last == 0));
    if (inPre) out.append("\n```\n");
    // An <a> never closed leaves its href marker behind.
    return out.toString().replaceAll(MARK + "[^" + MARK + "]*" + MARK, "").replaceAll("\n{3,}", "\n\n");
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  /** HTML source is usually indented; in Markdown four spaces would start a code block. */
  private static String collapseIndent(String text, boolean atStart) {
    String s = text.replaceAll("(?<=\n)[ \t]+", "");
    return atStart ? s.stripLeading() : s;
  }

  /** Links are written after their text, so the href waits in a marker at the opening bracket. */
  private static final char MARK = '\uE000';

  private static String marker(String href) {
    return MARK + (href == null ? "" : href.strip().replace(String.valueOf(MARK), "")) + MARK;
  }

  private static String pendingHref(StringBuilder out) {
    int end = out.lastIndexOf(String.valueOf(MARK));
    if (end < 0) return "";
    int start = out.lastIndexOf(String.valueOf(MARK), end - 1);
    if (start < 0) return "";
    String href = out.substring(start + 1, end);
    out.delete(start, end + 1);
    return "<" + href.replace("<", "%3C").replace(">", "%3E") + ">";
  }

  private static String attr(String attrs, String name) {
    Matcher m = ATTR.matcher(attrs);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(name)) {
        return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      }
    }
    return null;
  }

  private static String escape(String alt) {
    return alt.replace("[", "\\[").replace("]", "\\]");
  }
}
