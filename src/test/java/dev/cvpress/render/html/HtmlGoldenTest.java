package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.parse.ResumeParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown to HTML golden files: {@code golden/<case>.md} renders to {@code golden/<case>.html}. Cases with a
 * {@code <case>.err} are error cases (see {@code ErrorGoldenTest}). The style sheet is left out of the comparison.
 * Run {@code mvn test -Dgolden.update=true} to rewrite the expected files, then read the diff before committing it.
 */
class HtmlGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  /** No theme: the goldens show the structure, and do not change when a style sheet does. */
  private static final HtmlRenderer.Options OPTIONS = new HtmlRenderer.Options("", false, false, false);

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3))
          .filter(n -> !Files.exists(GOLDEN.resolve(n + ".err")))
          .sorted()
          .toList();
      assertFalse(names.isEmpty(), "no golden cases found in " + GOLDEN.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsTheGolden(String name) throws Exception {
    byte[] md = Files.readAllBytes(GOLDEN.resolve(name + ".md"));
    var resume = ResumeParser.parse(name + ".md", md, Map.of(), dev.cvpress.style.Style.KEYS).resume();
    String actual = withoutStyleSheet(HtmlRenderer.render(resume, OPTIONS));
    Path expectedFile = GOLDEN.resolve(name + ".html");
    if (updating()) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile + "; run with -Dgolden.update=true");
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertEquals(expected, actual, firstDifference(expected, actual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenIsWellFormedXml(String name) throws Exception {
    Path expectedFile = GOLDEN.resolve(name + ".html");
    if (!Files.exists(expectedFile)) return; // reported by rendersAsTheGolden
    // openhtmltopdf gets a W3C DOM: the HTML must hold no unclosed tag and no unescaped & or <.
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
    var dom = factory.newDocumentBuilder().parse(expectedFile.toFile());
    assertEquals("html", dom.getDocumentElement().getTagName());
  }

  @Test
  void referenceGoldenIsTheExampleUnchanged() throws Exception {
    assertEquals(Files.readString(Path.of("examples/about-me.md")), Files.readString(GOLDEN.resolve("about-me.md")),
        "golden/about-me.md must be a copy of examples/about-me.md");
  }

  @Test
  void everyGoldenFileHasItsMarkdown() throws Exception {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".md")) {
          String base = n.substring(0, n.length() - 3);
          assertFalse(Files.exists(GOLDEN.resolve(base + ".html")) && Files.exists(GOLDEN.resolve(base + ".err")),
              base + " has both an .html and an .err golden");
          continue;
        }
        String base = n.replaceFirst("\\.(html|err)$", "");
        assertTrue(Files.exists(GOLDEN.resolve(base + ".md")), "orphan golden file " + n);
      }
    }
  }

  /**
   * The HTML with the body of its style element replaced by a placeholder: even with no theme, the renderer adds
   * base rules of its own, and the goldens are about structure and escaping, not CSS.
   */
  static String withoutStyleSheet(String html) {
    return html.replaceFirst("(?s)<style>.*?</style>", "<style>/* style sheet left out of the golden */</style>");
  }

  /** Where two texts first differ, by line, to make a failure readable. */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) return "first difference at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
    }
    return "texts differ";
  }
}
