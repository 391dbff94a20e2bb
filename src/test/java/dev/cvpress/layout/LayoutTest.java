package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.render.pdf.PdfInspect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which layout of a résumé is written: the page footer on two pages or more, none on one page. */
class LayoutTest {
  @TempDir Path dir;

  @Test
  void textLengthCountsWhatIsOutsideTheBodysTags() {
    String html = "<html><head><title>Not counted</title></head><body><p class=\"x\">Ada  Lovelace</p>"
        + "<ul><li>a b</li></ul></body></html>";
    assertEquals("AdaLovelaceab".length(), Layout.textLength(html));
  }

  @Test
  void shortButLongerThanAPageGetsTheFooterOnEveryPage() throws Exception {
    // Little text, taken to be one page, which it is not: laid out again with the footer, which it keeps.
    StringBuilder md = new StringBuilder("# Ada Lovelace\n\n");
    for (int i = 1; i <= 45; i++) md.append("## S").append(i).append("\n\n- x\n\n");
    Path cv = Files.writeString(dir.resolve("sparse.md"), md);
    assertTrue(md.length() < Layout.LIKELY_ONE_PAGE);
    var r = Cvpress.render(cv, Options.builder().set(Map.of("pull-back", "false")).build());
    assertTrue(r.pages() >= 2, "pages: " + r.pages());
    String text = PdfInspect.text(r.pdf());
    assertTrue(text.contains("Page 1 of " + r.pages()) && text.contains("Page 2 of " + r.pages()), text);
  }

  @Test
  void longButOnOnePageGetsNoFooter() throws Exception {
    // Much text in small type: taken to be longer than a page, laid out with the footer, then without it.
    StringBuilder md = new StringBuilder("# Ada Lovelace\n\n## Work\n\n");
    for (int i = 0; i < 28; i++) {
      md.append("- Designed and ran the analytical engine's punched-card programmes, number ").append(i)
          .append(", for Bernoulli numbers, with notes longer than the translation itself.\n");
    }
    Path cv = Files.writeString(dir.resolve("dense.md"), md);
    var r = Cvpress.render(cv, Options.builder().set(Map.of("font-size", "7")).build());
    String text = PdfInspect.text(r.pdf());
    assertTrue(text.replaceAll("\\s", "").length() > Layout.LIKELY_ONE_PAGE, "the résumé has enough text");
    assertEquals(1, r.pages());
    assertFalse(text.contains("Page 1 of 1"), text);
  }
}
