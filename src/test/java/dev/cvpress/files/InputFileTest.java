package dev.cvpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
  @TempDir Path dir;

  @Test
  void noStyleSheetIsNoCss() throws Exception {
    assertEquals("", InputFile.styleSheet(null, 100));
  }

  @Test
  void aStyleSheetComesUnderACommentNamingIt() throws Exception {
    Path css = Files.writeString(dir.resolve("extra.css"), "h2 { color: teal; }");
    assertEquals("\n/* extra.css */\nh2 { color: teal; }", InputFile.styleSheet(css, 100));
  }

  @Test
  void aMissingOrOversizedStyleSheetIsAnError() throws Exception {
    CvpressException missing = assertThrows(CvpressException.class,
        () -> InputFile.styleSheet(dir.resolve("gone.css"), 100));
    assertEquals("style sheet not found", missing.diagnostics().get(0).message());
    Path big = Files.writeString(dir.resolve("big.css"), "x".repeat(2048));
    CvpressException tooLarge = assertThrows(CvpressException.class, () -> InputFile.styleSheet(big, 1024));
    assertTrue(tooLarge.diagnostics().get(0).message().contains("too large for a style sheet"),
        tooLarge.diagnostics().get(0).message());
  }

  @Test
  void aFolderIsNotRead() {
    CvpressException e = assertThrows(CvpressException.class, () -> InputFile.read(dir, 100, "style sheet", null));
    assertEquals("is a directory, not a style sheet", e.diagnostics().get(0).message());
  }
}
