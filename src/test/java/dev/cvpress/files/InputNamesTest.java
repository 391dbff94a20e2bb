package dev.cvpress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputNamesTest {
  @Test
  void everyMarkdownNameIsAnInput() {
    for (String name : new String[] {"cv.md", "cv.markdown", "cv.mdown", "notes.txt", "CV.MD"}) {
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
  }
}
