package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where pages turn and what their feet say, read back from the PDF: the page breaks a résumé asks for, and the
 * footer ("Page X of Y", after the person's name from page 2 on, in 8 pt), in every theme.
 */
class PagesTest {
  /** Four pages asked for three ways; without the breaks it would all fit on one. */
  static final String BROKEN = """
      ---
      name: Ada Lovelace
      email: ada@example.com
      ---

      Analyst and programmer.

      ## Experience

      ### Analyst — Engine Co | 2021 – 2023

      - Wrote the first program.
      - Annotated the memoir.
      \\newpage

      ### Translator — Memoir Ltd | 2019 – 2021

      - Translated the memoir.

      ## Projects {.page-break}

      - Notes on the engine.

      <div class="page-break"></div>

      ## Publications

      ### Notes on the Engine — Scientific Memoirs | 2012 – 2013
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void eachPageBreakStartsANewPage(String theme) throws Exception {
    Rendered r = Cvpress.render(write("cv.md", BROKEN), Options.builder().theme(theme).build());
    assertEquals(4, r.pages(), theme);
    assertEquals(4, PdfLook.pages(r.pdf()));
    String[] firstWords = {"Ada Lovelace", "Translator", "PROJECTS", "PUBLICATIONS"};
    for (int page = 0; page < 4; page++) {
      String text = PdfLook.pageText(r.pdf(), page);
      assertTrue(text.toUpperCase(Locale.ROOT).contains(firstWords[page].toUpperCase(Locale.ROOT)),
          theme + " page " + (page + 1) + ": " + text);
    }
    assertTrue(PdfLook.pageText(r.pdf(), 0).contains("Annotated the memoir."), "the break comes after the bullets");
    assertFalse(PdfLook.pageText(r.pdf(), 0).contains("Translator"));
    assertFalse(r.text().contains("newpage"), r.text());
    assertTrue(r.webHtml().contains("<div class=\"page-break\"></div>"), "the web page prints with the breaks too");
  }

  /** The text drawn in the bottom tenth of a page (0-based) and the sizes it is set in. */
  private static String foot(byte[] pdf, int page, Set<Float> sizes) throws IOException {
    float height = PdfLook.pageSizes(pdf).get(page)[1];
    StringBuilder out = new StringBuilder();
    for (PdfLook.Glyph g : PdfLook.glyphs(pdf, page)) {
      if (g.y() < height * 0.9) continue;
      out.append(g.text());
      sizes.add(Math.round(g.fontSizePt() * 10) / 10f);
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"modern", "classic", "compact", "sidebar", "ledger"})
  void fromPageTwoTheFooterNamesThePerson(String theme) throws Exception {
    Rendered r = Cvpress.render(write("cv.md", BROKEN), Options.builder().theme(theme).build());
    Set<Float> sizes = new TreeSet<>();
    assertEquals("Page1of4", foot(r.pdf(), 0, sizes), theme);
    for (int page = 1; page < 4; page++) {
      assertEquals("AdaLovelace·Page" + (page + 1) + "of4", foot(r.pdf(), page, sizes), theme);
    }
    assertEquals(Set.of(8f), sizes, theme + ": the footer is set in 8 pt");
  }

  @Test
  void withoutANameTheFooterIsThePageNumberAlone() throws Exception {
    String nameless = BROKEN.replace("name: Ada Lovelace\n", "");
    Rendered r = Cvpress.render(write("cv.md", nameless), Options.defaults());
    for (int page = 0; page < 4; page++) {
      assertEquals("Page" + (page + 1) + "of4", foot(r.pdf(), page, new HashSet<>()));
    }
  }

  @Test
  void aSinglePageHasNoFooter() throws Exception {
    Rendered r = Cvpress.render(write("cv.md", "# Ada Lovelace\n\n## Work\n\n- One line.\n"), Options.defaults());
    assertEquals(1, r.pages());
    assertEquals("", foot(r.pdf(), 0, new HashSet<>()));
  }

  @Test
  void breaksInARowOrInsideABulletOrAQuoteTurnOnePageAndNeverShow() throws Exception {
    String md = "# Ada Lovelace\n\n## Work\n\nFirst.\n\\newpage\n\\newpage\n\n<div class=\"page-break\"></div>\n\n"
        + "- Second.\n  \\newpage\n- Third.\n\n> Quoted.\n> \\newpage\n> Fourth.\n";
    Rendered r = Cvpress.render(write("cv.md", md), Options.defaults());
    assertEquals(4, r.pages());
    String[][] expected = {{"First."}, {"Second."}, {"Third.", "Quoted."}, {"Fourth."}};
    for (int page = 0; page < 4; page++) {
      String text = PdfLook.pageText(r.pdf(), page);
      for (String words : expected[page]) assertTrue(text.contains(words), "page " + (page + 1) + ": " + text);
      assertFalse(text.contains("newpage"), "page " + (page + 1) + ": " + text);
    }
  }

  /**
   * The footer of a right-to-left label as read by position, right to left: each number stands apart from the
   * words around it ("صفحة 1 من 2", never "1صفحة").
   */
  @ParameterizedTest
  @ValueSource(strings = {"ar", "fa", "he"})
  void aRightToLeftFooterKeepsTheSpacesAroundTheNumbers(String lang) throws Exception {
    String md = "---\nname: أحمد علي\nlang: " + lang + "\nemail: ahmad@example.com\n---\n\n## الخبرة\n\n"
        + "نص الصفحة الأولى.\n\n\\newpage\n\nنص الصفحة الثانية.\n";
    Rendered r = Cvpress.render(write("cv.md", md), Options.defaults());
    assertEquals(2, r.pages());
    for (int page = 0; page < 2; page++) {
      float height = PdfLook.pageSizes(r.pdf()).get(page)[1];
      List<PdfLook.Glyph> foot = new ArrayList<>(PdfLook.glyphs(r.pdf(), page).stream()
          .filter(g -> g.y() >= height * 0.9).toList());
      foot.sort(java.util.Comparator.comparingDouble(PdfLook.Glyph::x));
      // Left to right as drawn; a gap wider than a hair between two glyphs is a space.
      StringBuilder drawn = new StringBuilder();
      for (int i = 0; i < foot.size(); i++) {
        PdfLook.Glyph g = foot.get(i);
        if (i > 0) {
          PdfLook.Glyph before = foot.get(i - 1);
          if (g.x() - (before.x() + before.width()) > 0.8f) drawn.append(' ');
        }
        drawn.append(g.text());
      }
      String text = drawn.toString();
      assertTrue(text.contains(String.valueOf(page + 1)) && text.contains("2"), lang + ": " + text);
      assertFalse(java.util.regex.Pattern.compile("\\d\\p{L}|\\p{L}\\d").matcher(text).find(),
          lang + " page " + (page + 1) + ": a number touches a word in the footer: " + text);
      String line = PdfLook.pageText(r.pdf(), page).strip().lines().reduce((a, b) -> b).orElse("");
      assertFalse(java.util.regex.Pattern.compile("\\d\\p{L}|\\p{L}\\d").matcher(line).find(),
          lang + " page " + (page + 1) + ", extracted: " + line);
    }
  }
}
