package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Contact.Kind;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Inline.Text;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutlineTest {
  private static final Contact EMAIL = new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com");
  private static final Contact PHONE = new Contact(Kind.PHONE, "+44 20 7946 0958", "tel:+442079460958");

  private static Outline read(String markdown) throws CvpressException {
    return read(markdown, null, null, List.of());
  }

  /** Every top-level node of {@code markdown} read into an outline that starts with the given front matter. */
  private static Outline read(String markdown, String name, List<Inline> headline, List<Contact> contacts)
      throws CvpressException {
    StringBuilder text = new StringBuilder(markdown);
    Tags tags = Tags.strip(text);
    MarkdownSource source = MarkdownSource.parse(SourceText.of("cv.md", markdown), text.toString(), i -> i);
    FootnoteNumbers notes = new FootnoteNumbers(source.document());
    InlineConverter inlines = new InlineConverter(source, notes);
    Outline outline = new Outline(source, inlines, new BlockConverter(source, inlines, tags, notes), name, headline,
        contacts);
    for (Node n = source.document().getFirstChild(); n != null; n = n.getNext()) outline.read(n);
    return outline;
  }

  private static String plain(Block b) {
    return Inline.plain(assertInstanceOf(Block.Paragraph.class, b).inlines());
  }

  @Test
  void theNameHeadlineContactsAndSectionsOfATypicalTop() throws Exception {
    Outline o = read("# Ada Lovelace\n\nAnalyst of engines\n\nada@example.com | +44 20 7946 0958\n\n"
        + "## Experience\n\nText.\n");
    assertEquals(new Header("Ada Lovelace", List.of(new Text("Analyst of engines")), List.of(EMAIL, PHONE), "me.png"),
        o.header("me.png", null, null));
    Section s = o.sections().get(0);
    assertEquals("experience", s.id());
    assertEquals(new SourcePos("cv.md", 7, 1), s.pos());
    assertEquals("Text.", plain(s.blocks().get(0)));
    assertEquals(List.of(), o.intro());
  }

  @Test
  void withoutNameTheFirstParagraphIsTheHeadline() throws Exception {
    Outline o = read("Analyst\n\nMore.\n\n## Work\n");
    assertEquals(new Header("", List.of(new Text("Analyst")), List.of(), null), o.header(null, null, null));
    assertEquals("More.", plain(o.intro().get(0)));
  }

  @Test
  void aNameFromFrontMatterMakesTheH1ASectionAndTheFirstParagraphIntroduction() throws Exception {
    Outline o = read("Intro.\n\n# Work\n", "Ada", null, List.of());
    assertEquals(new Header("Ada", List.of(), List.of(), null), o.header(null, null, null));
    assertEquals("Intro.", plain(o.intro().get(0)));
    assertEquals("Work", o.sections().get(0).title());
  }

  @Test
  void aSecondH1IsASection() throws Exception {
    Outline o = read("# Ada\n\n# Work\n\nText.\n");
    assertEquals("Ada", o.header(null, null, null).name());
    assertEquals(List.of("Work"), o.sections().stream().map(Section::title).toList());
  }

  @Test
  void datedH3sAreEntriesWithTheirRoleAndDatelessH3sBelowAreSubHeadings() throws Exception {
    Outline o = read("## Experience\n\n### Engineer at Acme | 2019 – 2021 {tags=be}\n\n*Lead of the engine team*\n\n"
        + "Built things.\n\n### Project Falcon\n\nMore.\n\n#### Detail\n");
    Entry e = assertInstanceOf(Entry.class, o.sections().get(0).blocks().get(0));
    assertEquals("Engineer", e.title());
    assertEquals("Acme", e.org());
    assertEquals("2019 – 2021", e.dates().original());
    assertEquals("Lead of the engine team", e.role());
    assertEquals(Set.of("be"), e.tags());
    assertEquals(new SourcePos("cv.md", 3, 1), e.pos());
    assertEquals("Built things.", plain(e.body().get(0)));
    assertEquals(new Block.SubHeading(3, List.of(new Text("Project Falcon")), new SourcePos("cv.md", 9, 1)),
        e.body().get(1));
    assertEquals("More.", plain(e.body().get(2)));
    assertEquals(4, assertInstanceOf(Block.SubHeading.class, e.body().get(3)).level());
    assertEquals(1, o.sections().get(0).blocks().size());
  }

  @Test
  void anItalicLineAfterTheBodyHasStartedIsAParagraph() throws Exception {
    Outline o = read("## Work\n\n### Acme 2019\n\nText.\n\n*Not a role*\n");
    Entry e = assertInstanceOf(Entry.class, o.sections().get(0).blocks().get(0));
    assertNull(e.role());
    assertEquals(2, e.body().size());
  }

  @Test
  void dateslessH3sBeforeAnyH2AreSections() throws Exception {
    Outline o = read("### Skills\n\nJava.\n\n### Languages\n\nEnglish.\n");
    assertEquals(List.of("Skills", "Languages"), o.sections().stream().map(Section::title).toList());
    assertEquals("English.", plain(o.sections().get(1).blocks().get(0)));
  }

  @Test
  void aDatedH3BeforeAnySectionOpensAnUntitledOne() throws Exception {
    Section s = read("### Engineer, Acme 2019 – 2021\n\nText.\n").sections().get(0);
    assertEquals("", s.title());
    assertEquals("section", s.id());
    assertInstanceOf(Entry.class, s.blocks().get(0));
  }

  @Test
  void aDatelessH3UnderAnH2IsAnEntry() throws Exception {
    Entry e = assertInstanceOf(Entry.class, read("## Projects\n\n### cvpress\n\nA tool.\n").sections().get(0)
        .blocks().get(0));
    assertEquals("cvpress", e.org());
    assertNull(e.dates());
    assertEquals("A tool.", plain(e.body().get(0)));
  }

  @Test
  void contactsAreReadAtTheTopAndAtTheEndButNotBetween() throws Exception {
    Outline o = read("# Ada\n\n## Work\n\nada@example.com\n\nText.\n\nada@lovelace.org | +44 20 7946 0958\n\n"
        + "<!-- the end -->\n");
    assertEquals(List.of(new Contact(Kind.EMAIL, "ada@lovelace.org", "mailto:ada@lovelace.org"), PHONE),
        o.header(null, null, null).contacts());
    assertEquals("ada@example.com", plain(o.sections().get(0).blocks().get(0)));
  }

  @Test
  void frontMatterContactsComeFirstAndTheSameContactIsNotRepeated() throws Exception {
    Contact shouted = new Contact(Kind.EMAIL, "ADA@example.com", "mailto:ADA@example.com");
    Outline o = read("ada@example.com | +44 20 7946 0958\n", null, null, Arrays.asList(null, shouted));
    assertEquals(List.of(shouted, PHONE), o.header(null, null, null).contacts());
  }

  @Test
  void rawHtmlAtTheTopIsReadAsIfWrittenInMarkdownAtItsLine() throws Exception {
    Outline o = read("<div align=\"center\">\n  <h1>Ada</h1>\n  <p>Analyst</p>\n</div>\n\n## Work\n\n"
        + "<div><h2>Skills</h2></div>\n");
    assertEquals(new Header("Ada", List.of(new Text("Analyst")), List.of(), null), o.header(null, null, null));
    assertEquals(List.of("Work", "Skills"), o.sections().stream().map(Section::title).toList());
    assertEquals(new SourcePos("cv.md", 8, 1), o.sections().get(1).pos());
  }

  @Test
  void headingAttributesAreNotPartOfTheTitleAndTagsAreKept() throws Exception {
    Section s = read("## Experience {#work .wide}\n\n## Skills {tags=web}\n").sections().get(1);
    assertEquals("Skills", s.title());
    assertEquals(Set.of("web"), s.tags());
    assertEquals("Experience", read("## Experience {#work .wide}\n").sections().get(0).title());
  }

  @Test
  void withoutAttributesDropsOnlyATrailingIdOrClassBlock() {
    assertEquals(List.of(new Text("Skills")), Outline.withoutAttributes(List.of(new Text("Skills {.x}  "))));
    assertEquals(List.of(), Outline.withoutAttributes(List.of(new Text("{#only}"))));
    List<Inline> kept = List.of(new Text("Set {a, b}"));
    assertEquals(kept, Outline.withoutAttributes(kept));
  }

  @Test
  void blocksBeforeAnySectionAreTheIntroduction() throws Exception {
    Outline o = read("# Ada\n\nAnalyst\n\nI build engines.\n\n- one\n\n## Work\n");
    assertEquals("I build engines.", plain(o.intro().get(0)));
    assertInstanceOf(Block.BulletList.class, o.intro().get(1));
    assertEquals(List.of(), o.sections().get(0).blocks());
  }

  @Test
  void anH1ThatIsAPageTitleIsSetAsideAndTheHeaderHasNoName() throws Exception {
    Outline o = read("# About Me\n\nAnalyst\n\nada@example.com\n\n## Work\n");
    Header h = o.header(null, null, null);
    assertEquals("", h.name());
    assertEquals("Analyst", Inline.plain(h.headline()));
    assertEquals(List.of(EMAIL), h.contacts());
    assertEquals(new Header.PageTitle("About Me", new SourcePos("cv.md", 1, 1)), h.pageTitle());
    assertEquals("About Me", o.title(null), "the H1 is the document's title");
    assertEquals("Über mich", o.title("Über mich"), "the front matter's title comes first");
    assertEquals("Work", o.sections().get(0).title());
  }

  @Test
  void anH1RightUnderAPageTitleIsTheName() throws Exception {
    Outline o = read("# Curriculum Vitae\n\n# Ada Lovelace\n\nAnalyst\n\n## Work\n");
    Header h = o.header(null, null, null);
    assertEquals("Ada Lovelace", h.name());
    assertEquals("Analyst", Inline.plain(h.headline()));
    assertNull(h.pageTitle(), "the résumé has a name");
    assertEquals("Curriculum Vitae", o.title(null));
  }

  @Test
  void anH1AfterAPageTitleAndAHeadlineIsASection() throws Exception {
    Outline o = read("# Résumé\n\nI build things.\n\n# Experience\n\nText.\n");
    assertEquals("", o.header(null, null, null).name());
    assertEquals("I build things.", Inline.plain(o.header(null, null, null).headline()));
    assertEquals("Experience", o.sections().get(0).title());
  }

  @Test
  void theFrontMatterTitleNamesThePersonUnlessItIsAPageTitle() throws Exception {
    SourcePos titleAt = new SourcePos("cv.md", 2, 1);
    Outline o = read("Analyst\n\n## Work\n");
    assertEquals("Ada Lovelace", o.header(null, "Ada Lovelace", titleAt).name());
    assertNull(o.header(null, "Ada Lovelace", titleAt).pageTitle());
    Header about = o.header(null, "About Me", titleAt);
    assertEquals("", about.name());
    assertEquals(new Header.PageTitle("About Me", titleAt), about.pageTitle());
    Header named = read("# Ada\n").header(null, "Lebenslauf", titleAt);
    assertEquals("Ada", named.name());
    assertNull(named.pageTitle(), "a page title is only reported when it left the résumé without a name");
  }

  private static dev.cvpress.model.Resume parsed(String markdown, java.util.Map<String, String> set)
      throws CvpressException {
    return ResumeParser.parse("cv.md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8), set,
        dev.cvpress.style.Style.KEYS).resume();
  }

  @Test
  void anH1AtTheTopRepeatingTheFrontMattersNameIsTheNameNotASection() throws Exception {
    for (String h1 : List.of("# Jane Doe", "# jane  doe", "# Jane Doe {#top}", "# Jane Doe, PhD", "# **Jane Doe**")) {
      var r = parsed("---\nname: Jane Doe\n---\n\n" + h1 + "\n\n## Work\n\nText.\n", java.util.Map.of());
      assertEquals("Jane Doe", r.header().name(), h1);
      assertEquals(List.of("Work"), r.sections().stream().map(Section::title).toList(), h1);
    }
    // With a paragraph under it, that is the headline, as under a name written as an H1.
    var r = parsed("---\nname: Jane Doe\n---\n\n# Jane Doe\n\nPlatform engineer.\n\n## Work\n\nText.\n",
        java.util.Map.of());
    assertEquals("Platform engineer.", Inline.plain(r.header().headline()));
    assertEquals(List.of("Work"), r.sections().stream().map(Section::title).toList());
    // A page title there is set aside too; another H1 is a section, as before.
    r = parsed("---\nname: Jane Doe\n---\n\n# Résumé\n\n## Work\n\nText.\n", java.util.Map.of());
    assertEquals(List.of("Work"), r.sections().stream().map(Section::title).toList());
    r = parsed("---\nname: Jane Doe\n---\n\n# Experience\n\nText.\n", java.util.Map.of());
    assertEquals(List.of("Experience"), r.sections().stream().map(Section::title).toList());
    r = parsed("---\nname: Jane Doe\n---\n\n# Jane Doeman\n\nText.\n", java.util.Map.of());
    assertEquals(List.of("Jane Doeman"), r.sections().stream().map(Section::title).toList());
  }

  @Test
  void aNameSetOnTheCommandLineReplacesTheH1ThatNamedThePerson() throws Exception {
    var r = parsed("# Jane Doe\n\nPlatform engineer.\n\n## Work\n\nText.\n", java.util.Map.of("name", "J. Doe"));
    assertEquals("J. Doe", r.header().name());
    assertEquals("Platform engineer.", Inline.plain(r.header().headline()));
    assertEquals(List.of("Work"), r.sections().stream().map(Section::title).toList());
    r = parsed("---\nname: Jane Doe\n---\n# Jane Doe\n\n## Work\n\nText.\n", java.util.Map.of("name", "J. Doe"));
    assertEquals("J. Doe", r.header().name());
    assertEquals(List.of("Work"), r.sections().stream().map(Section::title).toList());
  }
}
