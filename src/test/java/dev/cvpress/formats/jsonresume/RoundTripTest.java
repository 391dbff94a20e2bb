package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.formats.Comparison;
import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trips as properties over every résumé the project has (every Markdown one, as
 * {@code ConversionRoundTripTest} finds them, and every JSON Resume): Markdown → JSON Resume → Markdown keeps every
 * field of the model; JSON Resume → Markdown → JSON Resume gives the same JSON Resume (empty values aside, and
 * {@code $schema}, which cvpress always writes); and converting adds nothing the official schema objects to.
 */
class RoundTripTest {
  static Stream<Path> markdown() throws Exception {
    return dev.cvpress.endtoend.ConversionRoundTripTest.markdown();
  }

  static Stream<Path> json() throws Exception {
    List<Path> all = new ArrayList<>(List.of(Path.of("src/test/resources/jsonresume/sample.resume.json")));
    try (Stream<Path> more = Files.list(Path.of("src/test/resources/jsonresume/resumes"))) {
      more.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
    }
    return all.stream();
  }

  static JsonResumes.MarkdownReader reader(String file) {
    return md -> ResumeParser.parse(file, md.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  static Resume parse(String file, String markdown) throws Exception {
    return reader(file).read(markdown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdown")
  void markdownToJsonResumeAndBackKeepsEveryField(Path file) throws Exception {
    String name = file.toString();
    String text = Files.readString(file);
    Resume original = parse(name, text);
    JsonResumes.Converted json = JsonResumes.toJson(original, name, text, reader(name));
    // Values kept from a JSON Resume (a golden written from one) come back as they were, schema problems and all.
    boolean keptFromJson = dev.cvpress.formats.markdown.KeptComment.find(text) != null;
    assertTrue(json.warnings().stream().noneMatch(d -> d.code() == dev.cvpress.diag.Code.NOT_EXACT
        || d.code() == dev.cvpress.diag.Code.SCHEMA_MISMATCH && !keptFromJson), json.warnings().toString());
    JsonResume read = JsonResumes.read(name + ".json", json.text().getBytes(StandardCharsets.UTF_8));
    String markdown = JsonResumes.toMarkdown(read, reader(name), true).text();
    Comparison.Differences d = Comparison.of(original, parse(name, markdown));
    assertTrue(d.none(), name + ": " + d + "\n" + json.text() + "\n" + markdown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("json")
  void jsonResumeToMarkdownAndBackIsTheSame(Path file) throws Exception {
    String name = file.toString();
    byte[] bytes = Files.readAllBytes(file);
    JsonResume read = JsonResumes.read(name, bytes);
    String markdown = JsonResumes.toMarkdown(read, reader(name), true).text();
    JsonResumes.Converted back = JsonResumes.toJson(parse(name, markdown), name, markdown, reader(name));
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected = Json.pruned(mapper.readTree(bytes));
    JsonNode actual = Json.pruned(mapper.readTree(back.text()));
    // cvpress names the schema in every JSON Resume it writes.
    assertEquals(FromModel.SCHEMA_URL, actual.path("$schema").asText());
    if (!expected.has("$schema")) ((com.fasterxml.jackson.databind.node.ObjectNode) actual).remove("$schema");
    assertEquals(Json.write(PropertyOrder.ordered(expected)), Json.write(PropertyOrder.ordered(actual)), markdown);
    // What the schema says of the result, it says of the original: converting adds no problem.
    assertEquals(Schema.problems(mapper.readTree(bytes)), Schema.problems(mapper.readTree(back.text())), back.text());
  }
  @org.junit.jupiter.api.Test
  void anEntryWithATitleAndNoOrganisationIsShownAsATitleAndComesBack() throws Exception {
    String name = "src/test/resources/jsonresume/resumes/titles-alone.json";
    JsonResume read = JsonResumes.read(name, Files.readAllBytes(Path.of(name)));
    String markdown = JsonResumes.toMarkdown(read, reader(name), true).text();
    for (String heading : List.of("### Freelance Developer — | Jan 2019 – Feb 2020\n",
        "### Consultant — — Berlin | Mar 2020 – Present\n", "### Mentor — | 2018 – Present\n",
        "### Bachelor in Physics — | 2012 – 2015\n",
        // A project's name is its one name: written, and read back, as before.
        "### cvpress | 2021 – Present\n")) {
      assertTrue(markdown.contains(heading), heading + " in\n" + markdown);
    }
    // Nothing needs keeping aside: the Markdown shows every field.
    assertEquals(null, dev.cvpress.formats.markdown.KeptComment.find(markdown), markdown);
    dev.cvpress.model.Entry job = parse(name, markdown).sections().get(0).entries().get(0);
    assertEquals("Freelance Developer", job.title());
    assertEquals(null, job.org());
  }
}
