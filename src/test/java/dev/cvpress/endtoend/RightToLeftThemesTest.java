package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A right-to-left résumé in every theme: the masthead follows the text's direction as a whole (the contacts under
 * the name, centred with it or starting at its right edge), and a section title's rule runs beside the title, on the
 * side it ends on, never through it.
 */
class RightToLeftThemesTest {
  private static final String HEBREW = """
      ---
      name: דנה כהן
      email: dana@example.co.il
      lang: he
      ---

      ## ניסיון תעסוקתי

      ### מהנדסת תוכנה — Wix | 2020 – Present

      - הובלת מעבר ל-Kubernetes.
      """;
  private static final String ARABIC = """
      ---
      name: ليلى حداد
      email: layla@example.com
      phone: +961 1 234 567
      lang: ar
      ---

      ## الخبرة المهنية

      ### مهندسة برمجيات — أرامكس | 2019 – Present

      - قيادة نقل الخدمات إلى Kubernetes.
      """;
  /** Themes whose masthead is centred; the others start it at the text's edge. */
  private static final List<String> CENTRED = List.of("classic", "compact", "ledger");
  /** Themes that draw a hairline beside the section title on the line itself (the others underline it). */
  private static final List<String> RULE_BESIDE = List.of("classic", "ledger");
  private static final float SCALE = 3;

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return ThemesTest.THEMES.stream().flatMap(t -> Stream.of(Arguments.of(t, "he"), Arguments.of(t, "ar")));
  }

  /** A line of glyphs: its left and right edges and its top and bottom, in points. */
  private record Line(float left, float right, float top, float bottom) {
    float centre() {
      return (left + right) / 2;
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theMastheadAndTheSectionTitlesFollowTheDirection(String theme, String lang) throws Exception {
    Path cv = Files.writeString(dir.resolve(lang + ".md"), lang.equals("he") ? HEBREW : ARABIC,
        StandardCharsets.UTF_8);
    byte[] pdf = Cvpress.render(cv, Options.builder().theme(theme).build()).pdf();
    List<Line> lines = lines(PdfLook.glyphs(pdf, 0));
    Line name = lines.get(0);
    Line contacts = lines.get(1);
    Line title = lines.get(2);
    String where = theme + "/" + lang + ": name " + name + ", contacts " + contacts;
    if (CENTRED.contains(theme)) {
      // The contacts' icons are drawn but carry no text: the row's measured centre is off by half an icon at most.
      assertTrue(Math.abs(name.centre() - contacts.centre()) < 8, "centred together: " + where);
    } else {
      assertTrue(Math.abs(name.right() - contacts.right()) < 4, "both start at the right: " + where);
      assertTrue(Math.abs(title.right() - name.right()) < 4, "the section title starts there too: " + where);
    }

    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(doc).renderImage(0, SCALE);
    }
    int left = Math.round(title.left() * SCALE);
    int right = Math.round(title.right() * SCALE);
    boolean struck = false;
    boolean ruleLeft = false;
    boolean ruleRight = false;
    for (int y = Math.round(title.top() * SCALE); y <= Math.round(title.bottom() * SCALE); y++) {
      struck |= inkAll(page, y, left, right);
      ruleLeft |= inkAll(page, y, left - Math.round(40 * SCALE), left - Math.round(10 * SCALE));
      ruleRight |= inkAll(page, y, right + Math.round(10 * SCALE), right + Math.round(40 * SCALE));
    }
    assertFalse(struck, "a rule runs through the title: " + theme + "/" + lang + " " + title);
    if (RULE_BESIDE.contains(theme)) {
      assertTrue(ruleLeft, "the rule follows the title, to its left: " + theme + "/" + lang + " " + title);
      assertTrue(ruleRight == theme.equals("classic"), "a rule at the title's start only where the theme centres it"
          + " between two: " + theme + "/" + lang);
    }
  }

  /** Lines of glyphs from the top of the page, each glyph in the line whose baseline it shares. */
  private static List<Line> lines(List<PdfLook.Glyph> glyphs) {
    Map<Integer, List<PdfLook.Glyph>> byLine = new TreeMap<>();
    for (PdfLook.Glyph g : glyphs) byLine.computeIfAbsent(Math.round(g.y() + g.height()), k -> new ArrayList<>()).add(g);
    List<Line> out = new ArrayList<>();
    for (List<PdfLook.Glyph> line : byLine.values()) {
      float l = Float.MAX_VALUE;
      float r = -Float.MAX_VALUE;
      float t = Float.MAX_VALUE;
      float b = -Float.MAX_VALUE;
      for (PdfLook.Glyph g : line) {
        l = Math.min(l, g.x());
        r = Math.max(r, g.x() + g.width());
        t = Math.min(t, g.y());
        b = Math.max(b, g.y() + g.height());
      }
      out.add(new Line(l, r, t, b));
    }
    return out;
  }

  /** Whether every pixel of row {@code y} from {@code from} to {@code to} is inked (a rule, not letters). */
  private static boolean inkAll(BufferedImage page, int y, int from, int to) {
    if (from < 0 || to >= page.getWidth() || from >= to) return false;
    for (int x = from; x <= to; x++) {
      int rgb = page.getRGB(x, y);
      int lum = (((rgb >> 16) & 255) * 3 + ((rgb >> 8) & 255) * 6 + (rgb & 255)) / 10;
      if (lum > 225) return false;
    }
    return true;
  }
}
