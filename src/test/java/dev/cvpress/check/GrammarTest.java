package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cheap grammar checks: each finding at its own column with a hint, and none on résumés written right. */
class GrammarTest {
  @TempDir Path dir;

  private static final Options CHECKED = Options.builder().spelling(true).build();
  private static final Set<Code> GRAMMAR = Set.of(Code.REPEATED_WORD, Code.WRONG_ARTICLE, Code.DOUBLED_PUNCTUATION,
      Code.SPACE_BEFORE_PUNCTUATION, Code.NO_SPACE_AFTER_PUNCTUATION);

  private static List<Diagnostic> grammar(Cvpress.CheckReport report) {
    return report.problems().stream().filter(d -> GRAMMAR.contains(d.code())).toList();
  }

  private static List<String> found(Cvpress.CheckReport report) {
    return grammar(report).stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
  }

  private Cvpress.CheckReport check(String body, String lang) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\nlang: " + lang
        + "\n---\n\n## Experience\n\n" + body, StandardCharsets.UTF_8);
    return Cvpress.check(cv, CHECKED, null, null);
  }

  @Test
  void eachSlipIsFoundAtItsColumn() throws Exception {
    Cvpress.CheckReport r = check("""
        - Led the the migration of a hour-long batch job to an user-facing service.
        - Wrote an honest review , then shipped it,, twice; see e.g.. the notes.
        """, "en");
    assertEquals(List.of(
        "9:11 \"the\" is written twice: \"the the\"",
        "9:28 \"a hour\" → \"an hour\"",
        "9:53 \"an user\" → \"a user\"",
        "10:25 space before \",\"",
        "10:43 doubled punctuation \",,\"",
        "10:60 doubled punctuation \"..\""), found(r));
    List<String> lines = Files.readAllLines(dir.resolve("cv.md"));
    assertTrue(lines.get(8).startsWith("the", 10) && lines.get(8).startsWith("a hour", 27)
        && lines.get(8).startsWith("an user", 52));
    Diagnostic article = grammar(r).get(1);
    assertEquals(Diagnostic.Severity.WARNING, article.severity());
    assertTrue(article.hint().contains("an hour, an MBA, a user, a UX designer"), article.hint());
    assertTrue(grammar(r).stream().allMatch(d -> d.hint() != null && !d.hint().isBlank()));
  }

  @Test
  void aMarkGluedToTheNextWordInsteadOfItsOwnIsFound() throws Exception {
    Cvpress.CheckReport r = check("""
        - Done ,and finished .Then shipped it .
        - Wrote it,then tested it.Then shipped it.
        """, "en");
    assertEquals(List.of(
        "9:7 space before \",\" and none after it",
        "9:21 space before \".\" and none after it",
        "9:38 space before \".\"",
        "10:11 no space after \",\"",
        "10:26 no space after \".\""), found(r));
    assertTrue(grammar(r).get(0).hint().startsWith("move the space"), grammar(r).get(0).hint());
    assertTrue(grammar(r).get(3).hint().startsWith("add a space"), grammar(r).get(3).hint());
  }

  @Test
  void dottedNamesAndNumbersAreNotGluedMarks() throws Exception {
    Cvpress.CheckReport r = check("""
        - Built it in .NET and Node.js with a .env file, 1,000 users, v1.2.3, ASP.NET Core and Vue.js, e.g. React.
        - Ran it on Socket.IO, i.e.,the rest is the Next.js app and pandas.DataFrame in a.b notation.
        """, "en");
    assertEquals(List.of(), found(r));
  }

  @Test
  void whatIsWrittenRightIsNotFlagged() throws Exception {
    Cvpress.CheckReport r = check("""
        - Hired an MBA, a UX designer, an SRE, an LLM expert and a user researcher for a one-year project.
        - Ran an 8-person team, an A/B test, a REST API, a SQL and an SQL query, a HA and an HA cluster, an hour a day.
        - A unique, an unusual, a European, an honest, a university and an MSc, a PhD; Bora Bora; he had had enough.
        - Commands like `rm -rf a ,b` and `make ..` and https://example.com/a,,b are code and addresses, not prose.
        - Tests, docs, etc., and the rest... Grade A English.
        """, "en");
    assertEquals(List.of(), found(r));
  }

  @Test
  void aUnanimousAndAnXRayAreRightInEitherCase() throws Exception {
    Cvpress.CheckReport r = check("""
        - A unanimous vote, a union, a unit, a universal, a usual, a utility, a user, once a year, a one-off.
        - An x-ray, an X-ray, an x86 build and an X86 build; a xylophone.
        - Won an unanimous vote after a x-ray and a x86 build.
        """, "en");
    assertEquals(List.of(
        "11:7 \"an unanimous\" → \"a unanimous\"",
        "11:31 \"a x\" → \"an x\"",
        "11:43 \"a x86\" → \"an x86\""), found(r));
  }

  @Test
  void articlesAreCheckedInEnglishOnlyTheRestInEveryLanguage() throws Exception {
    Cvpress.CheckReport r = check("- Il a une expérience de de dix ans , a Lyon.\n", "fr");
    assertEquals(List.of("9:26 \"de\" is written twice: \"de de\"", "9:36 space before \",\""), found(r));
  }

  @Test
  void noSpellSkipsGrammarToo() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\n---\n\n"
        + "## Experience\n\n- Led the the migration.\n", StandardCharsets.UTF_8);
    assertEquals(List.of(), found(Cvpress.check(cv, Options.builder().spelling(false).build(), null, null)));
  }

  @Test
  void theExamplesAndTheCorpusHaveNoGrammarFindings() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Stream.concat(Files.list(Path.of("examples")),
        Files.list(Path.of("src/test/resources/corpus"))), Files.list(Path.of("src/test/resources/spelling")))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    for (Path f : files) assertEquals(List.of(), found(Cvpress.check(f, CHECKED, null, null)), f.toString());
  }
}
