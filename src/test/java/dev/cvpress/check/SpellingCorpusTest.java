package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Résumés as people write them in English, German, French, Spanish and Portuguese — with Latin honours, French set
 * phrases and the English words of the trade — have no spelling findings; typos planted in them are each found, at
 * their own place, and nothing else is.
 */
class SpellingCorpusTest {
  @TempDir Path dir;

  private static final Options SPELLING = Options.builder().spelling(true).build();

  /** Per language: a word of the résumé (its first use) and the typo planted in its place. */
  private static final Map<String, List<String[]>> PLANTED = Map.of(
      "en", List.of(new String[] {"experience", "experiance"}, new String[] {"migration", "migraton"},
          new String[] {"postmortem culture", "postmortem cultrue"}),
      "de", List.of(new String[] {"Erfahrung", "Erfahrrung"}, new String[] {"Stakeholdern", "Stakholdern"},
          new String[] {"Deployment", "Deploymnet"}),
      "fr", List.of(new String[] {"déploiement", "déploiment"}, new String[] {"stakeholders", "stakeholdres"},
          new String[] {"ateliers", "atteliers"}),
      "es", List.of(new String[] {"experiencia", "experiensia"}, new String[] {"stakeholders", "stakeholdrs"},
          new String[] {"fiables", "fiabels"}),
      "pt", List.of(new String[] {"experiência", "experiênsia"}, new String[] {"stakeholders", "stakeholers"},
          new String[] {"pagamentos", "pagamemtos"}));

  private static List<String> typos(Cvpress.CheckReport report) {
    return report.problems().stream().filter(d -> d.code() == Code.POSSIBLE_TYPO)
        .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message().replaceAll(" →.*", "")).toList();
  }

  private static String source(String lang) throws Exception {
    return Files.readString(Path.of("src/test/resources/spelling", lang + ".md"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es", "pt"})
  void aResumeAsWrittenHasNoSpellingFinding(String lang) throws Exception {
    Path cv = Files.writeString(dir.resolve(lang + ".md"), source(lang), StandardCharsets.UTF_8);
    Cvpress.CheckReport r = Cvpress.check(cv, SPELLING, null, null);
    assertEquals(List.of(), typos(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "es", "pt"})
  void everyPlantedTypoIsFoundWhereItIsAndNothingElse(String lang) throws Exception {
    String text = source(lang);
    List<String> expected = new ArrayList<>();
    for (String[] plant : PLANTED.get(lang)) {
      int at = text.indexOf(plant[0]);
      if (at < 0) throw new AssertionError(plant[0] + " is not in " + lang + ".md");
      text = text.substring(0, at) + plant[1] + text.substring(at + plant[0].length());
    }
    for (String[] plant : PLANTED.get(lang)) {
      // The typo is the word that differs from the original: the last word of the planted text.
      String typo = plant[1].substring(plant[1].lastIndexOf(' ') + 1);
      int at = text.indexOf(plant[1]) + plant[1].length() - typo.length();
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      int column = at - text.lastIndexOf('\n', at - 1);
      expected.add(line + ":" + column + " possible spelling mistake \"" + typo + "\"");
    }
    expected.sort(null);
    Path cv = Files.writeString(dir.resolve(lang + ".md"), text, StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>(typos(Cvpress.check(cv, SPELLING, null, null)));
    found.sort(null);
    assertEquals(expected, found);
  }
}
