package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character no font can draw is never drawn silently as a box: it is named, placed and explained. */
class GlyphCoverageTest {
  @TempDir Path dir;

  @Test
  void characterWithoutAnyFontIsAPositionedWarning() throws Exception {
    Path md = dir.resolve("cv.md");
    // A supplementary private-use character: no font anywhere assigns it a glyph.
    Files.writeString(md, "# Ada\n\n## Work\n\nMark \uDBFF\uDFFD here.\n");
    Rendered r = Cvpress.render(md, Options.defaults());
    List<Diagnostic> glyphs = r.warnings().stream().filter(w -> w.code() == Code.MISSING_GLYPH).toList();
    assertEquals(1, glyphs.size(), r.warnings().toString());
    Diagnostic w = glyphs.get(0);
    assertTrue(w.message().contains("U+10FFFD"), w.message());
    assertEquals(5, w.pos().line());
    assertEquals(6, w.pos().column());
    assertTrue(w.hint().contains("apt install"), w.hint());
    assertTrue(r.pdf().length > 0, "the document still renders");
  }

  @Test
  void bundledFontsCoverLatinGreekCyrillicHebrewArabic() throws Exception {
    Path md = dir.resolve("cv.md");
    Files.writeString(md, "# Zoë Ødegård\n\n## Work\n\nΑθήνα, Москва, תל אביב, القاهرة, Tehran تهران.\n");
    Rendered r = Cvpress.render(md, Options.defaults());
    assertEquals(List.of(), r.warnings());
  }
}
