package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh process loads to render the reference résumé, read from the JVM's class-loading log: work that every
 * start would pay for and that a render does not need stays off the start path.
 */
class StartPathTest {
  @TempDir static Path dir;
  private static List<String> loaded;

  @BeforeAll
  static void renderInAFreshProcess() throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    Path pdf = dir.resolve("about-me.pdf");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "-q", "examples/about-me.md", "-o", pdf.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the render finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("output.txt")));
    assertTrue(Files.size(pdf) > 10_000, "a PDF was written");
    loaded = Files.readAllLines(log);
  }

  private static List<String> loadedMatching(String part) {
    return loaded.stream().filter(line -> line.contains(part)).toList();
  }

  @Test
  void readsNoAnnotationsThroughRunTimeProxies() {
    // The command line is declared in code; annotations would be read through proxy classes made at every start.
    assertEquals(List.of(), loadedMatching("__dynamic_proxy__"));
  }

  @Test
  void neverScansTheMachinesFonts() {
    // PDFBox's font mapper scans and caches every font of the machine on first use; every face is bundled.
    assertEquals(List.of(), loadedMatching("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider"));
    assertEquals(List.of(), loadedMatching("org.apache.pdfbox.pdmodel.font.FontMapperImpl"));
  }

  @Test
  void loadsNeitherTheDictionariesNorTheGrammarChecker() {
    // LanguageTool's grammar engine and its spelling dictionaries are for check alone: reading them takes seconds.
    assertEquals(List.of(), loadedMatching("org.languagetool."));
    assertEquals(List.of(), loadedMatching("morfologik."));
    assertEquals(List.of(), loadedMatching("dev.cvpress.check.grammar."));
  }

  @Test
  void writesTheXmpPacketWithoutXmpbox() {
    // Linking the engine loads a few of its types; building and serializing a packet would load these.
    for (String c : List.of("org.apache.xmpbox.XMPMetadata ", "org.apache.xmpbox.type.TypeMapping ",
        "org.apache.xmpbox.xml.XmpSerializer ")) {
      assertEquals(List.of(), loadedMatching(c));
    }
  }

  @Test
  void setsUpNoLoggingFramework() {
    // The engine, PDFBox and snakeyaml log through java.util.logging unless told otherwise; cvpress reports itself.
    assertEquals(List.of(), loadedMatching("java.util.logging.LogManager "));
    assertEquals(List.of(), loadedMatching("org.apache.commons.logging.impl.Jdk14Logger "));
  }

  @Test
  void loadsNoLibraryOfAnotherCommand() {
    // Word documents (Apache POI and its XML beans) and the spelling and grammar check (LanguageTool, morfologik)
    // are loaded by the commands that need them, never by a render.
    for (String p : List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.", "org.languagetool.",
        "morfologik.")) {
      assertEquals(List.of(), loadedMatching(" " + p), p);
    }
  }

  @Test
  void leavesPagesWithNothingUntaggedUnparsed() {
    // The default theme draws nothing outside tagged content: a quick scan says so, and PDFBox's content parser,
    // which builds an object for every token of every page, is not needed.
    assertEquals(List.of(), loadedMatching("org.apache.pdfbox.pdfparser.PDFStreamParser "));
  }
}
