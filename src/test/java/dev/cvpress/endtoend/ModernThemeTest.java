package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default theme as a reader measures it: the type scale its header writes down is what the PDF shows, name
 * over section title over entry title over text; a line of text holds the characters the header says, on A4 and
 * on Letter; the contact line is one colour, a company name is set like its title and not like a link, and a
 * sub-heading inside an entry is a level below the entry's title.
 */
class ModernThemeTest {
  private static final Path CSS = Path.of("styles", "modern.css");
  private static final Path JANE = Path.of("examples", "jane-doe.md");
  private static final Path ABOUT_ME = Path.of("examples", "about-me.md");

  private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

  /** The PDF of an example in the theme, at the theme's own sizes (no page is pulled back). */
  private static byte[] render(Path example, String paper) {
    return RENDERED.computeIfAbsent(example + "/" + paper, k -> {
      try {
        return Cvpress.render(example, Options.builder().theme("modern").paper(paper)
            .set(Map.of("style.pull-back", "off")).build()).pdf();
      } catch (Exception e) {
        throw new AssertionError(k + " did not render: " + e, e);
      }
    });
  }

  // ---- the header comment ----

  /** {@code * scale: name 26pt, headline 12pt, ...} from the theme's header, as role to points. */
  static Map<String, Double> declaredScale() throws IOException {
    Matcher line = Pattern.compile("(?m)^\\s*\\*\\s*scale:\\s*(.+?)\\s*$").matcher(Files.readString(CSS));
    assertTrue(line.find(), "modern.css declares no scale");
    Map<String, Double> out = new LinkedHashMap<>();
    Matcher part = Pattern.compile("(\\w+)\\s+([\\d.]+)pt").matcher(line.group(1));
    while (part.find()) out.put(part.group(1), Double.parseDouble(part.group(2)));
    return out;
  }

