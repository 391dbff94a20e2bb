package dev.cvpress.endtoend;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.output.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input, options and version give the same bytes, across separate JVMs; the dates come from
 * SOURCE_DATE_EPOCH, else the front matter's date, else a fixed epoch; the document ID from the content.
 */
class ReproducibleTest {
  private static final long EPOCH = 1_704_067_200L; // 2024-01-01T00:00:00Z
  private static final long OTHER_EPOCH = 1_600_000_000L;

  @TempDir static Path dir;
  private static Path input;

  /** Each render in its own JVM: {name -> PDF bytes}. */
  private static final Map<String, byte[]> pdfs = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  static void renderInSeparateJvms() throws Exception {
    input = dir.resolve("about-me.md");
    Files.copy(Path.of("examples/about-me.md"), input);
    // Two at a time: enough to overlap, without starving a small CI machine.
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    runs.add(jvm("plain-1", null));
    runs.add(jvm("plain-2", null));
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    runs.clear();
    runs.add(jvm("epoch-1", EPOCH));
    runs.add(jvm("epoch-2", EPOCH));
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    runs.clear();
    runs.add(jvm("other-epoch", OTHER_EPOCH));
    runs.add(jvm("pdfa-1", EPOCH, "--pdfa"));
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    jvm("pdfa-2", EPOCH, "--pdfa").get(5, TimeUnit.MINUTES);
  }

  private static String childClasspath;

