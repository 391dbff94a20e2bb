package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Contact.Kind;
import dev.cvpress.model.Meta;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontMatterFieldsTest {
  /** The style option names as a caller gives them; the parser has no list of its own. */
  private static final Set<String> STYLE_KEYS = Set.of("accent", "paper", "hide");

  private final List<Diagnostic> warnings = new ArrayList<>();

  private FrontMatterFields fields(String text) throws CvpressException {
    return fields(text, Map.of());
  }

  private FrontMatterFields fields(String text, Map<String, String> overrides) throws CvpressException {
    SourceText src = SourceText.of("cv.md", text);
    return new FrontMatterFields(src, FrontMatter.split(src), overrides, STYLE_KEYS, warnings);
  }

  private static SourcePos at(int line, int column) {
    return new SourcePos("cv.md", line, column);
  }

  @Test
  void styleOptionsAreReadWithTheLineAndColumnOfTheirKey() throws Exception {
    Meta meta = fields("---\nname: Ada\nstyle:\n  accent: navy\n  hide: [photo, contacts]\n---\n").meta(null);
    assertEquals(Map.of("accent", "navy", "hide", "photo,contacts"), meta.style());
    assertEquals(Map.of("accent", at(4, 3), "hide", at(5, 3)), meta.stylePos());
    assertEquals(Set.of(), meta.styleFromTopLevel());
    Meta flow = fields("---\nstyle: {accent: navy, paper: a4}\n---\n").meta(null);
    assertEquals(Map.of("accent", at(2, 9), "paper", at(2, 23)), flow.stylePos());
  }

  @Test
  void topLevelKeysTheCallerNamesAreStyleOptionsMarkedAsSuch() throws Exception {
    Meta meta = fields("---\naccent: teal\npaper: a4\nfont-size: 10\n---\n").meta(null);
    assertEquals(Map.of("accent", "teal", "paper", "a4"), meta.style(), "font-size is not named by the caller");
    assertEquals(Map.of("accent", at(2, 1), "paper", at(3, 1)), meta.stylePos());
    assertEquals(Set.of("accent", "paper"), meta.styleFromTopLevel());
  }

  @Test
  void theStyleMapWinsOverATopLevelKey() throws Exception {
    Meta meta = fields("---\naccent: teal\nstyle:\n  accent: navy\n---\n").meta(null);
    assertEquals(Map.of("accent", "navy"), meta.style());
    assertEquals(Set.of(), meta.styleFromTopLevel());
  }

  @Test
  void overridesSetStyleOptionsFromTheCommandLineAndReplaceOtherFields() throws Exception {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("accent", "red");
    overrides.put("style.margins", "10mm");
    overrides.put("name", "Bob");
    overrides.put("title", "CV");
    FrontMatterFields f = fields("---\nname: Ada\naccent: teal\n---\n", overrides);
    Meta meta = f.meta(f.title());
    assertEquals(Map.of("accent", "red", "margins", "10mm"), meta.style());
    assertEquals(Map.of("accent", SourcePos.file("--set accent"), "margins", SourcePos.file("--set style.margins")),
        meta.stylePos());
    assertEquals(Set.of(), meta.styleFromTopLevel());
    assertEquals("Bob", f.name());
    assertEquals("CV", meta.title());
    assertEquals(SourcePos.file("--set title"), f.titlePos());
    assertEquals(Map.of("name", at(2, 1), "accent", at(3, 1)), f.keys(), "keys are those written in the file");
    assertEquals(List.of("name", "accent"), List.copyOf(f.keys().keySet()));
  }

  @Test
  void aStyleThatIsNotAMapIsIgnoredWithAWarningAtItsLine() throws Exception {
    Meta meta = fields("---\nname: Ada\nstyle: classic\n---\n").meta(null);
    assertEquals(Map.of(), meta.style());
    assertEquals(1, warnings.size());
    assertEquals("`style` is not a map of cvpress options; ignored", warnings.get(0).message());
    assertEquals(at(3, 1), warnings.get(0).pos());
    assertEquals("style: classic", warnings.get(0).sourceLine());
  }

  @Test
  void contactFieldsInTheirOrderWithLinksAsURLsOrLabelledMaps() throws Exception {
    FrontMatterFields f = fields("""
        ---
        links:
          - https://blog.ada.dev
          - {url: https://x.org/ada, label: X}
          - {url: https://y.org, name: Y}
          - {label: no url}
        linkedin: ada-l
        github: ada
        website: https://ada.dev
        location: London
        phone: +44 (20) 7946-0958
        email: ada@example.com
        ---
        """);
    assertEquals(List.of(
        new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Kind.PHONE, "+44 (20) 7946-0958", "tel:+442079460958"),
        new Contact(Kind.LOCATION, "London", null),
        new Contact(Kind.WEBSITE, "ada.dev", "https://ada.dev"),
        new Contact(Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        new Contact(Kind.LINKEDIN, "linkedin.com/in/ada-l", "https://linkedin.com/in/ada-l"),
        new Contact(Kind.WEBSITE, "blog.ada.dev", "https://blog.ada.dev"),
        new Contact(Kind.WEBSITE, "X", "https://x.org/ada"),
        new Contact(Kind.WEBSITE, "Y", "https://y.org")), f.contacts(warnings));
    assertEquals(List.of(), warnings);
  }

  @Test
  void linksAsAMapAreLabelToUrlAndAsOneValueAWarning() throws Exception {
    assertEquals(List.of(new Contact(Kind.WEBSITE, "Blog", "https://ada.dev/blog")),
        fields("---\nlinks:\n  Blog: https://ada.dev/blog\n---\n").contacts(warnings));
    assertEquals(List.of(), fields("---\nname: Ada\nlinks: 42\n---\n").contacts(warnings));
    assertEquals("`links` should be a list of URLs; ignored", warnings.get(0).message());
    assertEquals(at(3, 1), warnings.get(0).pos());
  }

  @Test
  void keywordsAreAListOrCommaSeparatedText() throws Exception {
    assertEquals(List.of("math", "engines"), fields("---\nkeywords: [math, '', engines]\n---\n").meta(null).keywords());
    assertEquals(List.of("math", "engines"), fields("---\nkeywords: math , engines,,\n---\n").meta(null).keywords());
    assertEquals(List.of(), fields("---\nname: Ada\n---\n").meta(null).keywords());
  }

  @Test
  void textFieldsAreStrippedAndBlankListOrMapValuesAreNone() throws Exception {
    FrontMatterFields f = fields("---\nname: '  '\nheadline: [a, b]\nphoto: ' me.png '\nlang: de\ndate: 2024\n"
        + "title: {a: 1}\n---\n");
    assertNull(f.name());
    assertNull(f.headline());
    assertEquals("me.png", f.photo());
    Meta meta = f.meta(f.title());
    assertEquals("de", meta.lang());
    assertEquals("2024", meta.date());
    assertEquals("", meta.title());
  }

  @Test
  void theTitleIsTheDocumentsAndTheBodyMayGiveIt() throws Exception {
    FrontMatterFields f = fields("---\nname: Ada\ntitle: About Me\n---\n");
    assertEquals("About Me", f.title());
    assertEquals(at(3, 1), f.titlePos());
    assertEquals("About Me", f.meta(f.title()).title());
    assertEquals("Résumé", fields("---\nname: Ada\n---\n").meta("Résumé").title());
  }

  @Test
  void aSetKeyThatSetsNothingIsAWarningWithTheKeyMeant() throws Exception {
    Set<String> style = Set.of("accent", "paper", "hide", "pull-back");
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("pul-back", "on");
    overrides.put("headlin", "Engineer");
    overrides.put("colour-scheme", "dark");
    overrides.put("name", "Bob");
    overrides.put("paper", "a4");
    SourceText src = SourceText.of("cv.md", "---\nname: Ada\n---\n");
    new FrontMatterFields(src, FrontMatter.split(src), overrides, style, warnings);
    assertEquals(3, warnings.size(), warnings.toString());
    Diagnostic pullBack = warnings.get(0);
    assertEquals(Code.UNKNOWN_FRONT_MATTER_KEY, pullBack.code());
    assertEquals(SourcePos.file("--set pul-back"), pullBack.pos());
    assertTrue(pullBack.hint().startsWith("did you mean `pull-back` (a style option)?"), pullBack.hint());
    assertTrue(warnings.get(1).hint().startsWith("did you mean `headline` (a front-matter key)?"),
        warnings.get(1).hint());
    assertTrue(warnings.get(2).hint().contains("pull-back") && warnings.get(2).hint().contains("headline"),
        "with nothing close, the hint lists what there is: " + warnings.get(2).hint());
  }
}
