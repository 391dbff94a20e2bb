package dev.cvpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cvpress.model.Diagnostic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A résumé may read only files in its own folder; nothing outside it, nothing on the classpath and nothing on
 * the network (unless --allow-remote). Refusals are warnings at the line that asked, and the document renders.
 */
class ResourcePolicyTest {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile byte[] served;

  @BeforeEach
  void serve() throws IOException {
    served = png();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = served;
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    img.setRGB(1, 1, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private Cvpress.Rendered render(Path resume, boolean allowRemote) throws Exception {
    return Cvpress.render(resume, new Cvpress.Options(null, null, Map.of(), allowRemote, null));
  }

  private Path resume(Path folder, String body) throws IOException {
    Files.createDirectories(folder);
    Path p = folder.resolve("resume.md");
    Files.writeString(p, "# Ada Lovelace\n\n## Work\n\n" + body + "\n");
    return p;
  }

  private static int images(byte[] pdf) throws IOException {
    int n = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
        }
      }
    }
    return n;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Diagnostic warning(Cvpress.Rendered r, String containing) {
    return r.warnings().stream().filter(w -> w.message().contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no warning with `" + containing + "` in " + r.warnings()));
  }

  @Test
  void imageInsideTheFolderIsEmbedded() throws Exception {
    Path folder = dir.resolve("cv");
    Files.createDirectories(folder);
    Files.write(folder.resolve("me.png"), png());
    Cvpress.Rendered r = render(resume(folder, "![me](me.png)"), false);
    assertEquals(List.of(), r.warnings());
    assertEquals(1, images(r.pdf()));
  }

  @Test
  void fileUrlOutsideIsNotRead() throws Exception {
    Cvpress.Rendered r = render(resume(dir.resolve("cv"), "![passwords](file:///etc/passwd)"), false);
    Diagnostic w = warning(r, "/etc/passwd");
    assertTrue(w.message().contains("outside the résumé's folder"), w.message());
    assertEquals(5, w.pos().line(), "the warning names the line that asked");
    assertTrue(text(r.pdf()).contains("[passwords]"), "the alt text stands in");
  }

  @Test
  void relativePathOutOfTheFolderIsNotRead() throws Exception {
    Files.write(dir.resolve("secret.png"), png());
    Path deep = dir.resolve("a/b");
    Cvpress.Rendered r = render(resume(deep, "Intro.\n\n![secret](../../secret.png)"), false);
    Diagnostic w = warning(r, "secret.png");
    assertTrue(w.message().contains("outside the résumé's folder"), w.message());
    assertEquals(7, w.pos().line());
    assertEquals(0, images(r.pdf()), "the picture outside the folder is not in the PDF");
  }

  @Test
  void symlinkOutOfTheFolderIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.write(outside.resolve("real.png"), png());
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("link.png"), outside.resolve("real.png"));
    Files.createSymbolicLink(folder.resolve("linkdir"), outside);
    Cvpress.Rendered r = render(resume(folder, "![a](link.png)\n\n![b](linkdir/real.png)"), false);
    warning(r, "link.png");
    warning(r, "linkdir/real.png");
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void networkIsNotContactedByDefault() throws Exception {
    Path folder = dir.resolve("cv");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("resume.md"), "---\nphoto: " + url("/photo.png") + "\n---\n# Ada\n\n## Work\n\n"
        + "![badge](" + url("/badge.png") + ")\n\n<img src=\"" + url("/html.png") + "\" alt=\"html\">\n");
    Cvpress.Rendered r = render(folder.resolve("resume.md"), false);
    Diagnostic w = warning(r, "/badge.png");
    assertTrue(w.hint().contains("--allow-remote"), w.hint());
    assertEquals(8, w.pos().line());
    warning(r, "/photo.png");
    warning(r, "/html.png");
    assertEquals(0, requests.get(), "no request reached the server");
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void classpathAndJarUrlsAreRefused() throws Exception {
    Cvpress.Rendered r = render(resume(dir.resolve("cv"),
        "![c](classpath:/styles/modern.css)\n\n![j](jar:file:/tmp/x.jar!/a.png)\n\n![f](ftp://127.0.0.1/x.png)"), false);
    warning(r, "classpath:");
    warning(r, "jar:");
    warning(r, "ftp:");
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void missingImageIsNamed() throws Exception {
    Cvpress.Rendered r = render(resume(dir.resolve("cv"), "![me](photos/me.png)"), false);
    Diagnostic w = warning(r, "image not found");
    assertEquals(5, w.pos().line());
  }

  @Test
  void allowRemoteFetchesWithinTheCap() throws Exception {
    Cvpress.Rendered r = render(resume(dir.resolve("cv"), "![badge](" + url("/badge.png") + ")"), true);
    assertEquals(List.of(), r.warnings());
    assertTrue(requests.get() >= 1);
    assertEquals(1, images(r.pdf()));
  }

  @Test
  void allowRemoteRefusesAnOversizedDownload() throws Exception {
    served = new byte[11 * 1024 * 1024];
    Cvpress.Rendered r = render(resume(dir.resolve("cv"), "![big](" + url("/big.png") + ")"), true);
    warning(r, "larger than 10 MB");
    assertEquals(0, images(r.pdf()));
  }
}
