package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress check` on a résumé's prose, as the README shows it: each slip at its column, and no noise. */
class CheckProseTest {
  @TempDir Path dir;

  private Cli check(String lang, String... items) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), "---\nname: Ada Lovelace\nemail: ada@example.com\nlang: "
        + lang + "\n---\n\n## Experience\n\n### Engineer — Acme | 2019 – 2021\n\n" + String.join("\n", items)
        + "\n", StandardCharsets.UTF_8);
    return Cli.run("check", cv.toString());
  }

  /** The lines "cv.md:LINE:COL: warning: MESSAGE" of a run, without the file. */
  private static List<String> warnings(Cli r) {
    return r.both().lines().filter(l -> l.contains(": warning: "))
        .map(l -> l.substring(l.indexOf("cv.md:") + "cv.md:".length())).toList();
  }

  @Test
  void aMarkWithNoSpaceAfterItAfterAWordOfAnyLengthIsFound() throws Exception {
    Cli r = check("en", "- The work was done,and finished.Then we left.", "- It was finished.Then we left.");
    assertEquals(3, r.code(), r.both());
    assertEquals(List.of(
        "11:20: warning: no space after \",\"",
        "11:33: warning: no space after \".\"",
        "12:18: warning: no space after \".\""), warnings(r));
  }

  @Test
  void oneAgreementSlipIsSaidOncePerSentenceNotWithTheWordsItMakesLookWrong() throws Exception {
    Cli r = check("fr", "- Les développeurs est satisfaits de la nouvelle chaîne d'intégration continue.",
        "- Les tests est lents. Les développeurs est contents.");
    assertEquals(List.of(
        "11:20: warning: possible grammar error \"est\" → \"sont\"",
        "12:13: warning: possible grammar error \"est\" → \"sont\"",
        "12:41: warning: possible grammar error \"est\" → \"sont\""), warnings(r));
  }

  @Test
  void anAbbreviationWrittenWithItsDotIsNoSpellingMistake() throws Exception {
    Cli r = check("de", "- Betrieb von Kubernetes inkl. Helm-Charts, bzw. Terraform und Monitoring.");
    assertEquals(List.of(), warnings(r));
    Cli typo = check("de", "- Betrieb von Kubernetes inkl Helm-Charts.");
    assertEquals(List.of("11:26: warning: possible spelling mistake \"inkl\" → \"inkl.\""), warnings(typo));
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANameWhateverMarkComesBefore() throws Exception {
    Cli r = check("en", "- Planned the offsite; Bora Bora trip.", "- Planned the offsite: Bora Bora trip.",
        "- Planned the offsite (Bora Bora trip).", "- Planned the offsite – Bora Bora trip.");
    assertEquals(List.of(), warnings(r));
    Cli typo = check("en", "- Planned the offsite. Bellive it.");
    assertEquals(1, warnings(typo).size(), typo.both());
    assertTrue(warnings(typo).get(0).startsWith("11:24: warning: possible spelling mistake \"Bellive\""),
        typo.both());
  }
}
