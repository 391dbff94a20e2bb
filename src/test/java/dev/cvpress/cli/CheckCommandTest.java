package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cvpress check`: problems with positions, exit 0 clean / 3 problems / 1 unreadable, JSON, committed PDFs. */
class CheckCommandTest {
  @TempDir Path dir;

  /** A clean one-page résumé; the tests inject one problem at a time. */
  private static final String CLEAN = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      headline: Engineer
      ---

      ## Experience

      ### Engineer — Acme | 2019 – 2021

      - Built the analytical engine

      ### Analyst — Initech | 2015 – 2018

      - Wrote the first program
      """;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The diagnostics printed as `file:line:col: severity: message`, with the source line after each. */
  private static List<String[]> diagnostics(String err) {
    List<String[]> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(\\S+?):(\\d+):(\\d+): (error|warning): (.*)$").matcher(err);
    while (m.find()) out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
    return out;
  }

  private static String[] find(List<String[]> diagnostics, String message, Cli r) {
    for (String[] d : diagnostics) if (d[4].contains(message)) return d;
    throw new AssertionError("no positioned diagnostic containing `" + message + "`\n" + r.both());
  }

  @Test
  void theReferenceResumeIsToldItHasNoName() {
    // Its front matter has `title: About Me` and no name: a page title is not printed as one.
    Cli r = Cli.run("check", "examples/about-me.md");
    assertEquals(3, r.code(), r.both());
    assertEquals("examples/about-me.md: 4 problems (2 pages)", r.out().strip());
    assertTrue(r.err().startsWith("examples/about-me.md:2:1: warning: `About Me` is a page title, not a name"),
        r.err());
    assertTrue(r.err().contains("hint: add `name: Your Name` to the front matter"), r.err());
  }

  @Test
  void spellingMistakesArePrintedWhereTheyAreAndNoSpellLeavesThemOut() {
    Cli r = Cli.run("check", "examples/about-me.md");
    assertTrue(r.err().contains("examples/about-me.md:14:9: warning: possible spelling mistake \"expenrience\" →"
        + " \"experience\"\n    ## Work expenrience\n            ^"), r.both());
    Cli quiet = Cli.run("check", "examples/about-me.md", "--no-spell");
    assertEquals("examples/about-me.md: 1 problem (2 pages)", quiet.out().strip(), quiet.both());
    assertFalse(quiet.err().contains("spelling"), quiet.both());
  }

  @Test
  void grammarIsReportedWithItsCodeAndNoGrammarLeavesOnlyTheSpelling() throws IOException {
    Path cv = write("cv.md", CLEAN.replace("- Wrote the first program", "- He go to the ofice on Mondays"));
    Cli r = Cli.run("check", cv.toString(), "--json");
    assertEquals(3, r.code(), r.both());
    assertTrue(r.out().contains("\"code\" : \"GRAMMAR\""), r.both());
    assertTrue(r.out().contains("\"message\" : \"possible grammar error \\\"go\\\" → \\\"goes\\\"\""), r.both());
    assertTrue(r.out().contains("\"line\" : 15,\n      \"column\" : 6"), r.both());
    Cli spellingOnly = Cli.run("check", cv.toString(), "--no-grammar");
    assertTrue(spellingOnly.err().contains("possible spelling mistake \"ofice\""), spellingOnly.both());
    assertFalse(spellingOnly.err().contains("grammar"), spellingOnly.both());
    Cli neither = Cli.run("check", cv.toString(), "--no-spell");
    assertEquals(0, neither.code(), neither.both());
  }

  @Test
  void jobAdCoverageInTextAndJson() {
    String posting = "examples/sre-posting.txt";
    Cli r = Cli.run("check", "examples/jane-doe.md", "--job", posting);
    assertEquals(0, r.code(), r.both());
    assertTrue(r.out().matches("(?s)examples/jane-doe.md: job ad " + posting + ": \\d+ of \\d+ terms covered"
        + " \\(\\d+%\\)\n.*"), r.both());
    assertTrue(r.out().contains("  covered  Kubernetes "), r.both());
    assertTrue(r.out().contains("  missing  React\n"), r.both());
    Cli json = Cli.run("check", "examples/jane-doe.md", "--job", posting, "--json");
    assertTrue(json.out().contains("\"jobAd\" : {"), json.both());
    assertTrue(json.out().contains("\"term\" : \"Kubernetes\",\n        \"covered\" : true,\n        \"section\" :"
        + " \"Experience\""), json.both());
    Cli missing = Cli.run("check", "examples/jane-doe.md", "--job", "no-such-posting.txt");
    assertEquals(1, missing.code(), missing.both());
    assertTrue(missing.err().startsWith("no-such-posting.txt: error: file not found"), missing.both());
  }

  @Test
  void cleanResumePasses() throws Exception {
    Cli r = Cli.run("check", write("cv.md", CLEAN).toString());
    assertEquals(0, r.code(), r.both());
    assertTrue(r.out().contains(": ok (1 page)"), r.both());
  }

  @Test
  void cleanResumeWithSeveralContactsPasses() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("email: ada@example.com\n",
        "email: ada@example.com\nphone: +44 20 7946 0000\nwebsite: https://ada.dev\ngithub: ada\n"));
    Cli r = Cli.run("check", cv.toString());
    assertEquals(0, r.code(), r.both());
  }

  @Test
  void dateRangeThatEndsBeforeItStarts() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("2019 – 2021", "2021 – 2019"));
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "ends before it starts", r);
    assertEquals(cv.toString(), d[0]);
    assertEquals("9", d[1], "the entry's heading line");
    assertEquals("23", d[2], "at the dates");
    assertEquals("error", d[3]);
    assertTrue(r.err().contains("    ### Engineer — Acme | 2021 – 2019\n"), "the source line is shown\n" + r.both());
    assertTrue(r.out().contains("1 problem"), r.both());
  }

  @Test
  void unparseableDateRange() throws Exception {
    for (String typo : List.of("2019 – Presnet", "Smarch 2019 – Jnu 2021", "2019.13 ~ 2021.2")) {
      Path cv = write("cv.md", CLEAN.replace("2019 – 2021", typo));
      Cli r = Cli.run("check", cv.toString());
      assertEquals(3, r.code(), typo + "\n" + r.both());
      String[] d = find(diagnostics(r.err()), "date", r);
      assertEquals("9", d[1], typo + "\n" + r.both());
    }
  }

  @Test
  void unknownFrontMatterKeyWithDidYouMean() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("headline: Engineer", "headlin: Engineer"));
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "unknown front-matter key `headlin`", r);
    assertEquals("4", d[1]);
    assertEquals("1", d[2]);
    assertTrue(r.err().contains("did you mean `headline`?"), r.both());
  }

  @Test
  void missingImage() throws Exception {
    Path cv = write("cv.md", CLEAN + "\nSee the diagram: ![engine](img/engine.png)\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "image `img/engine.png` not found", r);
    assertEquals("17", d[1]);
    assertTrue(Integer.parseInt(d[2]) >= 1);
    assertEquals("error", d[3]);
  }

  @Test
  void presentImageIsNotAProblem() throws Exception {
    Files.createDirectory(dir.resolve("img"));
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(img, "png", dir.resolve("img/engine.png").toFile());
    Path cv = write("cv.md", CLEAN + "\n![engine](img/engine.png)\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(0, r.code(), r.both());
  }

  @Test
  void aMissingImageIsOneProblem() throws Exception {
    Path cv = write("cv.md", CLEAN + "\n![engine](img/engine.png)\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(1, diagnostics(r.err()).size(), r.both());
  }

  @Test
  void linkOutOfTheFolderIsAProblemNeverLookedUp() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "x");
    Path sub = Files.createDirectories(dir.resolve("cv"));
    Path cv = Files.writeString(sub.resolve("cv.md"), CLEAN + "\nSee [the notes](../secret.txt).\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "link target `../secret.txt` is outside the résumé's folder", r);
    assertEquals("17", d[1]);
  }

  @Test
  void brokenRelativeLink() throws Exception {
    Path cv = write("cv.md", CLEAN + "\nSee [the paper](paper.pdf).\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "link target `paper.pdf` not found", r);
    assertEquals("17", d[1]);
    assertEquals("5", d[2], "the column of the link");
  }

  @Test
  void overflowWithMaxPages() {
    Cli r = Cli.run("check", "examples/about-me.md", "--max-pages", "1", "--no-spell");
    assertEquals(3, r.code(), r.both());
    assertTrue(r.err().contains(": error: 2 pages, more than the limit of 1"), r.both());
    assertTrue(r.out().contains("2 problems (2 pages)"), r.both());
    Cli ok = Cli.run("check", "examples/about-me.md", "--max-pages", "2");
    assertFalse(ok.err().contains("more than the limit"), ok.both());
  }

  @Test
  void overflowIsPositionedWhereTheExtraPageStarts() {
    Cli r = Cli.run("check", "examples/about-me.md", "--max-pages", "1");
    String[] d = find(diagnostics(r.err()), "more than the limit of 1", r);
    assertTrue(Integer.parseInt(d[1]) > 10, "a line in the body, on page 2\n" + r.both());
  }

  @Test
  void emptySectionAndDatesOutOfOrder() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("2015 – 2018", "2020 – 2022") + "\n## Hobbies\n\n## Skills\n\n- Go\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    List<String[]> ds = diagnostics(r.err());
    assertEquals("17", find(ds, "section `Hobbies` is empty", r)[1]);
    assertEquals("13", find(ds, "not in reverse chronological order", r)[1]);
  }

  @Test
  void orderWarningSaysWhichEntries() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("Analyst — Initech | 2015 – 2018", "Engineer — Initech | 2020 – 2022"));
    Cli r = Cli.run("check", cv.toString());
    String[] d = find(diagnostics(r.err()), "reverse chronological order", r);
    assertTrue(d[4].contains("Initech") && d[4].contains("Acme"), d[4]);
  }

  @Test
  void missingContact() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("email: ada@example.com\n", ""));
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    assertEquals("1", find(diagnostics(r.err()), "no email address or phone number", r)[1]);
  }

  @Test
  void characterNoFontCanDrawIsPositioned() throws Exception {
    // U+F8E0 is in the private use area: no text font has it.
    Path cv = write("cv.md", CLEAN + "\n- Speaks Klingon \uF8E0 fluently\n");
    Cli r = Cli.run("check", cv.toString());
    assertEquals(3, r.code(), r.both());
    String[] d = find(diagnostics(r.err()), "no font can draw U+F8E0", r);
    assertEquals("17", d[1]);
    assertEquals("18", d[2], "the character's column, counted in characters");
  }

  @Test
  void missingFileIsExitOne() {
    Cli r = Cli.run("check", dir.resolve("nope.md").toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("nope.md: error: file not found"), r.both());
  }

  @Test
  void unreadableInputWinsOverProblemsInOthers() throws Exception {
    Path typo = write("typo.md", CLEAN.replace("2019 – 2021", "2021 – 2019"));
    Cli r = Cli.run("check", typo.toString(), dir.resolve("nope.md").toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("ends before it starts"), "the other file is still checked\n" + r.both());
    List<String> lines = r.out().lines().toList();
    assertEquals("check: 0 clean, 1 with problems, 1 failed", lines.get(lines.size() - 1),
        "several files end with a summary\n" + r.both());
  }

  // ---- --json ----

  /** A minimal JSON reader on Jackson's streaming parser: objects to maps, arrays to lists. */
  static Object readJson(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      Object value = value(p, p.nextToken());
      assertEquals(null, p.nextToken(), "nothing after the report");
      return value;
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) l.add(value(p, next));
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getIntValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new AssertionError("unexpected " + t);
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void jsonReportHoldsTheProblemsWithPositions() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("2019 – 2021", "2021 – 2019").replace("headline:", "headlin:")
        + "\n![engine](engine.png)\n");
    Cli r = Cli.run("check", cv.toString(), "--json");
    assertEquals(3, r.code(), r.both());
    assertEquals("", r.err(), "--json keeps stdout machine-readable and stderr quiet");
    Map<String, Object> report = (Map<String, Object>) readJson(r.out());
    assertEquals(false, report.get("clean"));
    assertEquals(List.of(), report.get("errors"));
    List<Object> files = (List<Object>) report.get("files");
    assertEquals(1, files.size());
    Map<String, Object> file = (Map<String, Object>) files.get(0);
    assertEquals(cv.toString(), file.get("file"));
    assertEquals(1, file.get("pages"));
    assertEquals(false, file.get("clean"));
    List<Map<String, Object>> problems = (List<Map<String, Object>>) file.get("problems");
    Map<String, Map<String, Object>> byMessage = new LinkedHashMap<>();
    for (Map<String, Object> p : problems) {
      assertEquals(cv.toString(), p.get("file"));
      assertTrue(List.of("error", "warning").contains(p.get("severity")), p.toString());
      assertTrue((Integer) p.get("line") >= 1 && (Integer) p.get("column") >= 1, p.toString());
      byMessage.put((String) p.get("message"), p);
    }
    Map<String, Object> date = byMessage.get("date range `2021 – 2019` ends before it starts");
    assertNotNull(date, byMessage.keySet().toString());
    assertEquals(9, date.get("line"));
    assertEquals("DATES_REVERSED", date.get("code"));
    assertEquals(List.of("severity", "code", "file", "line", "column", "message", "hint"),
        List.copyOf(date.keySet()), "each problem says what kind it is, by its code");
    Map<String, Object> key = byMessage.get("unknown front-matter key `headlin`");
    assertNotNull(key, byMessage.keySet().toString());
    assertEquals(4, key.get("line"));
    assertEquals("UNKNOWN_FRONT_MATTER_KEY", key.get("code"));
    assertTrue(((String) key.get("hint")).contains("did you mean `headline`?"));
    Map<String, Object> image = byMessage.get("image `engine.png` not found");
    assertNotNull(image, byMessage.keySet().toString());
    assertEquals(17, image.get("line"));
    assertEquals("IMAGE_NOT_FOUND", image.get("code"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void jsonForACleanFileAndAMissingOne() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Cli clean = Cli.run("check", cv.toString(), "--json");
    assertEquals(0, clean.code(), clean.both());
    Map<String, Object> report = (Map<String, Object>) readJson(clean.out());
    assertEquals(true, report.get("clean"));
    assertEquals(List.of(), ((Map<String, Object>) ((List<Object>) report.get("files")).get(0)).get("problems"));

    Cli missing = Cli.run("check", dir.resolve("nope.md").toString(), "--json");
    assertEquals(1, missing.code(), missing.both());
    Map<String, Object> m = (Map<String, Object>) readJson(missing.out());
    assertEquals(false, m.get("clean"));
    List<Map<String, Object>> errors = (List<Map<String, Object>>) m.get("errors");
    assertEquals("file not found", errors.get(0).get("message"));
  }

  // ---- --pdf committed.pdf ----

  @SuppressWarnings("unchecked")
  @Test
  void committedPdfUpToDateAndOutOfDate() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Path committed = dir.resolve("cv.pdf");
    Cli render = Cli.run("render", cv.toString(), "-o", committed.toString());
    assertEquals(0, render.code(), render.both());

    Cli fresh = Cli.run("check", cv.toString(), "--pdf", committed.toString());
    assertEquals(0, fresh.code(), fresh.both());
    Cli freshJson = Cli.run("check", cv.toString(), "--pdf", committed.toString(), "--json");
    Map<String, Object> file = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) readJson(freshJson.out()))
        .get("files")).get(0);
    assertEquals(true, file.get("upToDate"), freshJson.out());

    // The résumé changes after the PDF was committed.
    Files.writeString(cv, CLEAN.replace("analytical engine", "difference engine"), StandardCharsets.UTF_8);
    Cli stale = Cli.run("check", cv.toString(), "--pdf", committed.toString());
    assertEquals(3, stale.code(), stale.both());
    assertTrue(stale.err().contains("out of date"), stale.both());
    Cli staleJson = Cli.run("check", cv.toString(), "--pdf", committed.toString(), "--json");
    file = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) readJson(staleJson.out())).get("files")).get(0);
    assertEquals(false, file.get("upToDate"), staleJson.out());

    Cli missing = Cli.run("check", cv.toString(), "--pdf", dir.resolve("gone.pdf").toString());
    assertEquals(1, missing.code(), missing.both());
    assertEquals(dir.resolve("gone.pdf") + ": error: PDF not found\n", missing.err().lines().findFirst()
        .orElse("") + "\n", missing.both());
  }

  @Test
  void aCommittedPdfThatIsNoPdfIsSaidToBeNone() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Path notes = Files.writeString(dir.resolve("notes.pdf"), "meeting notes, not a PDF\n");
    Cli r = Cli.run("check", cv.toString(), "--pdf", notes.toString());
    assertEquals(1, r.code(), r.both());
    assertEquals(notes + ": error: is not a PDF (it does not start with %PDF-)\nhint: --pdf names the PDF rendered"
        + " from the résumé, e.g. `--pdf cv.pdf` after `cvpress cv.md`\n", r.err());
    assertEquals("", r.out(), "nothing checked: " + r.both());
  }

  @Test
  void theJobAdReadsFromStandardInput() throws Exception {
    Path cv = Path.of("examples/jane-doe.md");
    StdCli r = StdCli.run("We want Kubernetes, Go and Terraform.\n".getBytes(StandardCharsets.UTF_8), false,
        false, java.util.Map.of(), "check", cv.toString(), "--job", "-", "--no-spell");
    assertEquals(0, r.code(), r.both());
    assertTrue(r.out().startsWith(cv + ": job ad <stdin>: 3 of 3 terms covered (100%)\n"), r.both());

    StdCli both = StdCli.run(new byte[0], false, false, java.util.Map.of(), "check", "-", "--job", "-");
    assertEquals(2, both.code(), both.both());
    assertTrue(both.err().startsWith("cvpress check: error: the résumé and the job ad cannot both come from"
        + " standard input\n"), both.both());
  }

  @Test
  void aFolderGivenAsTheJobAdIsSaidToBeNoJobAd() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Path folder = Files.createDirectory(dir.resolve("postings"));
    Cli r = Cli.run("check", cv.toString(), "--job", folder.toString());
    assertEquals(1, r.code(), r.both());
    assertEquals(folder + ": error: is a directory, not a job ad\nhint: pass the file itself, e.g. "
        + folder.resolve("posting.txt") + "\n", r.err());
  }

  @Test
  void committedPdfUpToDateIsSaid() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Path committed = dir.resolve("cv.pdf");
    assertEquals(0, Cli.run("render", cv.toString(), "-o", committed.toString()).code());
    Cli fresh = Cli.run("check", cv.toString(), "--pdf", committed.toString());
    assertTrue(fresh.out().contains("up to date"), fresh.both());
  }

  @Test
  void committedPdfIsUpToDateUnderSourceDateEpoch() throws Exception {
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1704067200");
    Path cv = write("cv.md", CLEAN);
    Path committed = dir.resolve("cv.pdf");
    Cli render = Cli.run(env, false, "render", cv.toString(), "-o", committed.toString());
    assertEquals(0, render.code(), render.both());
    Cli check = Cli.run(env, false, "check", cv.toString(), "--pdf", committed.toString());
    assertEquals(0, check.code(), check.both());
  }

  @Test
  void committedVariantPdfIsUpToDate() throws Exception {
    Path committed = dir.resolve("backend.pdf");
    assertEquals(0, Cli.run("render", TaggedResume.SOURCE.toString(), "--tags", "backend", "-o", committed.toString())
        .code());
    Cli r = Cli.run("check", TaggedResume.SOURCE.toString(), "--tags", "backend", "--pdf", committed.toString());
    assertEquals(0, r.code(), r.both());
  }

  @Test
  void pdfTakesExactlyOneInput() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Cli r = Cli.run("check", cv.toString(), cv.toString().replace("cv.md", "other.md"), "--pdf", "x.pdf");
    assertEquals(2, r.code(), r.both());
  }

  @Test
  void brokenLinksInTableCellsAndDefinitionsAreFound() throws IOException {
    Path md = write("cv.md", CLEAN + """

        ## Projects

        | Project | Report |
        |---|---|
        | Engine | [report](missing-table.pdf) |

        Analytics
        : See [notes](missing-definition.pdf)
        """);
    Cli r = Cli.run("check", md.toString());
    assertEquals(3, r.code(), r.both());
    String[] table = find(diagnostics(r.err()), "link target `missing-table.pdf` not found", r);
    String[] definition = find(diagnostics(r.err()), "link target `missing-definition.pdf` not found", r);
    assertEquals(List.of("21", "12"), List.of(table[1], table[2]));
    assertEquals(List.of("24", "7"), List.of(definition[1], definition[2]));
  }

  @Test
  void aPageLimitBelowOneIsAUsageError() throws Exception {
    Path cv = write("cv.md", CLEAN);
    for (String n : new String[] {"0", "-1"}) {
      Cli r = Cli.run("check", cv.toString(), "--max-pages", n);
      assertEquals(2, r.code(), r.both());
      assertEquals("cvpress check: error: --max-pages takes a whole number of pages, 1 or more, not " + n + "\n"
          + "hint: --max-pages N reports a problem (exit 3) when the PDF is longer than N pages\n", r.err());
      assertEquals("", r.out());
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void everyProblemAndErrorInTheJsonReportCarriesItsCode() throws Exception {
    Path cv = write("cv.md", CLEAN.replace("2019 – 2021", "2021 – 2019").replace("headline:", "headlin:")
        .replace("2015 – 2018", "1700 – 1650") + "\n## Hobbies\n\n![engine](engine.png)\n[^x]: never referred to\n");
    Path folder = java.nio.file.Files.createDirectory(dir.resolve("folder.md"));
    Cli r = Cli.run("check", cv.toString(), folder.toString(), dir.resolve("nope.md").toString(), "--json");
    assertEquals(1, r.code(), r.both());
    Map<String, Object> report = (Map<String, Object>) readJson(r.out());
    List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) report.get("errors"));
    for (Object f : (List<Object>) report.get("files")) {
      all.addAll((List<Map<String, Object>>) ((Map<String, Object>) f).get("problems"));
    }
    assertTrue(all.size() >= 7, all.toString());
    for (Map<String, Object> p : all) {
      dev.cvpress.diag.Code.valueOf((String) p.get("code"));
    }
    // A file refused before anything is checked is still reported as JSON on stdout.
    Path fifo = dir.resolve("committed.pdf");
    java.nio.file.Files.createDirectory(fifo);
    Cli refused = Cli.run("check", cv.toString(), "--pdf", fifo.toString(), "--json");
    assertEquals(1, refused.code(), refused.both());
    Map<String, Object> refusal = (Map<String, Object>) readJson(refused.out());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) refusal.get("errors");
    assertEquals(1, errors.size(), refused.both());
    dev.cvpress.diag.Code.valueOf((String) errors.get(0).get("code"));
  }

  @Test
  void aParserThatLosesTheDatesFailsTheCheckAndTheJsonSaysWhichField() throws Exception {
    Path cv = write("cv.md", CLEAN);
    Path css = write("no-dates.css", ".dates { display: none !important; }");
    Cli r = Cli.run("check", cv.toString(), "--css", css.toString(), "--json");
    assertEquals(3, r.code(), r.both());
    assertTrue(r.out().contains("\"code\" : \"PARSED_DATES_LOST\""), r.out());
    String json = r.out().replaceAll("\\s+", " ");
    assertTrue(json.contains("\"field\" : \"dates\", \"of\" : \"Engineer — Acme\", \"expected\" : \"2019 – 2021\","
        + " \"found\" : null, \"ok\" : false, \"line\" : 9"), r.out());
    Cli clean = Cli.run("check", cv.toString(), "--json");
    assertEquals(0, clean.code(), clean.both());
    assertTrue(clean.out().replaceAll("\\s+", " ").contains("\"expected\" : \"2019 – 2021\", \"found\" :"
        + " \"2019 – 2021\", \"ok\" : true"), clean.out());
  }
}
