package dev.cvpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputNamesTest {
  @Test
  void everyMarkdownNameIsAnInput() {
    for (String name : new String[] {"cv.md", "cv.markdown", "cv.mdown", "notes.txt", "CV.MD", "cv.json"}) {
      assertTrue(InputNames.isInput(name), name);
    }
    for (String name : new String[] {"cv.pdf", "cv.css", "md", "cv.md.bak", "cv"}) {
      assertFalse(InputNames.isInput(name), name);
    }
  }

  @Test
  void theStemLosesTheExtensionAsWritten() {
    assertEquals("cv", InputNames.stem("cv.md"));
    assertEquals("cv", InputNames.stem("cv.markdown"));
    assertEquals("cv", InputNames.stem("cv.mdown"));
    assertEquals("notes", InputNames.stem("notes.txt"));
    assertEquals("cv.v2", InputNames.stem("cv.v2.md"));
    assertEquals("cv.pdf", InputNames.stem("cv.pdf"));
  }

  @Test
  void aNameWithoutAnExtensionGetsTheFirst() {
    assertEquals("grace.md", InputNames.withExtension("grace"));
    assertEquals("cv.markdown", InputNames.withExtension("cv.markdown"));
    assertEquals("cv.v2.md", InputNames.withExtension("cv.v2"));
    // A new résumé is Markdown: a JSON name gets .md too.
    assertEquals("cv.json.md", InputNames.withExtension("cv.json"));
  }

  @Test
  void theExtensionNamesTheFormat() {
    assertEquals(InputNames.Format.MARKDOWN, InputNames.format("cv.md"));
    assertEquals(InputNames.Format.MARKDOWN, InputNames.format("notes.TXT"));
    assertEquals(InputNames.Format.JSON_RESUME, InputNames.format("resume.JSON"));
    assertEquals(null, InputNames.format("cv.pdf"));
    assertEquals("cv", InputNames.stem("cv.json"));
    assertEquals(InputNames.Format.JSON_RESUME, InputNames.Format.named("json"));
    assertEquals(InputNames.Format.MARKDOWN, InputNames.Format.named("MD"));
    assertEquals(null, InputNames.Format.named("yaml"));
  }

  @Test
  void withoutANameTheTextNamesTheFormat() {
    assertEquals(InputNames.Format.JSON_RESUME, InputNames.formatOf(bytes("\uFEFF  \n{\"basics\": {}}")));
    assertEquals(InputNames.Format.RENDERCV, InputNames.formatOf(bytes("# a comment\ncv:\n  name: Ada\n")));
    assertEquals(InputNames.Format.RENDERCV, InputNames.formatOf(bytes("---\ncv:  # the person\n  name: Ada\n")));
    assertEquals(InputNames.Format.MARKDOWN, InputNames.formatOf(bytes("# Ada Lovelace\n\n## Experience\n")));
    // Markdown with front matter, even one that has a `cv:` key, is Markdown.
    assertEquals(InputNames.Format.MARKDOWN, InputNames.formatOf(bytes("---\nname: Ada\n---\ncv:\n")));
    assertEquals(InputNames.Format.MARKDOWN, InputNames.formatOf(bytes("---\ncv: x\n---\n# Ada\n")));
    assertEquals(InputNames.Format.MARKDOWN, InputNames.formatOf(bytes("  cv:\n")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
