package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cvpress extract FILE.pdf [-d DIR] [--force]}: gives back the résumé a PDF carries byte for byte, never over
 * an existing file without --force, never outside its folder; {@code --no-embed} and the manifest's
 * {@code embed: false} leave the source out.
 */
class ExtractCommandTest {
  /** A source as people save it: a byte-order mark, CRLF line ends, accents; it must come back unchanged. */
  private static final byte[] SOURCE = ("\uFEFF---\r\nname: Ada Lovelace\r\nemail: ada@example.com\r\n---\r\n\r\n"
      + "## Work\r\n\r\n### Engineer — Analytical Engines | 1842 – 1843\r\n\r\n- Notes on the engine, naïve "
      + "Größe\r\n").getBytes(StandardCharsets.UTF_8);

  @TempDir static Path shared;
  private static Path pdf;

  @TempDir Path dir;

  @BeforeAll
  static void renderOnce() throws Exception {
    Path cv = Files.write(shared.resolve("ada.md"), SOURCE);
    Cli r = Cli.run("render", cv.toString(), "-q");
    assertEquals(0, r.code(), r.both());
    pdf = shared.resolve("ada.pdf");
  }

  private Path copyOfPdf() throws Exception {
    return Files.copy(pdf, dir.resolve("ada.pdf"));
  }

