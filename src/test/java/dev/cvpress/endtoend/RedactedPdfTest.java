package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.model.Resume;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import dev.cvpress.transform.Redaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redacted PDF carries none of the person's data anywhere in its bytes (every stream decompressed by qpdf, so
 * link annotations and metadata too), in its text or in its attachments, nor does the HTML, the text or the Word
 * document written from the same copy; employers, dates and content stay. The résumé is written to be hard: the
 * name with a middle initial in the front matter and in parts, orders and letter cases in the body, handles,
 * links under the person's profiles and site. A control renders it unredacted and finds every datum, so that the
 * searches can fail.
 */
class RedactedPdfTest {
  @TempDir Path dir;

  /** The name's words: searched as whole words, so that Janet Doerr, who is someone else, may stay. */
  private static final List<String> NAME_WORDS = List.of("jane", "doe");
  /** Addresses and handles: searched anywhere, even inside other words. */
  private static final List<String> ADDRESSES = List.of("jane.doe@example.com", "example.com", "+1 555 010 2030",
      "555 010 2030", "5550102030", "janedoe", "jane.doe", "github.com/janedoe", "linkedin.com/in/janedoe",
      "janedoe.dev", "gitlab.com/janedoe", "jane_d", "@jane@hachyderm", "jane-doe/cv");

  /** What the body says about the person, every way a hostile reader found the data to survive. */
  private static final String WRITTEN_ABOUT = " Jane led the migration; Ms Doe wrote its plan, signed DOE, JANE."
      + " Jane's team kept jane doe's notes. Reach @janedoe, see github.com/janedoe/tool,"
      + " [my tool](https://github.com/janedoe/tool), <https://gitlab.com/janedoe/infra>, [the blog post]"
      + "(https://janedoe.dev/posts/1), [mail](mailto:jane.doe@example.com), [call](tel:+15550102030) or"
      + " +1 555 010 2030. Jane Doe answers there. Janet Doerr reviewed it."
      + " Thanks to Ms Doe, Jane Smith. See [frag](#doe), <mailto:jd@x.example>, HTTPS://EXAMPLE.COM/JANE-DOE/CV,"
      + " @jane@hachyderm.io or @jane_d.";

  /** The reference résumé with its person in the front matter (a middle initial) and written about in its text. */
  private Path hostileResume() throws Exception {
    String body = Files.readString(Path.of("examples/jane-doe.md"), StandardCharsets.UTF_8);
    body = body.substring(body.indexOf("## Summary"))
        .replace("and mentor senior engineers.", "and mentor senior engineers." + WRITTEN_ABOUT);
    return Files.writeString(dir.resolve("cv.md"), """
        ---
        name: Jane Q. Doe
        headline: Staff Software Engineer
        email: jane.doe@example.com
        phone: +1 555 010 2030
        location: Berlin, Germany
        website: https://janedoe.dev
        github: janedoe
        linkedin: janedoe
        ---

        """ + body, StandardCharsets.UTF_8);
  }

