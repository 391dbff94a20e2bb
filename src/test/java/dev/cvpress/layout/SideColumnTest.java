package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Resume;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import dev.cvpress.style.Theme;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SideColumnTest {
  private static Resume resume(String markdown) throws Exception {
    return ResumeParser.parse("cv.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static final String HISTORY = "## Experience\n\n### Engineer — Acme | 2020 – 2024\n\n- Built things.\n";

  @Test
  void contactsAloneLeaveTheSideEmptyEnoughToDropIt() throws Exception {
    Resume r = resume("# Ada\n\nada@example.com | github.com/ada\n\n" + HISTORY);
    assertEquals(0, SideColumn.lines(r));
    Theme sidebar = Theme.builtIn("sidebar");
    Theme fitted = SideColumn.fitted(sidebar, r);
    assertEquals("single", fitted.layout());
    assertTrue(fitted.css().contains(".sidebar"), "the same sheet");
    assertEquals(fitted.marginsMm()[1], fitted.marginsMm()[3], "even margins");
    assertTrue(fitted.css().contains("background-image: none"));
  }

  @Test
  void shortListsBesideTheContactsKeepTheSide() throws Exception {
    Resume r = resume("# Ada\n\nada@example.com | +44 20 7946 0000 | London\n\n" + HISTORY
        + "## Skills\n\n- Go\n- Kotlin\n- SQL\n\n## Languages\n\n- English\n- French\n");
    assertEquals(3 + 2 + 3 + 2 + 2, SideColumn.lines(r));
    Theme sidebar = Theme.builtIn("sidebar");
    assertSame(sidebar, SideColumn.fitted(sidebar, r));
  }

  @Test
  void aOneColumnThemeIsLeftAsItIs() throws Exception {
    Theme modern = Theme.builtIn("modern");
    assertSame(modern, SideColumn.fitted(modern, resume("# Ada\n\n" + HISTORY)));
  }
}
