package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Meta;
import dev.cvpress.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which theme a résumé gets, from its front matter or the command line. */
class ThemesTest {
  @TempDir Path dir;
  private final List<Diagnostic> warnings = new ArrayList<>();

  /** A résumé in {@code dir} whose front matter names this theme at line 3 (top level or under style:). */
  private Meta meta(String theme, boolean topLevel) {
    if (theme == null) return new Meta("", "en", List.of(), null, Map.of(), Map.of());
    return new Meta("", "en", List.of(), null, Map.of("theme", theme),
        Map.of("theme", new SourcePos(dir.resolve("cv.md").toString(), 3, 8)), topLevel ? Set.of("theme") : Set.of(), Map.of());
  }

  private Theme choose(String theme, boolean topLevel) throws CvpressException {
    Meta meta = meta(theme, topLevel);
    return Themes.choose(Style.read(meta, dir), meta, false, warnings);
  }

  @Test
  void noThemeIsTheDefault() throws Exception {
    assertSame(Theme.builtIn(Theme.DEFAULT), choose(null, false));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aBuiltInByNameInAnyCase() throws Exception {
    assertSame(Theme.builtIn("compact"), choose("Compact", false));
  }

  @Test
  void anUnknownThemeIsAnErrorThatSuggestsTheNearest() {
    CvpressException e = assertThrows(CvpressException.class, () -> choose("clasic", false));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("unknown theme `clasic`", d.message());
    assertEquals(3, d.pos().line());
    assertTrue(d.hint().startsWith("did you mean `classic`? the themes are: " + String.join(", ", Theme.BUILT_IN)),
        d.hint());
  }

  @Test
  void aTopLevelThemeThatIsAnotherToolsIsAWarningAndTheDefaultStands() throws Exception {
    assertSame(Theme.builtIn(Theme.DEFAULT), choose("true", true));
    assertEquals(1, warnings.size(), warnings.toString());
    assertFalse(warnings.get(0).isError());
    assertTrue(warnings.get(0).message().startsWith("unknown theme `true`; ignored"), warnings.get(0).message());
  }

  @Test
  void aStyleSheetInTheResumesFolder() throws Exception {
    Files.writeString(dir.resolve("mine.css"), "/*\n * name: Mine\n * accent: #123456\n */\nbody { color: #123456; }");
    Theme t = choose("mine.css", false);
    assertEquals("Mine", t.name());
    assertEquals("#123456", t.accent());
  }

  @Test
  void aStyleSheetOutsideTheResumesFolderIsNotReadFromTheFile(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("far.css"), "body { color: red; }");
    assertSame(Theme.builtIn(Theme.DEFAULT), choose(outside.toString(), false));
    assertEquals(1, warnings.size(), warnings.toString());
    String message = warnings.get(0).message();
    assertTrue(message.startsWith("theme not loaded: " + outside + " is outside the résumé's folder"), message);
  }

  @Test
  void aStyleSheetFromTheCommandLineMayBeAnywhere(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("far.css"), "body { color: red; }");
    Meta meta = new Meta("", "en", List.of(), null, Map.of("theme", outside.toString()),
        Map.of("theme", SourcePos.file("--set style.theme")));
    Theme t = Themes.choose(Style.read(meta, dir), meta, true, warnings);
    assertEquals("far", t.name());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aMissingStyleSheetIsAnError() {
    Diagnostic d = assertThrows(CvpressException.class, () -> choose("gone.css", false)).diagnostics().get(0);
    assertEquals("theme file not found: " + dir.resolve("gone.css"), d.message());
    assertTrue(d.hint().contains(String.join(", ", Theme.BUILT_IN)), d.hint());
  }

  @Test
  void anOversizedStyleSheetIsAnError() throws Exception {
    Files.write(dir.resolve("huge.css"), new byte[(int) Theme.MAX_CSS_BYTES + 1]);
    Diagnostic d = assertThrows(CvpressException.class, () -> choose("huge.css", false)).diagnostics().get(0);
    assertTrue(d.message().endsWith("is larger than 1024 KB"), d.message());
  }

  @Test
  void theFolderOfAFile() {
    assertEquals(dir.toAbsolutePath().normalize(), Themes.folder(dir.resolve("sub/../cv.md")));
  }
}
