package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.pdf.PdfInspect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input, output or option makes cvpress overwrite an input or lose an output: paths are compared as the system
 * resolves them, and a collision is an error naming both sides, reported before anything is written.
 */
class OutputCollisionTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aDirThroughALinkToTheInputsFolderDoesNotOverwriteATxtInput() throws Exception {
    Path notes = write("notes.txt", "# Ada\n\nplain text résumé\n");
    byte[] before = Files.readAllBytes(notes);
    Files.createSymbolicLink(dir.resolve("same"), dir);

    Cli r = Cli.run("render", notes.toString(), "-d", dir.resolve("same").toString(), "--format", "txt");

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("would overwrite the input " + notes), r.both());
    assertArrayEquals(before, Files.readAllBytes(notes), "the input is untouched");
    assertEquals(List.of("notes.txt", "same"), files(dir), "nothing written, no temporary file");
  }

  @Test
  void twoInputsWithOneNameInOneDirAreAnErrorNamingBoth() throws Exception {
    Path a = write("a/cv.md", "# Ada\n");
    Path b = write("b/cv.md", "# Bob\n");
    Path out = Files.createDirectory(dir.resolve("out"));
    byte[] earlier = "an earlier PDF".getBytes(StandardCharsets.US_ASCII);
    Files.write(out.resolve("cv.pdf"), earlier);

    Cli r = Cli.run("render", a.toString(), b.toString(), "-d", out.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(a.toString()) && r.err().contains(b.toString()), "both inputs named\n" + r.both());
    assertTrue(r.err().contains("would both write " + out.resolve("cv.pdf")), r.both());
    assertArrayEquals(earlier, Files.readAllBytes(out.resolve("cv.pdf")), "checked before anything is written");
    assertEquals("", r.out(), "neither input was rendered");
  }

  @Test
  void anOutputMayNotReplaceTheExtraStyleSheet() throws Exception {
    Path cv = write("notes.md", "# Ada\n");
    Path css = write("notes.txt", "h1 { color: teal; }\n");
    byte[] before = Files.readAllBytes(css);

    Cli r = Cli.run("render", cv.toString(), "--css", css.toString(), "--format", "pdf,txt");

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("would overwrite the input " + css), r.both());
    assertArrayEquals(before, Files.readAllBytes(css));
    assertFalse(Files.exists(dir.resolve("notes.pdf")), "no format of that input is written");
  }

  @Test
  void theSameInputNamedTwiceIsRenderedOnce() throws Exception {
    Path cv = write("cv.md", "# Ada Lovelace\n");
    Files.createSymbolicLink(dir.resolve("alias.md"), cv);

    Cli r = Cli.run("render", cv.toString(), dir.resolve(".").resolve("cv.md").toString());

    assertEquals(0, r.code(), r.both());
    assertEquals(1, r.out().lines().count(), r.both());
    assertTrue(PdfInspect.text(Files.readAllBytes(dir.resolve("cv.pdf"))).contains("Ada Lovelace"));
  }

  @Test
  void anExistingOutputThatLinksToTheInputIsReplacedNotFollowed() throws Exception {
    Path cv = write("cv.md", "# Ada Lovelace\n");
    byte[] before = Files.readAllBytes(cv);
    Path link = Files.createSymbolicLink(dir.resolve("cv.pdf"), cv);

    Cli r = Cli.run("render", cv.toString(), "-o", link.toString());

    assertEquals(0, r.code(), r.both());
    assertArrayEquals(before, Files.readAllBytes(cv), "the input behind the link is untouched");
    assertFalse(Files.isSymbolicLink(link), "the link itself was replaced by the PDF");
    assertTrue(PdfInspect.text(Files.readAllBytes(link)).contains("Ada Lovelace"));
  }

  @Test
  void anOutputThatIsADeviceIsRefused() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Path fifo = dir.resolve("cv.pdf");
    Fifos.make(fifo);

    Cli r = Cli.run("render", cv.toString(), "-o", fifo.toString());

    assertEquals(2, r.code(), r.both());
    assertTrue(r.err().contains("-o " + fifo + " is not a file (a device, a pipe or a system file)"), r.both());
    assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    for (String device : List.of("/dev/null", "/dev/full", "/dev/stderr")) {
      Cli d = Cli.run("render", cv.toString(), "-o", device);
      assertEquals(2, d.code(), d.both());
      assertTrue(d.err().contains("-o " + device + " is not a file"), d.both());
      assertFalse(Files.exists(Path.of(device + ".pdf")), "no file made beside the device");
    }
    Path file = write("outf", "not a folder");
    Cli d = Cli.run("render", cv.toString(), "-d", file.toString());
    assertEquals(2, d.code(), d.both());
    assertTrue(d.err().contains("-d " + file + " is a file; -d names the folder to write into"), d.both());
  }

  @Test
  void replacingALinkGivesTheNewFileTheUsualPermissionsNotTheTargets() throws Exception {
    Path cv = write("cv.md", "# Ada\n");
    Path target = write("open.txt", "x");
    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    Path link = Files.createSymbolicLink(dir.resolve("cv.pdf"), target);

    Cli r = Cli.run("render", cv.toString(), "-o", link.toString());

    assertEquals(0, r.code(), r.both());
    assertFalse(Files.isSymbolicLink(link));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(link)));
    assertEquals("rwxrwxrwx", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target)), "the link's target is left alone");
    Path toDevice = Files.createSymbolicLink(dir.resolve("null.pdf"), Path.of("/dev/null"));
    Cli d = Cli.run("render", cv.toString(), "-o", toDevice.toString());
    assertEquals(0, d.code(), "a link to a device is replaced as any link is\n" + d.both());
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(toDevice)));
  }

  @Test
  void aPngPageMayNotReplaceAnImageTheResumeShows() throws Exception {
    byte[] photo = Files.readAllBytes(Path.of("examples/gallery/about-me-modern.png"));
    Files.write(dir.resolve("cv-1.png"), photo);
    Path cv = write("cv.md", "---\nname: Ada\nphoto: cv-1.png\n---\n\n## Work\n\nEngines.\n");
    Files.write(dir.resolve("cv.pdf"), "an earlier PDF".getBytes(StandardCharsets.US_ASCII));

    Cli r = Cli.run("render", cv.toString(), "--format", "pdf,png", "--dpi", "30");

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("would overwrite an image the résumé shows"), r.both());
    assertArrayEquals(photo, Files.readAllBytes(dir.resolve("cv-1.png")), "the photo is untouched");
    assertEquals("an earlier PDF", Files.readString(dir.resolve("cv.pdf")), "no format of it is written");
    assertTrue(Cli.run("render", cv.toString(), "--format", "png", "--dpi", "30", "-d",
        dir.resolve("pages").toString()).code() == 0, "into another folder it renders");
  }

  @Test
  void aPdfMayNotReplaceACertificateTheResumeShowsAsAPicture() throws Exception {
    Path other = write("other.md", "---\nname: Bob\n---\n\n## Work\n\nCertified.\n");
    assertEquals(0, Cli.run("render", other.toString(), "-o", dir.resolve("cert.pdf").toString()).code());
    byte[] certificate = Files.readAllBytes(dir.resolve("cert.pdf"));
    Path cv = write("cert.md", "---\nname: Ada\n---\n\n## Work\n\n![the certificate](cert.pdf)\n");

    Cli r = Cli.run("render", cv.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("would overwrite an image the résumé shows"), r.both());
    assertArrayEquals(certificate, Files.readAllBytes(dir.resolve("cert.pdf")), "the certificate is untouched");
  }

  // ---- manifests ----

  private Path manifest(String name, String yaml) throws IOException {
    return write(name, yaml);
  }

  @Test
  void manifestOutputsThatMeetThroughALinkAreAnErrorNamingBothLines() throws Exception {
    write("resume.md", "# Ada\n");
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(dir.resolve("link"), out);
    Path m = manifest("cvpress.yaml", "outputs:\n  - input: resume.md\n    output: out/x.pdf\n"
        + "  - input: resume.md\n    output: link/x.pdf\n    tags: [cloud]\n");

    Cli r = Cli.run("build", m.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(m + ":4:5: error: the output at line 4 (input resume.md) and the output at line 2"
        + " (input resume.md) would both write"), r.both());
    assertEquals(List.of(), files(out), "nothing written");
  }

  @Test
  void outputsWhoseNamesDifferOnlyInLetterCaseAreAnError() throws Exception {
    write("resume.md", "# Ada\n");
    Path m = manifest("cvpress.yaml", "outputs:\n  - input: resume.md\n    output: out/cv.pdf\n"
        + "  - input: resume.md\n    output: out/CV.PDF\n    tags: [cloud]\n");

    Cli r = Cli.run("build", m.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(m + ":4:5: error: the output at line 4 (input resume.md) would write CV.PDF and the"
        + " output at line 2 (input resume.md) would write cv.pdf: names that differ only in letter case are one file"
        + " on macOS and Windows"), r.both());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aManifestOutputMayNotReplaceTheManifest() throws Exception {
    write("resume.md", "# Ada\n");
    Path m = manifest("build.txt", "outputs:\n  - input: resume.md\n    output: build\n    format: [txt]\n");
    byte[] before = Files.readAllBytes(m);

    Cli r = Cli.run("build", m.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains(m + ":2:5: error: the output " + dir.resolve("build.txt")
        + " would overwrite the input " + m), r.both());
    assertArrayEquals(before, Files.readAllBytes(m));
  }

  @Test
  void aManifestOutputMayNotReplaceAnotherOutputsInput() throws Exception {
    write("resume.md", "# Ada\n");
    Path notes = write("notes.txt", "# Notes in Markdown\n");
    byte[] before = Files.readAllBytes(notes);
    Path m = manifest("cvpress.yaml", "outputs:\n  - input: notes.txt\n    output: notes-cv.pdf\n"
        + "  - input: resume.md\n    output: notes\n    format: [pdf, txt]\n");

    Cli r = Cli.run("build", m.toString());

    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("would overwrite the input " + notes), r.both());
    assertArrayEquals(before, Files.readAllBytes(notes));
    assertFalse(Files.exists(dir.resolve("notes-cv.pdf")), "reported before any output is written");
  }
}
