package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Section;
import dev.cvpress.output.OutputFormat;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.html.Links;
import dev.cvpress.render.pdf.PdfText;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Word document read back with POI: its words, styles, lists, links, notes, properties and page. */
class DocxRendererTest {
  static final List<String> THEMES = List.of("modern", "classic", "compact", "sidebar", "ledger");
  static final List<String> EXAMPLES = List.of("examples/jane-doe.md", "examples/about-me.md");

  @TempDir Path dir;

  static Stream<Arguments> everyThemeAndExample() {
    return THEMES.stream().flatMap(t -> EXAMPLES.stream().map(e -> Arguments.of(t, e)));
  }

  /** The résumé in {@code theme} at the theme's own sizes: no pull-back, which would scale them a little. */
  static Rendered render(Path file, String theme) throws Exception {
    return Cvpress.render(file, Options.builder().theme(theme).set(java.util.Map.of("pull-back", "false")).build());
  }

  static byte[] docx(Rendered r) throws Exception {
    return OutputFormat.DOCX.write(r, 0).get(0);
  }

  /** The words of a text, each folded to compare across formats: case, dashes and quotes aside. */
  static List<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{Pd}\\u2212]", " ").replaceAll("[’'‘“”\"]", "'");
    List<String> out = new ArrayList<>();
    for (String w : t.split("[\\s\\p{Z}·|•]+")) {
      String folded = w.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
      if (!folded.isEmpty()) out.add(folded);
    }
    return out;
  }

  /** The document's text in reading order: body paragraphs and table cells, each footnote after its paragraph. */
  static String text(XWPFDocument doc) {
    StringBuilder out = new StringBuilder();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && WordStyles.CONTACTS.equals(p.getStyle())) {
        // The words that stand for the PDF's icons, which the PDF's text does not have.
        out.append(p.getText().replaceAll("[\\p{L}-]+:\u00a0", "")).append('\n');
      } else if (e instanceof XWPFParagraph p) {
        out.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.append(c.getText()).append('\n')));
      }
    }
    return out.toString();
  }

  static List<XWPFParagraph> styled(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("everyThemeAndExample")
  void theDocumentHoldsThePdfsWordsInOrderWithHeadingsListsAndLinks(String theme, String example) throws Exception {
    Rendered r = render(Path.of(example), theme);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(r)))) {
      List<String> docWords = words(text(doc));
      // The PDF's words, without its page footer.
      String pdfText = PdfText.read(r.pdf()).byPosition().replaceAll("(?m)^.*Page \\d+ of \\d+\\s*$", "");
      List<String> pdfWords = words(pdfText);
      List<String> docWithoutLabels = docWords;
      if (theme.equals("sidebar") && r.html().contains("<body class=\"layout-sidebar\"")) {
        // The side column's title over the contacts, which Word's single column has no place for.
        pdfWords = new ArrayList<>(pdfWords);
        pdfWords.remove(words(dev.cvpress.render.Labels.forLang(r.resume().meta().lang()).contact()).get(0));
        // Two columns on paper, one in Word: the same words, the side column's in the order the author wrote.
        assertEquals(sorted(pdfWords), sorted(docWithoutLabels), "same words as the PDF");
      } else {
        assertEquals(pdfWords, docWithoutLabels, "the PDF's words in the PDF's order");
      }

      var resume = r.resume();
      List<String> sectionTitles = resume.sections().stream().map(Section::title).filter(t -> !t.isBlank()).toList();
      // A title with a hairline beside it has tabs (which draw the line) and spaces around its text.
      assertEquals(sectionTitles, styled(doc, WordStyles.SECTION).stream().map(p -> p.getText().strip()).toList());
      assertEquals("heading 1", doc.getStyles().getStyle(WordStyles.SECTION).getName());
      assertEquals("heading 2", doc.getStyles().getStyle(WordStyles.ENTRY).getName());
      List<Entry> entries = Nodes.stream(resume).filter(n -> n instanceof Entry).map(n -> (Entry) n).toList();
      List<XWPFParagraph> entryParagraphs = styled(doc, WordStyles.ENTRY);
      assertEquals(entries.size(), entryParagraphs.size());
      for (int i = 0; i < entries.size(); i++) {
        assertTrue(entryParagraphs.get(i).getText().startsWith(entries.get(i).heading()), entryParagraphs.get(i).getText());
        if (entries.get(i).dates() != null) assertTrue(entryParagraphs.get(i).getText().contains("\t"), "dates on a tab");
      }

      long items = Nodes.stream(resume).filter(n -> n instanceof dev.cvpress.model.Block.ListItem).count();
      List<XWPFParagraph> numbered = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
      assertEquals(items, numbered.size(), "every list item is a numbered paragraph");
      for (XWPFParagraph p : numbered) {
        assertEquals("ListParagraph", p.getStyle());
        assertFalse(p.getText().startsWith("•") || p.getText().startsWith("- "), "no typed bullet: " + p.getText());
        assertNotNull(doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(p.getNumID())));
      }

      Set<String> linked = new HashSet<>();
      doc.getParagraphs().forEach(p -> p.getRuns().stream().filter(x -> x instanceof XWPFHyperlinkRun)
          .forEach(x -> linked.add(((XWPFHyperlinkRun) x).getHyperlink(doc).getURL())));
      Set<String> expected = new HashSet<>();
      resume.header().contacts().stream().filter(c -> c.url() != null && Links.allowed(c.url()))
          .forEach(c -> expected.add(c.url().strip()));
      Nodes.stream(resume).flatMap(Nodes::inlines).filter(i -> i instanceof Inline.Link l && Links.allowed(l.url()))
          .forEach(i -> expected.add(((Inline.Link) i).url().strip()));
      assertTrue(linked.containsAll(expected), "missing links: " + minus(expected, linked));

      var core = doc.getProperties().getCoreProperties();
      assertEquals(dev.cvpress.render.html.HtmlRenderer.documentTitle(resume), core.getTitle());
      assertEquals(resume.meta().lang(), core.getUnderlyingProperties().getLanguageProperty().orElse(null));
      if (!resume.header().name().isBlank()) assertEquals(resume.header().name(), core.getCreator());
      var page = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(Look.twips(210)), page.getPgSz().getW());
      assertEquals(BigInteger.valueOf(Look.twips(297)), page.getPgSz().getH());
    }
  }

  private static List<String> sorted(List<String> words) {
    return words.stream().sorted().toList();
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }

  @Test
  void theSameResumeGivesTheSameBytes() throws Exception {
    Path cv = Path.of("examples/jane-doe.md");
    byte[] first = docx(render(cv, "modern"));
    byte[] second = docx(render(cv, "modern"));
    assertArrayEquals(first, second);
  }

  @Test
  void sourceDateEpochDatesTheDocumentAsItDatesThePdf() throws Exception {
    Path cv = Path.of("examples/jane-doe.md");
    Rendered r = Cvpress.render(cv, Options.builder().sourceDateEpoch(1_700_000_000L).build());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(r)))) {
      var core = doc.getProperties().getCoreProperties();
      assertEquals(java.time.Instant.ofEpochSecond(1_700_000_000L), core.getCreated().toInstant());
      assertEquals(java.time.Instant.ofEpochSecond(1_700_000_000L), core.getModified().toInstant());
    }
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
      assertEquals(1_700_000_000_000L, pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  private Path write(String markdown) throws Exception {
    Path file = dir.resolve("cv.md");
    Files.writeString(file, markdown, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void listsAndDefinitionsInAFootnoteAreStyledAsInTheBody() throws Exception {
    Path cv = write("""
        ---
        name: Ada Lovelace
        ---

        ## Experience

        Wrote the notes[^1].

        [^1]: What the notes hold.

            Bernoulli numbers
            : An algorithm for the engine.

            1. first table
            2. second table
        """);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(r)))) {
      List<XWPFFootnote> notes = doc.getFootnotes().stream().filter(n -> n.getId().signum() > 0).toList();
      assertEquals(1, notes.size());
      List<XWPFParagraph> paragraphs = notes.get(0).getParagraphs();
      XWPFParagraph term = paragraphs.stream().filter(p -> p.getText().equals("Bernoulli numbers")).findFirst()
          .orElseThrow();
      // classic sets a term semibold: Word has it in the face's own SemiBold family, as the body's terms.
      assertTrue(term.getRuns().stream().allMatch(x -> x.getFontFamily() != null
          && x.getFontFamily().endsWith("SemiBold")), "the term is semibold, as in the body");
      XWPFParagraph definition = paragraphs.stream().filter(p -> p.getText().equals("An algorithm for the engine."))
          .findFirst().orElseThrow();
      assertTrue(definition.getIndentationLeft() > 0, "the definition is indented under its term");
      List<XWPFParagraph> items = paragraphs.stream().filter(p -> p.getText().endsWith(" table")).toList();
      assertEquals(2, items.size());
      for (XWPFParagraph item : items) {
        assertTrue(item.getNumID() != null, "a numbered list item, not a plain paragraph: " + item.getText());
        assertEquals("FootnoteText", item.getStyle(), "in the footnote's text size");
      }
      assertEquals("decimal", doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(
          items.get(0).getNumID())).getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString());
      // POI's paragraph text includes the notes it refers to: the body's own XML says what the body holds.
      assertFalse(doc.getDocument().getBody().xmlText().contains("Bernoulli"), "nothing of the note in the body");
    }
  }

  @Test
  void footnotesNestedListsTablesAndPaperComeThroughAsWordHasThem() throws Exception {
    Path cv = write("""
        ---
        name: Ada Lovelace
        lang: en-GB
        style:
          paper: letter
          margins: 20mm
        ---

        ## Experience

        ### Analyst, Engine Works — 1842 – 1843

        - Wrote the first program[^1]
          - nested note
            1. first step
            2. second step
        - Second point with [a link](https://example.org/notes)

        | Tool | Years |
        |---|---:|
        | Loom | 3 |

        [^1]: For the Analytical Engine.
        """);
    Rendered r = Cvpress.render(cv, Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(r)))) {
      List<XWPFFootnote> notes = doc.getFootnotes().stream().filter(n -> n.getId().signum() > 0).toList();
      assertEquals(1, notes.size());
      assertTrue(notes.get(0).getParagraphs().get(0).getText().contains("For the Analytical Engine."));
      XWPFParagraph first = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Wrote")).findFirst()
          .orElseThrow();
      assertTrue(first.getCTP().xmlText().contains("footnoteReference"), "a real footnote reference");

      List<BigInteger> levels = doc.getParagraphs().stream().filter(p -> p.getNumID() != null)
          .map(XWPFParagraph::getNumIlvl).toList();
      assertEquals(List.of(0, 1, 2, 2, 0), levels.stream().map(BigInteger::intValue).toList());
      XWPFParagraph step = doc.getParagraphs().stream().filter(p -> p.getText().equals("first step")).findFirst()
          .orElseThrow();
      var format = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(step.getNumID()))
          .getCTAbstractNum().getLvlArray(2).getNumFmt().getVal().toString();
      assertEquals("decimal", format, "numbered as the PDF and the text output number it");
      XWPFParagraph bullet = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Wrote")).findFirst()
          .orElseThrow();
      assertEquals("bullet", doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(bullet.getNumID()))
          .getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString());

      XWPFTable table = doc.getTables().get(0);
      assertEquals("Tool", table.getRow(0).getCell(0).getText());
      assertEquals("3", table.getRow(1).getCell(1).getText());
      assertTrue(table.getRow(0).isRepeatHeader());

      var page = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(Look.twips(215.9)), page.getPgSz().getW());
      assertEquals(BigInteger.valueOf(Look.twips(20)), page.getPgMar().getLeft());
      assertEquals("en-GB", doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()
          .orElse(null));
      assertTrue(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .noneMatch(x -> x.getText(0) != null && x.getText(0).contains("¹")), "the mark is Word's, not typed");
    }
  }

  @Test
  void theContactLineKeepsThePdfsRowsAndDividersAndHasWordsWhereThePdfHasIcons() throws Exception {
    Path cv = Path.of("examples/jane-doe.md");
    try (XWPFDocument compact = new XWPFDocument(new ByteArrayInputStream(docx(render(cv, "compact"))));
        XWPFDocument modern = new XWPFDocument(new ByteArrayInputStream(docx(render(cv, "modern"))))) {
      // compact shows icons: Word has words in their place, and no icon glyph.
      XWPFParagraph icons = styled(compact, WordStyles.CONTACTS).get(0);
      assertTrue(icons.getText().startsWith("Email:\u00a0jane@example.com"), icons.getText());
      for (XWPFRun run : icons.getRuns()) {
        assertTrue(run.text().codePoints().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF), "no icon glyph: " + run);
      }
      // modern sets its contacts as text: none, as in the PDF; in the PDF's two rows, with its light bars.
      XWPFParagraph text = styled(modern, WordStyles.CONTACTS).get(0);
      assertEquals("jane@example.com\u2002|\u2002+1\u00a0555\u00a0010\u00a02030\u2002|\u2002Berlin,\u00a0Germany"
          + "\ngithub.com/janedoe\u2002|\u2002linkedin.com/in/janedoe", text.getText());
      XWPFRun bar = text.getRuns().stream().filter(x -> x.text().contains("|")).findFirst().orElseThrow();
      assertEquals("8A929B", bar.getColor(), "the bar in the theme's light grey");
      assertTrue(text.getRuns().stream().noneMatch(x -> x.text().contains(":\u00a0")), "no words for icons");
    }
  }
}
