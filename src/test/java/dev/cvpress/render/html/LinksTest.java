package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void webMailPhoneAndRelativeTargetsAreKept() {
    for (String url : List.of("https://example.com/a?b#c", "HTTP://example.com", "mailto:a@b.c", "tel:+4912345",
        "#work", "projects/x.html", "../x.pdf", "?q=1", "//example.com/x", "a/b:c", "")) {
      assertTrue(Links.allowed(url), url);
    }
  }

  @Test
  void scriptDataFileAndOtherSchemesAreNotKeptHoweverTheyAreWritten() {
    for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)",
        "\u0001javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x", "vbscript:msgbox",
        "data:text/html,<script>", "file:///etc/passwd", "ftp://x", "chrome://settings", "x:y",
        "java\u200Bscript:alert(1)", "javascript\u0000:x")) {
      assertFalse(Links.allowed(url), url);
    }
  }

  @Test
  void anAddressIsShownWithoutItsSchemeOrTrailingSlash() {
    assertEquals("github.com/x/y", Links.shown("https://github.com/x/y"));
    assertEquals("github.com/x/y", Links.shown("https://github.com/x/y/"));
    assertEquals("example.com", Links.shown("HTTP://example.com/"));
    assertEquals("www.example.com/a?b=1#c", Links.shown("http://www.example.com/a?b=1#c"));
    assertEquals("ada@example.com", Links.shown("mailto:ada@example.com"));
    assertEquals("+44 20 7946 0000".replace(" ", ""), Links.shown("tel:+442079460000"));
  }

  @Test
  void otherTextIsShownAsWritten() {
    for (String text : List.of("GitHub", "github.com/x/", "see https://x.org", "https://", "https:///x",
        "ftp://x.org", "https://x.org and more", "")) {
      assertEquals(text, Links.shown(text), text);
    }
  }
}
