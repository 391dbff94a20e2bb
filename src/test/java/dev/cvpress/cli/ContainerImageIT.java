package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image built here by container/build.sh (a base made locally, no registry) and run with podman as
 * the README shows: on a résumé folder mounted at /work, through stdin and stdout, and with a read-only root
 * filesystem. Needs root, podman and debootstrap: `mvn -B verify -Pcontainer`. Where podman cannot start containers
 * with its defaults, CONTAINERS_CONF=container/constrained.conf (inherited by podman) sets what it needs.
 */
@Tag("container")
class ContainerImageIT {
  private static final String IMAGE = "localhost/cvpress-test";
  @TempDir static Path dir;
  private static Path work;

  private record Run(int exit, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static List<String> podman(String... args) {
    List<String> line = new ArrayList<>(List.of("podman"));
    line.addAll(List.of(args));
    return line;
  }

  private static Run run(List<String> command, Path stdin, long timeoutSeconds) throws Exception {
    Path out = Files.createTempFile(dir, "stdout", ".bin");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
    pb.environment().put("CVPRESS_IMAGE", IMAGE);
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s: " + Files.readString(err));
    }
    return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
  }

  @BeforeAll
  static void buildImage() throws Exception {
    long start = System.nanoTime();
    Run build = run(List.of("container/build.sh"), null, 1200);
    assertEquals(0, build.exit(), build.stderr());
    System.out.printf("container image built in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    work = Files.createDirectories(dir.resolve("work"));
    Files.copy(Path.of("examples/jane-doe.md"), work.resolve("jane-doe.md"));
    // The image's own user must be able to write the PDF into the mounted folder.
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages(), "one page");
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void rendersAMountedFolderAsANonRootUser() throws Exception {
    Run render = run(podman("run", "--rm", "-v", work + ":/work:Z", IMAGE, "jane-doe.md"), null, 300);
    assertEquals(0, render.exit(), render.stderr());
    assertEquals("", render.stderr(), "nothing said");
    assertTrue(render.out().startsWith("jane-doe.md -> jane-doe.pdf (1 page"), render.out());
    Path pdf = work.resolve("jane-doe.pdf");
    String text = text(Files.readAllBytes(pdf));
    assertTrue(text.startsWith("Jane Doe"), text);
    assertTrue(text.contains("jane@example.com"), text);
    // Written by the image's user, not by root: the process in the container is not root.
    assertEquals(10001, Files.getAttribute(pdf, "unix:uid"));
    Run id = run(podman("run", "--rm", "--entrypoint", "id", IMAGE, "-u"), null, 120);
    assertEquals("10001", id.out().strip(), id.stderr());
    // The same bytes as the jar makes on this machine (reproducible output).
    Path local = dir.resolve("local.pdf");
    Run jar = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        "target/cvpress.jar", "-q", work.resolve("jane-doe.md").toString(), "-o", local.toString()), null, 300);
    assertEquals(0, jar.exit(), jar.stderr());
    assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(pdf), "same PDF as the jar's");
  }

  @Test
  void runsWithTheCallersUserIdSoTheirFilesStayTheirs() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.copy(Path.of("examples/jane-doe.md"), mine.resolve("cv.md"));
    Run render = run(podman("run", "--rm", "--user", "4321:4321", "-v", mine + ":/work:Z", IMAGE, "-q", "cv.md"),
        null, 300);
    // The folder belongs to root and is not open to 4321: the error is cvpress's own, not a crash.
    assertEquals(1, render.exit(), render.stderr());
    assertFalse(Files.exists(mine.resolve("cv.pdf")));
    Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwxrwxrwx"));
    render = run(podman("run", "--rm", "--user", "4321:4321", "-v", mine + ":/work:Z", IMAGE, "-q", "cv.md"),
        null, 300);
    assertEquals(0, render.exit(), render.stderr());
    assertEquals(4321, Files.getAttribute(mine.resolve("cv.pdf"), "unix:uid"));
  }

  @Test
  void runsOnAReadOnlyRootFilesystemFromStdinToStdout() throws Exception {
    Run render = run(podman("run", "--rm", "-i", "--read-only", IMAGE, "-", "-o", "-"),
        Path.of("examples/jane-doe.md"), 300);
    assertEquals(0, render.exit(), render.stderr());
    assertTrue(render.stderr().matches("<stdin> -> standard output \\(1 page, \\d+ ms\\)\n"), render.stderr());
    String text = text(render.stdout());
    assertTrue(text.startsWith("Jane Doe"), text);
  }

  @Test
  void drawsChineseWithTheFontsOfAMountedFolder() throws Exception {
    Path fonts = Path.of("/usr/share/fonts/truetype/wqy");
    assertTrue(Files.isDirectory(fonts), "fonts-wqy-microhei (installed by .ci/run) is needed here");
    Path cv = dir.resolve("chinese.md");
    Files.writeString(cv, "# 王小明\n\n## 工作经历\n\n### 软件工程师 — 北京 | 2020 – 至今\n\n- 设计了支付系统\n");
    Run bare = run(podman("run", "--rm", "-i", IMAGE, "-", "-o", "-"), cv, 300);
    assertEquals(0, bare.exit(), bare.stderr());
    assertTrue(bare.stderr().contains("no font can draw"), "the image has no CJK font of its own: " + bare.stderr());
    Run mounted = run(podman("run", "--rm", "-i", "-v", fonts + ":/fonts:ro", "-e", "CVPRESS_FONT_DIRS=/fonts", IMAGE,
        "-", "-o", "-"), cv, 300);
    assertEquals(0, mounted.exit(), mounted.stderr());
    assertFalse(mounted.stderr().contains("warning"), "every character drawn: " + mounted.stderr());
    String text = text(mounted.stdout());
    assertTrue(text.contains("王小明") && text.contains("设计了支付系统"), text);
  }
}
