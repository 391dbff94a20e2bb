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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling mistakes are found where they are written, and nothing a technical résumé rightly says is flagged. */
class SpellingTest {
  @TempDir Path dir;

  private static final Options SPELLING = Options.builder().spelling(true).build();

  /** The spelling findings as "line:column message". */
  private static List<String> typos(Cvpress.CheckReport report) {
    return report.problems().stream().filter(d -> d.code() == Code.POSSIBLE_TYPO)
        .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
  }

  private Cvpress.CheckReport check(String markdown, Options options) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), markdown, StandardCharsets.UTF_8);
    return Cvpress.check(cv, options, null, null);
  }

  @Test
  void theReferenceResumesThreeTyposAreFoundWhereTheyAreWrittenAndNothingElse() throws Exception {
    Cvpress.CheckReport r = Cvpress.check(Path.of("examples/about-me.md"), SPELLING, null, null);
    assertEquals(List.of(
        "6:17 possible spelling mistake \"belive\" → \"believe\"",
        "14:9 possible spelling mistake \"expenrience\" → \"experience\"",
        "62:10 possible spelling mistake \"warehourse\" → \"warehouse\""), typos(r));
    // The columns point at the words themselves in the file.
    List<String> lines = Files.readAllLines(Path.of("examples/about-me.md"));
    assertTrue(lines.get(5).startsWith("belive", 16));
    assertTrue(lines.get(13).startsWith("expenrience", 8));
    assertTrue(lines.get(61).startsWith("warehourse", 9));
  }

  @Test
  void technicalTermsNamesCodeAndAddressesAreNotFlagged() throws Exception {
    String cv = """
        ---
        name: Ada Lovelace
        email: ada@example.com
        ---

        ## Experience

        ### Engineer — Glowbyte Inc | 2019 – 2021

        - Postgresql as DB, Etcd for leader election, code in golang.
        - Ran Terraform, Patroni, SonarQube, Redshift and fluentd for HIPAA workloads on EKS and DynamoDB.
        - Moved alerting to VictoriaMetrics; wrote `kubectl-snapshotz` and ran it against https://qa.glowbyte.io/dashz.
        - Maintainer of *pgqueue*, a toolchain for microservices with Kubernetes, Prometheus, Grafana and Kafka.
        - Mail me at hello@glowbyte.io or see glowbyte.io/projectz for runbooks and SLOs.
        - Worked with Marguerite Okonkwo-Baptiste on failover, observability, idempotency and sharding.
        """;
    assertEquals(List.of(), typos(check(cv, SPELLING)));
  }

  @Test
  void theExamplesAndTheCorpusHaveNoSpellingFindings() throws Exception {
    List<Path> files = new ArrayList<>(List.of(Path.of("examples/jane-doe.md")));
    try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
      corpus.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    for (Path f : files) {
      assertEquals(List.of(), typos(Cvpress.check(f, SPELLING, null, null)), f.toString());
    }
  }

  private static final String WITH_OWN_WORD = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      %s---

      ## Experience

      - Built the frobnicator that tames the engine.
      """;

  @Test
  void aWordIsFlaggedUntilThePersonalListHasIt() throws Exception {
    assertEquals(List.of("8:13 possible spelling mistake \"frobnicator\""),
        typos(check(WITH_OWN_WORD.formatted(""), SPELLING)).stream().map(s -> s.replaceAll(" →.*", "")).toList());
    Files.writeString(dir.resolve(".cvpress-words"), "# my words\nfrobnicator\n");
    assertEquals(List.of(), typos(check(WITH_OWN_WORD.formatted(""), SPELLING)));
  }

  @Test
  void frontMatterWordsAreHonouredToo() throws Exception {
    assertEquals(List.of(), typos(check(WITH_OWN_WORD.formatted("check:\n  words: [frobnicator]\n"), SPELLING)));
    Cvpress.CheckReport dotted = check(WITH_OWN_WORD.formatted("check.words: frobnicator, tamer\n"), SPELLING);
    assertEquals(List.of(), typos(dotted));
    // The key is read, so it is not reported as unknown.
    assertTrue(dotted.problems().stream().noneMatch(d -> d.code() == Code.UNKNOWN_FRONT_MATTER_KEY),
        dotted.problems().toString());
  }

  @Test
  void spellingIsNotCheckedWhenNotAskedFor() throws Exception {
    Cvpress.CheckReport r = Cvpress.check(Path.of("examples/about-me.md"), Options.defaults(), null, null);
    assertEquals(List.of(), typos(r));
  }

  @Test
  void germanIsCheckedWithTheGermanDictionary() throws Exception {
    String cv = """
        ---
        name: Erika Mustermann
        email: erika@example.com
        lang: de
        ---

        ## Berufserfahrung

        - Softwareentwicklung für Zahlungsdienste mit Kubernetes und Postgresql.
        - Mehrjährige Erfahrrung als Datenbankadministratorin.
        """;
    List<Diagnostic> found = check(cv, SPELLING).problems().stream()
        .filter(d -> d.code() == Code.POSSIBLE_TYPO).toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals("10:15", found.get(0).pos().line() + ":" + found.get(0).pos().column());
    assertEquals("possible spelling mistake \"Erfahrrung\" → \"Erfahrung\"", found.get(0).message());
  }

  @Test
  void germanCompoundsTheDictionaryLacksAreWordsButATypoInsideOneIsNot() throws Exception {
    String cv = """
        ---
        name: Erika Mustermann
        email: erika@example.com
        lang: de
        ---

        ## Berufserfahrung

        - Entwickelte den Betrugsbewertungsdienst für Zahlungs- und Datenplattformen.
        - Senkte die Fehlerrquote der Abrechnung.
        """;
    List<Diagnostic> found = check(cv, SPELLING).problems().stream()
        .filter(d -> d.code() == Code.POSSIBLE_TYPO).toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals("possible spelling mistake \"Fehlerrquote\" → \"Fehlerquote\"", found.get(0).message());
  }

  @Test
  void aLanguageWithoutADictionaryIsSkippedWithANote() throws Exception {
    Cvpress.CheckReport r = check("""
        ---
        name: Ada Lovelace
        email: ada@example.com
        lang: nl
        ---

        ## Ervaring

        - Bouwde de analytische machine, mett een tiepfout.
        """, SPELLING);
    assertEquals(List.of(), typos(r));
    // One note for the spelling; the grammar, not checked either, says so in its own.
    List<String> spelling = r.notes().stream().filter(n -> n.startsWith("spelling not checked")).toList();
    assertEquals(1, spelling.size(), r.notes().toString());
    assertTrue(spelling.get(0).contains("no dictionary for `nl`"), spelling.get(0));
  }

  @Test
  void aLatinWordIsRightInsideItsPhraseOnly() throws Exception {
    String cv = """
        ---
        name: Ada Lovelace
        email: ada@example.com
        ---

        ## Education

        - Graduated summa cum laude, pro bono tutor, née Byron; Dr. rer. nat. in mathematics.
        - A laude without its cum is a word to look up.
        """;
    assertEquals(List.of("9:5 possible spelling mistake \"laude\""),
        typos(check(cv, SPELLING)).stream().map(s -> s.replaceAll(" →.*", "")).toList());
  }

  @Test
  void anEnglishResumeTakesNoWordsOfAnotherLanguage() throws Exception {
    // "Leitung" is German: right in a German résumé, a mistake in an English one.
    String cv = "---\nname: Ada Lovelace\nemail: ada@example.com\n---\n\n## Experience\n\n- Took the leitung of"
        + " the team.\n";
    assertEquals(List.of("8:12 possible spelling mistake \"leitung\""),
        typos(check(cv, SPELLING)).stream().map(s -> s.replaceAll(" →.*", "")).toList());
  }

  @Test
  void suggestionsPreferFewEditsAndCommonWordsOverNames() throws Exception {
    Cvpress.CheckReport r = Cvpress.check(Path.of("examples/about-me.md"), SPELLING, null, null);
    Diagnostic belive = r.problems().stream().filter(d -> d.message().contains("\"belive\"")).findFirst()
        .orElseThrow();
    assertTrue(belive.hint().startsWith("or \"relive\", \"belie\";"), belive.hint());
  }

  @Test
  void aMisspeltEnglishWordInAGermanResumeGetsTheEnglishSuggestion() throws Exception {
    String cv = "---\nname: Erika Mustermann\nemail: erika@example.com\nlang: de\n---\n\n## Berufserfahrung\n\n"
        + "- Automatisierung von Deploymnet und Monitoring.\n";
    assertEquals(List.of("9:23 possible spelling mistake \"Deploymnet\" → \"Deployment\""), typos(check(cv, SPELLING)));
  }

  @Test
  void everyLanguageOfAResumeWrittenInSeveralIsCheckedInItsOwnDictionary() throws Exception {
    String cv = """
        ---
        name: Jana Novak
        email: jana@example.com
        lang: en
        languages: [en, de]
        ---

        ## Experience {lang=en}
        ## Berufserfahrung {lang=de}

        - Led the move of card setlement to Kafka. {lang=en}
        - Leitete die Umstelung der Kartenabrechnung auf Kafka. {lang=de}
        - Kotlin, Kafka, PostgreSQL
        """;
    // German is not English: each line is read in its own language, whichever version is laid out.
    for (String lang : new String[] {null, "de"}) {
      Options options = Options.builder().spelling(true).lang(lang).build();
      assertEquals(List.of("11:24 possible spelling mistake \"setlement\"", "12:15 possible spelling mistake"
          + " \"Umstelung\""), typos(check(cv, options)).stream().map(s -> s.replaceAll(" →.*", "")).toList(),
          String.valueOf(lang));
    }
  }
}
