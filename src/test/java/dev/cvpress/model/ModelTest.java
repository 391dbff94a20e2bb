package dev.cvpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTest {
  private static final SourcePos POS = new SourcePos("cv.md", 3, 1);

  @Test
  void sourcePosPrintsFileLineAndColumn() {
    assertEquals("cv.md:3:7", new SourcePos("cv.md", 3, 7).toString());
  }

  @Test
  void wholeFilePositionPrintsOnlyTheFile() {
    SourcePos pos = SourcePos.file("cv.md");
    assertEquals("cv.md", pos.toString());
    assertEquals(0, pos.column());
  }

  @Test
  void sourcePosClampsColumnOnARealLine() {
    assertEquals(1, new SourcePos("cv.md", 2, 0).column());
    assertEquals(0, new SourcePos("cv.md", 0, 5).column());
    assertEquals("<input>", new SourcePos(null, 1, 1).file());
  }

  @Test
  void ongoingRangeHasNoEndDate() {
    assertThrows(IllegalArgumentException.class,
        () -> new DateRange(new PartialDate(2020, 1), new PartialDate(2021, 1), true, "x"));
  }

  @Test
  void unparsedRangeKeepsItsText() {
    DateRange r = DateRange.unparsed("a while ago");
    assertFalse(r.isParsed());
    assertEquals("a while ago", r.original());
    assertThrows(IllegalArgumentException.class, () -> DateRange.unparsed(null));
  }

  @Test
  void partialDateRejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(2021, 13));
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(21, 1));
    assertFalse(new PartialDate(2021, 0).hasMonth());
  }

  @Test
  void partialDatesSortByYearThenMonth() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        new PartialDate(2021, 5), new PartialDate(2014, 11), new PartialDate(2021, 0), new PartialDate(2014, 2)));
    dates.sort(null);
    assertEquals(List.of(new PartialDate(2014, 2), new PartialDate(2014, 11), new PartialDate(2021, 0),
        new PartialDate(2021, 5)), dates);
  }

  @Test
  void entryNeedsTitleOrOrg() {
    assertThrows(IllegalArgumentException.class,
        () -> new Entry(null, null, null, null, null, null, Set.of(), List.of(), POS));
    Entry orgOnly = new Entry(null, "Glow Inc", "https://glowing.com", null, null, null, Set.of(), List.of(), POS);
    assertEquals("Glow Inc", orgOnly.heading());
    Entry both = new Entry("Architect", "Glow Inc", null, null, null, null, Set.of(), List.of(), POS);
    assertEquals("Architect", both.heading());
  }

  @Test
  void listsAreCopiedSoTheModelIsImmutable() {
    List<Block> body = new ArrayList<>();
    body.add(new Block.Rule(POS));
    Entry e = new Entry("t", null, null, null, null, null, Set.of(), body, POS);
    body.clear();
    assertEquals(1, e.body().size());
    assertThrows(UnsupportedOperationException.class, () -> e.body().add(new Block.Rule(POS)));
  }

  @Test
  void plainTextFlattensInlines() {
    List<Inline> inlines = List.of(
        new Inline.Text("Built "),
        new Inline.Strong(List.of(new Inline.Emph(List.of(new Inline.Text("fast"))))),
        new Inline.LineBreak(),
        new Inline.Link("https://x.org", List.of(new Inline.Code("x.org")), POS),
        new Inline.Text(" "),
        new Inline.Image("logo.png", "logo", POS));
    assertEquals("Built fast x.org logo", Inline.plain(inlines));
  }

  @Test
  void sectionListsItsEntries() {
    Entry e = new Entry("t", null, null, null, null, null, Set.of(), List.of(), POS);
    Section s = new Section("work", "Work", List.of(new Block.Rule(POS), e), Set.of(), POS);
    assertEquals(List.of(e), s.entries());
    assertThrows(IllegalArgumentException.class, () -> new Section(" ", "Work", List.of(), Set.of(), POS));
  }

  @Test
  void contactNeedsALabel() {
    assertThrows(IllegalArgumentException.class, () -> new Contact(Contact.Kind.EMAIL, " ", null));
    assertThrows(IllegalArgumentException.class, () -> new Contact(null, "a@b.c", null));
  }

  @Test
  void metaDefaultsToEnglish() {
    Meta meta = new Meta(null, " ", List.of(), null, Map.of(), Map.of());
    assertEquals("en", meta.lang());
    assertEquals("", meta.title());
  }

  @Test
  void displayNameFallsBackToTitle() {
    Meta meta = new Meta("About Me", null, List.of(), null, Map.of(), Map.of());
    Resume noName = new Resume(meta, new Header(null, List.of(), List.of(), null), List.of(), List.of());
    assertEquals("About Me", noName.displayName());
    Resume named = new Resume(meta, new Header("Ada", List.of(), List.of(), null), List.of(), List.of());
    assertEquals("Ada", named.displayName());
  }
}
