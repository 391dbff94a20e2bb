package dev.cvpress.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads VitePress, VuePress and Docusaurus custom containers ({@code ::: tip Contact} … {@code :::}) as their
 * content: the marker lines go, a title written after the kind stays as a bold line of its own. Pages written for
 * those sites use containers for boxed notes; without this, the colons and the kind would be printed as text.
 * Every line keeps its length, so offsets in the text stay offsets in the file.
 */
final class Containers {
  private Containers() {}

  /** {@code :::kind title}, {@code ::: kind}, {@code :::} (more colons nest); at most three spaces of indent. */
  private static final Pattern MARKER = Pattern.compile("^( {0,3}):{3,}[ \\t]*([A-Za-z][\\w-]*)?[ \\t]*(.*?)[ \\t]*$");

  static void read(StringBuilder markdown) {
    if (markdown.indexOf(":::") < 0) return;
    String fence = null;
    for (int start = 0; start < markdown.length(); ) {
      int end = markdown.indexOf("\n", start);
      if (end < 0) end = markdown.length();
      String line = markdown.substring(start, end);
      String lead = line.stripLeading();
      if (fence != null) {
        if (lead.startsWith(fence)) fence = null;
      } else if (lead.startsWith("```") || lead.startsWith("~~~")) {
        fence = lead.substring(0, 3);
      } else if (lead.startsWith(":::")) {
        Matcher m = MARKER.matcher(line);
        if (m.matches() && (m.group(2) != null || m.group(3).isEmpty())) {
          String title = m.group(3);
          // A title set bold, ended by two spaces (a line break) so that the content starts on a line of its own.
          String kept = !title.isEmpty() && title.length() + 6 <= line.length() && !title.startsWith("{")
              ? "**" + title + "**  " : "";
          markdown.replace(start, end, kept + " ".repeat(line.length() - kept.length()));
        }
      }
      start = end + 1;
    }
  }
}
