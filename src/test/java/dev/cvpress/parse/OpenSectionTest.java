package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenSectionTest {
  private static final SourcePos POS = new SourcePos("cv.md", 3, 1);

  @Test
  void buildsItsBlocksAndEntriesInTheOrderWritten() {
    OpenSection open = new OpenSection("Work", POS, Set.of("web"));
    Block first = new Block.Rule(POS);
    OpenEntry entry = new OpenEntry(EntryHeading.of(List.of(new Inline.Text("Engineer at Acme"))), POS, Set.of());
    Block last = new Block.Rule(new SourcePos("cv.md", 9, 1));
    open.blocks.add(first);
    open.blocks.add(entry);
    open.blocks.add(last);
    Section s = open.build(new HashSet<>());
    assertEquals("work", s.id());
    assertEquals("Work", s.title());
    assertEquals(Set.of("web"), s.tags());
    assertEquals(POS, s.pos());
    assertEquals(first, s.blocks().get(0));
    assertEquals("Acme", ((Entry) s.blocks().get(1)).org());
    assertEquals(last, s.blocks().get(2));
  }

  @Test
  void aTakenIdIsNumbered() {
    Set<String> ids = new HashSet<>();
    assertEquals("work", new OpenSection("Work", POS, Set.of()).build(ids).id());
    assertEquals("work-2", new OpenSection("Work!", POS, Set.of()).build(ids).id());
    assertEquals("work-3", new OpenSection("work", POS, Set.of()).build(ids).id());
    assertEquals(Set.of("work", "work-2", "work-3"), ids);
  }

  @Test
  void anUntitledSectionIsDroppedWhenEmptyAndCalledSectionOtherwise() {
    Set<String> ids = new HashSet<>();
    assertNull(new OpenSection("", POS, Set.of()).build(ids));
    assertEquals(Set.of(), ids, "a dropped section takes no id");
    OpenSection untitled = new OpenSection("", POS, Set.of());
    untitled.blocks.add(new Block.Rule(POS));
    assertEquals("section", untitled.build(ids).id());
  }

  @Test
  void slugsAreLowerCaseWithoutAccentsAndKeepLettersOfAnyScript() {
    assertEquals("experience-professionnelle", OpenSection.slug("Expérience  Professionnelle"));
    assertEquals("c-go", OpenSection.slug("C++ & Go!"));
    assertEquals("技能-2024", OpenSection.slug("技能 2024"));
    assertEquals("section", OpenSection.slug("!!!"));
  }
}
