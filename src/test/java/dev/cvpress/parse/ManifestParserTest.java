package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manifests as text: every value keeps its position, and a path that leads out of the folder is refused there. */
class ManifestParserTest {
  private static List<ManifestParser.Output> parse(String yaml) throws CvpressException {
    return ManifestParser.parse("cvpress.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic refused(String yaml) {
    CvpressException e = assertThrows(CvpressException.class, () -> parse(yaml));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    return e.diagnostics().get(0);
  }

  @Test
  void eachValueKeepsItsPositionAndDefaultsKeepTheirs() throws Exception {
    ManifestParser.Output o = parse("defaults:\n  css: extra.css\noutputs:\n  - input: resume.md\n"
        + "    output: out/cv.pdf\n").get(0);
    assertEquals(new SourcePos("cvpress.yaml", 4, 12), o.at("input"));
    assertEquals(new SourcePos("cvpress.yaml", 5, 13), o.at("output"));
    assertEquals(new SourcePos("cvpress.yaml", 2, 8), o.at("css"), "a default is found where it is written");
    assertEquals(o.pos(), o.at("theme"), "a key that is not there points at its output");
  }

  @Test
  void absolutePathsAreRefusedAtTheirValue() {
    Diagnostic input = refused("outputs:\n  - input: /etc/hostname\n");
    Diagnostic output = refused("outputs:\n  - input: x.md\n    output: /etc/x.pdf\n");
    Diagnostic css = refused("outputs:\n  - input: x.md\n    css: /etc/x.css\n");
    Diagnostic theme = refused("outputs:\n  - input: x.md\n    theme: /etc/x.css\n");
    assertEquals(new SourcePos("cvpress.yaml", 2, 12), input.pos());
    assertEquals(new SourcePos("cvpress.yaml", 3, 13), output.pos());
    assertEquals(new SourcePos("cvpress.yaml", 3, 10), css.pos());
    assertEquals(new SourcePos("cvpress.yaml", 3, 12), theme.pos());
    for (Diagnostic d : List.of(input, output, css, theme)) {
      assertEquals(Code.OUTSIDE_FOLDER, d.code(), d.format());
      assertTrue(d.sourceLine() != null && d.sourceLine().contains("/etc/"), "the line is shown under the message");
    }
  }

  @Test
  void pathsThatClimbOutAreRefusedAndPathsThatStayInPass() throws Exception {
    Diagnostic output = refused("outputs:\n  - input: resume.md\n    output: ../../x.pdf\n");
    Diagnostic input = refused("outputs:\n  - input: a/../../x.md\n");
    Diagnostic theme = refused("outputs:\n  - input: resume.md\n    theme: ../t.css\n");
    assertEquals(new SourcePos("cvpress.yaml", 3, 13), output.pos());
    assertEquals(new SourcePos("cvpress.yaml", 2, 12), input.pos());
    assertEquals(new SourcePos("cvpress.yaml", 3, 12), theme.pos());
    for (Diagnostic d : List.of(output, input, theme)) assertEquals(Code.OUTSIDE_FOLDER, d.code(), d.format());
    assertEquals(1, parse("outputs:\n  - input: ./a/../resume.md\n    output: out/./x.pdf\n").size());
    assertEquals(1, parse("outputs:\n  - input: resume.md\n    theme: classic\n").size(), "a theme name is no path");
  }

  @Test
  void homeFoldersDrivesAndUrlsAreNotPathsInTheFolder() {
    assertEquals("is not a path inside the manifest's folder", ManifestParser.outsideFolder("~/cv.md"));
    assertEquals("is not a path inside the manifest's folder", ManifestParser.outsideFolder("C:\\cv.md"));
    assertEquals("is not a path inside the manifest's folder", ManifestParser.outsideFolder("file:///etc/x"));
    assertEquals("leads out of the manifest's folder", ManifestParser.outsideFolder("a\\..\\..\\cv.md"));
    assertNull(ManifestParser.outsideFolder("cv/2024/resume.md"));
    assertNull(ManifestParser.outsideFolder("~notes.md"), "a name that starts with ~ is still a name");
  }

  @Test
  void aRenderCvResumeIsSaidToBeNoManifest() {
    Diagnostic d = refused("# my CV\ncv:\n  name: Ada Lovelace\ndesign:\n  theme: classic\n");
    assertEquals(Code.NOT_A_MANIFEST, d.code());
    assertEquals(2, d.pos().line());
    assertEquals(1, d.pos().column());
    assertEquals("cvpress.yaml is a résumé (RenderCV), not a build manifest", d.message());
    assertTrue(d.hint().startsWith("render it with `cvpress cvpress.yaml`"), d.hint());
    // A manifest may hold a `cv:` of its own beside its outputs: it is still a manifest.
    assertEquals(1, assertDoesNotThrow(() -> parse("cv: notes\noutputs:\n  - input: a.md\n")).size());
  }
}
