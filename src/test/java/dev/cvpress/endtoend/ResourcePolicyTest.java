package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.output.Rendered;
import dev.cvpress.style.Theme;
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

  private Rendered render(Path resume, boolean allowRemote) throws Exception {
    return Cvpress.render(resume, Options.builder().allowRemote(allowRemote).build());
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

  /** The warning of kind {@code code} at {@code line:column} (any column when it is 0). */
  private static Diagnostic warning(Rendered r, Code code, int line, int column) {
    return r.warnings().stream().filter(w -> w.code() == code && w.pos().line() == line
            && (column == 0 || w.pos().column() == column)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " at " + line + ":" + column + " in " + r.warnings()));
  }

  private static Diagnostic warning(Rendered r, Code code, int line) {
    return warning(r, code, line, 0);
  }

  @Test
  void imageInsideTheFolderIsEmbedded() throws Exception {
    Path folder = dir.resolve("cv");
    Files.createDirectories(folder);
    Files.write(folder.resolve("me.png"), png());
    Rendered r = render(resume(folder, "![me](me.png)"), false);
    assertEquals(List.of(), r.warnings());
    assertEquals(1, images(r.pdf()));
  }

  @Test
  void fileUrlOutsideIsNotRead() throws Exception {
    Rendered r = render(resume(dir.resolve("cv"), "![passwords](file:///etc/passwd)"), false);
    warning(r, Code.OUTSIDE_FOLDER, 5); // the line that asked
    assertTrue(text(r.pdf()).contains("[passwords]"), "the alt text stands in");
  }

  @Test
  void relativePathOutOfTheFolderIsNotRead() throws Exception {
    Files.write(dir.resolve("secret.png"), png());
    Path deep = dir.resolve("a/b");
    Rendered r = render(resume(deep, "Intro.\n\n![secret](../../secret.png)"), false);
    warning(r, Code.OUTSIDE_FOLDER, 7);
    assertEquals(0, images(r.pdf()), "the picture outside the folder is not in the PDF");
  }

  @Test
  void symlinkOutOfTheFolderIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.write(outside.resolve("real.png"), png());
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("link.png"), outside.resolve("real.png"));
    Files.createSymbolicLink(folder.resolve("linkdir"), outside);
    Rendered r = render(resume(folder, "![a](link.png)\n\n![b](linkdir/real.png)"), false);
    warning(r, Code.OUTSIDE_FOLDER, 5);
    warning(r, Code.OUTSIDE_FOLDER, 7);
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void networkIsNotContactedByDefault() throws Exception {
    Path folder = dir.resolve("cv");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("resume.md"), "---\nphoto: " + url("/photo.png") + "\n---\n# Ada\n\n## Work\n\n"
        + "![badge](" + url("/badge.png") + ")\n\n<img src=\"" + url("/html.png") + "\" alt=\"html\">\n");
    Rendered r = render(folder.resolve("resume.md"), false);
    Diagnostic w = warning(r, Code.REMOTE_NOT_ALLOWED, 8);
    assertTrue(w.hint().contains("--allow-remote"), w.hint());
    warning(r, Code.REMOTE_NOT_ALLOWED, 2); // photo:
    warning(r, Code.REMOTE_NOT_ALLOWED, 10); // the <img> of the HTML block
    assertEquals(0, requests.get(), "no request reached the server");
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void classpathAndJarUrlsAreRefused() throws Exception {
    Rendered r = render(resume(dir.resolve("cv"),
        "![c](classpath:/styles/modern.css)\n\n![j](jar:file:/tmp/x.jar!/a.png)\n\n![f](ftp://127.0.0.1/x.png)"), false);
    warning(r, Code.NOT_A_FILE, 5);
    warning(r, Code.NOT_A_FILE, 7);
    warning(r, Code.NOT_A_FILE, 9);
    assertEquals(0, images(r.pdf()));
  }

  @Test
  void missingImageIsNamed() throws Exception {
    Rendered r = render(resume(dir.resolve("cv"), "![me](photos/me.png)"), false);
    warning(r, Code.IMAGE_NOT_FOUND, 5);
  }

  @Test
  void allowRemoteFetchesEachResourceOnceForAllLayoutPasses() throws Exception {
    // Fitting to a page lays the document out several times; the image is used twice in it.
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.writeString(folder.resolve("resume.md"), "---\nstyle: {fit-pages: 1}\n---\n# Ada Lovelace\n\n## Work\n\n"
        + "![badge](" + url("/badge.png") + ")\n\nAgain ![badge](" + url("/badge.png") + ")\n");
    Rendered r = render(folder.resolve("resume.md"), true);
    assertEquals(List.of(), r.warnings());
    assertEquals(1, requests.get(), "one request for the whole document");
    assertEquals(1, images(r.pdf()), "one image object, drawn twice");
  }

  @Test
  void allowRemoteRefusesAnOversizedDownload() throws Exception {
    served = new byte[11 * 1024 * 1024];
    Rendered r = render(resume(dir.resolve("cv"), "![big](" + url("/big.png") + ")"), true);
    warning(r, Code.IMAGE_UNUSABLE, 5);
    assertEquals(0, images(r.pdf()));
  }

  // Every way a résumé names a file, against a secret outside its folder and a symbolic link to it.

  private Path secretFolder() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.css"), "/* SECRET-CSS */ body { color: red; }");
    Files.write(outside.resolve("x.png"), png());
    return outside;
  }

  @Test
  void theWebPageNamesOnlyImagesThePdfCouldReadSoABrowserFetchesNothingElse() throws Exception {
    secretFolder();
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.write(folder.resolve("ok.png"), png());
    Path cv = resume(folder, "![inside](ok.png) ![outside](../outside/x.png) ![tracker](" + url("/pixel.png")
        + ")\n\n![block](//127.0.0.1:" + server.getAddress().getPort() + "/b.png)");
    String web = render(cv, false).webHtml();
    assertTrue(web.contains("src=\"ok.png\""), "the image inside the folder stays");
    assertFalse(web.contains("outside/x.png"), "no file outside the folder is named");
    assertFalse(web.contains("127.0.0.1"), "no refused remote address is named");
    assertTrue(web.contains("[outside]") && web.contains("[tracker]") && web.contains("[block]"), web);
    assertEquals(0, requests.get(), "the server saw no request");
  }

  @Test
  void themeLinkedToTheProcessEnvironmentIsNotRead() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("e.css"), Path.of("/proc/self/environ"));
    Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle: {theme: e.css}\n---\n# X\n");
    Rendered r = render(folder.resolve("cv.md"), false);
    assertTrue(!r.webHtml().contains("PATH=") && !r.html().contains("PATH="), "the environment is not inlined");
    warning(r, Code.OUTSIDE_FOLDER, 3); // at the style.theme line
    assertTrue(r.html().contains("name: " + Theme.DEFAULT), "the default theme stands in");
  }

  @Test
  void themeOutsideTheFolderOrLinkedOutIsNotRead() throws Exception {
    Path outside = secretFolder();
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("link.css"), outside.resolve("secret.css"));
    for (String theme : List.of("../outside/secret.css", "link.css", outside.resolve("secret.css").toString())) {
      Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle:\n  theme: " + theme + "\n---\n# X\n");
      Rendered r = render(folder.resolve("cv.md"), false);
      assertTrue(!r.webHtml().contains("SECRET-CSS") && !r.html().contains("SECRET-CSS"), theme);
      warning(r, Code.OUTSIDE_FOLDER, 4);
    }
  }

  @Test
  void themeInsideTheFolderIsUsed() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createDirectories(folder.resolve("styles"));
    Files.writeString(folder.resolve("styles/mine.css"), "/* name: mine */ body { color: #123456; }");
    Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle: {theme: styles/mine.css}\n---\n# X\n");
    Rendered r = render(folder.resolve("cv.md"), false);
    assertTrue(r.webHtml().contains("#123456"));
    assertEquals(List.of(), r.warnings());
  }

  /**
   * {@code link/../x.png} with {@code link} leading out of the folder and a decoy {@code x.png} inside: the path
   * is judged where the file system takes it (outside), not where it reads lexically (the decoy).
   */
  @Test
  void dotDotAfterALinkIsJudgedWhereTheFileSystemTakesIt() throws Exception {
    Path outside = secretFolder();
    Path sub = Files.createDirectories(outside.resolve("sub"));
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("link"), sub);
    // One name per route, each with its decoy, so that each route is refused on its own.
    for (String name : List.of("x.png", "y.png", "z.png")) {
      Files.write(outside.resolve(name), png());
      Files.write(folder.resolve(name), png());
    }
    String trick = folder.toUri() + "link/../";
    Files.writeString(folder.resolve("theme.css"), "/* name: t */ body { background: url(" + trick + "y.png); }");
    Files.writeString(folder.resolve("cv.md"), "---\nname: X\nphoto: " + trick + "x.png\nstyle: {theme: theme.css}\n"
        + "---\n# X\n\n## Work\n\n![trick](" + trick + "z.png)\n");
    Rendered r = render(folder.resolve("cv.md"), false);
    assertEquals(0, images(r.pdf()), "neither the secret nor the decoy is drawn");
    List<Integer> lines = r.warnings().stream().filter(w -> w.code() == Code.OUTSIDE_FOLDER)
        .map(w -> w.pos().line()).sorted().toList();
    assertEquals(List.of(3, 4, 10), lines, "photo:, the theme's url() and the image: " + r.warnings());
  }

  @Test
  void styleSheetImportsFontsAndImagesOutsideAreRefusedAndTheNetworkIsNotContacted() throws Exception {
    Path outside = secretFolder();
    Files.copy(Path.of("target/classes/fonts/LiberationSans-Regular.ttf"), outside.resolve("f.ttf"));
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("in.css"), outside.resolve("secret.css"));
    // The theme comes after cvpress's own rules, where CSS ignores @import: neither import is even asked for.
    Files.writeString(folder.resolve("theme.css"), "@import url(in.css);\n@import url(" + url("/remote.css") + ");\n"
        + "/* name: t */\n@font-face { font-family: Secret; src: url(../outside/f.ttf); }\n"
        + "h1 { font-family: Secret; background: url(../outside/x.png); }\n"
        + "h2 { background: url(" + url("/bg.png") + "); }\n");
    Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle: {theme: theme.css}\n---\n# X\n\n## Work\n");
    Rendered r = render(folder.resolve("cv.md"), false);
    assertEquals(0, requests.get(), "no request reached the server");
    assertEquals(0, images(r.pdf()));
    assertTrue(!r.html().contains("SECRET-CSS") && !r.webHtml().contains("SECRET-CSS"));
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      for (COSName f : doc.getPage(0).getResources().getFontNames()) {
        String name = doc.getPage(0).getResources().getFont(f).getName();
        assertTrue(!name.contains("LiberationSans-Regular"), "the font outside is not embedded: " + name);
      }
    }
    // The font and the picture outside the folder, and the picture on the network, at the style.theme line.
    assertEquals(List.of(Code.OUTSIDE_FOLDER, Code.OUTSIDE_FOLDER, Code.REMOTE_NOT_ALLOWED),
        r.warnings().stream().filter(w -> w.pos().line() == 3).map(Diagnostic::code).sorted().toList(),
        r.warnings().toString());
  }

  /**
   * A font outside the folder is read when the person running cvpress names it on the command line, never when the
   * résumé does, whatever the résumé file is called (it decided on a "--set " prefix of a position once).
   */
  @Test
  void aFontOutsideTheFolderIsReadOnlyWhenTheCommandLineNamesIt() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path font = Files.copy(Path.of("target/classes/fonts/LiberationSerif-Regular.ttf"), outside.resolve("f.ttf"));
    Path folder = Files.createDirectories(dir.resolve("--set cv"));
    Path cv = Files.writeString(folder.resolve("--set cv.md"), "---\nname: X\nstyle: {font: " + font + "}\n---\n# X\n");
    dev.cvpress.diag.CvpressException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.cvpress.diag.CvpressException.class, () -> render(cv, false));
    assertEquals(Code.OUTSIDE_FOLDER, e.diagnostics().get(0).code(), e.getMessage());
    assertEquals(3, e.diagnostics().get(0).pos().line());

    Path plain = Files.writeString(folder.resolve("plain.md"), "---\nname: X\n---\n# X\n\nText.\n");
    Rendered r = Cvpress.render(plain, Options.builder().set(Map.of("style.font", font.toString())).build());
    assertEquals(List.of(), r.warnings());
    try (PDDocument doc = Loader.loadPDF(r.pdf())) {
      List<String> fonts = new java.util.ArrayList<>();
      for (COSName f : doc.getPage(0).getResources().getFontNames()) {
        fonts.add(doc.getPage(0).getResources().getFont(f).getName());
      }
      assertTrue(fonts.stream().anyMatch(n -> n.contains("LiberationSerif")), fonts.toString());
    }
  }

  @Test
  void aPipeOutsideNamedAsTheFontIsNeverOpened() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path pipe = mkfifo(outside.resolve("pipe.ttf"));
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Files.createSymbolicLink(folder.resolve("link.ttf"), pipe);
    for (String font : List.of("../outside/pipe.ttf", "link.ttf")) {
      Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle: {font: " + font + "}\n---\n# X\n");
      // Opening a pipe blocks until someone writes to it: a render that returns has not opened it.
      dev.cvpress.diag.CvpressException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(60), () -> org.junit.jupiter.api.Assertions.assertThrows(
              dev.cvpress.diag.CvpressException.class, () -> render(folder.resolve("cv.md"), false)));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals(Code.OUTSIDE_FOLDER, d.code(), d.format());
      assertEquals(3, d.pos().line());
    }
  }

  @Test
  void pipesFoldersAndDevicesInsideTheFolderAreRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    mkfifo(folder.resolve("pipe.png"));
    mkfifo(folder.resolve("pipe.css"));
    Files.createDirectories(folder.resolve("dir.png"));
    Files.createSymbolicLink(folder.resolve("zero.png"), Path.of("/dev/zero"));
    Files.writeString(folder.resolve("cv.md"), "---\nname: X\nstyle: {theme: pipe.css}\n---\n# X\n\n## Work\n\n"
        + "![p](pipe.png) ![d](dir.png) ![z](zero.png)\n");
    Rendered r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> render(folder.resolve("cv.md"), false));
    warning(r, Code.NOT_A_REGULAR_FILE, 3); // the theme
    warning(r, Code.NOT_A_REGULAR_FILE, 9, 1); // the pipe
    warning(r, Code.NOT_A_REGULAR_FILE, 9, 16); // the folder
    warning(r, Code.OUTSIDE_FOLDER, 9, 30); // the link to a device
    assertEquals(0, images(r.pdf()));
  }

  private static Path mkfifo(Path at) throws Exception {
    Process p = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
    return at;
  }

  @Test
  void checkAgainstACommittedPdfThatIsAPipeOrADeviceNeitherBlocksNorReadsForever() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("cv"));
    Path resume = resume(folder, "Hi.");
    for (Path pdf : List.of(mkfifo(folder.resolve("pipe.pdf")), Path.of("/dev/zero"))) {
      Cvpress.CheckReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(60), () -> Cvpress.check(resume, Options.defaults(), null, pdf));
      assertEquals(Boolean.FALSE, report.upToDate());
      assertTrue(report.problems().stream().anyMatch(d -> d.code() == Code.COMMITTED_PDF_STALE),
          report.problems().toString());
    }
  }
}
