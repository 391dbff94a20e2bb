package dev.cvpress.endtoend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.Cvpress;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.files.InputNames;
import dev.cvpress.formats.Comparison;
import dev.cvpress.formats.Positions;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import dev.cvpress.transform.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cvpress convert} as properties over every Markdown résumé the project has (examples, the starter, the
 * corpus, the fixtures and goldens of the tests, the fuzzer's seeds that read): Markdown → Markdown reads back as the
 * same model, field by field and in every language the résumé is written in, and converting the result again
 * gives the same bytes; RenderCV → RenderCV reads back as the same résumé.
 */
public class ConversionRoundTripTest {
  /**
   * Every Markdown file of the project that reads as a résumé (a cover letter converts to nothing); the other
   * formats' round trips take them too.
   */
  public static Stream<Path> markdown() throws Exception {
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("examples", "src/main/resources", "src/test/resources")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
      }
    }
    return all.stream().filter(ConversionRoundTripTest::readsAsResume);
  }

  private static boolean readsAsResume(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      ResumeParser.parse(file.toString(), bytes, Map.of(), Style.KEYS);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return !text.matches("(?s)(?:\\+\\+\\+|---).*?\\btype\\s*[:=]\\s*\"?letter.*");
    } catch (Exception e) {
      return false; // the files that show errors: their goldens test those
    }
  }

  static Stream<Path> renderCv() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/rendercv"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static Cvpress.Converted convert(Path file, byte[] bytes, InputNames.Format to) throws CvpressException {
    return Cvpress.convert(new Cvpress.Input(file, bytes, file.toAbsolutePath().getParent()), to);
  }

  private static Resume parse(Path file, byte[] bytes, String lang) throws CvpressException {
    Map<String, String> overrides = lang == null ? Map.of() : Map.of("lang", lang);
    return ResumeParser.parse(file.toString(), bytes, overrides, Style.KEYS).resume();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdown")
  void markdownToMarkdownReadsAsTheSameModelAndIsStable(Path file) throws Exception {
    byte[] original = Files.readAllBytes(file);
    Cvpress.Converted converted = convert(file, original, InputNames.Format.MARKDOWN);
    byte[] once = converted.bytes();
    String written = new String(once, StandardCharsets.UTF_8);
    // Nothing is lost, so nothing is reported lost; what JSON Resume has no place for is no matter here.
    assertEquals(List.of(), converted.warnings().stream().filter(d -> d.code() == Code.NOT_EXACT
        || d.code() == Code.FIELD_KEPT_ASIDE || d.code() == Code.SCHEMA_MISMATCH).toList());
    Resume before = parse(file, original, null);
    assertSameModel(before, parse(file, once, null), written);
    // Each language on its own: content marked {lang=…} and front-matter values per language.
    if (before.meta().languages().size() > 1 || !Languages.used(before).isEmpty()) {
      for (String lang : before.meta().languages()) {
        assertSameModel(parse(file, original, lang), parse(file, once, lang), lang + ":\n" + written);
      }
    }
    assertEquals(ResumeParser.valuesPerLanguage(file.toString(), original),
        ResumeParser.valuesPerLanguage(file.toString(), once), written);
    byte[] twice = convert(file, once, InputNames.Format.MARKDOWN).bytes();
    assertEquals(written, new String(twice, StandardCharsets.UTF_8), "converting again changes it");
    assertArrayEquals(once, twice);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderCv")
  void renderCvToRenderCvReadsAsTheSameResume(Path file) throws Exception {
    byte[] original = Files.readAllBytes(file);
    byte[] yaml = convert(file, original, InputNames.Format.RENDERCV).bytes();
    Path md = Path.of(file + ".md");
    Resume before = parse(md, convert(file, original, InputNames.Format.MARKDOWN).bytes(), null);
    Resume after = parse(md, convert(file, yaml, InputNames.Format.MARKDOWN).bytes(), null);
    assertSameModel(before, after, new String(yaml, StandardCharsets.UTF_8));
    assertArrayEquals(yaml, convert(file, yaml, InputNames.Format.RENDERCV).bytes(), "stable");
  }

  /** The two models field by field, so that a failure names the field: the header, the introduction, each section. */
  static void assertSameModel(Resume expected, Resume actual, String written) {
    Resume a = Positions.withoutPositions(expected);
    Resume b = Positions.withoutPositions(actual);
    assertEquals(a.header().name(), b.header().name(), "name\n" + written);
    assertEquals(a.header().headline(), b.header().headline(), "headline\n" + written);
    assertEquals(Comparison.shown(a.header().contacts()), Comparison.shown(b.header().contacts()),
        "contacts\n" + written);
    assertEquals(a.header().photo(), b.header().photo(), "photo\n" + written);
    assertEquals(a.meta().title(), b.meta().title(), "title\n" + written);
    assertEquals(a.meta().lang(), b.meta().lang(), "lang\n" + written);
    assertEquals(a.meta().languages(), b.meta().languages(), "languages\n" + written);
    assertEquals(a.meta().keywords(), b.meta().keywords(), "keywords\n" + written);
    assertEquals(a.meta().date(), b.meta().date(), "date\n" + written);
    assertEquals(a.meta().style(), b.meta().style(), "style\n" + written);
    assertEquals(a.intro(), b.intro(), "introduction\n" + written);
    for (int i = 0; i < Math.min(a.sections().size(), b.sections().size()); i++) {
      Section x = a.sections().get(i);
      Section y = b.sections().get(i);
      assertEquals(x.title(), y.title(), "section " + i + " title\n" + written);
      assertEquals(x.tags(), y.tags(), "section " + x.title() + " tags\n" + written);
      for (int j = 0; j < Math.min(x.blocks().size(), y.blocks().size()); j++) {
        assertEquals(x.blocks().get(j), y.blocks().get(j), "section " + x.title() + ", block " + j + "\n" + written);
      }
      assertEquals(x.blocks().size(), y.blocks().size(), "section " + x.title() + " blocks\n" + written);
    }
    assertEquals(a.sections().size(), b.sections().size(), "sections\n" + written);
    assertEquals(Comparison.of(a, b).none(), true, Comparison.of(a, b) + "\n" + written);
  }
}
