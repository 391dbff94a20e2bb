package dev.cvpress.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.Cvpress;
import dev.cvpress.Options;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plain-text résumé, for pasting into application forms. */
class TextRendererTest {
  private static final SourcePos POS = SourcePos.start("cv.md");

  private static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  private static Block.Paragraph p(Inline... inlines) {
    return new Block.Paragraph(List.of(inlines), Set.of(), POS);
  }

  private static Block.ListItem item(List<Block> children, Inline... inlines) {
    return new Block.ListItem(List.of(inlines), children, null, Set.of(), POS);
  }

  private static Block.BulletList bullets(boolean ordered, Block.ListItem... items) {
    return new Block.BulletList(ordered, List.of(items), POS);
  }

  private static Resume resume(String name, String title) {
    Header header = new Header(name, List.of(t("Analytical engineer")), List.of(
        new Contact(Contact.Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Contact.Kind.PHONE, "+44 20 7946 0000", "tel:+442079460000"),
        new Contact(Contact.Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        new Contact(Contact.Kind.WEBSITE, "ada.dev", "https://ada.dev/blog")), null);
    Meta meta = new Meta(title, "en", List.of(), null, Map.of(), Map.of());
    Entry job = new Entry("Engineer", "Babbage & Co", "https://babbage.example", null, "London · Engines team",
        new DateRange(new PartialDate(2019, 6), null, true, "2019.6 ~ now"), Set.of(), List.of(bullets(false,
            item(List.of(bullets(false, item(List.of(), t("in Note G")))), t("Wrote the first "),
                new Inline.Link("https://en.wikipedia.org/wiki/Algorithm", List.of(t("algorithm")), POS)),
            item(List.of(), t("Shipped  it"), new Inline.LineBreak()))), POS);
    Entry fellow = new Entry(null, "Royal Society", null, null, null,
        new DateRange(new PartialDate(2015, 0), new PartialDate(2018, 0), false, "2015-2018"), Set.of(),
        List.of(bullets(false, item(List.of(), t("Fellow")))), POS);
    Section experience = new Section("experience", "Experience", List.of(job, fellow), Set.of(), POS);
    Section skills = new Section("skills", "Skills", List.of(
        bullets(true, item(List.of(), t("Go")), item(List.of(), new Inline.Strong(List.of(t("Rust"))))),
        new Block.SubHeading(3, List.of(t("Languages")), POS),
        new Block.Table(List.of(List.of(List.of(t("Language")), List.of(t("Level")))),
            List.of(List.of(List.of(t("English")), List.of(new Inline.Emph(List.of(t("native")))))),
            List.of("", ""), POS),
        new Block.CodeBlock("", "x = 1\ny = 2\n", POS),
        new Block.Quote(List.of(p(t("Great work"))), POS),
        new Block.Image("portrait.png", "A portrait", POS),
        new Block.Definition(List.of(t("Go")), List.of(List.of(p(t("daily")))), POS)), Set.of(), POS);
    return new Resume(meta, header, List.of(p(t("Builds "), new Inline.Strong(List.of(t("engines"))), t(" that "),
        new Inline.Emph(List.of(t("compute"))), t("."))), List.of(experience, skills));
  }

  private static String render(Resume r) {
    return TextRenderer.render(r, false);
  }

  @Test
  void wholeResumeAsPlainText() {
    assertEquals("""
        Ada Lovelace
        Analytical engineer
        ada@example.com | +44 20 7946 0000 | github.com/ada | ada.dev (https://ada.dev/blog)

        Builds engines that compute.

        EXPERIENCE
        ==========

        Engineer, Babbage & Co (https://babbage.example) — Jun 2019 – Present
        London · Engines team
        - Wrote the first algorithm (https://en.wikipedia.org/wiki/Algorithm)
          - in Note G
        - Shipped it

        Royal Society — 2015 – 2018
        - Fellow

        SKILLS
        ======

        1. Go
        2. Rust

        Languages
        Language | Level
        English | native
            x = 1
            y = 2
        > Great work
        [A portrait]
        Go
          daily
        """, render(resume("Ada Lovelace", "")));
  }

  @Test
  void originalDatesAsTheAuthorWroteThem() {
    String original = TextRenderer.render(resume("Ada Lovelace", ""), true);
    assertTrue(original.contains("Engineer, Babbage & Co (https://babbage.example) — 2019.6 ~ now\n"), original);
    assertTrue(original.contains("Royal Society — 2015-2018\n"), original);
  }

  @Test
  void datesInTheDocumentsLanguage() {
    Resume r = resume("Ada Lovelace", "");
    Resume german = new Resume(new Meta("", "de", List.of(), null, Map.of(), Map.of()), r.header(), r.intro(),
        r.sections());
    String text = TextRenderer.render(german, false);
    assertTrue(text.contains("— Juni 2019 – heute\n"), text);
  }

  @Test
  void aDocumentTitleIsNotPrintedAsAName() {
    String text = render(resume("", "About Me"));
    assertTrue(text.startsWith("Analytical engineer\n"), text);
    assertFalse(text.contains("About Me"), text);
  }

  @Test
  void noMarkupAndNoBlankRuns() {
    String text = render(resume("Ada Lovelace", ""));
    assertFalse(text.contains("**") || text.contains("<") || text.contains("\n\n\n"), text);
    assertTrue(text.endsWith("daily\n") && !text.endsWith("\n\n"), text);
  }

  @Test
  void referenceResumeAsText() throws Exception {
    String text = Cvpress.render(Path.of("examples/about-me.md"), Options.defaults()).text();
    assertTrue(text.startsWith("Work with tech, belive in magic, live on fun :)\nxyj.asmy@gmail.com\n"), text);
    assertTrue(text.contains("\nSIDE PROJECTS\n=============\n"), text);
    assertTrue(text.contains("\nGlow Inc (https://glowing.com) — Nov 2014 – May 2021\n"), text);
    assertTrue(text.contains("\nSina (sina.com.cn) — Jan 2012 – Dec 2012\n"), text);
    assertTrue(text.contains("\n- Etcd for leader election.\n"), text);
    assertTrue(text.contains("\nServer Infra\n"), "sub-headings are kept\n" + text);
    assertTrue(text.contains("\n  - Quality: p95 latency < 200ms\n"), text);
  }

  @Test
  void originalDatesWhenTheStyleAsksForThem() throws Exception {
    String text = Cvpress.render(Path.of("examples/about-me.md"),
        Options.builder().set(Map.of("date-format", "original")).build()).text();
    assertTrue(text.contains("— 2014.11 ~ 2021.5\n"), text);
  }

  @Test
  void everyKindOfBlockIsWritten() {
    String text = TextRenderer.render(dev.cvpress.model.Samples.resume(), true);
    dev.cvpress.model.Samples.visibleWords().forEach(w -> assertTrue(text.contains(w), w + " missing: " + text));
    assertTrue(text.contains("¹ wordfootnote"), text);
  }

  @Test
  void aPageBreakLeavesNoTrace() {
    Meta meta = new Meta("", "en", List.of(), null, Map.of(), Map.of());
    Section work = new Section("work", "Work", List.of(p(t("One.")), new Block.PageBreak(POS), p(t("Two."))), Set.of(),
        POS);
    Section next = new Section("next", "Next", List.of(new Block.PageBreak(POS), p(t("Three."))), Set.of(), POS);
    String text = TextRenderer.render(new Resume(meta, new Header("Ada", List.of(), List.of(), null), List.of(),
        List.of(work, next)), false);
    assertEquals("Ada\n\nWORK\n====\n\nOne.\nTwo.\n\nNEXT\n====\n\nThree.\n", text);
  }
}
