package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.output.Rendered;
import dev.cvpress.render.html.Links;
import dev.cvpress.render.pdf.PdfText;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example and the example letter in every built-in theme as a Word document, opened and printed to PDF by
 * LibreOffice: the text complete and in order, set in the faces the document carries, the links live, on as many pages
 * as cvpress's own PDF. Slow and in
 * need of LibreOffice ({@code soffice}), so it runs only with {@code mvn -Plibreoffice verify}.
 */
class LibreOfficeRoundTrip {
  @TempDir static Path dir;
  private static final Map<String, Rendered> RENDERED = new LinkedHashMap<>();

  @BeforeAll
  static void convertAll() throws Exception {
    List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("out").toString()));
    List<String> examples = new ArrayList<>(DocxRendererTest.EXAMPLES);
    examples.add(LetterPartsTest.LETTER.toString());
    for (String theme : DocxRendererTest.THEMES) {
      for (String example : examples) {
        Rendered r = DocxRendererTest.render(Path.of(example), theme);
        String name = theme + "-" + Path.of(example).getFileName().toString().replace(".md", "");
        Files.write(dir.resolve(name + ".docx"), DocxRendererTest.docx(r));
        RENDERED.put(name, r);
        command.add(dir.resolve(name + ".docx").toString());
      }
    }
    soffice(command);
    // LibreOffice's own document (flat ODT) says what it made of each paragraph: headings, lists, links. Its PDF
    // export here writes no link annotations at all, for any input, so links are read from this.
    List<String> flat = new ArrayList<>(command);
    flat.set(flat.indexOf("pdf"), "fodt");
    flat.set(flat.indexOf(dir.resolve("out").toString()), dir.resolve("flat").toString());
    soffice(flat);
  }

  private static void soffice(List<String> command) throws Exception {
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertTrue(soffice.waitFor(10, TimeUnit.MINUTES), "LibreOffice finished");
    assertEquals(0, soffice.exitValue(), Files.readString(dir.resolve("soffice.log")));
  }

  @Test
  void libreOfficePrintsEveryWordInOrderWithLiveLinksOnAboutAsManyPages() throws Exception {
    for (Map.Entry<String, Rendered> e : RENDERED.entrySet()) {
      String name = e.getKey();
      Rendered r = e.getValue();
      byte[] printed = Files.readAllBytes(dir.resolve("out").resolve(name + ".pdf"));
      // The words LibreOffice printed, less the page footer (the document's footer, not its text).
      List<String> printedWords = DocxRendererTest.words(PdfText.read(printed).byPosition()
          .replaceAll("(?m)^.*Page \\d+ of \\d+\\s*$", ""));
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
          Files.readAllBytes(dir.resolve(name + ".docx"))))) {
        List<String> docWords = DocxRendererTest.words(doc.getParagraphs().isEmpty() ? ""
            : DocxRendererTest.text(doc).replace('\u00a0', ' '));
        List<String> labels = List.of("email", "phone", "location", "web", "github", "linkedin");
        // The words LibreOffice printed are the document's, in its order (the contact labels, which the reading
        // of the document leaves out, put back in the comparison by removing them from both).
        assertEquals(without(docWords, labels), without(printedWords, labels), name + ": text in order");
      }
      try (PDDocument pdf = Loader.loadPDF(printed)) {
        // As many pages as the PDF: a letter one, a two-column résumé set in one column fitted to the PDF's.
        assertEquals(r.pages(), pdf.getNumberOfPages(), name + ": LibreOffice's pages");
        // The theme's own face, read from the document: no face of the machine stands in for it.
        String face = DocxRenderer.look(r.html()).serif() ? "SourceSerif4" : "SourceSans3";
        List<String> fonts = new ArrayList<>();
        for (var f : dev.cvpress.render.pdf.PdfInspect.fonts(pdf)) fonts.add(f.getName());
        assertTrue(fonts.stream().anyMatch(f -> f.contains(face + "-Regular")), name + ": " + fonts);
        assertTrue(fonts.stream().allMatch(f -> f.contains(face) || f.contains("LiberationMono")
            || f.contains("OpenSymbol") || f.contains("DejaVu")), name + ": " + fonts);
      }
      String odt = Files.readString(dir.resolve("flat").resolve(name + ".fodt"));
      Set<String> hrefs = new HashSet<>();
      Matcher link = Pattern.compile("<text:a [^>]*xlink:href=\"([^\"]*)\"").matcher(odt);
      while (link.find()) hrefs.add(link.group(1).replace("&amp;", "&"));
      Set<String> expected = new HashSet<>();
      r.resume().header().contacts().stream().filter(c -> c.url() != null && Links.allowed(c.url()))
          .forEach(c -> expected.add(c.url().strip()));
      Nodes.stream(r.resume()).flatMap(Nodes::inlines).filter(i -> i instanceof Inline.Link l && Links.allowed(l.url()))
          .forEach(i -> expected.add(((Inline.Link) i).url().strip()));
      assertTrue(hrefs.containsAll(expected), name + ": links LibreOffice does not have: " + minus(expected, hrefs));
      if (r.document() instanceof dev.cvpress.model.Letter) continue; // no sections, lists or links to compare
      long sections = r.resume().sections().stream().filter(x -> !x.title().isBlank()).count();
      assertEquals(sections, count(odt, "<text:h [^>]*text:outline-level=\"1\""), name + ": sections as headings");
      long items = Nodes.stream(r.resume()).filter(n -> n instanceof dev.cvpress.model.Block.ListItem).count();
      assertEquals(items, count(odt, "<text:list-item>"), name + ": list items as a list's");
    }
  }

  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static List<String> without(List<String> words, List<String> left) {
    return words.stream().filter(w -> !left.contains(w)).toList();
  }
}
