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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LanguageTool's grammar rules in {@code check}: a slip planted in a résumé in each of the five languages is found
 * at its own line and column with a suggestion; the project's résumés, written right, give no finding that is not
 * a real error; a slip cvpress's own rules report is said once; {@code grammar(false)} leaves grammar out.
 */
class LanguageGrammarTest {
  @TempDir Path dir;

  private static final Options CHECKED = Options.builder().spelling(true).build();
  private static final Set<Code> LANGUAGE_TOOL = Set.of(Code.GRAMMAR, Code.CONFUSED_WORD, Code.PUNCTUATION);

  private static List<String> found(Cvpress.CheckReport report) {
    return report.problems().stream().filter(d -> LANGUAGE_TOOL.contains(d.code()))
        .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code() + " " + d.message()).toList();
  }

  private Cvpress.CheckReport check(String lang, String body, Options options) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\nlang: " + lang
        + "\n---\n\n## Experience\n\n" + body, StandardCharsets.UTF_8);
    return Cvpress.check(cv, options, null, null);
  }

  /** Each language's planted slip: the item, and the finding expected on it (line 9 is the item's line). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | - He go to the office on Mondays and writes the reports. | 9:6 GRAMMAR possible grammar error \"go\" → \"goes\"",
      "en | - Their is a backlog of bugs in the billing service. | 9:3 CONFUSED_WORD possibly confused word \"Their\" → \"There\"",
      "de | - Die Mitarbeiter ist sehr zufrieden mit dem neuen System. | 9:19 GRAMMAR possible grammar error \"ist\" → \"sind\"",
      "fr | - Les développeurs est au bureau le lundi. | 9:20 GRAMMAR possible grammar error \"est\" → \"sont\"",
      "es | - Los desarrolladores está contentos con el nuevo sistema. | 9:23 GRAMMAR possible grammar error \"está contentos\" → \"está contento\"",
      "pt | - Os menino está feliz com o novo sistema. | 9:3 GRAMMAR possible grammar error \"Os menino\" → \"O menino\""})
  void aPlantedSlipIsFoundWhereItIs(String lang, String item, String expected) throws Exception {
    Cvpress.CheckReport r = check(lang, item + "\n", CHECKED);
    assertEquals(List.of(expected), found(r));
    Diagnostic d = r.problems().stream().filter(p -> LANGUAGE_TOOL.contains(p.code())).findFirst().orElseThrow();
    assertEquals(Diagnostic.Severity.WARNING, d.severity());
    assertTrue(d.hint().contains("LanguageTool: "), d.hint());
    String line = Files.readAllLines(dir.resolve("cv.md")).get(8);
    String quoted = d.message().replaceAll("^[^\"]*\"([^\"]*)\".*", "$1");
    assertTrue(line.startsWith(quoted, d.pos().column() - 1), line + " at " + d.pos().column() + ": " + quoted);
  }

  @Test
  void aSlipAcrossTheLinesOfAParagraphIsPlacedOnItsOwnLine() throws Exception {
    Cvpress.CheckReport r = check("en", "I lead a small team of engineers,\nand he go to the office on Mondays.\n",
        CHECKED);
    assertEquals(List.of("10:8 GRAMMAR possible grammar error \"go\" → \"goes\""), found(r));
  }

  @Test
  void codeAddressesAndMarkupAreNotRead() throws Exception {
    Cvpress.CheckReport r = check("en", """
        - Wrote `he go run` and **[a tool](https://example.com/he-go)** for the team, see https://example.com/a.
        - Ran *kubectl* and `their is` checks on every deploy.[^p95]

        [^p95]: Measured at the edge over 30 days, before and after.
        """, CHECKED);
    assertEquals(List.of(), found(r));
  }

  @Test
  void aSlipOurOwnRulesFindIsSaidOnce() throws Exception {
    Cvpress.CheckReport r = check("en", "- Led the the migration of a hour-long batch job.\n", CHECKED);
    assertEquals(List.of(), found(r));
    assertEquals(List.of(Code.REPEATED_WORD, Code.WRONG_ARTICLE), r.problems().stream().map(Diagnostic::code)
        .filter(c -> c == Code.REPEATED_WORD || c == Code.WRONG_ARTICLE).toList());
  }

  @Test
  void withoutGrammarOnlyTheSpellingIsChecked() throws Exception {
    Cvpress.CheckReport r = check("en", "- He go to the the offise on Mondays.\n",
        Options.builder().spelling(true).grammar(false).build());
    assertEquals(List.of(), found(r));
    assertEquals(List.of(Code.POSSIBLE_TYPO), r.problems().stream().map(Diagnostic::code)
        .filter(c -> c == Code.POSSIBLE_TYPO || c == Code.REPEATED_WORD).toList());
  }

  @Test
  void aLanguageWithoutGrammarRulesIsSkippedWithANote() throws Exception {
    Cvpress.CheckReport r = check("nl", "- Hij gaan naar kantoor.\n", CHECKED);
    assertEquals(List.of(), found(r));
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("grammar not checked") && n.contains("`nl`")),
        r.notes().toString());
  }

  /** The résumés people write in each language, with the trade's English words: no grammar finding. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es", "pt"})
  void aResumeWrittenRightHasNoFinding(String lang) throws Exception {
    Path cv = Files.copy(Path.of("src/test/resources/spelling", lang + ".md"), dir.resolve(lang + ".md"));
    assertEquals(List.of(), found(Cvpress.check(cv, CHECKED, null, null)));
  }
}
