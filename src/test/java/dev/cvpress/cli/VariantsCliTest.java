package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--tags` and `--exclude-tags` pick one version of a tagged résumé; the PDF differs by exactly the tagged content. */
class VariantsCliTest {
  @TempDir Path dir;

  private List<String> render(String name, String... selection) throws Exception {
    Path out = dir.resolve(name + ".pdf");
    List<String> args = new ArrayList<>(List.of("render", TaggedResume.SOURCE.toString(), "-o", out.toString(),
        "--format", "pdf,txt"));
    args.addAll(List.of(selection));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.both());
    String txt = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
    String pdfText = PdfInspect.text(Files.readAllBytes(out));
    for (String text : List.of(txt, pdfText)) {
      assertFalse(text.contains("tags") || text.contains("{") || text.contains("<!--"),
          "the tag attributes never show:\n" + text);
    }
    return TaggedResume.pdfLines(out);
  }

  @Test
  void noSelectionKeepsEverything() throws Exception {
    List<String> all = render("all");
    assertEquals(TaggedResume.expected(Set.of(), Set.of()), all);
    assertEquals(TaggedResume.LINES.size(), all.size());
  }

  @Test
  void tagsBackend() throws Exception {
    List<String> lines = render("backend", "--tags", "backend");
    assertEquals(TaggedResume.expected(Set.of("backend"), Set.of()), lines);
    assertTrue(lines.contains("Wrote the Acme billing service in Go"));
    assertFalse(lines.contains("Cloud certifications"), "a section tagged cloud is out");
    assertFalse(lines.contains("Mainframe Operator, Oldco 1999 – 2001"), "an entry tagged old is out");
    assertTrue(lines.contains("Analyst, Initech 2015 – 2019") && lines.contains("Writing clear documents"),
        "untagged content is always in");
  }

  @Test
  void tagsCloud() throws Exception {
    List<String> lines = render("cloud", "--tags", "cloud");
    assertEquals(TaggedResume.expected(Set.of("cloud"), Set.of()), lines);
    assertTrue(lines.contains("Platform Engineer, Acme 2020 – Present"), "tagged backend,cloud: in for cloud");
    assertFalse(lines.contains("Wrote the Acme billing service in Go"));
    assertFalse(lines.contains("Backend specialist in Kafka pipelines."), "a paragraph tagged backend is out");
  }

  @Test
  void excludeTagsOld() throws Exception {
    List<String> lines = render("no-old", "--exclude-tags", "old");
    assertEquals(TaggedResume.expected(Set.of(), Set.of("old")), lines);
    assertFalse(lines.stream().anyMatch(l -> l.contains("Oldco") || l.contains("COBOL")), lines.toString());
    assertTrue(lines.contains("Wrote the Acme billing service in Go"));
  }

  @Test
  void severalTagsAndAnExclusionTogether() throws Exception {
    List<String> lines = render("mixed", "--tags", "backend,old", "--exclude-tags", "cloud");
    assertEquals(TaggedResume.expected(Set.of("backend", "old"), Set.of("cloud")), lines);
    assertFalse(lines.contains("Platform Engineer, Acme 2020 – Present"), "excluded by its cloud tag");
    assertTrue(lines.contains("Mainframe Operator, Oldco 1999 – 2001"));
  }

  @Test
  void theVersionsReallyDiffer() {
    // Guards the model itself: if every selection kept the same lines the tests above would prove nothing.
    List<String> backend = TaggedResume.expected(Set.of("backend"), Set.of());
    List<String> cloud = TaggedResume.expected(Set.of("cloud"), Set.of());
    List<String> noOld = TaggedResume.expected(Set.of(), Set.of("old"));
    List<String> all = TaggedResume.expected(Set.of(), Set.of());
    assertNotEquals(backend, cloud);
    assertNotEquals(noOld, all);
    assertNotEquals(backend, noOld);
  }

  @Test
  void attributeSpellingsAndTagsInsideCodeStayLiteral() throws Exception {
    Path md = Files.writeString(dir.resolve("spellings.md"), """
        ---
        name: Sam Spell
        email: sam@example.com
        ---

        ## Work

        - Quoted tag list alpha {tags="red blue"}
        - Dotted tag beta {.tags=red}
        - Upper case gamma {TAGS=Blue}
        - Mid-line {tags=red} delta stays as text
        - Untagged epsilon

        ```
        code line {tags=red}
        ```
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("spell.txt");
    Cli r = Cli.run("render", md.toString(), "-o", dir.resolve("spell.txt").toString(), "--format", "txt",
        "--exclude-tags", "red");
    assertEquals(0, r.code(), r.both());
    String txt = Files.readString(out, StandardCharsets.UTF_8);
    assertFalse(txt.contains("alpha") || txt.contains("beta"), txt);
    assertTrue(txt.contains("Upper case gamma") && !txt.contains("TAGS"), txt);
    assertTrue(txt.contains("Mid-line {tags=red} delta stays as text"), "only an attribute that ends the line is a tag\n"
        + txt);
    assertTrue(txt.contains("Untagged epsilon"), txt);
    assertTrue(txt.contains("code line {tags=red}"), "code is shown as written\n" + txt);
  }

  @Test
  void footnotesStayInEveryVersionAndTagsAreFoundInsideQuotes() throws Exception {
    Path md = Files.writeString(dir.resolve("notes.md"), """
        ---
        name: Sam Note
        email: sam@example.com
        ---

        ## Work

        - Shipped the ledger[^1]

        > Quoted praise for everyone
        >
        > Quoted praise for backend only {tags=backend}

        [^1]: Footnote text about the ledger
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("notes.txt");
    for (String[] selection : List.of(new String[] {"--tags", "backend"}, new String[] {"--exclude-tags", "backend"})) {
      Cli r = Cli.run("render", md.toString(), "-o", dir.resolve("notes.pdf").toString(), "--format", "pdf,txt",
          selection[0], selection[1]);
      assertEquals(0, r.code(), r.both());
      String pdf = PdfInspect.collapse(PdfInspect.text(Files.readAllBytes(dir.resolve("notes.pdf"))));
      String txt = Files.readString(out, StandardCharsets.UTF_8);
      for (String text : List.of(pdf, txt)) {
        assertTrue(text.contains("Footnote text about the ledger"), selection[0] + ": " + text);
        assertTrue(text.contains("Quoted praise for everyone"), selection[0] + ": " + text);
        assertEquals(selection[0].equals("--tags"), text.contains("Quoted praise for backend only"),
            selection[0] + ": " + text);
      }
    }
  }
}
