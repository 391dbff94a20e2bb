package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.output.Rendered;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo and the pictures of the text, read back: inline, with their alt text, read only where the PDF reads. */
class PicturesTest {
  @TempDir Path dir;

  private Path cv(String theme) throws Exception {
    return cv(theme, "headline: Analyst\nemail: ada@example.org\n");
  }

  private Path cv(String theme, String more) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    ImageIO.write(new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("me.png").toFile());
    ImageIO.write(new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("wide.png").toFile());
    ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("outside.png").toFile());
    Path cv = folder.resolve("cv.md");
    Files.writeString(cv, """
        ---
        name: Ada Lovelace
        photo: me.png
        theme: %s
        %s---

        ## Work

        ![The engine's plan](wide.png)

        A badge ![build passing](me.png) in the text.

        ![not there](missing.png)

        ![from elsewhere](../outside.png)
        """.formatted(theme, more), StandardCharsets.UTF_8);
    return cv;
  }

  private static List<XWPFPicture> pictures(XWPFParagraph p) {
    return p.getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
  }

  private static String description(XWPFRun run) {
    var drawing = run.getCTR().getDrawingArray(0);
    return drawing.sizeOfInlineArray() > 0 ? drawing.getInlineArray(0).getDocPr().getDescr()
        : drawing.getAnchorArray(0).getDocPr().getDescr();
  }

  @Test
  void thePhotoStandsBesideTheNameAnchoredToItsParagraphWithTheTextWrappingRoundIt() throws Exception {
    Rendered r = Cvpress.render(cv("modern"), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      XWPFParagraph name = doc.getParagraphs().get(0);
      assertEquals(WordStyles.TITLE, name.getStyle());
      assertEquals("Ada Lovelace", name.getText(), "the name leads the document; the photo is beside it");
      List<XWPFPicture> photo = pictures(name);
      assertEquals(1, photo.size());
      XWPFRun run = name.getRuns().get(0);
      var drawing = run.getCTR().getDrawingArray(0);
      assertEquals(0, drawing.sizeOfInlineArray());
      var anchor = drawing.getAnchorArray(0);
      assertTrue(anchor.isSetWrapSquare(), "the text wraps square around it: a picture, not a text box");
      assertEquals("bothSides", anchor.getWrapSquare().getWrapText().toString());
      assertFalse(anchor.getBehindDoc());
      assertEquals("Ada Lovelace", description(run));
      // At the right margin, level with the name, 1.6 rem clear of the text, as modern floats it.
      double textPt = DocxRenderer.look(r.html()).textWidthTwips() / 20.0;
      double side = 22 * 72 / 25.4;
      assertEquals("margin", anchor.getPositionH().getRelativeFrom().toString());
      assertEquals(Units.toEMU(textPt - side), anchor.getPositionH().getPosOffset(), 2);
      assertEquals("paragraph", anchor.getPositionV().getRelativeFrom().toString());
      assertEquals(0, anchor.getPositionV().getPosOffset());
      assertEquals(Units.toEMU(1.6 * 10.25), ((Number) anchor.getDistL()).longValue(), 2);
      // Cropped to a square, at the theme's 22 mm, in a circle as the theme shows it.
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.get(0).getPictureData().getData()));
      assertEquals(image.getWidth(), image.getHeight());
      assertEquals(Units.toEMU(side), anchor.getExtent().getCx(), 2);
      assertEquals(anchor.getExtent().getCx(), anchor.getExtent().getCy());
      assertEquals("ellipse", photo.get(0).getCTPicture().getSpPr().getPrstGeom().getPrst().toString());
      // modern's contacts start under the photo; the name and headline keep their exact line heights.
      XWPFParagraph contacts = DocxRendererTest.styled(doc, WordStyles.CONTACTS).get(0);
      assertTrue(contacts.getSpacingBefore() > 0, "room under the photo before the contacts");
      assertEquals(-1, name.getSpacingBetween(), 0.0, "no line height of its own");
    }
  }

  @Test
  void ledgerSetsThePhotoAtTheLeftAndClassicOverTheCentredName() throws Exception {
    Rendered ledger = Cvpress.render(cv("ledger", ""), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(ledger)))) {
      XWPFParagraph name = doc.getParagraphs().get(0);
      assertEquals("Ada Lovelace", name.getText());
      var anchor = name.getRuns().get(0).getCTR().getDrawingArray(0).getAnchorArray(0);
      assertEquals(0, anchor.getPositionH().getPosOffset(), "at the left margin");
      // The header is padded 30 mm for a 24 mm photo: 6 mm between the photo and the name.
      assertEquals(Units.toEMU(6 * 72 / 25.4), ((Number) anchor.getDistR()).longValue(), 2);
      assertEquals(ParagraphAlignment.LEFT, name.getAlignment(), "flush left beside the photo, as ledger sets it");
      // A name alone is shorter than the photo: room after it, so the first section starts under the photo
      // (24 mm, 68 pt, less the name's line of 26 pt).
      assertEquals(WordStyles.SECTION, doc.getParagraphs().get(1).getStyle());
      assertTrue(name.getSpacingAfter() > 40 * 20, "room under the photo: " + name.getSpacingAfter());
    }
    Rendered classic = Cvpress.render(cv("classic"), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(classic)))) {
      XWPFParagraph first = doc.getParagraphs().get(0);
      assertEquals(1, pictures(first).size(), "the photo first, over the name");
      assertEquals(1, first.getRuns().get(0).getCTR().getDrawingArray(0).sizeOfInlineArray(), "inline");
      assertEquals(ParagraphAlignment.CENTER, first.getAlignment());
      assertEquals("Ada Lovelace", doc.getParagraphs().get(1).getText());
    }
  }

  @Test
  void picturesInTheTextAreInlineAtTheirSizeWithAltTextAndWhatThePdfCannotReadIsLeftAsItsAltText()
      throws Exception {
    Rendered r = Cvpress.render(cv("ledger"), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      List<XWPFParagraph> withPictures = doc.getParagraphs().stream().filter(p -> !pictures(p).isEmpty()).toList();
      assertEquals(3, withPictures.size(), "the photo, the plan and the badge");
      XWPFRun plan = withPictures.get(1).getRuns().get(0);
      assertEquals("The engine's plan", description(plan));
      var extent = plan.getCTR().getDrawingArray(0).getInlineArray(0).getExtent();
      // 800 pixels at 96 an inch are 600 pt, wider than the text: as wide as the text, in proportion.
      double textPt = DocxRenderer.look(r.html()).textWidthTwips() / 20.0;
      assertEquals(Units.toEMU(textPt), extent.getCx(), 2);
      assertEquals(extent.getCx() / 4.0, extent.getCy(), 2);
      XWPFParagraph badge = withPictures.get(2);
      assertEquals("A badge  in the text.", badge.getText().replace("\u00a0", " "));
      assertTrue(badge.getRuns().stream().anyMatch(x -> !x.getEmbeddedPictures().isEmpty()
          && "build passing".equals(description(x))));
      String text = DocxRendererTest.text(doc);
      assertTrue(text.contains("[not there]") && text.contains("[from elsewhere]"), text);
      assertEquals(3, doc.getAllPictures().size(), "the cropped photo, the plan and the badge; nothing else read");
    }
  }
}