  static int declaredMeasure() throws IOException {
    Matcher m = Pattern.compile("(?m)^\\s*\\*\\s*measure:\\s*(\\d+)\\s*$").matcher(Files.readString(CSS));
    assertTrue(m.find(), "modern.css declares no measure");
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theScaleIsAHierarchy() throws IOException {
    Map<String, Double> s = declaredScale();
    assertEquals(Set.of("name", "headline", "section", "entry", "meta", "body", "small"), s.keySet(), s.toString());
    assertTrue(s.get("section") >= 1.15 * s.get("body"), "section titles at least 1.15 × the text: " + s);
    assertTrue(s.get("body") < s.get("entry") && s.get("entry") < s.get("section"),
        "an entry title between the text and the section title: " + s);
    assertTrue(s.get("name") > s.values().stream().filter(v -> v < s.get("name")).max(Double::compare).orElseThrow(),
        "the name is the largest: " + s);
    assertTrue(s.get("small") < s.get("meta") && s.get("meta") < s.get("body"), s.toString());
  }

  // ---- sizes read back from the PDF ----

  /** The glyphs of one page in the order they are drawn, and where each is. */
  private record Run(String text, List<Shown> glyphs) {
    /** The glyphs of the first place {@code words} (spaces ignored) is drawn. */
    List<Shown> find(String words) {
      String wanted = words.replace(" ", "");
      int at = text.indexOf(wanted);
      assertTrue(at >= 0, "\"" + words + "\" is not on the page:\n" + text);
      return glyphs.subList(at, at + wanted.length());
    }
  }

  /** A glyph as drawn, with the colour it is filled in. */
  private record Shown(String text, float x, float baseline, float width, float size, int rgb) {}

  private static Run page(byte[] pdf, int page) throws IOException {
    List<Shown> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper() {
        {
          addOperator(new SetNonStrokingColorSpace(this));
          addOperator(new SetNonStrokingColor(this));
          addOperator(new SetNonStrokingColorN(this));
          addOperator(new SetNonStrokingDeviceRGBColor(this));
          addOperator(new SetNonStrokingDeviceGrayColor(this));
          addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition t) {
          String u = t.getUnicode();
          if (u == null || u.isBlank() || u.codePointCount(0, u.length()) != 1) return;
          int rgb;
          try {
            rgb = getGraphicsState().getNonStrokingColor().toRGB();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          glyphs.add(new Shown(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
              Math.abs(t.getTextMatrix().getScalingFactorY()), rgb));
        }
      };
      s.setStartPage(page + 1);
      s.setEndPage(page + 1);
      s.getText(doc);
    }
    StringBuilder text = new StringBuilder();
    for (Shown g : glyphs) text.append(g.text());
    return new Run(text.toString(), glyphs);
  }

  private static double size(List<Shown> glyphs) {
    Set<Double> sizes = new TreeSet<>();
    for (Shown g : glyphs) sizes.add(Math.round(g.size() * 100) / 100.0);
    assertEquals(1, sizes.size(), "one size expected, got " + sizes);
    return sizes.iterator().next();
  }

  private static Set<Integer> colours(List<Shown> glyphs) {
    Set<Integer> out = new TreeSet<>();
    for (Shown g : glyphs) out.add(g.rgb());
    return out;
  }

  @Test
  void theSizesInThePdfAreTheDeclaredScale() throws IOException {
    Map<String, Double> s = declaredScale();
    byte[] jane = render(JANE, "a4");
    Run page = page(jane, 0);
    Map<String, Double> shown = new TreeMap<>();
    shown.put("name", size(page.find("Jane Doe")));
    shown.put("headline", size(page.find("Staff Software Engineer")));
    shown.put("section", size(page.find("Experience")));
    shown.put("entry", size(page.find("Staff Engineer,")));
    shown.put("meta", size(page.find("Jan 2020")));
    shown.put("body", PdfLook.bodySizePt(jane));
    // The page footer, on a document of two pages.
    shown.put("small", size(page(render(ABOUT_ME, "a4"), 1).find("Page 2 of 2")));
    for (var e : shown.entrySet()) {
      assertEquals(s.get(e.getKey()), e.getValue(), 0.05, e.getKey() + ": declared " + s + ", the PDF shows " + shown);
    }
    double largest = page.glyphs().stream().mapToDouble(Shown::size).max().orElseThrow();
    assertEquals(shown.get("name"), largest, 0.01, "nothing on page 1 is larger than the name");
  }

  // ---- the measure ----

  /**
   * The characters a full line of body text holds: over the lines of body size that fill most of the text block,
   * the characters per point (spaces counted from the gaps between words), times the block's width. A bullet
   * before a line is not counted.
   */
  static double measure(byte[] pdf, double bodySize) throws IOException {
    List<List<Shown>> lines = new ArrayList<>();
    for (int p = 0; p < PdfLook.pages(pdf); p++) {
      Map<Long, List<Shown>> byBaseline = new TreeMap<>();
      for (Shown g : page(pdf, p).glyphs()) {
        if (Math.abs(g.size() - bodySize) > 0.05) continue;
        byBaseline.computeIfAbsent((long) Math.round(g.baseline() * 2), k -> new ArrayList<>()).add(g);
      }
      for (List<Shown> line : byBaseline.values()) {
        line.sort(Comparator.comparingDouble(Shown::x));
        if (line.get(0).text().matches("[•–]")) line.remove(0);
        if (!line.isEmpty()) lines.add(line);
      }
    }
    double left = lines.stream().mapToDouble(l -> l.get(0).x()).min().orElseThrow();
    double right = lines.stream().mapToDouble(l -> l.get(l.size() - 1).x() + l.get(l.size() - 1).width())
        .max().orElseThrow();
    double block = right - left;
    List<Double> density = new ArrayList<>();
    for (List<Shown> line : lines) {
      Shown first = line.get(0);
      Shown last = line.get(line.size() - 1);
      double width = last.x() + last.width() - first.x();
      if (width < 0.85 * block) continue;
      int chars = line.size();
      for (int i = 1; i < line.size(); i++) {
        Shown a = line.get(i - 1);
        if (line.get(i).x() - (a.x() + a.width()) > 0.15 * bodySize) chars++;
      }
      density.add(chars / width);
    }
    assertTrue(density.size() >= 10, "only " + density.size() + " full lines to measure");
    return density.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * block;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a4", "letter"})
  void aLineHoldsTheDeclaredMeasure(String paper) throws IOException {
    byte[] pdf = render(ABOUT_ME, paper);
    double measured = measure(pdf, PdfLook.bodySizePt(pdf));
    assertTrue(measured >= 85 && measured <= 100, paper + ": " + measured + " characters a line");
    assertEquals(declaredMeasure(), measured, 4, paper + ": declared " + declaredMeasure() + ", measured " + measured);
  }

  @Test
  void theMeasureCanTellAWideLineFromANarrowOne() throws Exception {
    Path wide = Files.createTempFile("wide", ".css");
    try {
      Files.writeString(wide, "@page { margin-left: 12mm; margin-right: 12mm; }");
      byte[] pdf = Cvpress.render(ABOUT_ME, Options.builder().theme("modern").css(wide).build()).pdf();
      double measured = measure(pdf, PdfLook.bodySizePt(pdf));
      assertTrue(measured > 105, "a text block 26 mm wider measures " + measured);
    } finally {
      Files.delete(wide);
    }
  }

  // ---- colour and level ----

  @Test
  void theContactLineIsOneColour() throws IOException {
    Run page = page(render(JANE, "a4"), 0);
    List<Shown> contacts = new ArrayList<>();
    for (String item : List.of("jane@example.com", "+1 555 010 2030", "Berlin, Germany", "github.com/janedoe",
        "linkedin.com/in/janedoe")) {
      contacts.addAll(page.find(item));
    }
    assertEquals(1, colours(contacts).size(), "links and plain items in different colours: " + colours(contacts));
  }

  @Test
  void aCompanyNameIsSetLikeItsTitleNotLikeALink() throws IOException {
    Run page = page(render(JANE, "a4"), 0);
    // "Acme Corp" is a link in the Markdown.
    assertEquals(colours(page.find("Staff Engineer,")), colours(page.find("Acme Corp")));
    assertEquals(size(page.find("Staff Engineer,")), size(page.find("Acme Corp")), 0.01);
  }

  @Test
  void aSubheadingIsALevelBelowAnEntryTitle() throws IOException {
    Run page = page(render(ABOUT_ME, "a4"), 0);
    List<Shown> entry = page.find("Glow Inc");
    List<Shown> sub = page.find("SERVER INFRA");
    assertTrue(size(sub) < size(entry), "sub-heading " + size(sub) + " pt, entry title " + size(entry) + " pt");
    assertNotEquals(colours(entry), colours(sub), "a sub-heading in the entry title's colour");
    assertFalse(colours(sub).isEmpty());
  }
}
