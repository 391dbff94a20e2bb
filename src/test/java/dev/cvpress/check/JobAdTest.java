package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job ad's terms, written any of their ways, are found in the résumé where it has them. */
class JobAdTest {
  @TempDir Path dir;

  private static final Path POSTING = Path.of("examples/sre-posting.txt");

  private static final String CV = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      ---

      ## Experience

      ### SRE — Acme | 2019 – 2021

      - Ran PostgreSQL with high availability on Kubernetes in AWS.
      - Wrote tools in Go; owned the SLOs and the Prometheus alerts.

      ## Skills

      Terraform, Docker, Linux, Kafka, `grafana`
      """;

  private Cvpress.CheckReport check(Path posting) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), CV, StandardCharsets.UTF_8);
    return Cvpress.check(cv, Options.builder().jobAd(posting).build(), null, null);
  }

  @Test
  void variantsAreOneTermAndEachIsPlacedBySectionAndLine() throws Exception {
    JobAd.Coverage c = check(POSTING).jobAd();
    Map<String, String> where = c.covered().stream().collect(Collectors.toMap(JobAd.Term::name,
        t -> t.where().section() + " " + t.where().pos().line() + ":" + t.where().pos().column()));
    // The ad writes k8s, Postgres and golang; the résumé Kubernetes, PostgreSQL and Go.
    assertEquals("Experience 10:44", where.get("Kubernetes"));
    assertEquals("Experience 10:7", where.get("PostgreSQL"));
    assertEquals("Experience 11:18", where.get("Go"));
    assertEquals("Experience 10:23", where.get("High availability"));
    assertEquals("Skills 15:1", where.get("Terraform"));
    assertEquals("Skills 15:35", where.get("Grafana"));
    List<String> missing = c.missing().stream().map(JobAd.Term::name).toList();
    assertTrue(missing.containsAll(List.of("Java", "React", "CI/CD", "Python", "SOC 2", "HIPAA")), missing.toString());
    assertTrue(missing.stream().noneMatch(where::containsKey));
    assertEquals(Math.round(100f * c.covered().size() / c.terms().size()), c.percent());
    assertEquals(c.terms().size(), c.covered().size() + c.missing().size());
  }

  @Test
  void theSameAdGivesTheSameTermsInHtmlAndMarkdown() throws Exception {
    String text = Files.readString(POSTING);
    Path html = Files.writeString(dir.resolve("ad.html"), "<html><head><style>p{}</style></head><body><h1>"
        + text.replace("&", "&amp;").replace("\n- ", "</p><li>").replace("\n\n", "</p><p>") + "</body></html>");
    Path md = Files.writeString(dir.resolve("ad.md"), "# " + text.replace("\n- ", "\n* **").replace(".\n", ".**\n"));
    List<String> plain = JobAd.read(POSTING).termNames();
    assertEquals(plain, JobAd.read(html).termNames());
    assertEquals(plain, JobAd.read(md).termNames());
    assertTrue(plain.containsAll(List.of("Kubernetes", "PostgreSQL", "Go", "Kafka", "HIPAA")), plain.toString());
  }

  @Test
  void aMissingJobAdIsAClearError() {
    CvpressException e = assertThrows(CvpressException.class, () -> check(dir.resolve("nope.txt")));
    assertEquals(Code.FILE_NOT_FOUND, e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).hint().contains("--job"), e.diagnostics().get(0).hint());
  }

  @Test
  void noJobAdNoCoverage() throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), CV, StandardCharsets.UTF_8);
    assertNull(Cvpress.check(cv, Options.defaults(), null, null).jobAd());
  }

  @Test
  void anEmptyAdIsAnErrorNotFullCoverage() {
    for (String text : List.of("", "  \n\t\n")) {
      CvpressException e = assertThrows(CvpressException.class,
          () -> JobAd.read("<stdin>", text.getBytes(StandardCharsets.UTF_8)));
      assertEquals(Code.EMPTY_FILE, e.diagnostics().get(0).code());
      assertTrue(e.diagnostics().get(0).message().contains("job ad is empty"), e.diagnostics().toString());
    }
  }
}
