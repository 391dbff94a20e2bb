package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone web page (`--format html`): the same résumé, CSS inlined, nothing only a PDF needs. */
class WebPageTest {
  private static Document page;
  private static String html;

  @BeforeAll
  static void render() throws Exception {
    Rendered r = Cvpress.render(Path.of("src/test/resources/variants/tagged.md"),
        Options.builder().tags(Set.of("backend")).build());
    html = r.webHtml();
    page = Jsoup.parse(html);
  }

  @Test
  void standaloneDocument() {
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("Ada Lovelace — Résumé", page.title());
    assertNotNull(page.selectFirst("meta[charset]"));
    assertNotNull(page.selectFirst("meta[name=viewport]"));
    assertFalse(page.select("head style").isEmpty(), "CSS inlined");
    assertTrue(page.select("link, script, bookmarks, bookmark").isEmpty(), "no external sheets, scripts or bookmarks");
    assertTrue(page.select(".icon").isEmpty(), "no icon glyphs (a browser lacks the font)");
    assertTrue(page.select("[src^=file:], [href^=file:]").isEmpty(), "nothing from the author's disk");
  }

  @Test
  void theResumeIsThere() {
    String text = page.body().text();
    assertTrue(text.startsWith("Ada Lovelace Software engineer"), text);
    assertNotNull(page.selectFirst("a[href=mailto:ada@example.com]"), "the email is a link");
    List<String> sections = page.select("h2").eachText();
    assertEquals(List.of("Experience", "Skills"), sections, "the cloud section is not in the backend version");
    assertTrue(text.contains("2020 – Present") && text.contains("2015 – 2019"), "formatted dates: " + text);
    List<String> bullets = page.select("li").eachText();
    assertTrue(bullets.contains("Wrote the Acme billing service in Go"), bullets.toString());
    assertTrue(bullets.contains("Kafka streaming pipelines"), bullets.toString());
    assertFalse(text.contains("Terraform") || text.contains("forty percent"), "cloud-only content is out: " + text);
    assertFalse(html.contains("tags=") || html.contains("{tags"), "tag attributes never show");
  }

  /** The web page carries the HTML stage's decisions as the PDF does: wide tables and right-to-left text. */
  @Test
  void wideTablesAndRightToLeftParagraphs(@TempDir Path dir) throws Exception {
    Path cv = Files.writeString(dir.resolve("cv.md"), """
        ---
        name: Ada Lovelace
        ---

        ## Languages

        | Language | Reading | Writing | Speaking | Listening | Level | Certificate |
        |---|---|---|---|---|---|---|
        | Arabic | C1 | B2 | C1 | C1 | Advanced | ALPT |

        أتحدث العربية بطلاقة منذ عام 2015، وأكتب بها تقارير العمل.

        Fluent in English.
        """, StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(cv, Options.defaults());
    Document web = Jsoup.parse(r.webHtml());
    assertEquals(7, web.select("table tr").first().children().size());
    assertTrue(web.selectFirst("table").hasClass("wide"), web.selectFirst("table").outerHtml());
    Element arabic = web.select("section p").stream().filter(p -> p.text().startsWith("أتحدث")).findFirst()
        .orElseThrow();
    assertEquals("rtl", arabic.attr("dir"));
    Element english = web.select("section p").stream().filter(p -> p.text().startsWith("Fluent")).findFirst()
        .orElseThrow();
    assertFalse(english.hasAttr("dir"), english.outerHtml());
    // The printed document carries the same decisions.
    Document print = Jsoup.parse(r.html());
    assertTrue(print.selectFirst("table").hasClass("wide"));
    assertEquals(List.of("rtl"), print.select("section p[dir]").eachAttr("dir"));
  }

  @Test
  void noPageFooter() {
    assertFalse(page.body().text().matches(".*Page \\d+ of \\d+.*"), page.body().text());
  }
}
