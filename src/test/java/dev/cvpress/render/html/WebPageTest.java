package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  @Test
  void noPageFooter() {
    assertFalse(page.body().text().matches(".*Page \\d+ of \\d+.*"), page.body().text());
  }
}
