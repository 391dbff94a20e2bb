package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front-matter values per language: the one in the résumé's language is used, and a missing one is reported. */
class FrontMatterLanguagesTest {
  private static final String SOURCE = """
      ---
      name: Jana Novak
      headline: {en: Backend engineer, de: Backend-Entwicklerin}
      location:
        en: Berlin, Germany
        de: Berlin, Deutschland
      title: {en: Résumé}
      lang: en
      languages: [en, de]
      links: {Blog: https://example.com}
      ---

      Text.
      """;

  private static ResumeParser.Result parse(String source, Map<String, String> overrides) throws Exception {
    return ResumeParser.parse("cv.md", source.getBytes(StandardCharsets.UTF_8), overrides, Style.KEYS);
  }

  private static String headline(Resume r) {
    return r.header().headline().stream().map(i -> ((Inline.Text) i).text()).reduce("", String::concat);
  }

  private static String location(Resume r) {
    return r.header().contacts().stream().filter(c -> c.kind() == Contact.Kind.LOCATION).findFirst().orElseThrow()
        .label();
  }

  @Test
  void theDocumentsLanguageIsUsedWithoutLangAndTheChosenOneWithIt() throws Exception {
    Resume en = parse(SOURCE, Map.of()).resume();
    assertEquals("Backend engineer", headline(en));
    assertEquals("Berlin, Germany", location(en));
    assertEquals("en", en.meta().lang());
    assertEquals(List.of("en", "de"), en.meta().languages());
    Resume de = parse(SOURCE, Map.of("lang", "de")).resume();
    assertEquals("Backend-Entwicklerin", headline(de));
    assertEquals("Berlin, Deutschland", location(de));
    assertEquals("de", de.meta().lang());
    assertEquals(List.of("en", "de"), de.meta().languages(), "the declaration is the front matter's");
    assertEquals("Backend-Entwicklerin", headline(parse(SOURCE, Map.of("lang", "de-AT")).resume()),
        "de-AT takes the de value");
  }

  @Test
  void aMapMissingALanguageAnotherHasIsAWarningAtItsKey() throws Exception {
    List<Diagnostic> warnings = parse(SOURCE, Map.of()).warnings();
    assertEquals(List.of("LANGUAGE_MISSING 7:1"), warnings.stream()
        .map(d -> d.code() + " " + d.pos().line() + ":" + d.pos().column()).toList());
    assertEquals("`title` has no value in `de`", warnings.get(0).message());
    Diagnostic shown = parse(SOURCE, Map.of("lang", "de")).warnings().get(0);
    assertEquals("`title` has no value in `de`; the `en` one is shown", shown.message());
    assertEquals("Résumé", parse(SOURCE, Map.of("lang", "de")).resume().meta().title());
  }

  @Test
  void aLanguageTheFrontMatterDoesNotDeclareIsAWarningAtItsValue() throws Exception {
    String source = "---\nname: A\nheadline: {en: Engineer, dee: Ingenieur}\n---\n\nText.\n";
    List<Diagnostic> warnings = parse(source, Map.of()).warnings();
    assertEquals(List.of(Code.LANGUAGE_NOT_DECLARED), warnings.stream().map(Diagnostic::code).toList());
    assertEquals(3, warnings.get(0).pos().line());
    assertEquals(26, warnings.get(0).pos().column(), "at `dee`");
  }

  @Test
  void mapsThatAreNotPerLanguageAreReadAsBefore() throws Exception {
    Resume r = parse(SOURCE, Map.of()).resume();
    assertEquals(1, r.header().contacts().stream().filter(c -> c.label().equals("Blog")).count(),
        "links is a map of labels, never of languages");
    String oneLanguage = "---\nname: A\nlanguages: de, en\n---\n\nText.\n";
    assertEquals("de", parse(oneLanguage, Map.of()).resume().meta().lang(),
        "without lang:, the first language declared");
  }

  @Test
  void spokenLanguagesUnderLanguagesAreNoDeclaration() throws Exception {
    Resume r = parse("---\nname: A\nlanguages: [English (native), German]\n---\n\nText.\n", Map.of()).resume();
    assertEquals("en", r.meta().lang());
    assertEquals(List.of("en"), r.meta().languages());
  }
}
