package dev.cvpress.formats.rendercv;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RenderCV's own example CVs (vendored from rendercv/rendercv, MIT, with its licence) read as Markdown: every
 * entry type, its dates, its theme; the Markdown read back and through JSON Resume gives the same résumé; problems
 * point at the YAML's line and column.
 */
class RenderCvsTest {
  static Stream<Path> examples() throws Exception {
    return Files.list(Path.of("src/test/resources/rendercv")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  private static Resume parse(String file, String markdown) throws CvpressException {
    return ResumeParser.parse(file, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static SourcedMarkdown read(String yaml) throws CvpressException {
    return RenderCvs.toMarkdown("cv.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theExampleIsWrittenAsAPersonWouldWriteIt() throws Exception {
    Path file = Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.yaml");
    String md = RenderCvs.toMarkdown(file.toString(), Files.readAllBytes(file)).text();
    for (String line : List.of("name: John Doe", "  - linkedin.com/in/rendercv", "  theme: modern", "lang: en",
        "## Welcome to RenderCV", "## Selected Honors", "## Invited Talks",
        "### PhD in Computer Science — Princeton University — Princeton, NJ | Sep 2018 – May 2023",
        "### Co-Founder & CTO — Nexus AI — San Francisco, CA | Jun 2023 – Present",
        "### FlashInfer (https://github.com/) | Jan 2023 – Present", "### NeuralPrune (https://github.com/) | 2021",
        "*NeurIPS 2022, Spotlight*", "James Liu, *John Doe*",
        "DOI: [10.1234/neurips.2022.5678](https://doi.org/10.1234/neurips.2022.5678)",
        "- Published research at top-tier venues with significant academic impact",
        "  - ICML 2022 main conference paper, cited 340+ times within two years",
        "- **ML Frameworks:** PyTorch, JAX, TensorFlow, Triton, ONNX",
        "- Forbes 30 Under 30 in Enterprise Technology (2024)",
        "2. Dynamic Sparsity Patterns for Efficient Transformer Attention (US Patent 11,345,678)",
        "Markdown syntax is supported everywhere. This is **bold**, *italic*, and [link](https://example.com).")) {
      assertTrue(md.lines().anyMatch(line::equals), "missing line: " + line + "\n" + md);
    }
  }

  /** The golden: update with {@code mvn test -Dgolden.update=true} and read the diff. */
  @Test
  void theClassicExampleConvertsAsTheGoldenShows() throws Exception {
    Path file = Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.yaml");
    Path golden = Path.of("src/test/resources/rendercv/John_Doe_ClassicTheme_CV.md");
    String md = RenderCvs.toMarkdown(file.toString(), Files.readAllBytes(file)).text();
    if (Boolean.parseBoolean(System.getProperty("golden.update", "false"))) {
      Files.writeString(golden, md, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), md);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void throughJsonResumeAndBackTheResumeIsTheSame(Path file) throws Exception {
    String name = file.toString();
    SourcedMarkdown md = RenderCvs.toMarkdown(name, Files.readAllBytes(file));
    assertEquals(md.text(), RenderCvs.toMarkdown(name, Files.readAllBytes(file)).text(), "stable");
    Resume resume = parse(name, md.text());
    assertTrue(resume.sections().size() >= 9, "sections: " + resume.sections().size());
    JsonResumes.MarkdownReader reader = text -> parse(name, text);
    String json = JsonResumes.toJson(resume, name, md.text(), reader).text();
    String again = JsonResumes.toMarkdown(JsonResumes.read(name + ".json", json.getBytes(StandardCharsets.UTF_8)),
        text -> parse(name + ".json", text), true).text();
    Comparison.Differences d = Comparison.of(resume, parse(name, again));
    assertTrue(d.none(), "differs: " + d + "\n" + again);
  }

  @Test
  void theThemeIsTheNearestCvpressTheme() throws Exception {
    for (var e : Map.of("classic", "modern", "engineeringresumes", "compact", "sb2nov", "compact", "moderncv",
        "ledger", "harvard", "classic").entrySet()) {
      String md = read("cv:\n  name: A\ndesign:\n  theme: " + e.getKey() + "\n").text();
      assertTrue(md.contains("style:\n  theme: " + e.getValue() + "\n"), e + "\n" + md);
    }
    SourcedMarkdown own = read("cv:\n  name: A\ndesign:\n  theme: mytheme\n  page:\n    size: a4\n");
    assertFalse(own.text().contains("theme:"));
    assertEquals(List.of(new SourcePos("cv.yaml", 4, 10), new SourcePos("cv.yaml", 5, 3)),
        own.warnings().stream().map(Diagnostic::pos).toList());
  }

  @Test
  void entriesPointAtTheirLinesInTheYaml() throws Exception {
    String yaml = """
        cv:
          name: Ada
          sections:
            experience:
              - company: Analytical Engines
                position: Programmer
                start_date: 1843-01
                end_date: present
              - company: Babbage & Co
                position: Analyst
                date: 1840
        """;
    SourcedMarkdown md = read(yaml);
    Resume resume = md.located(parse("cv.yaml", md.text()));
    List<Entry> entries = Nodes.stream(resume).filter(n -> n instanceof Entry).map(n -> (Entry) n).toList();
    assertEquals(new SourcePos("cv.yaml", 5, 9), entries.get(0).pos());
    assertEquals(new SourcePos("cv.yaml", 9, 9), entries.get(1).pos());
    assertEquals("Jan 1843 – Present", entries.get(0).dates().original());
    assertEquals("1840", entries.get(1).dates().original());
  }

  @Test
  void problemsAreAtTheirLineAndColumn() {
    CvpressException syntax = assertThrows(CvpressException.class, () -> read("cv:\n  name: Ada\n   email: x\n"));
    Diagnostic d = syntax.diagnostics().get(0);
    assertEquals(Code.RENDERCV_INVALID, d.code());
    assertEquals(3, d.pos().line());
    assertTrue(d.message().startsWith("not valid YAML"), d.message());

    CvpressException unknown = assertThrows(CvpressException.class,
        () -> read("cv:\n  name: Ada\n  sections:\n    talks:\n      - when: 2020\n"));
    assertEquals(new SourcePos("cv.yaml", 5, 9), unknown.diagnostics().get(0).pos());
    assertTrue(unknown.diagnostics().get(0).message().contains("no type"));

    CvpressException text = assertThrows(CvpressException.class,
        () -> read("cv:\n  name: Ada\n  sections:\n    about: I build engines\n"));
    assertEquals(new SourcePos("cv.yaml", 4, 12), text.diagnostics().get(0).pos());

    CvpressException manifest = assertThrows(CvpressException.class,
        () -> read("outputs:\n  - input: cv.md\n"));
    assertTrue(manifest.diagnostics().get(0).message().contains("no `cv:` key"));
    assertTrue(manifest.diagnostics().get(0).hint().contains("cvpress build"));
  }

  @Test
  void aFieldWithNoPlaceIsReportedAtItsKey() throws Exception {
    SourcedMarkdown md = read("cv:\n  name: Ada\n  nickname: Countess\n  sections:\n    experience:\n"
        + "      - company: A\n        position: B\n        salary: 100\n");
    assertEquals(List.of(new SourcePos("cv.yaml", 8, 9), new SourcePos("cv.yaml", 3, 3)),
        md.warnings().stream().map(Diagnostic::pos).toList());
    assertTrue(md.warnings().stream().allMatch(w -> w.code() == Code.FIELD_NOT_CARRIED));
  }

  @Test
  void anEmptySectionShowsNothing() throws Exception {
    String md = read("cv:\n  name: Ada\n  sections:\n    experience: []\n    skills:\n      - label: Go\n"
        + "        details: yes\n").text();
    assertFalse(md.contains("## Experience"), md);
    assertTrue(md.contains("## Skills\n\n- **Go:** yes\n"), md);
  }

  @Test
  void socialNetworksBecomeLinks() throws Exception {
    String md = read("""
        cv:
          name: Ada
          phone: ["+44 20 7946 0000", "+44 20 7946 0001"]
          social_networks:
            - network: Mastodon
              username: "@ada@hachyderm.io"
            - network: ORCID
              username: 0000-0002-1825-0097
          custom_connections:
            - placeholder: Book a call
              url: https://cal.example/ada
              fontawesome_icon: calendar
        """).text();
    assertTrue(md.contains("  - \"[Mastodon: @ada@hachyderm.io](https://hachyderm.io/@ada)\""), md);
    assertTrue(md.contains("  - \"[ORCID: 0000-0002-1825-0097](https://orcid.org/0000-0002-1825-0097)\""), md);
    assertTrue(md.contains("  - \"[Book a call](https://cal.example/ada)\""), md);
    assertTrue(md.contains("phone: \"+44 20 7946 0000\""), md);
  }
}
