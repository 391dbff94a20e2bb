package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.files.ResourcePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's header comment, the facts read from its CSS, and the built-in themes. */
class ThemeTest {
  @Test
  void theHeaderCommentNamesDescribesAndDeclares() {
    Theme t = Theme.parse("""
        /*
         * name: Quiet
         * description: grey and calm
         * accent: #AABBCC
         * layout: Sidebar
         */
        body { color: #aabbcc; }
        """, "quiet-file", "my.css");
    assertEquals("Quiet", t.name());
    assertEquals("grey and calm", t.description());
    assertEquals("#aabbcc", t.accent());
    assertEquals("sidebar", t.layout());
    assertEquals("my.css", t.location());
  }

  @Test
  void withoutAHeaderTheFileNamesItAndItIsOneColumn() {
    Theme t = Theme.parse("body { color: red; } /* name: not a header */", "plain", "plain.css");
    assertEquals("plain", t.name());
    assertEquals("", t.description());
    assertNull(t.accent());
    assertEquals("single", t.layout());
  }

  @Test
  void sizesLeadingAndMarginsAreReadFromTheCss() {
    Theme t = Theme.parse("@page { size: A4; margin: 1cm 15mm; }\nhtml { font-size: 9.5pt; }\n"
        + "body { color: black; line-height: 1.4; }\n", "t", "t.css");
    assertEquals(9.5, t.fontSizePt());
    assertEquals(1.4, t.lineHeight());
    assertArrayEquals(new double[] {10, 15, 10, 15}, t.marginsMm(), 1e-9);
  }

  @Test
  void whatTheCssDoesNotSayHasAFallback() {
    Theme t = Theme.parse("h1 { font-size: 20pt; line-height: 2; }", "t", "t.css");
    assertEquals(10, t.fontSizePt());
    assertEquals(1.3, t.lineHeight());
    assertArrayEquals(new double[] {18, 18, 18, 18}, t.marginsMm(), 1e-9);
  }

  @Test
  void theBuiltInsInTheirOrderWithTheDefaultAmongThem() throws Exception {
    List<Theme> all = Theme.builtIns();
    assertEquals(Theme.BUILT_IN, all.stream().map(Theme::name).toList());
    assertTrue(Theme.BUILT_IN.contains(Theme.DEFAULT));
    for (Theme t : all) {
      assertTrue(t.location().startsWith("built-in"), t.location());
      assertTrue(t.accent() != null && t.accent().matches("#[0-9a-f]{6}"), t.name() + ": " + t.accent());
      assertTrue(!t.description().isEmpty(), t.name());
    }
    assertEquals("sidebar", Theme.builtIn("sidebar").layout());
  }

  @Test
  void aBuiltInIsFoundInAnyCaseAndReadOnce() throws Exception {
    assertSame(Theme.builtIn("classic"), Theme.builtIn("CLASSIC"));
    assertNull(Theme.builtIn("brutalist"));
  }

  @Test
  void aThemeFileIsNamedAfterItselfUnlessItsHeaderSaysOtherwise(@TempDir Path dir) throws Exception {
    Path css = Files.writeString(dir.resolve("mine.css"), "body { color: navy; }");
    Theme t = Theme.file(ResourcePolicy.anywhere(css), css);
    assertEquals("mine", t.name());
    assertEquals(css.toString(), t.location());
  }

  @Test
  void aStyleSheetOverAMegabyteIsNoTheme(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.css");
    Files.write(huge, new byte[(int) Theme.MAX_CSS_BYTES + 1]);
    assertNull(Theme.file(ResourcePolicy.anywhere(huge), huge));
  }

  /**
   * A two-column theme set in one column: no band, side margins alike and at least 30 mm, written where the theme's
   * own were, so that fitting, which reads them there, moves these and not the band's 0 mm.
   */
  @Test
  void aTwoColumnThemeInOneColumnHasEvenMarginsWhereFittingReadsThem() throws Exception {
    Theme two = Theme.builtIn("sidebar");
    assertEquals(0, two.marginsMm()[3]);
    Theme one = two.singleColumn();
    assertEquals("single", one.layout());
    double[] m = one.marginsMm();
    assertArrayEquals(new double[] {two.marginsMm()[0], 30, two.marginsMm()[2], 30}, m, 0.01);
    assertTrue(one.css().contains("background-image: none"), one.css());
    // Wider margins than that stay as they are, made even.
    Theme wide = Theme.parse("/* layout: sidebar */\n@page { size: A4; margin: 20mm 40mm 20mm 0mm; }\n", "w", "w.css");
    assertArrayEquals(new double[] {20, 40, 20, 40}, wide.singleColumn().marginsMm(), 0.01);
  }
}
