package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import dev.cvpress.style.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text rule compares the PDF, read back, with the words the page shows: set as the rendering stage sets them
 * in every theme, so that a word that is there is never reported lost, and one that is lost is pointed at.
 */
class TextRulesTest {
  @TempDir Path dir;

  private List<String> problems(String markdown, String theme) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), markdown, StandardCharsets.UTF_8);
    return Cvpress.check(cv, Options.builder().theme(theme).build(), null, null).problems().stream()
        .map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
  }

  @Test
  void aContactLineWithALinkBesideAddressAndPhoneIsReadInTheOrderItIsSet() throws Exception {
    // Written link first and place last; every theme sets e-mail, phone, place, then the links.
    String cv = """
        # Ada Lovelace

        [site](https://ada.example.org) · ada@example.com · +44 20 7946 0000 · London

        ## Experience

        ### Analyst — Engines Ltd | 2018 – 2020

        - Wrote the first program.
        """;
    for (String theme : Theme.BUILT_IN) {
      assertEquals(List.of(), problems(cv, theme), theme);
      String text = PdfText.read(Cvpress.render(dir.resolve("cv.md"), Options.builder().theme(theme).build()).pdf())
          .byPosition();
      assertTrue(text.indexOf("London") < text.indexOf("site"), theme + ": the place before the link\n" + text);
    }
  }

  @Test
  void footnoteMarksInTheNameAndAnEntryHeadingAreNoLostWords() throws Exception {
    String cv = """
        # Ada Lovelace[^1]

        ada@example.com · +44 20 7946 0000 · London

        ## Experience

        ### Analyst[^2] — Engines Ltd | 2018 – 2020

        - Wrote the first program.

        ## Skills

        - Mathematics, poetry

        [^1]: Countess of Lovelace, born Augusta Ada Byron.
        [^2]: Unpaid, for Charles Babbage.
        """;
    for (String theme : Theme.BUILT_IN) {
      assertEquals(List.of(), problems(cv, theme), theme);
      String text = PdfText.read(Cvpress.render(dir.resolve("cv.md"), Options.builder().theme(theme).build()).pdf())
          .byPosition();
      assertTrue(text.contains("Lovelace¹") && text.contains("Babbage"), theme + ": the marks and notes are set\n" + text);
    }
  }

  @Test
  void aWordTheReadingLosesIsPointedAtWhereItIsWritten() throws Exception {
    String shown = """
        # Ada Lovelace

        ada@example.com

        ## Experience

        ### Analyst — Engines Ltd | 2018 – 2020

        - Wrote the first program.
        - Translated the notes.
        """;
    String checked = shown.replace("- Translated the notes.", "- Translated the zeppelin notes.");
    Path cv = Files.writeString(dir.resolve("cv.md"), checked, StandardCharsets.UTF_8);
    Path other = Files.writeString(dir.resolve("shown.md"), shown, StandardCharsets.UTF_8);
    // The model of one résumé against the PDF of another, which lacks one word of it.
    Rendered model = Cvpress.render(cv, Options.defaults());
    Rendered pdf = Cvpress.render(other, Options.defaults());
    List<Diagnostic> problems = Check.run(cv, new Check.Subject(model.resume(), pdf.pdf(), pdf.pages(), List.of(),
        Map.of(), checked), null);
    assertEquals(1, problems.size(), problems.toString());
    Diagnostic lost = problems.get(0);
    assertEquals(Code.TEXT_LOST, lost.code());
    assertEquals("10:18", lost.pos().line() + ":" + lost.pos().column(), lost.format());
    assertTrue(lost.message().contains("\"zeppelin\""), lost.message());
  }
}
