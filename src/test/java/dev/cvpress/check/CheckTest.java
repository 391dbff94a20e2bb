package dev.cvpress.check;

import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each family of rules finds its kind of problem, by code, where the résumé can be fixed. */
class CheckTest {
  @TempDir Path dir;

  /** A clean one-page résumé; the tests put one problem in at a time. */
  private static final String CLEAN = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      headline: Engineer
      ---

      ## Experience

      ### Engineer — Acme | 2019 – 2021

      - Built the *analytical* engine

      ### Analyst — Initech | 2015 – 2018

      - Wrote the first program
      """;

  private List<Diagnostic> check(String markdown) throws Exception {
    return check(markdown, null);
  }

  private List<Diagnostic> check(String markdown, Integer maxPages) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), markdown, StandardCharsets.UTF_8);
    return Cvpress.check(cv, Options.defaults(), maxPages, null).problems();
  }

  /** The problems as "CODE line:column", in the order they are reported. */
  private static List<String> found(List<Diagnostic> problems) {
    return problems.stream().map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column()).toList();
  }

  @Test
  void aCleanResumeHasNoProblems() throws Exception {
    assertEquals(List.of(), check(CLEAN));
  }

  @Test
  void unknownFrontMatterKeyIsAWarningAtTheKey() throws Exception {
    List<Diagnostic> problems = check(CLEAN.replace("headline: Engineer", "headlin: Engineer"));
    assertEquals(List.of("UNKNOWN_FRONT_MATTER_KEY 4:1"), found(problems));
    assertTrue(problems.get(0).hint().contains("did you mean `headline`?"), problems.get(0).hint());
  }

  @Test
  void hugoKeysAreNoProblem() throws Exception {
    assertEquals(List.of(), check(CLEAN.replace("headline: Engineer", "headline: Engineer\ndraft: false\nslug: x")));
  }

  @Test
  void aResumeWithoutNameOrContact() throws Exception {
    List<Diagnostic> problems = check(CLEAN.replace("name: Ada Lovelace\nemail: ada@example.com\n", ""));
    assertEquals(List.of("NO_NAME 1:1", "NO_CONTACT 1:1"), found(problems));
  }

  @Test
  void emptySection() throws Exception {
    assertEquals(List.of("EMPTY_SECTION 17:1"), found(check(CLEAN + "\n## Hobbies\n\n## Skills\n\n- Go\n")));
  }

  @Test
  void dateRanges() throws Exception {
    // At the dates themselves, where the heading writes them.
    assertEquals(List.of("DATES_REVERSED 9:23"), found(check(CLEAN.replace("2019 – 2021", "2021 – 2019"))));
    assertEquals(List.of("UNREADABLE_DATES 9:23"), found(check(CLEAN.replace("2019 – 2021", "2019 – Presnet"))));
    assertEquals(List.of("DATES_OUT_OF_ORDER 13:1"), found(check(CLEAN.replace("2015 – 2018", "2020 – 2022"))));
    assertEquals(List.of("DATES_OVERLAP 13:1"), found(check(CLEAN.replace("2015 – 2018", "2015 – 2020"))));
  }

  @Test
  void linksAndImages() throws Exception {
    Files.writeString(dir.resolve("there.pdf"), "x");
    List<Diagnostic> problems = check(CLEAN + """

        See [the paper](paper.pdf), [this one](there.pdf) and [the notes](../notes.txt).

        | Project | Report |
        |---|---|
        | Engine | [report](missing-table.pdf) |

