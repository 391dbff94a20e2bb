package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import dev.cvpress.style.Theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo, Jekyll and VitePress pages carry front-matter keys of their own, some named like cvpress's style options.
 * Those never stop a render: a value cvpress cannot use is a warning at its line, and the default stands. Only the
 * {@code style:} block and the command line are cvpress's alone, and a bad value there is an error.
 */
class OtherToolsFrontMatterTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("about.md");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String pdfText(Rendered r) throws IOException {
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Diagnostic warningAt(Rendered r, int line) {
    return r.warnings().stream().filter(w -> w.pos().line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no warning at line " + line + ": " + r.warnings()));
  }

  @Test
  void aVitePressPageRendersWithTheDefaultTheme() throws Exception {
    Rendered r = Cvpress.render(write("""
        ---
        layout: doc
        theme: true
        sidebar: false
        aside: false
        outline: deep
        ---
        # Ada Lovelace

        ## Work

        Engines.
        """), Options.defaults());
    assertTrue(pdfText(r).contains("Engines."));
    Diagnostic theme = warningAt(r, 3);
    assertEquals(Code.UNKNOWN_THEME, theme.code());
    assertFalse(theme.isError(), "another tool's key: the default theme stands");
    assertTrue(theme.hint().contains("write it under `style:`"), theme.hint());
    assertTrue(r.html().contains(Theme.builtIn(Theme.DEFAULT).css().substring(0, 40)), "the default theme");
  }

  @Test
  void hugoAndJekyllKeysOfAnyTypeRender() throws Exception {
    Rendered r = Cvpress.render(write("""
        ---
        title: About me
        draft: true
        weight: 10
        menu: {main: {weight: 1}}
        permalink: /about/
        layout: post
        hide: [toc, footer]
        font: 12
        paper: yes
        accent: true
        fit-pages: true
        margins: [1, 2]
        theme: [a, b]
        style: custom.css
        ---
        # Ada

        ## Work

        Engines.
        """), Options.defaults());
    assertTrue(pdfText(r).contains("Engines."));
    Map<Integer, Code> expected = Map.of(8, Code.UNKNOWN_SECTION, 9, Code.BAD_STYLE_VALUE, 10, Code.BAD_STYLE_VALUE,
        11, Code.BAD_STYLE_VALUE, 12, Code.BAD_STYLE_VALUE, 13, Code.BAD_STYLE_VALUE, 14, Code.UNKNOWN_THEME,
        15, Code.FRONT_MATTER_VALUE_IGNORED);
    expected.forEach((line, code) -> {
      Diagnostic w = warningAt(r, line);
      assertEquals(code, w.code(), w.format());
      assertFalse(w.isError(), w.format());
    });
  }

  @Test
  void aTopLevelValueThatFitsIsUsed() throws Exception {
    Rendered r = Cvpress.render(write("---\npaper: letter\ntheme: classic\n---\n# Ada\n"),
        Options.defaults());
    assertEquals(List.of(), r.warnings());
    assertTrue(r.html().contains("size: letter"), "letter paper");
  }

  @Test
  void aBadValueInTheStyleBlockIsStillAnError() throws IOException {
    Path input = write("---\ntheme: true\nstyle:\n  paper: yes\n---\n# Ada\n");
    CvpressException e = assertThrows(CvpressException.class, () -> Cvpress.render(input, Options.defaults()));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.isError() && d.pos().line() == 4 && d.code() == Code.BAD_STYLE_VALUE, d.format());
    Path styleTheme = write("---\nstyle: {theme: true}\n---\n# Ada\n");
    CvpressException t = assertThrows(CvpressException.class,
        () -> Cvpress.render(styleTheme, Options.defaults()));
    assertEquals(Code.UNKNOWN_THEME, t.diagnostics().get(0).code(), t.getMessage());
    assertEquals(2, t.diagnostics().get(0).pos().line());
  }

  @Test
  void aBadValueOnTheCommandLineIsStillAnError() throws IOException {
    Path input = write("---\ntheme: true\n---\n# Ada\n");
    Options options = Options.builder().set(Map.of("theme", "nope")).build();
    assertThrows(CvpressException.class, () -> Cvpress.render(input, options));
  }
}
