package dev.cvpress.render.docx;

import dev.cvpress.model.Document;
import dev.cvpress.render.Labels;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The page footer the PDF has on a document of more than one page, as Word fields so that it stays true when the
 * text is edited: "Page X of Y" in the document's language (PAGE and NUMPAGES), after the person's name from page
 * 2 on (page 1 has the name at its head), where the theme's margin box puts it, in its size and colour.
 */
final class PageFooter {
  private PageFooter() {}

  /** The margin box that holds the theme's footer, and what is in it. */
  private static final Pattern BOX = Pattern.compile("@bottom-(left|center|right)\\s*\\{([^}]*page-footer[^}]*)}");

  static void add(XWPFDocument doc, Document document, String css, Look look) {
    Matcher box = BOX.matcher(css);
    boolean found = box.find();
    String side = found ? box.group(1) : "right";
    String rules = found ? box.group(2) : "";
    Double pt = CssRules.points(declaration(rules, "font-size"), look.bodyPt());
    String colour = CssRules.hex(declaration(rules, "color"));
    Style style = new Style(switch (side) {
      case "left" -> ParagraphAlignment.LEFT;
      case "center" -> ParagraphAlignment.CENTER;
      default -> ParagraphAlignment.RIGHT;
    }, pt != null ? pt : 8, colour != null ? colour : "777777", look.font());
    String pageOf = Labels.forLang(document.meta().lang()).pageOf();
    String name = document.header().name().strip();
    if (!name.isEmpty()) {
      // Word shows the first page's footer on page 1 only when the section says it has one of its own.
      doc.getDocument().getBody().getSectPr().addNewTitlePg();
      footer(doc.createFooter(HeaderFooterType.FIRST), "", pageOf, style);
      footer(doc.createFooter(HeaderFooterType.DEFAULT), name + " · ", pageOf, style);
    } else {
      footer(doc.createFooter(HeaderFooterType.DEFAULT), "", pageOf, style);
    }
  }

  private record Style(ParagraphAlignment alignment, double pt, String colour, String font) {}

  private static String declaration(String rules, String property) {
    Matcher m = Pattern.compile("(?:^|;|\\s)" + property + "\\s*:\\s*([^;]+)").matcher(rules);
    return m.find() ? m.group(1).strip() : null;
  }

  /** One footer: {@code lead}, then the page label with its numbers as fields. */
  private static void footer(XWPFFooter footer, String lead, String pageOf, Style style) {
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(style.alignment());
    p.setSpacingAfter(0);
    if (!lead.isEmpty()) text(p, lead, style);
    // "Page %1$s of %2$s": the text between the numbers as runs, each number a field Word and LibreOffice count.
    Matcher number = Pattern.compile("%([12])\\$s").matcher(pageOf);
    int at = 0;
    while (number.find()) {
      if (number.start() > at) text(p, pageOf.substring(at, number.start()), style);
      CTSimpleField field = p.getCTP().addNewFldSimple();
      field.setInstr(number.group(1).equals("1") ? " PAGE " : " NUMPAGES ");
      XWPFRun shown = new XWPFRun(field.addNewR(), p);
      format(shown, style);
      shown.setText("1");
      at = number.end();
    }
    if (at < pageOf.length()) text(p, pageOf.substring(at), style);
  }

  private static void text(XWPFParagraph p, String text, Style style) {
    XWPFRun run = p.createRun();
    format(run, style);
    run.setText(text);
  }

  private static void format(XWPFRun run, Style style) {
    run.setFontSize(style.pt());
    run.setColor(style.colour().toUpperCase(Locale.ROOT));
    run.setFontFamily(style.font());
  }
}
