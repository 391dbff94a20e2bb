package dev.cvpress.formats.rendercv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.Comparison;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import dev.cvpress.transform.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A résumé written as RenderCV YAML: valid against RenderCV's own JSON Schema (vendored beside its examples, MIT),
 * RenderCV → cvpress → RenderCV gives back RenderCV's examples, Markdown → RenderCV → Markdown gives back the
 * Markdown RenderCV can hold, and what RenderCV has no place for is reported at its line.
 */
class RenderCvOutTest {
  private static final Path DIR = Path.of("src/test/resources/rendercv");
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
      .getSchema(read(DIR.resolve("schema.json")));

  private static java.io.InputStream read(Path p) {
    try {
      return Files.newInputStream(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Path> examples() throws Exception {
    return Files.list(DIR).filter(p -> p.toString().endsWith("_CV.yaml")).sorted();
  }

  static Stream<Path> markdownResumes() throws Exception {
    List<Path> all = new ArrayList<>(Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".md"))
        .filter(p -> !p.getFileName().toString().equals("letter.md")).sorted().toList());
    all.add(DIR.resolve("John_Doe_ClassicTheme_CV.md"));
    return all.stream();
  }

  private static Resume parse(String file, String markdown) throws CvpressException {
    return ResumeParser.parse(file, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static RenderCvs.Written write(String file, String markdown) throws CvpressException {
    return RenderCvs.toYaml(Languages.select(parse(file, markdown), null), file);
  }

  private static Object load(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  private static List<String> schemaProblems(String yaml) {
    JsonNode tree = new ObjectMapper().valueToTree(load(yaml));
    return SCHEMA.validate(tree).stream().map(Error::toString).toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void renderCvThroughCvpressGivesRenderCvsExampleBack(Path file) throws Exception {
    String md = RenderCvs.toMarkdown(file.toString(), Files.readAllBytes(file)).text();
    String yaml = write(file.toString(), md).text();
    assertEquals(List.of(), schemaProblems(yaml), yaml);
    Object original = comparable(load(Files.readString(file)));
    // What both hold: the person, every section and entry, the theme and the language, not RenderCV's settings.
    ((Map<?, ?>) original).remove("settings");
    assertEquals(original, comparable(load(yaml)), yaml);
  }

  /**
   * The example's values without its empty ones, and with reversed numbers as numbers: Markdown numbers a list as
   * it is read, which is all cvpress's model holds of it.
   */
  private static Object comparable(Object yaml) {
    if (yaml instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (var e : m.entrySet()) {
        Object v = comparable(e.getValue());
        if (v == null || v instanceof List<?> l && l.isEmpty()) continue;
        out.put(e.getKey().equals("reversed_number") ? "number" : e.getKey(), v);
      }
      return out;
    }
    if (yaml instanceof List<?> l) return l.stream().map(RenderCvOutTest::comparable).toList();
    return yaml;
  }

  @ParameterizedTest
  @MethodSource("markdownResumes")
  void markdownThroughRenderCvKeepsWhatRenderCvHolds(Path file) throws Exception {
    String md = Files.readString(file);
    RenderCvs.Written written = write(file.toString(), md);
    assertEquals(List.of(), schemaProblems(written.text()), written.text());
    assertEquals(written.text(), write(file.toString(), md).text(), "stable");
    String back = RenderCvs.toMarkdown("back.yaml", written.text().getBytes(StandardCharsets.UTF_8)).text();
    Comparison.Differences d = Comparison.of(Languages.select(parse(file.toString(), md), null),
        parse("back.yaml", back));
    if (written.warnings().isEmpty()) {
      // Nothing reported: nothing lost but what RenderCV cannot say (an introduction has no place above sections).
      assertTrue(d.header().isEmpty() && d.sections().isEmpty(), d + "\n" + back);
    }
  }

  @Test
  void theReferenceMarkdownGoesThroughRenderCvUnchanged() throws Exception {
    Path golden = DIR.resolve("John_Doe_ClassicTheme_CV.md");
    RenderCvs.Written yaml = write(golden.toString(), Files.readString(golden));
    assertEquals(List.of(), yaml.warnings());
    String back = RenderCvs.toMarkdown("cv.yaml", yaml.text().getBytes(StandardCharsets.UTF_8)).text();
    assertEquals(Files.readString(golden), back);
  }

  @Test
  void entriesTakeRenderCvsTypes() throws Exception {
    String yaml = write("cv.md", """
        ---
        name: Ada Lovelace
        email: ada@example.com
        phone: +44 20 7946 0000
        links:
          - github.com/ada
          - "[Mastodon: @ada@mastodon.social](https://mastodon.social/@ada)"
          - "[Blog](https://ada.example/blog)"
        lang: de
        style:
          theme: compact
        ---

        ## Ausbildung

        ### M.Sc. in Mathematics — University of London — London | 1835 – 1837

        ## Experience

        ### Analyst — Engine Co | Jun 1842 – Present

        *Notes on the engine*

        Wrote the first program.

        - Translated Menabrea's paper
          - with notes A to G

        ### Engine Co Board | 1843

        ## Skills

        - **Maths:** analysis, probability
        - **Languages:** English, French
        """).text();
    assertEquals(List.of(), schemaProblems(yaml), yaml);
    for (String line : List.of("  email: ada@example.com",
        "    - network: GitHub\n      username: ada", "    - network: Mastodon\n      username: '@ada@mastodon.social'",
        "    - fontawesome_icon: link\n      placeholder: Blog\n      url: https://ada.example/blog",
        "    ausbildung:\n      - institution: University of London\n        area: Mathematics\n        degree: M.Sc.",
        "        start_date: '1835'\n        end_date: '1837'",
        // Entries with and without an organisation in one section: all normal entries, as RenderCV needs one type.
        "      - name: Analyst — Engine Co\n        start_date: 1842-06\n        end_date: present",
        "        summary: |-\n          *Notes on the engine*\n\n          Wrote the first program.",
        "          - Translated Menabrea's paper - with notes A to G",
        "      - name: Engine Co Board\n        date: '1843'",
        "      - label: Maths\n        details: analysis, probability",
        "design:\n  theme: engineeringresumes\nlocale:\n  language: german")) {
      assertTrue(yaml.contains(line + "\n"), "missing:\n" + line + "\n---\n" + yaml);
    }
  }

  @Test
  void whatRenderCvHasNoPlaceForIsReportedAtItsLine() throws Exception {
    RenderCvs.Written w = write("cv.md", """
        # Ada Lovelace

        Analyst and writer.

        I wrote the first program.

        ## Experience {tags=research}

        Before the entries.

        ### Analyst — Engine Co | 1842

        | a | b |
        |---|---|
        | 1 | 2 |

        ## Notes

        Some text.

        - and a bullet

        ***
        """);
    // The table is carried (its rows as highlights); the rule says nothing RenderCV could hold.
    assertEquals(List.of(new SourcePos("cv.md", 5, 1), new SourcePos("cv.md", 9, 1), new SourcePos("cv.md", 7, 1),
        new SourcePos("cv.md", 23, 1), new SourcePos("cv.md", 19, 1)),
        w.warnings().stream().map(Diagnostic::pos).toList(), w.warnings().toString());
    assertTrue(w.warnings().get(3).message().startsWith("a rule has no place in RenderCV"), w.warnings().toString());
    assertTrue(w.text().contains("        highlights:\n          - '**a** · **b**'\n          - 1 · 2\n"), w.text());
    assertEquals(List.of(), schemaProblems(w.text()), w.text());
    assertTrue(w.text().contains("  headline: Analyst and writer.\n"), w.text());
    assertTrue(w.text().contains("    summary:\n      - I wrote the first program.\n"), w.text());
    assertTrue(w.text().contains("    notes:\n      - Some text.\n      - and a bullet\n"), w.text());
  }

  @Test
  void textAboveASectionsEntriesIsKeptAsASectionOfTheSameTitle() throws Exception {
    String md = """
        # Ada Lovelace

        Analyst and writer.

        I wrote the first program.

        ## Experience

        Roles held, most recent first.

        ### Analyst — Engine Co | 1842

        - Wrote the first program

        ## Summary

        ### Translator — Taylor's Memoirs | 1843

        ## Work & Life

        Text beside entries in a section whose title has one form only.

        ### Volunteer — Ragged School | 1844
        """;
    RenderCvs.Written w = write("cv.md", md);
    // RenderCV's schema: a section is a list of text, or of entries of one type, never both.
    assertEquals(List.of(), schemaProblems(w.text()), w.text());
    for (String part : List.of("    summary:\n      - I wrote the first program.\n",
        "    Experience:\n      - Roles held, most recent first.\n    experience:\n      - company: Engine Co\n",
        "    Summary:\n      - company: Taylor's Memoirs\n")) {
      assertTrue(w.text().contains(part), "missing:\n" + part + "\n---\n" + w.text());
    }
    List<String> messages = w.warnings().stream().map(Diagnostic::message).toList();
    assertTrue(messages.contains("section `Experience` has text above its `###` entries, and RenderCV's schema lets"
        + " a section list text or entries of one type, never both; the text is written as a section of the same"
        + " title before them"), messages.toString());
    assertTrue(messages.contains("section `Work & Life` has text above its `###` entries, and RenderCV's schema"
        + " lets a section list text or entries of one type, never both; this text is left out"), messages.toString());
    String back = RenderCvs.toMarkdown("cv.yaml", w.text().getBytes(StandardCharsets.UTF_8)).text();
    assertTrue(back.contains("## Experience\n\nRoles held, most recent first.\n\n## Experience\n\n### Analyst"),
        back);
    assertTrue(back.contains("## Summary\n\n### Translator"), back);
  }

  @Test
  void tablesCodeImagesQuotesAndDefinitionsAreWrittenAsTheTextRenderCvShows() throws Exception {
    RenderCvs.Written w = write("cv.md", """
        # Ada Lovelace

        ## Languages

        | Language | Level |
        |---|---|
        | English | native |

        ## Experience

        ### Analyst — Engine Co | 1842

        Wrote a program:

        ```
        v1 = 0
        ```

        ![The engine](engine.png)

        > Notes by the translator.

        Bernoulli numbers
        : computed by the engine
        """);
    assertEquals(List.of(), w.warnings(), w.text());
    assertEquals(List.of(), schemaProblems(w.text()), w.text());
    for (String line : List.of("    languages:\n      - '**Language** · **Level**'\n      - English · native\n",
        "        summary: |-\n          Wrote a program:\n\n          `v1 = 0`\n\n"
            + "          [The engine](engine.png)\n\n          Notes by the translator.\n\n"
            + "          **Bernoulli numbers:** computed by the engine\n")) {
      assertTrue(w.text().contains(line), "missing:\n" + line + "\n---\n" + w.text());
    }
  }

  @Test
  void tagsOnBulletsAndParagraphsAreReportedAtEachLine() throws Exception {
    RenderCvs.Written w = write("cv.md", """
        # Ada Lovelace

        ## Experience

        ### Analyst — Engine Co | 1842

        - Wrote the first program. {tags=research}
        - Translated a paper.
        - Added notes. {tags=writing,research}

        ## Notes

        Some text. {tags=writing}
        """);
    List<Diagnostic> tagWarnings = w.warnings().stream().filter(d -> d.message().contains("no tags")).toList();
    assertEquals(List.of(new SourcePos("cv.md", 7, 1), new SourcePos("cv.md", 9, 1), new SourcePos("cv.md", 13, 1)),
        tagWarnings.stream().map(Diagnostic::pos).toList(), w.warnings().toString());
    assertTrue(tagWarnings.stream().allMatch(d -> d.severity() == Diagnostic.Severity.WARNING
        && d.hint().contains("--tags")), tagWarnings.toString());
    assertTrue(w.text().contains("Wrote the first program.\n") && !w.text().contains("tags="), w.text());
    assertEquals(List.of(), schemaProblems(w.text()), w.text());
  }

  @Test
  void aNumberedListWrittenFromAnotherNumberKeepsItsNumbersAsLinesOfText() throws Exception {
    String counted = write("cv.md", "# Ada\n\n## Steps\n\n1. one\n2. two\n").text();
    assertTrue(counted.contains("- number: one"), counted);
    String written = write("cv.md", "# Ada\n\n## Steps\n\n3. three\n4. four\n\n## Plan\n\n- Then:\n  5. five\n")
        .text();
    assertTrue(written.contains("- 3. three\n") && written.contains("- 4. four\n"), written);
    assertTrue(written.contains("Then: - 5. five"), written);
    assertEquals(List.of(), schemaProblems(written));
  }
}
