package dev.cvpress.formats.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.Comparison;
import dev.cvpress.formats.jsonresume.JsonResumes;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A LinkedIn export read as Markdown: each file's columns in their place, the Markdown stable and the same résumé
 * through JSON Resume and back; a broken export is an error naming the file in the zip, its row and column; the
 * zip is read safely.
 */
class LinkedInExportsTest {
  private static final String ZIP = "Basic_LinkedInDataExport_12-07-2026.zip";

  private static SourcedMarkdown read(Map<String, String> files) throws Exception {
    return LinkedInExports.toMarkdown(ZIP, ExportFixture.zip(files));
  }

  private static Resume parse(String file, String markdown) throws CvpressException {
    return ResumeParser.parse(file, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  @Test
  void everyFileIsInItsPlace() throws Exception {
    String md = read(ExportFixture.files()).text();
    for (String line : List.of("name: Katharina Vogt", "headline: Senior Marketing Manager",
        "email: k.vogt@example.com", "phone: \"+49 40 1234567\"", "location: Hamburg, Germany",
        "  - \"https://vogt.example\"", "  - \"[Twitter: @kvogt](https://x.com/kvogt)\"",
        "I lead small teams.", "### Senior Marketing Manager — Northwind GmbH — Hamburg | Jan 2020 – Present",
        "- Cut cost per lead by 30%, in one year",
        "### Marketing Manager — Contoso AG — Berlin | Mar 2016 – Dec 2019",
        "### M.A. Business Administration — Universität Hamburg | 2010 – 2015", "Activities: Debating club",
        "### Relaunch (https://relaunch.example) | Jan 2021 – Jun 2021",
        "### Driver — Food Bank Hamburg | Jun 2019 – Present", "*Poverty Alleviation*",
        "### Google Ads Search — Google (https://skillshop.example/1) | Mar 2022 – Mar 2025", "License: ABC-1",
        "### B2B Without Jargon — Marketing Weekly (https://mw.example/b2b) | Aug 2023",
        "### Marketer of the Year | Nov 2022", "B2B Marketing, SEO", "- German (Native or bilingual proficiency)")) {
      assertTrue(md.lines().anyMatch(line::equals), "missing line: " + line + "\n" + md);
    }
    assertFalse(md.contains("Musterweg") || md.contains("1990") || md.contains("20149") || md.contains("private"),
        md);
  }

  /** The golden: update with {@code mvn test -Dgolden.update=true} and read the diff. */
  @Test
  void theExportConvertsAsTheGoldenShows() throws Exception {
    java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/linkedin/export.md");
    String md = read(ExportFixture.files()).text();
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      java.nio.file.Files.writeString(golden, md, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(java.nio.file.Files.readString(golden, StandardCharsets.UTF_8), md);
  }

  @Test
  void stableAndTheSameThroughJsonResume() throws Exception {
    SourcedMarkdown md = read(ExportFixture.files());
    assertEquals(md.text(), read(ExportFixture.files()).text());
    Resume resume = parse(ZIP, md.text());
    String json = JsonResumes.toJson(resume, ZIP, md.text(), text -> parse(ZIP, text)).text();
    String again = JsonResumes.toMarkdown(JsonResumes.read("cv.json", json.getBytes(StandardCharsets.UTF_8)),
        text -> parse("cv.json", text), true).text();
    Comparison.Differences d = Comparison.of(resume, parse(ZIP, again));
    assertTrue(d.none(), "differs: " + d + "\n" + again);
  }

  @Test
  void entriesPointAtTheirRows() throws Exception {
    SourcedMarkdown md = read(ExportFixture.files());
    Resume resume = md.located(parse(ZIP, md.text()));
    List<Entry> entries = Nodes.stream(resume).filter(n -> n instanceof Entry).map(n -> (Entry) n).toList();
    // The first position's quoted description spans three lines, so the second starts on line 5.
    assertEquals(new SourcePos(ZIP + "/Positions.csv", 2, 2), entries.get(0).pos());
    assertEquals(new SourcePos(ZIP + "/Positions.csv", 5, 2), entries.get(1).pos());
  }

  @Test
  void aBrokenCsvIsAnErrorAtItsRow() {
    Map<String, String> files = ExportFixture.files();
    files.put("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
        + "Acme,Engineer,,Berlin,Jan 2020,\nBeta,Analyst,\"never closed,Berlin,Jan 2018,Dec 2019\n");
    CvpressException e = assertThrows(CvpressException.class, () -> read(files));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Code.LINKEDIN_EXPORT_INVALID, d.code());
    assertEquals(ZIP + "/Positions.csv", d.pos().file());
    assertEquals(3, d.pos().line());
  }

  @Test
  void aZipWithoutProfileIsNoExport() throws Exception {
    Map<String, String> files = ExportFixture.files();
    files.remove("Profile.csv");
    CvpressException e = assertThrows(CvpressException.class, () -> read(files));
    assertEquals("the zip has no Profile.csv, so it is not a LinkedIn data export",
        e.diagnostics().get(0).message());
    CvpressException notZip = assertThrows(CvpressException.class,
        () -> LinkedInExports.toMarkdown(ZIP, "First Name\nAda\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("not a zip file, or an empty one", notZip.diagnostics().get(0).message());
  }

  @Test
  void aZipBombStopsAtTheLimit() throws Exception {
    Map<String, String> files = ExportFixture.files();
    files.put("Positions.csv", "Company Name\n" + "x".repeat(ExportZip.MAX_CSV_BYTES + 10));
    byte[] zip = ExportFixture.zip(files);
    assertTrue(zip.length < 100_000, "compressed: " + zip.length);
    CvpressException e = assertThrows(CvpressException.class, () -> LinkedInExports.toMarkdown(ZIP, zip));
    assertEquals(ZIP + "/Positions.csv", e.diagnostics().get(0).pos().file());
    assertTrue(e.diagnostics().get(0).message().startsWith("larger than 5 MB unpacked"));
  }

  @Test
  void namesInTheZipAreMatchedByTheirLastPartOnly() throws Exception {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    for (var e : ExportFixture.files().entrySet()) {
      files.put("../../Basic_LinkedInDataExport/" + e.getKey(), e.getValue());
    }
    assertTrue(read(files).text().contains("name: Katharina Vogt"));
  }

  @Test
  void notesBeforeTheHeaderAreSkipped() throws Exception {
    Map<String, String> files = ExportFixture.files();
    files.put("Skills.csv", "Notes:\n\"Skills you listed.\"\n\nName\nKotlin\n");
    SourcedMarkdown md = read(files);
    assertTrue(md.text().contains("\nKotlin\n"), md.text());
    Resume resume = md.located(parse(ZIP, md.text()));
    SourcePos skill = resume.sections().stream().filter(s -> s.title().equals("Skills")).findFirst().orElseThrow()
        .blocks().get(0).pos();
    assertEquals(new SourcePos(ZIP + "/Skills.csv", 5, 1), skill);
  }
}
