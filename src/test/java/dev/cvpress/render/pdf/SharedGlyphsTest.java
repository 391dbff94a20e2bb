package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A glyph a face draws for two characters reads back as the one the text holds: the apostrophe, not ʼ. */
class SharedGlyphsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"classic", "modern"})
  void anApostropheReadsBackAsAnApostrophe(String theme) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"),
        "---\nname: Ada\n---\n\n## Work\n\nI don’t know; it’s Ada’s ‘own’ work.\n");
    String text = PdfInspect.text(Cvpress.render(cv, Options.builder().theme(theme).build()).pdf());
    assertTrue(text.contains("I don’t know; it’s Ada’s ‘own’ work."), text);
    assertFalse(text.contains("\u02bc") || text.contains("\u02bb"), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"classic", "modern"})
  void theModifierLetterItselfIsStillDrawn(String theme) throws Exception {
    // Hawaiʻi and the Hebrew-transliteration ʼ: drawn with the glyph they share, and read back as punctuation.
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada\n---\n\n## Work\n\nHawaiʻi\n");
    var r = Cvpress.render(cv, Options.builder().theme(theme).build());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    assertTrue(PdfInspect.text(r.pdf()).contains("Hawai"), PdfInspect.text(r.pdf()));
  }
}
