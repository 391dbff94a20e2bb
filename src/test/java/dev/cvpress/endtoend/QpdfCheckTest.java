package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * qpdf, a strict reader of PDF structure, finds no error and no warning in what cvpress writes: every theme, with
 * and without {@code --pdfa}, a script that needs a machine font, and a long document. Skipped where qpdf is not
 * installed (CI installs it).
 */
class QpdfCheckTest {
  @TempDir static Path dir;

  @BeforeAll
  static void qpdfIsInstalled() {
    boolean found = false;
    for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, "qpdf"))) found = true;
    }
    assumeTrue(found, "qpdf is not installed");
  }

  @ParameterizedTest(name = "{0} {1} pdfa={2}")
  @CsvSource({
    "examples/about-me.md, modern, false", "examples/about-me.md, modern, true",
    "examples/about-me.md, classic, false", "examples/about-me.md, classic, true",
    "examples/about-me.md, compact, false", "examples/about-me.md, compact, true",
    "examples/about-me.md, sidebar, false", "examples/about-me.md, sidebar, true",
    "src/test/resources/corpus/zh-hugo-yaml.md, modern, false",
    "src/test/resources/corpus/long.md, classic, true"})
  void qpdfFindsNothingWrong(String input, String theme, boolean pdfA) throws Exception {
    byte[] pdf = Cvpress.render(Path.of(input),
        Options.builder().theme(theme).pdfA(pdfA).build()).pdf();
    Path file = dir.resolve(theme + "-" + pdfA + "-" + Path.of(input).getFileName() + ".pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder(List.of("qpdf", "--check", file.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
    // qpdf exits 0 when the file is clean, 3 when it has warnings, 2 on errors.
    assertEquals(0, p.exitValue(), out);
  }
}
