package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference résumé, examples/about-me.md: a Hugo "About me" page read as a recruiter would. */
class ReferenceResumeTest {
  private static ResumeParser.Result result;
  private static Resume resume;

  @BeforeAll
  static void parse() throws Exception {
    result = ResumeParser.parse("about-me.md", Files.readAllBytes(Path.of("examples/about-me.md")), Map.of(),
        Style.KEYS);
    resume = result.resume();
  }

  @Test
  void titleComesFromFrontMatterAndIsNotTakenForAName() {
    assertEquals("About Me", resume.meta().title());
    assertEquals("", resume.header().name(), "the file has no H1 and no name key; its title is the page's");
    assertEquals(new Header.PageTitle("About Me", new SourcePos("about-me.md", 2, 1)), resume.header().pageTitle());
  }

  @Test
  void firstParagraphIsTheHeadline() {
    assertEquals("Work with tech, belive in magic, live on fun :)", Inline.plain(resume.header().headline()));
    assertTrue(resume.intro().isEmpty(), "the headline is not repeated as an introduction");
  }

  @Test
  void frontMatterDateKeptAsWritten() {
    assertEquals("2016-01-01T23:49:46+08:00", resume.meta().date());
    assertEquals("en", resume.meta().lang());
  }

  @Test
  void sectionsInOrderWithIds() {
    assertEquals(List.of("Side projects", "Work expenrience"),
        resume.sections().stream().map(Section::title).toList());
    assertEquals(List.of("side-projects", "work-expenrience"),
        resume.sections().stream().map(Section::id).toList());
  }

  @Test
  void sectionsKeepTheirSourceLines() {
    assertEquals(8, resume.sections().get(0).pos().line(), "### Side projects is on line 8 of the file");
    assertEquals(14, resume.sections().get(1).pos().line(), "## Work expenrience is on line 14");
    assertEquals("about-me.md", resume.sections().get(0).pos().file());
  }

  @Test
  void sideProjectsIsAListOfTwoLinkedItems() {
    Section side = resume.sections().get(0);
    assertEquals(1, side.blocks().size());
    Block.BulletList list = (Block.BulletList) side.blocks().get(0);
    assertEquals(2, list.items().size());
    List<String> urls = new ArrayList<>();
    for (Block.ListItem item : list.items()) {
      Inline.Link link = (Inline.Link) item.text().get(0);
      urls.add(link.url());
    }
    assertEquals(List.of("https://github.com/monsterxx03/gospy", "https://github.com/monsterxx03/snet"), urls);
    assertTrue(Inline.plain(list.items().get(0).text()).endsWith("non-Invasive goroutine inspector"));
  }

  @Test
  void fourJobsWithOrgsAndLinks() {
    List<Entry> jobs = resume.sections().get(1).entries();
    assertEquals(4, jobs.size(), "dateless H3s continue the Glow Inc entry, they are not jobs");
    assertEquals(resume.sections().get(1).blocks().size(), jobs.size(), "nothing but entries in the section");

    assertEquals("XSky Ltd", jobs.get(0).org());
    assertEquals("https://www.xsky.com/", jobs.get(0).url());
    assertEquals("Glow Inc", jobs.get(1).org());
    assertEquals("https://glowing.com", jobs.get(1).url());
    assertTrue(jobs.get(2).org().startsWith("UnitedStack"), jobs.get(2).org());
    assertNull(jobs.get(2).url());
    assertTrue(jobs.get(3).org().startsWith("Sina"), jobs.get(3).org());
    assertNull(jobs.get(3).url());
    for (Entry job : jobs) {
      assertNull(job.title(), "the headings name only the company");
      assertNull(job.role());
    }
  }

  @Test
  void jobDates() {
    List<Entry> jobs = resume.sections().get(1).entries();
    assertRange(jobs.get(0).dates(), 2021, 6, null, true);
    assertRange(jobs.get(1).dates(), 2014, 11, new PartialDate(2021, 5), false);
    assertRange(jobs.get(2).dates(), 2013, 1, new PartialDate(2014, 10), false);
    assertRange(jobs.get(3).dates(), 2012, 1, new PartialDate(2012, 12), false);
    assertEquals("2021.6 ~ Now", jobs.get(0).dates().original());
  }

  private static void assertRange(DateRange r, int year, int month, PartialDate end, boolean present) {
    assertEquals(new PartialDate(year, month), r.start());
    assertEquals(end, r.end());
    assertEquals(present, r.present());
  }

  @Test
  void glowIncKeepsItsSubHeadings() {
    Entry glow = resume.sections().get(1).entries().get(1);
    List<String> subHeadings = glow.body().stream()
        .filter(Block.SubHeading.class::isInstance)
        .map(b -> Inline.plain(((Block.SubHeading) b).inlines()))
        .toList();
    assertEquals(List.of("Server Infra", "Code framework design and refactor", "Data warehourse"), subHeadings);
  }

  @Test
  void nestedSloListStaysNested() {
    Entry glow = resume.sections().get(1).entries().get(1);
    Block.BulletList serverInfra = glow.body().stream()
        .filter(Block.BulletList.class::isInstance).map(Block.BulletList.class::cast)
        .filter(l -> Inline.plain(l.items().get(0).text()).startsWith("Develop and achieve SLOs"))
        .findFirst().orElseThrow();
    Block.BulletList slos = (Block.BulletList) serverInfra.items().get(0).children().get(0);
    assertEquals(List.of("Availability: service uptime >=99.99%", "Quality: p95 latency < 200ms",
        "Core service p95 latency < 50ms."), slos.items().stream().map(i -> Inline.plain(i.text())).toList());
  }

  @Test
  void emailIsLiftedIntoTheHeader() {
    assertEquals(List.of(new Contact(Contact.Kind.EMAIL, "xyj.asmy@gmail.com", "mailto:xyj.asmy@gmail.com")),
        resume.header().contacts());
  }

  @Test
  void emailIsNotLeftInTheBody() {
    Entry sina = resume.sections().get(1).entries().get(3);
    assertEquals(1, sina.body().size());
    assertEquals("Custom development based on OpenStack projects, e.g: keystone, swift, keystone",
        Inline.plain(((Block.Paragraph) sina.body().get(0)).inlines()));
    for (Section s : resume.sections()) {
      assertFalse(text(s.blocks()).contains("xyj.asmy"), "email left in " + s.title());
    }
  }

  @Test
  void parsesWithoutWarnings() {
    assertEquals(List.of(), result.warnings());
    assertEquals(List.of("title", "date"), List.copyOf(result.frontMatterKeys().keySet()));
    assertEquals(3, result.frontMatterKeys().get("date").line());
  }

  /** All text of some blocks, for "is it anywhere" checks. */
  private static String text(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Entry e) out.append(e.org()).append(e.title()).append(text(e.body()));
      else if (b instanceof Block.Paragraph p) out.append(Inline.plain(p.inlines()));
      else if (b instanceof Block.SubHeading h) out.append(Inline.plain(h.inlines()));
      else if (b instanceof Block.BulletList l) {
        for (Block.ListItem i : l.items()) out.append(Inline.plain(i.text())).append(text(i.children()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