  /**
   * The test classpath (surefire's own property when forked with a manifest-only jar, else java.class.path), with
   * each class folder copied first, so that a build running beside the test cannot change classes under the
   * children.
   */
  static synchronized String classpath() throws IOException {
    if (childClasspath != null) return childClasspath;
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!Files.isDirectory(p)) {
        entries.add(entry);
        continue;
      }
      Path copy = dir.resolve("classpath-" + n++);
      try (var walk = Files.walk(p)) {
        for (Path from : (Iterable<Path>) walk::iterator) {
          Path to = copy.resolve(p.relativize(from).toString());
          if (Files.isDirectory(from)) Files.createDirectories(to);
          else Files.copy(from, to);
        }
      }
      entries.add(copy.toString());
    }
    childClasspath = String.join(java.io.File.pathSeparator, entries);
    return childClasspath;
  }

  private static CompletableFuture<Void> jvm(String name, Long epoch, String... extra) {
    return CompletableFuture.runAsync(() -> {
      try {
        Path out = dir.resolve(name + ".pdf");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath(), "dev.cvpress.cli.Main", "render", input.toString(), "-o", out.toString(), "-q"));
        cmd.addAll(Arrays.asList(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        if (epoch != null) pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(epoch));
        // A different time zone and locale in the child must not change a byte either.
        pb.environment().put("TZ", name.endsWith("-2") ? "Asia/Tokyo" : "America/Los_Angeles");
        pb.environment().put("LANG", name.endsWith("-2") ? "de_DE.UTF-8" : "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), name + " did not finish");
        assertEquals(0, p.exitValue(), name + ": " + output);
        pdfs.put(name, Files.readAllBytes(out));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(name, e);
      }
    });
  }

  private static Instant creationDate(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getDocumentInformation().getCreationDate().toInstant();
    }
  }

  private static Instant modificationDate(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getDocumentInformation().getModificationDate().toInstant();
    }
  }

  private static List<byte[]> ids(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray id = (COSArray) doc.getDocument().getTrailer().getDictionaryObject(COSName.ID);
      assertNotNull(id, "the trailer has an /ID");
      assertEquals(2, id.size());
      return List.of(((COSString) id.getObject(0)).getBytes(), ((COSString) id.getObject(1)).getBytes());
    }
  }

  @Test
  void twoJvmsWithoutSourceDateEpochGiveIdenticalBytes() {
    assertArrayEquals(pdfs.get("plain-1"), pdfs.get("plain-2"));
  }

  @Test
  void twoJvmsWithTheSameSourceDateEpochGiveIdenticalBytes() {
    assertArrayEquals(pdfs.get("epoch-1"), pdfs.get("epoch-2"));
  }

  @Test
  void pdfAIsReproducibleToo() {
    assertArrayEquals(pdfs.get("pdfa-1"), pdfs.get("pdfa-2"));
    assertFalse(Arrays.equals(pdfs.get("pdfa-1"), pdfs.get("epoch-1")), "--pdfa does change the file");
  }

  @Test
  void withoutSourceDateEpochTheDateIsTheFrontMattersDate() throws Exception {
    // about-me.md: date: 2016-01-01T23:49:46+08:00
    Instant expected = Instant.parse("2016-01-01T15:49:46Z");
    assertEquals(expected, creationDate(pdfs.get("plain-1")));
    assertEquals(expected, modificationDate(pdfs.get("plain-1")));
  }

  @Test
  void sourceDateEpochSetsTheDates() throws Exception {
    assertEquals(Instant.ofEpochSecond(EPOCH), creationDate(pdfs.get("epoch-1")));
    assertEquals(Instant.ofEpochSecond(EPOCH), modificationDate(pdfs.get("epoch-1")));
    assertEquals(Instant.ofEpochSecond(OTHER_EPOCH), creationDate(pdfs.get("other-epoch")));
  }

  @Test
  void aDifferentSourceDateEpochGivesADifferentFile() {
    assertFalse(Arrays.equals(pdfs.get("epoch-1"), pdfs.get("other-epoch")));
    assertFalse(Arrays.equals(pdfs.get("epoch-1"), pdfs.get("plain-1")));
  }

  @Test
  void pdfAXmpDatesMatchTheInfoDates() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdfs.get("pdfa-1"))) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      // As an element, <xmp:CreateDate>…</xmp:CreateDate>, or as an attribute, xmp:CreateDate="…".
      var m = java.util.regex.Pattern.compile(
          "<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]+)<|\\sxmp:(CreateDate|ModifyDate|MetadataDate)=\"([^\"]+)\"")
          .matcher(xmp);
      int found = 0;
      while (m.find()) {
        found++;
        String name = m.group(1) != null ? m.group(1) : m.group(3);
        String value = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
        assertEquals(Instant.ofEpochSecond(EPOCH), java.time.OffsetDateTime.parse(value).toInstant(),
            name + " in the XMP");
      }
      assertTrue(found >= 1, "the XMP carries the creation date:\n" + xmp);
    }
  }

  @Test
  void theDocumentIdIsStableAcrossRunsAndFollowsTheContent() throws Exception {
    List<byte[]> a = ids(pdfs.get("epoch-1"));
    List<byte[]> b = ids(pdfs.get("epoch-2"));
    assertArrayEquals(a.get(0), b.get(0));
    assertArrayEquals(a.get(1), b.get(1));
    assertTrue(a.get(0).length >= 16, "a real digest, not a placeholder");
    assertFalse(Arrays.equals(a.get(0), ids(pdfs.get("other-epoch")).get(0)), "other dates, other document");
  }

  @Test
  void inProcessRenderMatchesTheCommandLine() throws Exception {
    Rendered r = Cvpress.render(input, Options.builder().sourceDateEpoch(EPOCH).build());
    assertArrayEquals(pdfs.get("epoch-1"), r.pdf(), "a long-running JVM (e.g. --watch, build) writes the same bytes");
  }

  @Test
  void differentContentGivesADifferentId() throws Exception {
    Path changed = dir.resolve("changed.md");
    Files.writeString(changed, Files.readString(input, StandardCharsets.UTF_8) + "\nOne more line.\n");
    Rendered r = Cvpress.render(changed, Options.builder().sourceDateEpoch(EPOCH).build());
    assertNotEquals(Arrays.toString(ids(pdfs.get("epoch-1")).get(0)), Arrays.toString(ids(r.pdf()).get(0)));
  }

  @Test
  void theEmbeddedSourceIsTheInputAndCarriesThePdfsDate() throws Exception {
    List<dev.cvpress.render.pdf.EmbeddedFile> files = Cvpress.embeddedFiles(pdfs.get("epoch-1"));
    // The source as read, and the JSON Resume written from it beside it.
    assertEquals(java.util.Set.of("about-me.md", "about-me.json"),
        files.stream().map(dev.cvpress.render.pdf.EmbeddedFile::name).collect(java.util.stream.Collectors.toSet()));
    assertArrayEquals(Files.readAllBytes(input), files.stream().filter(f -> f.name().equals("about-me.md"))
        .findFirst().orElseThrow().bytes());
    try (PDDocument doc = Loader.loadPDF(pdfs.get("epoch-1"))) {
      for (String name : List.of("about-me.md", "about-me.json")) {
        var spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(name);
        assertEquals(Instant.ofEpochSecond(EPOCH), spec.getEmbeddedFile().getModDate().toInstant(), name);
      }
    }
    assertEquals(2, Cvpress.embeddedFiles(pdfs.get("pdfa-1")).size(), "--pdfa carries them too");
  }

  @Test
  void withoutAnyDateTheFixedEpochIsUsed() throws Exception {
    Path undated = dir.resolve("undated.md");
    Files.writeString(undated, "---\nname: No Date\nemail: a@example.com\n---\n\nHello.\n", StandardCharsets.UTF_8);
    Rendered r = Cvpress.render(undated, Options.defaults());
    assertEquals(Instant.parse("2000-01-01T00:00:00Z"), creationDate(r.pdf()));
    Rendered again = Cvpress.render(undated, Options.defaults());
    assertArrayEquals(r.pdf(), again.pdf());
  }
}
