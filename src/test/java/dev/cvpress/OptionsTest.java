package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the options builder sets reaches the render. */
class OptionsTest {
  @TempDir Path dir;

  @Test
  void theBuilderSetsPaperAndFit() throws Exception {
    Path cv = write("cv.md", "# Ada\n\n## Work\n\n" + "- A line of work.\n".repeat(62));
    Rendered letter = Cvpress.render(cv, Options.builder().paper("letter").build());
    assertEquals(612, pageWidth(letter), 1);
    assertTrue(letter.pages() > 1, "the long résumé needs more than one page");
    Rendered fitted = Cvpress.render(cv, Options.builder().paper("letter").fitPages(1).build());
    assertEquals(1, fitted.pages());
    assertNotNull(fitted.fit());
    assertNull(letter.fit());
  }

  @Test
  void paperWinsOverTheSameOptionSetBeforeIt() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Options options = Options.builder().set(Map.of("style.paper", "a4")).paper("letter").build();
    assertEquals(612, pageWidth(Cvpress.render(cv, options)), 1);
  }

  @Test
  void builtOptionsDoNotChangeWithTheirBuilder() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Options.Builder builder = Options.builder().paper("letter");
    Options letter = builder.build();
    builder.paper("a4").set(Map.of("style.paper", "legal"));
    assertEquals(612, pageWidth(Cvpress.render(cv, letter)), 1);
  }

  @Test
  void tagsChooseTheVariant() throws Exception {
    Path cv = write("cv.md", "# Ada\n\n## Work\n\n- Kernel work {tags=backend}\n- Pixel work {tags=frontend}\n");
    String backend = PdfInspect.text(Cvpress.render(cv, Options.builder().tags(List.of("backend")).build()).pdf());
    assertTrue(backend.contains("Kernel work"), backend);
    assertFalse(backend.contains("Pixel work"), backend);
    String most = PdfInspect.text(Cvpress.render(cv, Options.builder().excludeTags(List.of("frontend")).build())
        .pdf());
    assertFalse(most.contains("Pixel work"), most);
  }

  private static float pageWidth(Rendered r) throws IOException {
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      return doc.getPage(0).getMediaBox().getWidth();
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
