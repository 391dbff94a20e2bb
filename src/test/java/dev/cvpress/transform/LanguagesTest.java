package dev.cvpress.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One language of a résumé written in several: its own content, what all share, and headings named per language. */
class LanguagesTest {
  private static final String SOURCE = """
      ---
      name: A
      languages: [en, de]
      ---

      Intro for all.

      ## Experience {lang=en}
      ## Berufserfahrung {lang=de}

      ### Engineer — Acme | 2020 – Present {lang=en}
      ### Ingenieurin — Acme | 2020 – Present {lang=de}

      - Shared bullet
      - Built it {lang=en}
      - Baute es {lang=de}
      - Tuned it {tags=backend lang=en}

      ### Nur auf Deutsch — Firma | 2018 – 2019 {lang=de}

      Absatz. {lang=de}

      ## Hobbies {lang=en}

      - Chess
      """;

  private static Resume parse() throws Exception {
    return ResumeParser.parse("cv.md", SOURCE.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  /** The headings and texts of a résumé, in reading order. */
  private static List<String> words(Resume r) {
    List<String> out = new ArrayList<>();
    for (Block b : r.intro()) out.add(text(b));
    for (Section s : r.sections()) {
      out.add("## " + s.title());
      for (Node n : Nodes.stream(s.blocks()).toList()) {
        if (n instanceof Entry e) out.add("### " + e.heading() + " | " + e.dates().original());
        if (n instanceof Block.ListItem || n instanceof Block.Paragraph) out.add(text(n));
      }
    }
    return out;
  }

  private static String text(Node n) {
    return Nodes.runs(n).stream().flatMap(List::stream).map(i -> i instanceof Inline.Text t ? t.text() : "")
        .reduce("", String::concat).strip();
  }

  @Test
  void englishHasItsOwnAndTheSharedContentUnderItsHeadings() throws Exception {
    Resume en = Languages.select(parse(), "en");
    assertEquals(List.of("Intro for all.", "## Experience", "### Engineer | 2020 – Present", "Shared bullet",
        "Built it", "Tuned it", "## Hobbies", "Chess"), words(en));
  }

  @Test
  void germanHasItsOwnAndTheSharedContentUnderItsHeadings() throws Exception {
    Resume de = Languages.select(parse(), "de");
    assertEquals(List.of("Intro for all.", "## Berufserfahrung", "### Ingenieurin | 2020 – Present",
        "Shared bullet", "Baute es", "### Nur auf Deutsch | 2018 – 2019", "Absatz."), words(de));
    assertEquals(List.of("de"), de.meta().languages(), "the version is in one language");
    assertTrue(Nodes.stream(de).allMatch(n -> Nodes.languages(Nodes.tags(n)).isEmpty()),
        "what is kept carries no language marks");
    assertEquals(words(de), words(Languages.select(parse(), "de-AT")), "de-AT reads the de content");
  }

  @Test
  void variantsIgnoreLanguagesAndKeepTheirTagsOnLanguageContent() throws Exception {
    Resume en = Languages.select(parse(), "en");
    Resume backend = Variants.select(parse(), Set.of("backend"), Set.of());
    assertTrue(words(Languages.select(backend, "en")).contains("Built it"),
        "a language mark is no variant tag: --tags backend keeps content marked only with a language");
    Resume notBackend = Variants.select(en, Set.of(), Set.of("backend"));
    assertTrue(!words(notBackend).contains("Tuned it") && words(notBackend).contains("Built it"));
  }

  @Test
  void aLanguageNothingIsWrittenInIsReported() throws Exception {
    Resume r = parse();
    assertNull(Languages.absent(r, "de"));
    assertNull(Languages.absent(r, "en-GB"));
    assertEquals(Code.LANGUAGE_NOT_IN_SOURCE, Languages.absent(r, "fr").code());
    assertEquals(Set.of("en", "de"), Languages.used(r));
  }
}
