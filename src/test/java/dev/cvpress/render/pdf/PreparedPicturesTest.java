package dev.cvpress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedPicturesTest {
  private static final Pattern BULLET =
      Pattern.compile("list-style-image:\\s*url\\(\"data:image/png;base64,([A-Za-z0-9+/=]+)\"\\)");

  private static List<String> themeBullets() throws IOException {
    List<String> out = new ArrayList<>();
    for (String theme : List.of("classic", "modern", "compact", "sidebar", "ledger")) {
      try (InputStream in = PreparedPicturesTest.class.getResourceAsStream("/styles/" + theme + ".css")) {
        Matcher m = BULLET.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void theJarCarriesEveryThemeBullet() throws IOException {
    List<String> bullets = themeBullets();
    assertTrue(bullets.size() >= 5, "each theme draws picture bullets");
    for (String b : bullets) {
      byte[] png = Base64.getDecoder().decode(b);
      assertTrue(PreparedPictures.bundled().stream().anyMatch(p -> Arrays.equals(p.png(), png)),
          "not prepared: a bullet of " + png.length + " bytes");
    }
  }

  @Test
  void aListDrawnWithAPreparedBulletIsTheSamePdfAsWithoutIt(@TempDir Path root) throws IOException {
    String bullet = themeBullets().get(0);
    // Two sizes of list: the engine scales the picture to each list's text, which the prepared path must not change.
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title><style>"
        + "ul { list-style-image: url(\"data:image/png;base64," + bullet + "\"); } .big { font-size: 20pt; }"
        + "</style></head><body><ul><li>one</li><li>two</li></ul><ul class=\"big\"><li>three</li></ul>"
        + "<ul><li>four</li></ul></body></html>";
    PdfRenderer.Options options =
        new PdfRenderer.Options(root, false, Instant.parse("2020-01-01T00:00:00Z"), "cvpress test", null, "user");
    byte[] prepared = PdfRenderer.render(html, root.toUri(), options).pdf();
    byte[] made;
    List<PreparedPictures.Picture> kept = PreparedPictures.bundled();
    try {
      PreparedPictures.bundled = List.of();
      made = PdfRenderer.render(html, root.toUri(), options).pdf();
    } finally {
      PreparedPictures.bundled = kept;
    }
    assertArrayEquals(made, prepared);
    try (PDDocument doc = Loader.loadPDF(prepared)) {
      PDImageXObject image = null;
      for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
        if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject i) image = i;
      }
      assertEquals(60, image.getWidth());
      assertEquals(100, image.getHeight());
      assertTrue(image.getSoftMask() != null, "the bullet keeps its transparency");
    }
  }

  @Test
  void theBuildStepPreparesWhatPdfboxMakesAndAStandInPdfboxTakesAsItIs(@TempDir Path dir) throws IOException {
    String bullet = themeBullets().get(0);
    Files.writeString(dir.resolve("a.css"), "li { list-style-image: url(\"data:image/png;base64," + bullet + "\"); }\n"
        + "li.b { list-style-image: url(\"data:image/png;base64," + bullet + "\"); }");
    Path out = dir.resolve("out/prepared.bin");
    PictureBuild.main(new String[] {dir.toString(), out.toString()});
    List<PreparedPictures.Picture> pictures;
    try (DataInputStream in = new DataInputStream(Files.newInputStream(out))) {
      pictures = PreparedPictures.read(in);
    }
    assertEquals(1, pictures.size(), "one picture, however often the sheets name it");
    PreparedPictures.Picture p = pictures.get(0);
    assertArrayEquals(Base64.getDecoder().decode(bullet), p.png());
    try (PDDocument doc = new PDDocument()) {
      PDImageXObject made = PDImageXObject.createFromByteArray(doc, p.png(), "x");
      List<String> keys = made.getCOSObject().keySet().stream().map(COSName::getName).toList();
      assertEquals(keys, p.image().entries().stream().map(e -> e.getKey()).toList());
      try (InputStream raw = made.getCOSObject().createRawInputStream()) {
        assertArrayEquals(raw.readAllBytes(), p.image().data());
      }
      PDImageXObject standIn = PDImageXObject.createFromByteArray(doc, p.standIn(), "y");
      assertEquals(made.getWidth(), standIn.getWidth());
      assertEquals(made.getHeight(), standIn.getHeight());
      assertEquals(null, standIn.getSoftMask());
      assertNotEquals(p.png().length, p.standIn().length);
      try (InputStream raw = standIn.getCOSObject().createRawInputStream()) {
        assertArrayEquals(raw.readAllBytes(), p.standInData());
      }
    }
  }

  @Test
  void otherPicturesAndLaterRequestsGetTheirOwnBytes() throws IOException {
    PreparedPictures.Picture p = PreparedPictures.bundled().get(0);
    PreparedPictures.Pass pass = new PreparedPictures.Pass(PreparedPictures.bundled());
    byte[] other = {1, 2, 3};
    assertArrayEquals(other, pass.serve("data:x", other));
    assertArrayEquals(p.standIn(), pass.serve("data:y", p.png()));
    pass.finish(uri -> null, null);
    assertArrayEquals(p.png(), pass.serve("data:y", p.png()), "once the layout is done, the picture itself");
    assertFalse(Arrays.equals(p.png(), p.standIn()));
  }
}
