package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in TOML front matter are placed where they are written, as YAML's are: a value in a {@code [style]}
 * table at its value, a key at its line, a value given per language at that value.
 */
class TomlFrontMatterTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("t.md"), text, StandardCharsets.UTF_8);
  }

  private static String at(Diagnostic d) {
    return d.pos().line() + ":" + d.pos().column();
  }

  @Test
  void anUnknownThemeInTheStyleTableIsPlacedAtItsValue() throws Exception {
    Path cv = write("+++\nname = \"Jo\"\n[style]\ntheme = \"modren\"\n+++\n# Jo\n");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(cv, Options.defaults()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Code.UNKNOWN_THEME, d.code());
    assertEquals("4:9", at(d), d.format());
  }

  @Test
  void everyBadStyleValueIsPlacedAtItsLine() throws Exception {
    Path table = write("+++\nname = \"Jo\"\n[style]\n  font-size = \"huge\"\ncolour = \"red\"\n+++\n# Jo\n");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(table, Options.defaults()));
    List<String> where = e.diagnostics().stream().map(d -> d.code() + " " + at(d)).sorted().toList();
    assertEquals(List.of("BAD_STYLE_VALUE 4:15", "UNKNOWN_STYLE_OPTION 5:10"), where, e.getMessage());

    Path dotted = write("+++\nname = \"Jo\"\nstyle.paper = \"a9\"\n+++\n# Jo\n");
    e = assertThrows(CvpressException.class, () -> Cvpress.render(dotted, Options.defaults()));
    assertEquals(List.of("BAD_STYLE_VALUE 3:15"), e.diagnostics().stream().map(d -> d.code() + " " + at(d)).toList());
  }

  @Test
  void valuesAndKeysOutsideTheStyleTableArePlacedToo() throws Exception {
    Rendered r = Cvpress.render(write("+++\nname = \"Jo\"\nlanguages = [\"en\"]\nemail = \"nobody\"\n"
        + "[title]\nen = \"Engineer\"\nde = \"Ingenieur\"\n+++\n# Jo\n"), Options.defaults());
    List<String> where = r.warnings().stream().map(d -> at(d) + " " + d.message()).toList();
    assertTrue(where.stream().anyMatch(w -> w.startsWith("4:9 email address `nobody`")), where.toString());
    assertTrue(where.stream().anyMatch(w -> w.startsWith("7:6 `title` has a value in `de`")), where.toString());
  }
}
