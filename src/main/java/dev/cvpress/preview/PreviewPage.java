package dev.cvpress.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The preview's one web page and its state as JSON. The page is sent with the current pages and problems already
 * in it (it shows them without running a script); its script then follows the server's events and redraws from
 * {@code /state} after each render.
 */
final class PreviewPage {
  private static final String TEMPLATE = template();

  private PreviewPage() {}

  static String html(Snapshot s, String title) {
    return TEMPLATE.replace("{{title}}", escape(title)).replace("{{version}}", Long.toString(s.version()))
        .replace("{{status}}", escape(status(s))).replace("{{body}}", body(s));
  }

  /** What the header says of the pages shown; the script writes the same words. */
  private static String status(Snapshot s) {
    if (s.pages().isEmpty()) return "render " + s.version() + " failed: no pages yet";
    if (s.pagesFrom() != s.version()) return "render " + s.version() + " failed: pages of render " + s.pagesFrom();
    return "render " + s.version();
  }

  /** The problems and pages as the script draws them too. */
  private static String body(Snapshot s) {
    StringBuilder b = new StringBuilder();
    b.append("<ul id=\"problems\">");
    for (Snapshot.Problem p : s.problems()) {
      b.append("<li class=\"").append(escape(p.severity())).append("\"><b>").append(escape(where(p)))
          .append(' ').append(escape(p.severity())).append(":</b> ").append(escape(p.message()));
      if (p.sourceLine() != null) b.append("<pre>").append(escape(p.sourceLine())).append("</pre>");
      if (p.hint() != null) b.append("<div class=\"hint\">hint: ").append(escape(p.hint())).append("</div>");
      b.append("</li>");
    }
    b.append("</ul><div id=\"pages\">");
    for (int i = 1; i <= s.pages().size(); i++) {
      b.append("<img alt=\"page ").append(i).append("\" src=\"/page/").append(s.pagesFrom()).append('/').append(i)
          .append(".png\">");
    }
    return b.append("</div>").toString();
  }

  private static String where(Snapshot.Problem p) {
    if (p.line() <= 0) return p.file() + ":";
    return p.file() + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") + ":";
  }

  static String json(Snapshot s) {
    StringBuilder b = new StringBuilder("{\"version\":").append(s.version()).append(",\"pages\":")
        .append(s.pages().size()).append(",\"problems\":[");
    // pagesFrom goes last, so that the page's script and a reader of the start of the object see the same.
    for (int i = 0; i < s.problems().size(); i++) {
      Snapshot.Problem p = s.problems().get(i);
      if (i > 0) b.append(',');
      b.append("{\"severity\":").append(string(p.severity())).append(",\"where\":").append(string(where(p)))
          .append(",\"line\":").append(p.line()).append(",\"column\":").append(p.column())
          .append(",\"message\":").append(string(p.message()))
          .append(",\"hint\":").append(p.hint() == null ? "null" : string(p.hint()))
          .append(",\"source\":").append(p.sourceLine() == null ? "null" : string(p.sourceLine())).append('}');
    }
    return b.append("],\"pagesFrom\":").append(s.pagesFrom()).append('}').toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == '<') b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  private static String template() {
    try (InputStream in = PreviewPage.class.getResourceAsStream("preview.html")) {
      if (in == null) throw new IllegalStateException("preview.html is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
