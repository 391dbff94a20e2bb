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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `cvpress check` finds in a résumé written in several languages, by code and place. */
class LanguageRulesTest {
  @TempDir Path dir;

  private static final String CLEAN = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      headline: {en: Engineer, de: Ingenieurin}
      languages: [en, de]
      ---

      ## Experience {lang=en}
      ## Berufserfahrung {lang=de}

      ### Engineer — Acme | 2019 – 2021 {lang=en}
      ### Ingenieurin — Acme | 2019 – 2021 {lang=de}

      - Built the *analytical* engine {lang=en}
      - Baute die *analytische* Maschine {lang=de}
      """;

  private List<Diagnostic> problems = List.of();

  private List<String> check(String markdown, Options options) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), markdown, StandardCharsets.UTF_8);
    problems = Cvpress.check(cv, options, null, null).problems();
    return problems.stream().map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column()).toList();
  }

  @Test
  void aCleanBilingualResumeHasNoProblemsInEitherLanguage() throws Exception {
    assertEquals(List.of(), check(CLEAN, Options.defaults()));
    assertEquals(List.of(), check(CLEAN, Options.builder().lang("de").build()));
  }

  @Test
  void contentInALanguageNotDeclaredIsReportedOnceWhereItIsFirstUsed() throws Exception {
    String typo = CLEAN.replace("2021 {lang=de}", "2021 {lang=ed}").replace("Maschine {lang=de}",
        "Maschine {lang=ed}");
    List<String> found = check(typo, Options.defaults());
    Diagnostic typoFound = problems.stream().filter(d -> d.code() == Code.LANGUAGE_NOT_DECLARED).findFirst()
        .orElseThrow();
    assertTrue(typoFound.message().startsWith("`{lang=ed}` marks 2 places, this the first"), typoFound.message());
    assertTrue(typoFound.hint().startsWith("did you mean `de`? "), typoFound.hint());
    assertTrue(found.contains("LANGUAGE_NOT_DECLARED 12:1"), found.toString());
    assertEquals(1, found.stream().filter(f -> f.startsWith("LANGUAGE_NOT_DECLARED")).count(), found.toString());
    assertTrue(found.contains("LANGUAGE_MISSING 11:1"), "the English entry has no German one now: " + found);
  }

  @Test
  void anEntryOneLanguageHasAndTheOtherLacksIsReported() throws Exception {
    String more = CLEAN + "\n### Analyst — Initech | 2015 – 2018 {lang=en}\n\n- Wrote the first program\n";
    assertEquals(List.of("LANGUAGE_MISSING 17:1"), check(more, Options.defaults()));
    assertEquals(List.of("LANGUAGE_MISSING 17:1"), check(more, Options.builder().lang("de").build()),
        "whichever language is checked");
  }

  @Test
  void aFrontMatterValueMissingALanguageIsReportedAtItsKey() throws Exception {
    String missing = CLEAN.replace("headline: {en: Engineer, de: Ingenieurin}", "headline: {en: Engineer}\n"
        + "location: {en: London, de: London}");
    assertEquals(List.of("LANGUAGE_MISSING 4:1"), check(missing, Options.defaults()));
  }

  @Test
  void aLanguageNoContentHasIsReported() throws Exception {
    List<String> found = check(CLEAN, Options.builder().lang("fr").build());
    assertTrue(found.contains("LANGUAGE_NOT_IN_SOURCE 0:0"), found.toString());
    assertTrue(found.contains("LANGUAGE_MISSING 4:1"), "the headline has no fr value: " + found);
  }
}
