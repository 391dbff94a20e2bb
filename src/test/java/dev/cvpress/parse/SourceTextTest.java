package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a file that is not UTF-8 Markdown text is named. */
class SourceTextTest {
  private static Diagnostic error(byte[] bytes) {
    return ResumeParserTest.error(bytes);
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyFile() {
    assertEquals(Code.EMPTY_FILE, error(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).code());
    assertEquals(Code.EMPTY_FILE, error("\uFEFF \n\t\n".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void invisibleCharactersAloneAreAnEmptyFile() {
    assertEquals(Code.EMPTY_FILE, error("\u200B\n\u00AD \u2060\n".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void utf32IsNamedByByteOrderMarkOrZeroBytes() {
    Diagnostic le = error("# Ada\n".getBytes(Charset.forName("UTF-32LE")));
    assertEquals("file is UTF-32LE; cvpress reads UTF-8", le.message());
    assertTrue(le.hint().contains("iconv -f UTF-32LE -t UTF-8 cv.md > cv-utf8.md"), le.hint());
    assertEquals("file is UTF-32BE; cvpress reads UTF-8",
        error("# Ada\n".getBytes(Charset.forName("UTF-32BE"))).message());
    byte[] bom = "\uFEFF# Ada\n".getBytes(Charset.forName("UTF-32LE"));
    assertEquals("file is UTF-32LE; cvpress reads UTF-8", error(bom).message());
  }

  @Test
  void utf16IsNamedWithItsByteOrder() {
    assertEquals("file is UTF-16LE; cvpress reads UTF-8",
        error("# Ada\n".getBytes(StandardCharsets.UTF_16LE)).message());
    assertEquals("file is UTF-16BE; cvpress reads UTF-8",
        error("# Ada\n".getBytes(StandardCharsets.UTF_16)).message(), "Java writes a big-endian mark");
  }

  @Test
  void latin1IsNamedWithTheLetterAndHowToConvert() {
    Diagnostic d = error("# Ada\n\nCaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("cv.md:3:4", d.pos().toString());
    assertEquals("file is not UTF-8; it looks like Latin-1 (Windows-1252): byte 0xE9 at byte offset 10 would be `é`",
        d.message());
    assertTrue(d.hint().startsWith("convert it: iconv -f WINDOWS-1252 -t UTF-8 cv.md > cv-utf8.md"), d.hint());
  }

  @Test
  void otherInvalidUtf8SaysWhereWithoutGuessing() {
    byte[] bytes = {'#', ' ', 'A', '\n', (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80};
    Diagnostic d = error(bytes);
    assertEquals("invalid UTF-8 at byte offset 4 (byte 0xF8)", d.message());
    assertEquals("cv.md:2:1", d.pos().toString());
  }
}