  @Test
  void extractsTheSourceNextToThePdfByteForByte() throws Exception {
    Path copy = copyOfPdf();
    Cli r = Cli.run("extract", copy.toString());
    assertEquals(0, r.code(), r.both());
    assertArrayEquals(SOURCE, Files.readAllBytes(dir.resolve("ada.md")));
    assertTrue(r.out().contains("ada.md (text/markdown, " + SOURCE.length + " bytes)"), r.out());
    // Its JSON Resume beside it, as convert writes it.
    assertTrue(Files.readString(dir.resolve("ada.json")).contains("\"basics\""), r.out());
    assertTrue(r.out().contains("ada.json (application/json, "), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aJsonResumeTravelsAsItselfNamedAsJson() throws Exception {
    byte[] json = "{\"basics\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}}"
        .getBytes(StandardCharsets.UTF_8);
    Path cv = Files.write(dir.resolve("ada.json"), json);
    Cli rendered = Cli.run("render", cv.toString(), "-o", dir.resolve("out.pdf").toString(), "-q");
    assertEquals(0, rendered.code(), rendered.both());
    Path out = Files.createDirectories(dir.resolve("x"));
    Cli r = Cli.run("extract", dir.resolve("out.pdf").toString(), "-d", out.toString());
    assertEquals(0, r.code(), r.both());
    assertArrayEquals(json, Files.readAllBytes(out.resolve("ada.json")));
    assertTrue(r.out().contains("ada.json (application/json, " + json.length + " bytes)"), r.out());
  }

  @Test
  void intoAFolderWithDir() throws Exception {
    Path out = dir.resolve("sources/new");
    Cli r = Cli.run("extract", pdf.toString(), "-d", out.toString());
    assertEquals(0, r.code(), r.both());
    assertArrayEquals(SOURCE, Files.readAllBytes(out.resolve("ada.md")));
  }

  @Test
  void neverReplacesAFileWithoutForce() throws Exception {
    Path existing = Files.writeString(dir.resolve("ada.md"), "my edits");
    Cli r = Cli.run("extract", pdf.toString(), "-d", dir.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("file exists; not replaced"), r.err());
    assertTrue(r.err().contains("--force"), "the hint names --force: " + r.err());
    assertEquals("my edits", Files.readString(existing));

    Cli forced = Cli.run("extract", pdf.toString(), "-d", dir.toString(), "--force");
    assertEquals(0, forced.code(), forced.both());
    assertArrayEquals(SOURCE, Files.readAllBytes(existing));
  }

  @Test
  void aPdfWithoutItsSourceIsAnError() throws Exception {
    Path cv = Files.write(dir.resolve("cv.md"), SOURCE);
    Cli render = Cli.run("render", cv.toString(), "--no-embed", "-q");
    assertEquals(0, render.code(), render.both());
    Path plain = dir.resolve("cv.pdf");
    Files.delete(cv);
    Cli r = Cli.run("extract", plain.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("carries no résumé source"), r.err());
    assertTrue(r.err().contains("hint:"), r.err());
    assertFalse(Files.exists(cv));
    assertTrue(Files.size(plain) < Files.size(pdf), "--no-embed makes a smaller file");
  }

  @Test
  void aFileThatIsNoPdfIsAnError() throws Exception {
    Path md = Files.write(dir.resolve("cv.md"), SOURCE);
    Cli r = Cli.run("extract", md.toString());
    assertEquals(1, r.code(), r.both());
    assertTrue(r.err().contains("not a PDF"), r.err());
    Cli missing = Cli.run("extract", dir.resolve("nothing.pdf").toString());
    assertEquals(1, missing.code(), missing.both());
    assertTrue(missing.err().contains("file not found"), missing.err());
  }

  @Test
  void namesThatLeadElsewhereAreReducedToTheirBaseName() throws Exception {
    Path hostile = dir.resolve("inbox/hostile.pdf");
    Files.createDirectories(hostile.getParent());
    Files.write(hostile, pdfWith(Map.of("../../evil.md", "one", "/etc/passwd.md", "two", "C:\\Users\\x\\win.md",
        "three", "..", "four")));
    Cli r = Cli.run("extract", hostile.toString());
    assertEquals(1, r.code(), "a file with no usable name is refused: " + r.both());
    assertTrue(r.err().contains("no usable name"), r.err());
    // Refused as a whole: nothing is written when one name cannot be used.
    try (var files = Files.list(hostile.getParent())) {
      assertEquals(1, files.count());
    }
    Files.write(hostile, pdfWith(Map.of("../../evil.md", "one", "/etc/passwd.md", "two", "C:\\Users\\x\\win.md",
        "three")));
    Cli ok = Cli.run("extract", hostile.toString());
    assertEquals(0, ok.code(), ok.both());
    assertEquals("one", Files.readString(hostile.resolveSibling("evil.md")));
    assertEquals("two", Files.readString(hostile.resolveSibling("passwd.md")));
    assertEquals("three", Files.readString(hostile.resolveSibling("win.md")));
    assertFalse(Files.exists(dir.resolve("evil.md")));
  }

  @Test
  void baseNames() {
    assertEquals("cv.md", ExtractCommand.baseName("cv.md"));
    assertEquals("cv.md", ExtractCommand.baseName("a/b/../cv.md"));
    assertEquals("cv.md", ExtractCommand.baseName("C:cv.md"));
    assertNull(ExtractCommand.baseName("a/.."));
    assertEquals("envrc", ExtractCommand.baseName(".envrc"));
    assertEquals("cvpress-words", ExtractCommand.baseName("x/..cvpress-words"));
    assertNull(ExtractCommand.baseName("..."));
    assertNull(ExtractCommand.baseName("dir/"));
    assertNull(ExtractCommand.baseName("\u0000"));
  }

  @Test
  void aManifestCanLeaveTheSourceOut() throws Exception {
    Files.write(dir.resolve("cv.md"), SOURCE);
    Files.writeString(dir.resolve("cvpress.yaml"), """
        outputs:
          - input: cv.md
            output: with.pdf
          - input: cv.md
            output: without.pdf
            embed: false
        """);
    Cli r = Cli.run("build", dir.resolve("cvpress.yaml").toString(), "-q");
    assertEquals(0, r.code(), r.both());
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("extract", dir.resolve("with.pdf").toString(), "-d", out.toString()).code());
    assertArrayEquals(SOURCE, Files.readAllBytes(out.resolve("cv.md")));
    assertEquals(1, Cli.run("extract", dir.resolve("without.pdf").toString(), "-d", out.toString()).code());
  }

  /** poppler's pdfdetach, which people have, lists the source under its name. */
  @Test
  void pdfdetachListsTheSource() throws Exception {
    Process which = new ProcessBuilder("sh", "-c", "command -v pdfdetach").start();
    Assumptions.assumeTrue(which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0, "pdfdetach not installed");
    Process p = new ProcessBuilder("pdfdetach", "-list", pdf.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("2 embedded files") && out.contains("1: ada.json") && out.contains("2: ada.md"), out);
  }

  /** A PDF whose embedded files have these names and contents, as a hostile or careless writer might make. */
  private static byte[] pdfWith(Map<String, String> files) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      Map<String, PDComplexFileSpecification> specs = new java.util.TreeMap<>();
      for (var e : files.entrySet()) {
        PDEmbeddedFile stream = new PDEmbeddedFile(doc,
            new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)));
        stream.setSubtype("text/markdown");
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(e.getKey());
        spec.setFileUnicode(e.getKey());
        spec.setEmbeddedFile(stream);
        specs.put(e.getKey(), spec);
      }
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(specs);
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
