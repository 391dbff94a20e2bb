package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import dev.cvpress.transform.Redaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a run asks before rendering ({@link Cvpress#refusals}) is what the writers then do: for a résumé and for a
 * cover letter, every format and a redaction are refused by both or by neither, at the same place. A refusal lifted
 * in one and not the other fails here.
 */
class RefusalsTest {
  private static final Path LETTER = Path.of("examples", "letter.md");
  private static final Path RESUME = Path.of("src", "test", "resources", "variants", "tagged.md");

  /** What the writer says of each format: the refusal thrown, or null when it writes. */
  private static List<Diagnostic> writers(Rendered rendered) {
    List<Diagnostic> said = new ArrayList<>();
    for (OutputFormat format : OutputFormat.values()) {
      try {
        format.write(rendered, 40);
        said.add(null);
      } catch (CvpressException e) {
        said.add(e.diagnostics().get(0));
      }
    }
    return said;
  }

  private static void agree(Path file) throws Exception {
    Cvpress.Input input = Cvpress.Input.read(file);
    List<Diagnostic> written = writers(Cvpress.render(input, Options.defaults()));
    OutputFormat[] formats = OutputFormat.values();
    for (int i = 0; i < formats.length; i++) {
      List<Diagnostic> planned = Cvpress.refusals(input, Options.defaults(), List.of(formats[i]));
      Diagnostic writer = written.get(i);
      assertEquals(writer == null, planned.isEmpty(), file + " as " + formats[i].id() + ": the plan says "
          + planned + ", the writer " + writer);
      if (writer != null) {
        assertEquals(writer.message(), planned.get(0).message());
        assertEquals(writer.pos(), planned.get(0).pos());
      }
    }
    Options redacted = Options.builder().redact(Redaction.Mode.INITIALS).build();
    List<Diagnostic> planned = Cvpress.refusals(input, redacted, List.of());
    Diagnostic renderer;
    try {
      Cvpress.render(input, redacted);
      renderer = null;
    } catch (CvpressException e) {
      renderer = e.diagnostics().get(0);
    }
    assertEquals(renderer == null, planned.isEmpty(), file + " redacted: the plan says " + planned + ", the"
        + " renderer " + renderer);
    if (renderer != null) assertEquals(renderer.pos(), planned.get(0).pos());
  }

  @Test
  void aResumesPlanAndItsWritersAgree() throws Exception {
    agree(RESUME);
    assertTrue(Cvpress.refusals(Cvpress.Input.read(RESUME), Options.defaults(), List.of(OutputFormat.values()))
        .isEmpty(), "a résumé is written in every format");
  }

  @Test
  void aCoverLettersPlanAndItsWritersAgree() throws Exception {
    agree(LETTER);
    assertEquals(2, Cvpress.letterType(Cvpress.Input.read(LETTER)).line(), "`type: letter` is on line 2");
  }
}
