package dev.cvpress.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ---

        ## Work

        ![The engine's plan](wide.png)

        A badge ![build passing](me.png) in the text.

        ![not there](missing.png)

        ![from elsewhere](../outside.png)
        """.formatted(theme), StandardCharsets.UTF_8);
    return cv;
  }

  private static List<XWPFPicture> pictures(XWPFParagraph p) {
    return p.getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
  }

  private static String description(XWPFRun run) {
    return run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr();
  }

  @Test
  void thePhotoIsAnInlineSquareOverTheNameWithTheNameAsItsAltText() throws Exception {
    Rendered r = Cvpress.render(cv("modern"), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      XWPFParagraph first = doc.getParagraphs().get(0);
      List<XWPFPicture> photo = pictures(first);
      assertEquals(1, photo.size(), "the photo first, over the name");
      assertEquals("Ada Lovelace", doc.getParagraphs().get(1).getText());
      XWPFRun run = first.getRuns().get(0);
      assertEquals(1, run.getCTR().getDrawingArray(0).sizeOfInlineArray(), "inline");
      assertEquals(0, run.getCTR().getDrawingArray(0).sizeOfAnchorArray(), "never floating");
      assertEquals("Ada Lovelace", description(run));
      assertEquals(ParagraphAlignment.RIGHT, first.getAlignment(), "modern sets it at the right");
      // Cropped to a square, at the theme's 22 mm, in a circle as the theme shows it.
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.get(0).getPictureData().getData()));
      assertEquals(image.getWidth(), image.getHeight());
      var extent = run.getCTR().getDrawingArray(0).getInlineArray(0).getExtent();
      assertEquals(Units.toEMU(22 * 72 / 25.4), extent.getCx(), 2);
      assertEquals(extent.getCx(), extent.getCy());
      assertEquals("ellipse", photo.get(0).getCTPicture().getSpPr().getPrstGeom().getPrst().toString());
    }
  }

  @Test
  void picturesInTheTextAreInlineAtTheirSizeWithAltTextAndWhatThePdfCannotReadIsLeftAsItsAltText()
      throws Exception {
    Rendered r = Cvpress.render(cv("ledger"), Options.defaults());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRendererTest.docx(r)))) {
      assertEquals(ParagraphAlignment.LEFT, doc.getParagraphs().get(0).getAlignment(), "ledger: at the left");
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
