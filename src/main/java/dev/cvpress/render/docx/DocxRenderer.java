package dev.cvpress.render.docx;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.Block;
import dev.cvpress.model.Document;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.render.html.HtmlRenderer;
import dev.cvpress.style.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A résumé or a cover letter to a Word document: the one public entry of the DOCX stage. The look comes from the
 * style sheet the PDF was laid out with (theme, options and any fitting), so the two read as one set; the document
 * carries the bundled faces it is set in ({@link EmbeddedFonts}) and names a stand-in every Word has for each.
 */
public final class DocxRenderer {
  private DocxRenderer() {}

  /**
   * @param document a résumé or a cover letter
   * @param html the XHTML the PDF was laid out from: its style sheet gives the look
   * @param created the moment stamped as the document's creation and last change: the PDF's, for the same input
   * @param pdfPages the pages of the PDF: on more than one it has a page footer, and so has the Word document
   * @param folder the folder the document may read its pictures from, as the PDF did; null for none
   */
  public static byte[] render(Document document, String html, Instant created, int pdfPages, Path folder)
      throws IOException {
    DocumentFonts fonts = DocumentFonts.of(styleSheet(html), userFont(document, folder), folder);
    Look look = look(html, fonts);
    String lang = document.meta().lang();
    try (XWPFDocument doc = new XWPFDocument()) {
      WordStyles.add(doc, look, lang, document instanceof Letter);
      Weights.apply(doc.getStyles(), look);
      Map<Integer, Block.Footnote> notes = new TreeMap<>();
      for (Block.Footnote n : HtmlRenderer.footnotes(document)) notes.putIfAbsent(n.number(), n);
      Runs runs = new Runs(doc, look, notes, new Pictures(folder));
      BodyWriter body = new BodyWriter(doc, look, lang, originalDates(document), runs);
      new Masthead(doc, look, runs, lang).write(document.header(), html);
      if (document instanceof Letter letter) {
        new LetterParts(doc, body, look).write(letter);
      } else {
        Resume resume = (Resume) document;
        body.blocks(resume.intro());
        for (Section s : resume.sections()) body.section(s);
      }
      body.notes(runs.unplaced());
      page(doc, look);
      if (pdfPages > 1) PageFooter.add(doc, document, styleSheet(html), look);
      properties(doc, document, created);
      EmbeddedFonts.embed(doc, families(document, look, fonts));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return ZipTimes.fixed(out.toByteArray());
    }
  }

  /**
   * The families the document is set in: the text's (with its semibold as a family of its own, when it has one),
   * carried when it can be and else only named, and the code's when it has code.
   */
  private static List<EmbeddedFonts.Family> families(Document document, Look look, DocumentFonts fonts) {
    List<EmbeddedFonts.Family> families = new ArrayList<>();
    List<DocumentFonts.Source> text = look.carried() ? fonts.carrying(look.family()) : List.of();
    families.addAll(EmbeddedFonts.families(text, look.standIn(), look.serif(), false));
    if (families.isEmpty()) families.add(new EmbeddedFonts.Family(look.font(), look.standIn(), look.serif(), false,
        List.of()));
    var nodes = document instanceof Letter l ? Nodes.stream(l.body()) : Nodes.stream((Resume) document);
    if (nodes.anyMatch(n -> n instanceof Block.CodeBlock || Nodes.inlines(n).anyMatch(i -> i instanceof Inline.Code))) {
      families.addAll(EmbeddedFonts.families(DocumentFonts.bundledOnly().faces(Look.MONO), Look.MONO_STAND_IN, false,
          true));
    }
    return families;
  }

  /** The look of the page {@code html} was laid out as, with only the bundled faces; see the other. */
  static Look look(String html) {
    return look(html, DocumentFonts.bundledOnly());
  }

  /**
   * The look of the page {@code html} was laid out as, its faces as {@code fonts} has them; a two-column page's Word
   * document has one column.
   */
  static Look look(String html, DocumentFonts fonts) {
    return Look.of(styleSheet(html), html.contains("<body class=\"layout-sidebar"), fonts,
        html.contains("class=\"icon icon-"));
  }

  /**
   * The font file the document is set in ({@code style.font} or {@code --font}, as the render read it); null when
   * it is set in a bundled family or the theme's.
   */
  private static Path userFont(Document document, Path folder) {
    try {
      return Style.read(document.meta(), folder != null ? folder : Path.of("")).fontFile();
    } catch (CvpressException unreadable) {
      return null; // the render that made the PDF read the same options and said what was wrong
    }
  }

  /** The style sheet in the document's head; empty when there is none (the look then takes its defaults). */
  private static String styleSheet(String html) {
    int start = html.indexOf("<style>");
    int end = html.indexOf("</style>");
    return start >= 0 && end > start ? html.substring(start + "<style>".length(), end) : "";
  }

  private static boolean originalDates(Document document) {
    String v = document.meta().style().get("date-format");
    return v != null && v.strip().toLowerCase(Locale.ROOT).equals("original");
  }

  /** What the document is about, as the PDF's subject says it: the letter's subject, the résumé's headline. */
  private static String subject(Document document) {
    if (document instanceof Letter l) return l.subject().isBlank() ? "Cover letter" : l.subject();
    String headline = Inline.plain(document.header().headline()).strip();
    return headline.isEmpty() ? "Résumé" : "Résumé — " + headline;
  }

  private static void page(XWPFDocument doc, Look look) {
    var body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(Look.twips(look.pageWidthMm())));
    size.setH(BigInteger.valueOf(Look.twips(look.pageHeightMm())));
    CTPageMar margins = section.addNewPgMar();
    double[] m = look.marginsMm();
    margins.setTop(BigInteger.valueOf(Look.twips(m[0])));
    margins.setRight(BigInteger.valueOf(Look.twips(m[1])));
    margins.setBottom(BigInteger.valueOf(Look.twips(m[2])));
    margins.setLeft(BigInteger.valueOf(Look.twips(m[3])));
    margins.setHeader(BigInteger.valueOf(Look.twips(Math.min(m[0], 10) / 2)));
    margins.setFooter(BigInteger.valueOf(Look.twips(Math.min(m[2], 10) / 2)));
    margins.setGutter(BigInteger.ZERO);
  }

  private static void properties(XWPFDocument doc, Document resume, Instant created) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(HtmlRenderer.documentTitle(resume));
    // The person, never a page title: a résumé without a name has no author.
    if (!resume.header().name().isBlank()) core.setCreator(resume.header().name());
    else core.getUnderlyingProperties().setCreatorProperty(java.util.Optional.empty()); // not POI's own name
    core.setSubjectProperty(subject(resume));
    if (!resume.meta().keywords().isEmpty()) core.setKeywords(String.join(", ", resume.meta().keywords()));
    String when = created.truncatedTo(ChronoUnit.SECONDS).toString();
    try {
      core.setCreated(when);
      core.setModified(when);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException cannotBe) {
      throw new IllegalStateException("an ISO instant is a W3C date", cannotBe);
    }
    core.getUnderlyingProperties().setLanguageProperty(resume.meta().lang());
    doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("cvpress");
  }
}