  private Path hostileLetter() throws Exception {
    hostileResume();
    String letter = Files.readString(Path.of("examples/letter.md"), StandardCharsets.UTF_8)
        .replace("resume: jane-doe.md", "resume: cv.md")
        .replace("I am writing to apply", "Jane Doe here. DOE, JANE; see github.com/janedoe/tool or"
            + " [write](mailto:jane.doe@example.com). I am writing to apply");
    return Files.writeString(dir.resolve("letter.md"), letter, StandardCharsets.UTF_8);
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

  /** Every place an output holds text, lower case, each under its name. */
  private List<String[]> outputs(Rendered r) throws Exception {
    PdfText text = PdfText.read(r.pdf());
    List<String[]> out = new ArrayList<>(List.of(new String[] {"the PDF's bytes", decompressed(dir, r.pdf())},
        new String[] {"the PDF's text", text.inDrawingOrder() + "\n" + text.byPosition()},
        new String[] {"the text output", r.text()}, new String[] {"the HTML", r.html() + "\n" + r.webHtml()}));
    if (r.document() instanceof Resume) {
      // Every part of the Word document: its body, its hyperlink relationships, its properties.
      byte[] docx = OutputFormat.DOCX.write(r, 110).get(0);
      StringBuilder parts = new StringBuilder();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          parts.append(e.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      out.add(new String[] {"the Word document", parts.toString()});
    }
    for (String[] o : out) o[1] = o[1].toLowerCase(Locale.ROOT);
    return out;
  }

  /** Where each datum is found: "jane in the HTML" and so on; empty when none is. */
  private static List<String> found(List<String[]> outputs) {
    List<String> found = new ArrayList<>();
    for (String[] o : outputs) {
      for (String word : NAME_WORDS) {
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])").matcher(o[1]).find()) {
          found.add(word + " in " + o[0]);
        }
      }
      for (String address : ADDRESSES) if (o[1].contains(address)) found.add(address + " in " + o[0]);
    }
    return found;
  }

  @Test
  void theUnredactedCopyCarriesEveryDatumSoTheSearchFindsThem() throws Exception {
    List<String> found = found(outputs(Cvpress.render(hostileResume(), Options.defaults())));
    for (String datum : ADDRESSES.subList(0, 4)) {
      for (String where : List.of("the PDF's text", "the text output", "the HTML", "the Word document")) {
        assertTrue(found.contains(datum + " in " + where), datum + " in " + where + ": " + found);
      }
    }
    for (String datum : List.of("jane", "doe", "janedoe", "github.com/janedoe", "gitlab.com/janedoe", "janedoe.dev")) {
      for (String where : List.of("the PDF's bytes", "the text output", "the HTML", "the Word document")) {
        assertTrue(found.contains(datum + " in " + where), datum + " in " + where + ": " + found);
      }
    }
  }

  @Test
  void noPersonalDatumIsLeftInAnyOutputAndTheTextStillReads() throws Exception {
    for (Redaction.Mode mode : Redaction.Mode.values()) {
      Rendered r = Cvpress.render(hostileResume(), Options.builder().redact(mode).build());
      assertEquals(List.of(), found(outputs(r)), mode.toString());
      assertEquals(List.of(), Cvpress.embeddedFiles(r.pdf()), "no source travels with a redacted PDF");
      String shown = mode == Redaction.Mode.INITIALS ? "J. Q. D." : Redaction.PLACEHOLDER_NAME;
      String pdf = PdfText.read(r.pdf()).byPosition();
      assertTrue(pdf.startsWith(shown), pdf);
      String said = r.text().replaceAll("\\s+", " ");
      // Each part of the name, in any order and case, became the name as shown; links to the person went,
      // address and words, unless the words said something else; someone whose name merely contains it stays.
      for (String part : List.of(shown + " led the migration; Ms " + shown + " wrote its plan, signed " + shown
          + (shown.endsWith(".") ? "" : "."),
          shown + "'s team kept " + shown + "'s notes.", "Reach " + Redaction.REMOVED + ", see "
              + Redaction.LINK_REMOVED + ", my tool, " + Redaction.LINK_REMOVED + ", the blog post, mail, call or " + Redaction.REMOVED + ". " + shown
              + " answers there. Janet Doerr reviewed it.",
          "Thanks to Ms " + shown + ", " + shown + " Smith. See frag, " + Redaction.LINK_REMOVED + ", "
              + Redaction.LINK_REMOVED + ", " + Redaction.REMOVED + " or " + Redaction.REMOVED + ".")) {
        assertTrue(said.contains(part), part + " in: " + said);
        assertTrue(pdf.replaceAll("\\s+", " ").contains(part.substring(0, 20)), part + " in the PDF: " + pdf);
      }
      // Employers, dates, content and the city stay, and so do the employers' links.
      for (String kept : List.of("Acme Corp", "Jan 2020", "Globex Logistics", "Trinity College Dublin",
          "Berlin, Germany", "PostgreSQL")) {
        assertTrue(pdf.contains(kept), kept);
      }
      assertTrue(r.html().contains("href=\"https://acme.example\""), "an employer's link stays");
    }
  }

  @Test
  void aRedactedLetterLosesItsSenderAndKeepsItsRecipient() throws Exception {
    Path letter = hostileLetter();
    List<String> named = found(outputs(Cvpress.render(letter, Options.defaults())));
    for (String datum : List.of("jane in the PDF's text", "doe in the text output", "janedoe in the HTML",
        "jane.doe@example.com in the PDF's text", "github.com/janedoe in the text output")) {
      assertTrue(named.contains(datum), datum + ": " + named);
    }
    Rendered r = Cvpress.render(letter, Options.builder().redact(Redaction.Mode.INITIALS).build());
    assertEquals(List.of(), found(outputs(r)));
    assertEquals(List.of(), Cvpress.embeddedFiles(r.pdf()), "no source travels with a redacted letter");
    String pdf = PdfText.read(r.pdf()).byPosition().replaceAll("\\s+", " ");
    assertTrue(pdf.startsWith("J. Q. D."), pdf);
    assertTrue(pdf.contains("J. Q. D. here. J. Q. D.; see " + Redaction.LINK_REMOVED + " or write. I am writing"
        + " to apply"), pdf);
    // The recipient is the reader, not the candidate: their block stays as written, and so does the salutation.
    for (String kept : List.of("Priya Raman Director of Engineering Initech GmbH Friedrichstraße 123 10117 Berlin",
        "Dear Ms Raman,", "Application for the Staff Platform Engineer position (ref. PE-2026-14)")) {
      assertTrue(pdf.contains(kept), kept + " in: " + pdf);
    }
    // The signature under the closing is the name as shown.
    assertTrue(pdf.strip().endsWith("Kind regards, J. Q. D."), pdf);
  }
}
