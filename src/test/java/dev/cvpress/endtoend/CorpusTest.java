package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every résumé in {@code src/test/resources/corpus/} and reads the PDF back: every word of the résumé's
 * text must be in it, in order (right-to-left words must be present; their order on a line is the extractor's).
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  static Stream<Path> corpus() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(files.size() >= 15, "the corpus holds at least 15 résumés");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rendersEveryWord(Path file) throws Exception {
    Options options = Options.builder().set(Map.of("date-format", "original")).build();
    Rendered r = Cvpress.render(file, options);
    List<String> glyphProblems = r.warnings().stream().map(Diagnostic::message)
        .filter(m -> m.startsWith("no font can draw")).toList();
    if (!glyphProblems.isEmpty() && System.getenv("CI") == null) {
      Assumptions.abort("this machine lacks fonts for " + file + ": " + glyphProblems
          + " (.ci/run installs them)");
    }
    assertEquals(List.of(), glyphProblems, "every character has a glyph");
    assertTrue(r.pages() >= 1);

    String pdfText;
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // reading order: styled runs are drawn in passes of their own
      pdfText = stripper.getText(doc);
    }
    String squashed = squash(pdfText);
    int cursor = 0;
    List<String> missing = new ArrayList<>();
    for (String word : words(r.resume())) {
      String w = squash(word);
      if (w.isEmpty()) continue;
      if (devanagari(w)) {
        // The engine shapes Devanagari conjuncts into ligature glyphs that text extraction cannot map back
        // (see README); the glyphs are on the page, the extracted letters are not all there.
        continue;
      }
      if (rightToLeft(w)) {
        if (!squashed.contains(w)) missing.add(w);
        continue;
      }
      int at = squashed.indexOf(w, cursor);
      if (at < 0) {
        missing.add(w + (squashed.contains(w) ? " (out of order)" : ""));
      } else {
        cursor = at + w.length();
      }
    }
    // Dates, as shown in the document's language: the theme puts them at one end of the title's line.
    for (String date : datesShown(r.resume())) {
      Matcher m = WORD.matcher(date);
      while (m.find()) if (!squashed.contains(squash(m.group()))) missing.add(m.group() + " (date)");
    }
    // Contacts: the header orders them by kind, so only their presence is checked.
    for (Contact c : r.resume().header().contacts()) {
      Matcher m = WORD.matcher(c.label());
      while (m.find()) if (!squashed.contains(squash(m.group()))) missing.add(m.group() + " (contact)");
    }
    if (!missing.isEmpty()) fail(file + ": words missing from the PDF: " + missing + "\n--- PDF text ---\n" + pdfText);
  }

  private static List<String> datesShown(Resume resume) {
    List<String> out = new ArrayList<>();
    for (Section s : resume.sections()) {
      for (Entry e : s.entries()) {
        if (e.dates() != null) {
          boolean original = "original".equals(resume.meta().style().get("date-format"));
          out.add(original ? e.dates().original()
              : dev.cvpress.render.Labels.forLang(resume.meta().lang()).format(e.dates()));
        }
      }
    }
    return out;
  }

  /** The words of the résumé as the model holds them: everything a reader should find on the page. */
  static List<String> words(Resume resume) {
    StringBuilder text = new StringBuilder();
    text.append(resume.displayName()).append('\n').append(plain(resume.header().headline())).append('\n');
    blocks(resume.intro(), text);
    for (Section s : resume.sections()) {
      text.append(s.title()).append('\n');
      blocks(s.blocks(), text);
    }
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static void blocks(List<Block> blocks, StringBuilder out) {
    for (Block b : blocks) {
      if (b instanceof Entry e) {
        // Dates are checked apart (see datesShown): they sit at either end of the title's line.
        for (String s : new String[] {e.title(), e.org(), e.role(), e.location()}) {
          if (s != null) out.append(s).append('\n');
        }
        blocks(e.body(), out);
      } else if (b instanceof Block.Paragraph p) {
        out.append(plain(p.inlines())).append('\n');
      } else if (b instanceof Block.BulletList l) {
        for (Block.ListItem item : l.items()) {
          out.append(plain(item.text())).append('\n');
          blocks(item.children(), out);
        }
      } else if (b instanceof Block.Table t) {
        for (var row : t.head()) for (var cell : row) out.append(plain(cell)).append(' ');
        for (var row : t.body()) for (var cell : row) out.append(plain(cell)).append(' ');
        out.append('\n');
      } else if (b instanceof Block.SubHeading h) {
        out.append(plain(h.inlines())).append('\n');
      } else if (b instanceof Block.CodeBlock c) {
        out.append(c.text()).append('\n');
      } else if (b instanceof Block.Quote q) {
        blocks(q.blocks(), out);
      } else if (b instanceof Block.Definition d) {
        out.append(plain(d.term())).append('\n');
        for (List<Block> desc : d.descriptions()) blocks(desc, out);
      }
    }
  }

  /** Inline text without image alt texts (a loaded picture shows no words). */
  private static String plain(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) out.append(t.text());
      else if (i instanceof Inline.Code c) out.append(c.text());
      else if (i instanceof Inline.LineBreak) out.append(' ');
      else if (!(i instanceof Inline.Image)) out.append(plain(Inline.children(i)));
    }
    return out.toString();
  }

  /** Compatibility forms (Arabic presentation forms, full-width letters) folded, all spacing removed. */
  static String squash(String s) {
    // Section titles are set in capitals by the theme, which also drops Greek accents: compare without either.
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036F]", "");
    return Normalizer.normalize(folded, Normalizer.Form.NFC).replaceAll("[\\s\\u200B-\\u200F\\u00AD]+", "");
  }

  private static boolean rightToLeft(String w) {
    return w.codePoints().anyMatch(cp -> {
      byte d = Character.getDirectionality(cp);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
  }

  private static boolean devanagari(String w) {
    return w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
  }
}
