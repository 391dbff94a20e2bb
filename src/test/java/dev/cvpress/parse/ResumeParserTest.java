package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumeParserTest {
  static Resume parse(String markdown) throws CvpressException {
    return parse(markdown.getBytes(StandardCharsets.UTF_8));
  }

  static Resume parse(byte[] bytes) throws CvpressException {
    return ResumeParser.parse("cv.md", bytes, Map.of(), Style.KEYS).resume();
  }

  static Diagnostic error(byte[] bytes) {
    CvpressException e = assertThrows(CvpressException.class, () -> parse(bytes));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.isError());
    return d;
  }

  static Diagnostic error(String markdown) {
    return error(markdown.getBytes(StandardCharsets.UTF_8));
  }

  // ---- front matter ----

  @Test
  void yamlFrontMatter() throws Exception {
    Resume r = parse("""
        ---
        name: Ada Lovelace
        headline: Analytical engine programmer
        email: ada@example.com
        keywords: [math, engines]
        lang: en-GB
        ---

        ## Experience

        Text.
        """);
    assertEquals("Ada Lovelace", r.header().name());
    assertEquals("Analytical engine programmer", Inline.plain(r.header().headline()));
    assertEquals(List.of(new Contact(Contact.Kind.EMAIL, "ada@example.com", "mailto:ada@example.com")),
        r.header().contacts());
    assertEquals(List.of("math", "engines"), r.meta().keywords());
    assertEquals("en-GB", r.meta().lang());
    assertEquals(List.of("Experience"), r.sections().stream().map(Section::title).toList());
  }

  @Test
  void commaSeparatedKeywords() throws Exception {
    assertEquals(List.of("Go", "Kubernetes", "SRE"),
        parse("---\nkeywords: Go, Kubernetes , SRE\n---\n# Ada\n").meta().keywords());
  }

  @Test
  void frontMatterDateStaysText() throws Exception {
    assertEquals("2016-01-01T23:49:46+08:00",
        parse("---\ndate: 2016-01-01T23:49:46+08:00\n---\n# Ada\n").meta().date());
  }

  @Test
  void crlfLineEndings() throws Exception {
    Resume r = parse("---\r\nname: Ada\r\ntitle: T\r\n---\r\n\r\n## Exp\r\n\r\n### Engineer at Acme | 2019 - 2021"
        + "\r\n\r\n- one\r\n- two\r\n");
    assertEquals("Ada", r.header().name());
    assertEquals("T", r.meta().title());
    Entry e = r.sections().get(0).entries().get(0);
    assertEquals("Engineer", e.title());
    assertEquals("Acme", e.org());
    Block.BulletList list = (Block.BulletList) e.body().get(0);
    assertEquals(List.of("one", "two"), list.items().stream().map(i -> Inline.plain(i.text())).toList());
    assertEquals(8, e.pos().line(), "CRLF counts as one line break");
  }

  @Test
  void byteOrderMarkIsSkipped() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("---\ntitle: With BOM\n---\n\n# Ada\n".getBytes(StandardCharsets.UTF_8));
    Resume r = parse(bytes.toByteArray());
    assertEquals("With BOM", r.meta().title(), "the BOM must not hide the opening ---");
    assertEquals("Ada", r.header().name());
  }

  @Test
  void badYamlIsPositionedInTheFile() {
    Diagnostic d = error("""
        ---
        title: "About Me"
        date: 2016-01-01T23:49:46+08:00 : x
        ---

        Hello
        """);
    assertEquals("cv.md", d.pos().file());
    assertEquals(3, d.pos().line());
    assertEquals(33, d.pos().column(), "at the second `:`");
    assertEquals(Code.FRONT_MATTER_INVALID, d.code(), d.format());
    assertEquals("date: 2016-01-01T23:49:46+08:00 : x", d.sourceLine());
    assertTrue(d.hint().contains("quote"), d.hint());
  }

  @Test
  void badYamlOnTheFirstMetadataLineIsLineTwo() {
    Diagnostic d = error("---\ntitle: Engineer: backend\n---\n\nHello\n");
    assertEquals(2, d.pos().line(), "line 1 is the --- fence");
    assertEquals(16, d.pos().column());
    assertEquals("title: Engineer: backend", d.sourceLine());
  }

  @Test
  void badYamlAfterCrlfAndBomKeepsItsPosition() {
    byte[] text = "---\r\ntitle: a: b\r\n---\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Diagnostic d = error(bytes);
    assertEquals(2, d.pos().line());
    assertEquals(9, d.pos().column());
    assertEquals("title: a: b", d.sourceLine());
  }

  @Test
  void duplicateKeyIsAnError() {
    Diagnostic d = error("---\ntitle: a\ntitle: b\n---\n");
    assertEquals(3, d.pos().line());
    assertTrue(d.hint().contains("only once"), d.hint());
  }

  @Test
  void frontMatterThatIsAListIsAnError() {
    Diagnostic d = error("---\n- a\n- b\n---\n# Ada\n");
    assertEquals(2, d.pos().line());
    assertEquals(Code.FRONT_MATTER_INVALID, d.code(), d.format());
  }

  @Test
  void unclosedFrontMatter() {
    Diagnostic d = error("---\ntitle: x\n\n# Ada\n");
    assertEquals(1, d.pos().line());
    assertEquals(Code.FRONT_MATTER_INVALID, d.code(), d.format());
  }

  @Test
  void tomlFrontMatter() throws Exception {
    Resume r = parse("+++\ntitle = \"About\"\nname = \"Ada\"\nkeywords = [\"a\", \"b\"]\n+++\n\n## S\n\nx\n");
    assertEquals("About", r.meta().title());
    assertEquals("Ada", r.header().name());
    assertEquals(List.of("a", "b"), r.meta().keywords());
    assertEquals(7, r.sections().get(0).pos().line());
  }

  @Test
  void badTomlIsPositioned() {
    Diagnostic d = error("+++\ntitle = \"x\"\nname = Ada\n+++\n\nx\n");
    assertEquals(3, d.pos().line());
    assertEquals(8, d.pos().column());
    assertEquals(Code.FRONT_MATTER_INVALID, d.code(), d.format());
  }

  @Test
  void jsonFrontMatter() throws Exception {
    Resume r = parse("{\n  \"title\": \"Json\",\n  \"name\": \"Ada\"\n}\n\n## S\n\nx\n");
    assertEquals("Json", r.meta().title());
    assertEquals("Ada", r.header().name());
  }

  @Test
  void styleMapBecomesStyleOptionsWithPositions() throws Exception {
    Resume r = parse("---\nstyle: {accent: navy}\npaper: letter\n---\n# Ada\n");
    assertEquals(Map.of("accent", "navy", "paper", "letter"), r.meta().style());
    assertEquals(2, r.meta().stylePos().get("accent").line());
    assertEquals(9, r.meta().stylePos().get("accent").column());
    assertEquals(3, r.meta().stylePos().get("paper").line());
  }

  @Test
  void overridesReplaceFrontMatter() throws Exception {
    var r = ResumeParser.parse("cv.md", "---\ntitle: Old\n---\n# Ada\n".getBytes(StandardCharsets.UTF_8),
        Map.of("title", "New", "date-format", "original"), Style.KEYS).resume();
    assertEquals("New", r.meta().title());
    assertEquals("original", r.meta().style().get("date-format"));
  }

  // ---- encoding ----

  @Test
  void invalidUtf8ReportsTheByteOffset() {
    byte[] bytes = {'#', ' ', 'A', '\n', '\n', 'h', 'i', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    Diagnostic d = error(bytes);
    assertEquals(Code.NOT_UTF8, d.code());
    assertTrue(d.message().contains("byte offset 8"), d.message());
    assertTrue(d.message().contains("0xC3"), d.message());
    assertEquals(3, d.pos().line());
  }

  @Test
  void latin1FileIsNotUtf8() {
    Diagnostic d = error("# Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(Code.NOT_UTF8, d.code());
    assertTrue(d.message().contains("byte offset 5"), d.message());
  }

  @Test
  void emptyFile() {
    Diagnostic d = error(new byte[0]);
    assertEquals(Code.EMPTY_FILE, d.code());
    assertEquals("cv.md:1:1", d.pos().toString());
  }

  @Test
  void blankFileIsEmpty() {
    assertEquals(Code.EMPTY_FILE, error(" \n\n\t\n").code());
  }

  @Test
  void utf16IsRefused() {
    byte[] bytes = "# Ada\n".getBytes(StandardCharsets.UTF_16);
    Diagnostic d = error(bytes);
    assertEquals(Code.NOT_UTF8, d.code());
    assertTrue(d.message().contains("UTF-16"), "says which encoding it is: " + d.message());
  }

  // ---- Markdown structure ----

  @Test
  void h1IsTheNameAndNextParagraphTheHeadline() throws Exception {
    Resume r = parse("# Ada Lovelace\n\nFirst programmer\n\n## Work\n\nText\n");
    assertEquals("Ada Lovelace", r.header().name());
    assertEquals("First programmer", Inline.plain(r.header().headline()));
    assertEquals(1, r.sections().size());
  }

  @Test
  void bareUrlsBecomeLinks() throws Exception {
    Resume r = parse("# Ada\n\nSee https://example.com/x and www.foo.org today.\n");
    List<Inline> headline = r.header().headline();
    List<String> urls = headline.stream().filter(Inline.Link.class::isInstance)
        .map(i -> ((Inline.Link) i).url()).toList();
    assertEquals(List.of("https://example.com/x", "https://www.foo.org"), urls);
    assertEquals("See https://example.com/x and www.foo.org today.", Inline.plain(headline));
  }

  @Test
  void italicLineAfterEntryHeadingIsTheRole() throws Exception {
    Resume r = parse("## Work\n\n### Acme | 2019 - 2021\n\n*Platform engineer, Berlin*\n\n- built things\n");
    Entry e = r.sections().get(0).entries().get(0);
    assertEquals("Platform engineer, Berlin", e.role());
    assertInstanceOf(Block.BulletList.class, e.body().get(0));
    assertEquals(1, e.body().size());
  }

  @Test
  void italicLineLaterInTheBodyIsNotTheRole() throws Exception {
    Resume r = parse("## Work\n\n### Acme | 2019 - 2021\n\nDid things.\n\n*an aside*\n");
    Entry e = r.sections().get(0).entries().get(0);
    assertNull(e.role());
    assertEquals(2, e.body().size());
  }

  @Test
  void datelessH3AfterDatedEntryIsASubHeading() throws Exception {
    Resume r = parse("## Work\n\n### Acme | 2019 - 2021\n\n- a\n\n### Highlights\n\n- b\n");
    Section work = r.sections().get(0);
    assertEquals(1, work.entries().size());
    Block.SubHeading h = (Block.SubHeading) work.entries().get(0).body().get(1);
    assertEquals(3, h.level());
    assertEquals("Highlights", Inline.plain(h.inlines()));
  }

  @Test
  void datelessH3BeforeAnyH2IsASection() throws Exception {
    Resume r = parse("# Ada\n\n### Projects\n\n- x\n\n## Work\n\n- y\n");
    assertEquals(List.of("Projects", "Work"), r.sections().stream().map(Section::title).toList());
  }

  @Test
  void h4IsASubHeadingOfTheEntry() throws Exception {
    Resume r = parse("## Work\n\n### Acme | 2019 - 2021\n\n#### Infra\n\n- x\n");
    Block.SubHeading h = (Block.SubHeading) r.sections().get(0).entries().get(0).body().get(0);
    assertEquals(4, h.level());
  }

  @Test
  void duplicateSectionTitlesGetDistinctIds() throws Exception {
    Resume r = parse("## Work\n\nx\n\n## Work\n\ny\n\n## Éducation & Prix\n\nz\n");
    assertEquals(List.of("work", "work-2", "education-prix"), r.sections().stream().map(Section::id).toList());
  }

  @Test
  void tableCellsAndAlignment() throws Exception {
    Resume r = parse("## Skills\n\n| Area | Level |\n|:-----|------:|\n| Go | expert |\n| Rust | good |\n");
    Block.Table t = (Block.Table) r.sections().get(0).blocks().get(0);
    assertEquals(List.of("left", "right"), t.align());
    assertEquals("Area", Inline.plain(t.head().get(0).get(0)));
    assertEquals(2, t.body().size());
    assertEquals("good", Inline.plain(t.body().get(1).get(1)));
  }

  @Test
  void nodesKeepTheirFileColumn() throws Exception {
    Resume r = parse("## Work\n\nSee [site](https://x.org).\n");
    Block.Paragraph p = (Block.Paragraph) r.sections().get(0).blocks().get(0);
    Inline.Link link = (Inline.Link) p.inlines().get(1);
    assertEquals("cv.md:3:5", link.pos().toString());
  }

  // ---- contact lines ----

  @Test
  void emphasisedEmailLabel() throws Exception {
    Resume r = parse("# Ada\n\n*email*: a@b.c\n\n## S\n\nx\n");
    assertEquals(List.of(new Contact(Contact.Kind.EMAIL, "a@b.c", "mailto:a@b.c")), r.header().contacts());
    assertTrue(r.header().headline().isEmpty(), "a contact line is not a headline");
  }

  @Test
  void anAddressAndAPlaceUnderTheNameAreContactsNotTheHeadline() throws Exception {
    Resume r = parse("# Ada Lovelace\n\nada@example.com · London\n\n## S\n\nx\n");
    assertTrue(r.header().headline().isEmpty(), Inline.plain(r.header().headline()));
    assertEquals(List.of(Contact.Kind.EMAIL, Contact.Kind.LOCATION),
        r.header().contacts().stream().map(Contact::kind).toList());
    Resume titled = parse("# Ada Lovelace\n\nAnalyst · London\n\n## S\n\nx\n");
    assertEquals("Analyst · London", Inline.plain(titled.header().headline()), "a job and a place are a headline");
  }

  @Test
  void phoneLabel() throws Exception {
    Resume r = parse("# Ada\n\nPhone: +1 555 123 4567\n\n## S\n\nx\n");
    assertEquals(List.of(new Contact(Contact.Kind.PHONE, "+1 555 123 4567", "tel:+15551234567")),
        r.header().contacts());
  }

  @Test
  void githubLabel() throws Exception {
    Resume r = parse("# Ada\n\nGitHub: https://github.com/x\n\n## S\n\nx\n");
    assertEquals(List.of(new Contact(Contact.Kind.GITHUB, "github.com/x", "https://github.com/x")),
        r.header().contacts());
  }

  @Test
  void severalLabelledLinesInOneParagraph() throws Exception {
    Resume r = parse("# Ada\n\n*email*: a@b.c  \nPhone: +1 555 123 4567  \nGitHub: https://github.com/x\n\n## S\n\nx\n");
    assertEquals(List.of(Contact.Kind.EMAIL, Contact.Kind.PHONE, Contact.Kind.GITHUB),
        r.header().contacts().stream().map(Contact::kind).toList());
  }

  @Test
  void pipeSeparatedLineUnderTheName() throws Exception {
    Resume r = parse("# Ada\n\nEngineer\n\nada@example.com | +1 555 123 4567 | github.com/ada | London\n\n## S\n\nx\n");
    assertEquals("Engineer", Inline.plain(r.header().headline()));
    assertEquals(List.of(
        new Contact(Contact.Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Contact.Kind.PHONE, "+1 555 123 4567", "tel:+15551234567"),
        new Contact(Contact.Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        new Contact(Contact.Kind.LOCATION, "London", null)), r.header().contacts());
    assertEquals(List.of(), r.intro());
  }

  @Test
  void ordinaryProseWithAPipeStaysProse() throws Exception {
    Resume r = parse("# Ada\n\nEngineer\n\nI like cats | dogs\n\n## S\n\nx\n");
    assertTrue(r.header().contacts().isEmpty());
    assertEquals("I like cats | dogs", Inline.plain(((Block.Paragraph) r.intro().get(0)).inlines()));
  }

  @Test
  void labelledLineInTheMiddleOfASectionStaysThere() throws Exception {
    Resume r = parse("# Ada\n\n## Work\n\nEmail: a@b.c\n\n- more\n");
    assertTrue(r.header().contacts().isEmpty(), "only top-level or last paragraphs are contact lines");
    assertEquals(2, r.sections().get(0).blocks().size());
  }

  @Test
  void sameContactIsNotListedTwice() throws Exception {
    Resume r = parse("---\nemail: a@b.c\n---\n# Ada\n\n## S\n\nx\n\n*email*: a@b.c\n");
    assertEquals(1, r.header().contacts().size());
  }

  @Test
  void aPageTitleIsTheDocumentsTitleAndNeverTheName() throws Exception {
    Resume h1 = parse("# Lebenslauf\n\nEntwicklerin\n\n## Erfahrung\n");
    assertEquals("", h1.header().name());
    assertEquals("Entwicklerin", Inline.plain(h1.header().headline()));
    assertEquals("Lebenslauf", h1.meta().title(), "the H1 is the document's title");
    assertEquals(new Header.PageTitle("Lebenslauf", new SourcePos("cv.md", 1, 1)), h1.header().pageTitle());

    Resume front = parse("---\ndate: 2024-01-01\ntitle: \"Über mich\"\n---\n\nEntwicklerin\n");
    assertEquals("", front.header().name());
    assertEquals("Über mich", front.meta().title());
    assertEquals(new Header.PageTitle("Über mich", new SourcePos("cv.md", 3, 1)), front.header().pageTitle());

    Resume named = parse("---\ntitle: About me\nname: Ada Lovelace\n---\n\nAnalyst\n");
    assertEquals("Ada Lovelace", named.header().name());
    assertNull(named.header().pageTitle(), "nothing to ask for: the résumé has a name");
  }

  @Test
  void aTitleThatIsNotAPageTitleStandsInForAMissingName() throws Exception {
    Resume r = parse("---\ntitle: Ada Lovelace\n---\n\nAnalyst\n\n## Work\n");
    assertEquals("Ada Lovelace", r.header().name());
    assertEquals("Analyst", Inline.plain(r.header().headline()));
    assertNull(r.header().pageTitle());
  }
}
