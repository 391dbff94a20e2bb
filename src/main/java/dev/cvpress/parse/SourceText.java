package dev.cvpress.parse;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A source file decoded to text with LF line endings, able to turn offsets into line and column. */
final class SourceText {
  /** Larger inputs are not résumés; refusing them keeps memory and time bounded. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  final String file;
  final String text;
  private final int[] lineStarts;

  private SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static SourceText of(String file, String text) {
    return new SourceText(file, normalise(text));
  }

  static SourceText decode(String file, byte[] bytes) throws CvpressException {
    SourcePos start = SourcePos.start(file);
    if (bytes.length > MAX_BYTES) {
      throw new CvpressException(Diagnostic.error(Code.FILE_TOO_LARGE, start,
          "file is too large for a résumé (more than " + MAX_BYTES / (1024 * 1024) + " MB)",
          "check that this is the right file"));
    }
    if (bytes.length == 0) throw empty(start);
    int offset = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else {
      String other = Encodings.utf16or32(bytes);
      if (other != null) {
        throw new CvpressException(Diagnostic.error(Code.NOT_UTF8, start, "file is " + other + "; cvpress reads UTF-8",
            "save the file as UTF-8 (most editors have an \"encoding\" option), or convert it: "
                + Encodings.iconv(other, file)));
      }
    }
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new CvpressException(Diagnostic.error(Code.BINARY_FILE, new SourcePos(file, lineOf(bytes, i), 1),
            "file holds binary data (a NUL byte at byte offset " + i + "), not Markdown text",
            "pass the Markdown source of the résumé, not a PDF, image or word-processor file"));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String text;
    try {
      text = decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int bad = in.position();
      throw new CvpressException(Encodings.notUtf8(file, bytes, offset, bad));
    }
    if (isBlank(text)) throw empty(start);
    return new SourceText(file, normalise(text));
  }

  private static CvpressException empty(SourcePos start) {
    return new CvpressException(Diagnostic.error(Code.EMPTY_FILE, start, "file is empty",
        "write the résumé in Markdown; `cvpress init` writes a starter"));
  }

  /** Nothing to show: spaces, line breaks, byte-order marks and invisible format characters only. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) return false;
    }
    return true;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
    return line;
  }

  private static String normalise(String s) {
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  SourcePos pos(int offset) {
    int line = lineIndex(offset);
    return new SourcePos(file, line + 1, offset - lineStarts[line] + 1);
  }

  SourcePos pos(int line, int column) {
    return new SourcePos(file, line, column);
  }

  /** The offset at which a line (from 1) starts; the text's length past the last line. */
  int offsetOfLine(int line) {
    if (line < 1) return 0;
    return line > lineStarts.length ? text.length() : lineStarts[line - 1];
  }

  String line(int line) {
    if (line < 1 || line > lineStarts.length) return null;
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, end);
  }

  /** A diagnostic at a position of this file, with the source line attached for the caret display. */
  Diagnostic at(Diagnostic d) {
    int line = d.pos().line();
    if (!d.pos().file().equals(file) || line < 1 || line > lineStarts.length) return d;
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return d.withSourceLine(java.nio.CharBuffer.wrap(text, start, end));
  }

  private int lineIndex(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
