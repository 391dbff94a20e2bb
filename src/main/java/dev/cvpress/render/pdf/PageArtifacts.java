package dev.cvpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Marks what a page draws outside the tagged content as an artifact. The engine paints an {@code @page} background
 * (the sidebar theme's tinted band) at the start of each page, outside any marked content; a tagged PDF (PDF/UA)
 * must say of everything it draws whether it is content or decoration, and a background is decoration. Pages with
 * nothing untagged are left as they are.
 */
final class PageArtifacts {
  private PageArtifacts() {}

  /** Operators that put marks on the page. */
  private static final Set<String> PAINTING = Set.of("Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh",
      "Tj", "TJ", "'", "\"", "BI");

  /** One operator with its operands. */
  private record Operation(List<Object> tokens, String name) {}

  static void mark(PDDocument doc) throws IOException {
    for (PDPage page : doc.getPages()) mark(doc, page);
  }

  private static void mark(PDDocument doc, PDPage page) throws IOException {
    if (!mayPaintUntagged(page)) return;
    List<Operation> operations = operations(new PDFStreamParser(page).parse());
    List<Object> out = new ArrayList<>();
    List<Operation> run = new ArrayList<>();
    int depth = 0;
    boolean changed = false;
    for (Operation op : operations) {
      boolean opens = op.name().equals("BDC") || op.name().equals("BMC");
      if (depth == 0 && !opens) {
        run.add(op);
        continue;
      }
      changed |= flush(run, out);
      if (opens) depth++;
      else if (op.name().equals("EMC")) depth = Math.max(0, depth - 1);
      out.addAll(op.tokens());
    }
    changed |= flush(run, out);
    if (!changed) return;
    PDStream contents = new PDStream(doc);
    try (OutputStream stream = contents.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(stream).writeTokens(out);
    }
    page.setContents(contents);
  }

  /**
   * Writes a run of untagged operations to {@code out}, its longest whole beginning (graphics states and text
   * objects closed within it) as an artifact when that paints; the rest, which sets up what comes next (a clip
   * left open for the content, say), as it is. Whether anything was marked.
   */
  private static boolean flush(List<Operation> run, List<Object> out) {
    int whole = 0;
    int states = 0;
    int texts = 0;
    for (int i = 0; i < run.size() && states >= 0 && texts >= 0; i++) {
      switch (run.get(i).name()) {
        case "q" -> states++;
        case "Q" -> states--;
        case "BT" -> texts++;
        case "ET" -> texts--;
        default -> { }
      }
      if (states == 0 && texts == 0) whole = i + 1;
    }
    boolean mark = run.subList(0, whole).stream().anyMatch(op -> PAINTING.contains(op.name()));
    if (mark) {
      out.add(COSName.ARTIFACT);
      out.add(Operator.getOperator("BMC"));
    }
    for (int i = 0; i < run.size(); i++) {
      if (mark && i == whole) out.add(Operator.getOperator("EMC"));
      out.addAll(run.get(i).tokens());
    }
    if (mark && whole == run.size()) out.add(Operator.getOperator("EMC"));
    run.clear();
    return mark;
  }

  /**
   * Whether the page's content may draw anything outside marked content: a quick scan of its bytes for a painting
   * operator at nesting depth 0. Most pages (every theme without a page background) have none, and are then left
   * as they are without building PDFBox's token objects for all their content, which cost more than the rest of
   * writing the page. Anything the scan does not expect (an inline image) counts as "may".
   */
  static boolean mayPaintUntagged(PDPage page) throws IOException {
    if (!page.hasContents()) return false;
    byte[] b;
    try (java.io.InputStream in = page.getContents()) {
      b = in.readAllBytes();
    }
    int depth = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (isSpace(c)) {
        i++;
      } else if (c == '%') {
        while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
      } else if (c == '(') {
        i = afterString(b, i);
      } else if (c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}') {
        if ((c == '<' || c == '>') && i + 1 < b.length && b[i + 1] == c) {
          i += 2; // a dictionary's << or >>
          continue;
        }
        if (c == '<') {
          while (i < b.length && b[i] != '>') i++; // a hex string
        }
        i++;
      } else {
        int start = i;
        i++;
        while (i < b.length && !isSpace(b[i] & 0xff) && !isDelimiter(b[i] & 0xff)) i++;
        if (c == '/' || c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) continue;
        String op = new String(b, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        switch (op) {
          case "BDC", "BMC" -> depth++;
          case "EMC" -> depth = Math.max(0, depth - 1);
          case "BI" -> {
            return true;
          }
          default -> {
            if (depth == 0 && PAINTING.contains(op)) return true;
          }
        }
      }
    }
    return false;
  }

  /** The index after the literal string that starts at {@code i} (balanced parentheses, backslash escapes). */
  private static int afterString(byte[] b, int i) {
    int open = 0;
    for (; i < b.length; i++) {
      if (b[i] == '\\') {
        i++;
      } else if (b[i] == '(') {
        open++;
      } else if (b[i] == ')' && --open == 0) {
        return i + 1;
      }
    }
    return i;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean isDelimiter(int c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
  }

  private static List<Operation> operations(List<Object> tokens) {
    List<Operation> out = new ArrayList<>();
    List<Object> pending = new ArrayList<>();
    for (Object token : tokens) {
      pending.add(token);
      if (token instanceof Operator op) {
        out.add(new Operation(List.copyOf(pending), op.getName()));
        pending.clear();
      }
    }
    if (!pending.isEmpty()) out.add(new Operation(List.copyOf(pending), ""));
    return out;
  }
}
