package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import dev.cvpress.transform.Redaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redacted PDF carries none of the person's data anywhere in its bytes (every stream decompressed by qpdf), in
 * its text or in its attachments; employers, dates and content stay.
 */
class RedactedPdfTest {
  @TempDir Path dir;

  /** Every personal datum of the reference résumé, as written and as a searcher would try it. */
  private static final List<String> PERSONAL = List.of("Jane", "Doe", "jane@example.com", "example.com",
      "+1 555 010 2030", "555 010 2030", "5550102030", "janedoe", "github.com/janedoe", "linkedin.com/in/janedoe");

  private Path resumeWithDataInItsText() throws Exception {
    String md = Files.readString(Path.of("examples/jane-doe.md"), StandardCharsets.UTF_8)
        .replace("and mentor senior engineers.", "and mentor senior engineers. Jane Doe answers at"
            + " jane@example.com or +1 555 010 2030; see [my GitHub](https://github.com/janedoe).");
    return Files.writeString(dir.resolve("cv.md"), md, StandardCharsets.UTF_8);
  }

  private static String decompressed(Path dir, byte[] pdf) throws Exception {
    boolean qpdf = false;
    for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, "qpdf"))) qpdf = true;
    }
    assumeTrue(qpdf, "qpdf is not installed");
    Path in = Files.write(dir.resolve("in.pdf"), pdf);
    Path out = dir.resolve("qdf.pdf");
    Process p = new ProcessBuilder(List.of("qpdf", "--qdf", "--object-streams=disable", in.toString(),
        out.toString())).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
  }

  @Test
  void theUnredactedPdfCarriesEveryDatumSoTheSearchCanFindThem() throws Exception {
    Rendered r = Cvpress.render(resumeWithDataInItsText(), Options.defaults());
    String bytes = decompressed(dir, r.pdf()).toLowerCase(Locale.ROOT);
    for (String datum : List.of("jane doe", "jane@example.com", "+1 555 010 2030", "github.com/janedoe")) {
      assertTrue(bytes.contains(datum), datum);
    }
  }

  @Test
  void noPersonalDatumIsLeftInTheBytesTextOrAttachments() throws Exception {
    for (Redaction.Mode mode : Redaction.Mode.values()) {
      Rendered r = Cvpress.render(resumeWithDataInItsText(), Options.builder().redact(mode).build());
      String bytes = decompressed(dir, r.pdf()).toLowerCase(Locale.ROOT);
      PdfText text = PdfText.read(r.pdf());
      String words = (text.inDrawingOrder() + "\n" + text.byPosition() + "\n" + r.text() + "\n" + r.html()
          + "\n" + r.webHtml()).toLowerCase(Locale.ROOT);
      for (String datum : PERSONAL) {
        String d = datum.toLowerCase(Locale.ROOT);
        assertFalse(bytes.contains(d), mode + ": `" + datum + "` in the PDF's bytes");
        assertFalse(words.contains(d), mode + ": `" + datum + "` in the text");
      }
      assertEquals(List.of(), Cvpress.embeddedFiles(r.pdf()), "no source travels with a redacted PDF");
      String shown = mode == Redaction.Mode.INITIALS ? "J. D." : Redaction.PLACEHOLDER_NAME;
      assertTrue(text.byPosition().startsWith(shown), text.byPosition());
      // Employers, dates and content stay.
      for (String kept : List.of("Acme Corp", "Jan 2020", "Globex Logistics", "Trinity College Dublin",
          "Berlin, Germany", "PostgreSQL")) {
        assertTrue(text.byPosition().contains(kept), kept);
      }
      assertTrue(text.byPosition().replaceAll("\\s+", " ").contains(shown + " answers at "
          + Redaction.REMOVED + " or " + Redaction.REMOVED), text.byPosition());
    }
  }
}
