package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.pdf.PdfText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Resume renders directly, as the Markdown {@code cvpress convert} writes from it: every value of the
 * official sample that a reader of a résumé would look for is in the PDF's text, and what cvpress says about the
 * file points at its line and column in the JSON.
 */
class JsonResumeRenderTest {
  private static final Path SAMPLE = Path.of("src/test/resources/jsonresume/sample.resume.json");
  /** Values that are addresses (shown as links), tool metadata, or not shown. */
  private static final Set<String> NOT_TEXT = Set.of("url", "image", "$schema", "canonical", "version",
      "lastModified", "type", "startDate", "endDate", "date", "releaseDate", "network", "username");

  @TempDir Path dir;

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static void strings(JsonNode node, String field, List<String> out) {
    if (node.isObject()) node.properties().forEach(e -> strings(e.getValue(), e.getKey(), out));
    else if (node.isArray()) node.forEach(v -> strings(v, field, out));
    else if (node.isTextual() && !node.asText().isBlank() && !NOT_TEXT.contains(field)) out.add(node.asText());
  }

  @Test
  void everyFieldOfTheOfficialSampleIsInThePdf() throws Exception {
    Rendered r = Cvpress.render(SAMPLE, Options.defaults());
    String text = words(PdfText.read(r.pdf()).inDrawingOrder());
    List<String> values = new ArrayList<>();
    strings(new ObjectMapper().readTree(Files.readAllBytes(SAMPLE)), "", values);
    assertTrue(values.size() > 40, "the sample's values: " + values.size());
    for (String v : values) assertTrue(text.contains(words(v)), "not in the PDF: " + v + "\n" + text);
    for (String profile : List.of("Twitter: neutralthoughts", "SoundCloud: dandymusicnl", "Dec 2013 – Dec 2014",
        "Jan 2012 – Jan 2013", "Jun 2011 – Jan 2014", "Nov 2014", "Oct 2014", "Aug 2016 – Aug 2016")) {
      assertTrue(text.contains(profile), "not in the PDF: " + profile + "\n" + text);
    }
  }

  @Test
  void whatCvpressSaysPointsIntoTheJsonFile() throws Exception {
    Path cv = dir.resolve("cv.json");
    Files.writeString(cv, """
        {
          "basics": { "name": "Ada Lovelace", "email": "ada@example.com" },
          "work": [
            { "name": "Analytical Engines", "position": "Programmer", "startDate": "1843-13" },
            { "name": "Babbage & Co", "position": "Analyst", "startDate": "2020", "endDate": "2018" }
          ],
          "projects": [ { "name": "Note G", "type": "publication" } ],
          "educaton": [ { "institution": "Private tutors" } ],
          "meta": { "x-editor": "settings of another tool, which are no concern of the résumé" }
        }
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    Diagnostic date = only(r.warnings(), Code.JSON_RESUME_VALUE);
    assertEquals(new SourcePos(cv.toString(), 4, 76), date.pos());
    assertEquals("/work/0/startDate: `1843-13` is not a date; shown as written", date.message());
    assertEquals("    { \"name\": \"Analytical Engines\", \"position\": \"Programmer\", \"startDate\": \"1843-13\" },",
        date.sourceLine());
    Diagnostic kept = only(r.warnings(), Code.FIELD_KEPT_ASIDE);
    assertEquals(new SourcePos(cv.toString(), 8, 15), kept.pos());
    assertEquals("`educaton` is not a JSON Resume field here, so cvpress does not show it", kept.message());
    assertEquals("did you mean `education`? `cvpress convert` keeps it in the Markdown it writes", kept.hint());
    // check's own rules, which read the model, point into the JSON too: the dates of the second job are reversed.
    Cvpress.CheckReport check = Cvpress.check(cv, Options.defaults(), null, null);
    Diagnostic reversed = only(check.problems(), Code.DATES_REVERSED);
    assertEquals(5, reversed.pos().line(), reversed.format());
    assertEquals(cv.toString(), reversed.pos().file());
  }

  private static Diagnostic only(List<Diagnostic> diagnostics, Code code) {
    List<Diagnostic> found = diagnostics.stream().filter(d -> d.code() == code).toList();
    assertEquals(1, found.size(), diagnostics.toString());
    return found.get(0);
  }
}