        Analytics
        : See [notes](missing-definition.pdf)
        """);
    assertEquals(List.of("BROKEN_LINK 17:5", "OUTSIDE_FOLDER 17:55", "BROKEN_LINK 21:12", "BROKEN_LINK 24:7"),
        found(problems));
  }

  @Test
  void aMissingImageIsOneErrorWhereTheRenderWarnedToo() throws Exception {
    List<Diagnostic> problems = check(CLEAN + "\n![engine](img/engine.png)\n\n![](img/engine.png)\n");
    assertEquals(List.of("IMAGE_NOT_FOUND 17:1", "IMAGE_WITHOUT_ALT 19:1", "IMAGE_NOT_FOUND 19:1"), found(problems));
    assertTrue(problems.stream().filter(d -> d.code() == Code.IMAGE_NOT_FOUND).allMatch(Diagnostic::isError));
  }

  @Test
  void aPageLimitPointsAtWhereTheExtraPageStarts() throws Exception {
    StringBuilder md = new StringBuilder(CLEAN).append("\n## Projects\n\n");
    for (int i = 1; i <= 60; i++) md.append("- Project number ").append(i).append(" shipped on time\n");
    List<Diagnostic> problems = check(md.toString(), 1);
    assertEquals(1, problems.size(), problems.toString());
    Diagnostic d = problems.get(0);
    assertEquals(Code.PAGE_LIMIT, d.code());
    assertTrue(d.pos().line() > 30, "a list item on page 2: " + d.pos());
    assertEquals(List.of(), check(md.toString(), 2));
  }

  @Test
  void aCharacterNoFontDrawsIsPlacedAtItsFirstUse() throws Exception {
    // U+F8E0 is in the private use area: no text font draws it.
    List<Diagnostic> problems = check(CLEAN + "\n- Speaks Klingon \uF8E0 fluently\n");
    assertEquals(Code.MISSING_GLYPH, problems.get(0).code(), problems.toString());
    assertEquals("17:18", problems.get(0).pos().line() + ":" + problems.get(0).pos().column());
  }

  @Test
  void footnotesThatLeadNowhereAreWarningsAtThem() throws Exception {
    List<Diagnostic> problems = check(CLEAN + "\nShipped it.[^zz] Done.[^a]\n\n[^a]: Used.\n[^old]: Unused.\n");
    assertEquals(List.of("FOOTNOTE_UNDEFINED 17:12", "FOOTNOTE_UNUSED 20:1"), found(problems));
    assertTrue(problems.get(0).hint().contains("[^zz]:"), problems.get(0).hint());
  }

  @Test
  void anH1RepeatingTheNameIsNoEmptySection() throws Exception {
    assertEquals(List.of(), check(CLEAN.replace("---\n\n## Experience", "---\n\n# Ada Lovelace\n\n## Experience")));
  }

  @Test
  void anEmailWithoutADomainIsAWarningAtTheAddress() throws Exception {
    List<Diagnostic> problems = check(CLEAN.replace("email: ada@example.com", "email: ada@example"));
    assertEquals(List.of("EMAIL_INVALID 3:8"), found(problems));
    assertTrue(problems.get(0).message().contains("`ada@example` lacks a domain"), problems.get(0).message());
    assertTrue(problems.get(0).hint().contains("ada@example.com"), problems.get(0).hint());
    // Written in the Markdown under a label, at the address too.
    problems = check(CLEAN.replace("email: ada@example.com\n", "").replace("## Experience",
        "Email: ada@example\n\n## Experience"));
    assertEquals(List.of("EMAIL_INVALID 6:8"), found(problems));
  }

  @Test
  void aHistoricalDateRangeThatEndsBeforeItStarts() throws Exception {
    assertEquals(List.of("DATES_REVERSED 9:23"), found(check(CLEAN.replace("2019 – 2021", "1845 – 1843"))));
    assertEquals(List.of(), check(CLEAN.replace("2019 – 2021", "1843 – 1845").replace("2015 – 2018", "1835 – 1840")));
  }

  @Test
  void datesThatCannotBeReadAreReportedWhateverTheirForm() throws Exception {
    // Years outside 1800–2099, a month 13: meant as dates, reported as dates, never taken into the title.
    for (String dates : List.of("1700 – 1650", "2150 – 2100", "13/2020 – 01/2021", "1999 – 2150")) {
      List<Diagnostic> problems = check(CLEAN.replace("2019 – 2021", dates));
      assertEquals(List.of("UNREADABLE_DATES 9:23"), found(problems), dates);
      assertTrue(problems.get(0).message().contains("`" + dates + "`"), problems.get(0).message());
    }
    for (String dates : List.of("Mar 2020 – Jan 2020", "2020-05 – 2019-01", "05/2020 – 01/2019", "2020 to 2018")) {
      assertEquals(List.of("DATES_REVERSED 9:23"), found(check(CLEAN.replace("2019 – 2021", dates))), dates);
    }
  }

  @Test
  void anAddressWithoutADomainOnTheContactLineIsItselfTheProblem() throws Exception {
    String noFrontMatterContact = CLEAN.replace("email: ada@example.com\n", "").replace("## Experience",
        "ada@example · +44 20 7946 0000 · London\n\n## Experience");
    assertEquals(List.of("EMAIL_INVALID 6:1"), found(check(noFrontMatterContact)));
  }

  @Test
  void anAddressWrittenOnThePageIsAWayToReachTheAuthor() throws Exception {
    String inHeadline = CLEAN.replace("email: ada@example.com\n", "").replace("headline: Engineer",
        "headline: Engineer · ada@example.com");
    assertEquals(List.of(), check(inHeadline));
  }
}
