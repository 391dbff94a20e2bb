package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF read back as a résumé parser reads it: every field of the reference résumé in every theme, and controls. */
class ParseBackTest {
  @TempDir Path dir;

  private static final Set<Code> PARSED = Set.of(Code.PARSED_NAME_LOST, Code.PARSED_EMAIL_LOST,
      Code.PARSED_DATES_LOST);

  private static Cvpress.CheckReport check(Path cv, Options options) throws Exception {
    return Cvpress.check(cv, options, null, null);
  }

  private static List<Diagnostic> parsedProblems(Cvpress.CheckReport r) {
    return r.problems().stream().filter(d -> PARSED.contains(d.code())).toList();
  }

  private static ParseBack.Field field(Cvpress.CheckReport r, String field, String of) {
    return r.parseBack().fields().stream()
        .filter(f -> f.field().equals(field) && (of == null || of.equals(f.of()))).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + field + " " + of + " in " + r.parseBack()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void everyFieldOfTheReferenceResumeIsFoundInEveryTheme(String theme) throws Exception {
    Cvpress.CheckReport r = check(Path.of("examples/jane-doe.md"), Options.builder().theme(theme).build());
    assertEquals(List.of(), parsedProblems(r));
    assertNotNull(r.parseBack().reading());
    List<ParseBack.Field> missed = r.parseBack().fields().stream().filter(f -> !f.ok()).toList();
    assertEquals(List.of(), missed, theme);
    assertEquals("Jane Doe", field(r, "name", null).found());
    assertEquals("jane@example.com", field(r, "email", null).found());
    assertEquals("+1 555 010 2030", field(r, "phone", null).found());
    assertTrue(r.parseBack().fields().stream().anyMatch(f -> f.field().equals("link")
        && "linkedin.com/in/janedoe".equals(f.found())));
    ParseBack.Field dates = field(r, "dates", "Staff Engineer — Acme Corp");
    assertEquals("Jan 2020 – Present", dates.found());
    assertEquals("Acme Corp", field(r, "organisation", "Staff Engineer — Acme Corp").found());
    // Every theme shows every section the résumé has, each found by its title.
    assertEquals(6, r.parseBack().fields().stream().filter(f -> f.field().equals("section")).count());
  }

  @Test
  void datesTheLayoutHidesAreLostWithTheEntryNamed() throws Exception {
    Path css = Files.writeString(dir.resolve("no-dates.css"), ".dates { display: none !important; }");
    Cvpress.CheckReport r = check(Path.of("examples/jane-doe.md"), Options.builder().css(css).build());
    List<Diagnostic> lost = parsedProblems(r);
    assertFalse(lost.isEmpty());
    assertTrue(lost.stream().allMatch(d -> d.code() == Code.PARSED_DATES_LOST), lost.toString());
    assertEquals(5, lost.size(), "each dated entry: " + lost);
    assertTrue(lost.get(0).message().contains("\"Staff Engineer — Acme Corp\""), lost.get(0).message());
    assertEquals(14, lost.get(0).pos().line(), "the entry's heading line");
    assertFalse(field(r, "dates", "Staff Engineer — Acme Corp").ok());
  }

  @Test
  void aNameThatIsNotTextIsLost() throws Exception {
    // The name drawn as a picture: the page shows it, the text has none of it.
    Path css = Files.writeString(dir.resolve("name-picture.css"), ".name { display: none !important; }");
    Cvpress.CheckReport r = check(Path.of("examples/jane-doe.md"), Options.builder().css(css).build());
    assertEquals(List.of(Code.PARSED_NAME_LOST), parsedProblems(r).stream().map(Diagnostic::code).toList());
    ParseBack.Field name = field(r, "name", null);
    assertFalse(name.ok());
    assertTrue(field(r, "email", null).ok());
  }

  @Test
  void anEmailShownOnlyAsALinkWordIsLost() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), """
        ---
        name: Ada Lovelace
        headline: Engineer
        ---

        [Mail me](mailto:ada@example.com) | +44 20 7946 0000

        ## Experience

        ### Engineer — Acme | 2019 – 2021

        - Built the analytical engine
        """, StandardCharsets.UTF_8);
    Cvpress.CheckReport r = check(cv, Options.defaults());
    boolean hasEmail = r.parseBack().fields().stream().anyMatch(f -> f.field().equals("email"));
    if (hasEmail) {
      assertEquals(List.of(Code.PARSED_EMAIL_LOST), parsedProblems(r).stream().map(Diagnostic::code).toList());
    } else {
      assertEquals(List.of(), parsedProblems(r));
    }
    assertTrue(field(r, "dates", "Engineer — Acme").ok());
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"Doe, Jane, PhD\"", "Dr. Jane Doe, MBA", "Jane Doe"})
  void aNameIsComparedAsAParserReadsItWithoutTitlesOrDegrees(String written) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), """
        ---
        name: %s
        email: jane@example.com
        ---

        ## Experience

        ### Engineer — Acme | 2019 – 2021

        - Built the analytical engine
        """.formatted(written), StandardCharsets.UTF_8);
    Cvpress.CheckReport r = check(cv, Options.defaults());
    assertEquals(List.of(), parsedProblems(r));
    ParseBack.Field name = field(r, "name", null);
    assertTrue(name.ok(), name.toString());
    assertEquals("Jane Doe", name.found());
    assertEquals(written.replace("\"", ""), name.expected(), "reported as written");
  }

  /** An ongoing job: its end printed in the document's language, written in the source however the writer wrote it. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {"fr;Present", "fr;aujourd'hui", "fr;aujourd’hui", "de;heute", "es;Present",
      "pt;Present", "ru;Present", "zh;Present", "ja;Present", "ko;Present", "en;Present"})
  void theDatesOfACurrentJobAreFoundInEveryLanguage(String lang, String present) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Camille Dubois\nemail: camille@example.fr\nlang: "
        + lang + "\n---\n\n## Experience\n\n### Engineer — Criteo | 2020 – " + present
        + "\n\n- Built services.\n", StandardCharsets.UTF_8);
    Cvpress.CheckReport r = check(cv, Options.defaults());
    assertEquals(List.of(), parsedProblems(r));
    ParseBack.Field dates = field(r, "dates", "Engineer — Criteo");
    assertTrue(dates.ok(), dates.toString());
    assertTrue(dates.found().startsWith("2020 – ") && dates.found().length() > "2020 – ".length(), dates.found());
  }

  private Path resume(String name, String section) throws Exception {
    return Files.writeString(dir.resolve("cv.md"), "---\nname: " + name + "\nemail: ada@example.com\n---\n\n## "
        + section + "\n\n### Engineer — Acme | 2020 – Present\n\n- Built things.\n", StandardCharsets.UTF_8);
  }

  /** Section titles parsers' keyword lists hold besides "Experience", in the languages cvpress labels. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Work", "Jobs", "Positions", "Professional Background", "Employment History",
      "Werdegang", "Parcours professionnel", "Trayectoria", "Trajetória", "Опыт работы"})
  void anEntryUnderAnyCommonTitleForWorkIsFound(String title) throws Exception {
    Cvpress.CheckReport r = check(resume("Ada Lovelace", title), Options.defaults());
    assertEquals(List.of(), parsedProblems(r));
    assertTrue(field(r, "section", null).ok(), field(r, "section", null).toString());
    assertTrue(field(r, "dates", "Engineer — Acme").ok());
  }

  @Test
  void anEntryLostUnderAnUnknownTitleIsSaidToBeLostForItsTitle() throws Exception {
    Cvpress.CheckReport r = check(resume("Ada Lovelace", "Gigs"), Options.defaults());
    List<Diagnostic> lost = parsedProblems(r);
    assertEquals(List.of(Code.PARSED_DATES_LOST), lost.stream().map(Diagnostic::code).toList());
    assertTrue(lost.get(0).message().contains("would not take \"Gigs\" for a section title"), lost.get(0).message());
    assertTrue(lost.get(0).hint().contains("Work Experience"), lost.get(0).hint());
  }

  @Test
  void aOneWordNameAloneOnTheFirstLineIsFound() throws Exception {
    Cvpress.CheckReport r = check(resume("Madonna", "Experience"), Options.defaults());
    assertEquals(List.of(), parsedProblems(r));
    assertEquals("Madonna", field(r, "name", null).found());
  }
}
