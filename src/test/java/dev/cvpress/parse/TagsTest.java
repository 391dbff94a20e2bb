package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagsTest {
  @Test
  void tagsAreReadByLineAndTheirTextBecomesAnHtmlCommentOfTheSameLength() {
    String source = "## Work {tags=backend,cloud}\n- item {tags=\"Data  Ops\"}\nplain\n";
    StringBuilder text = new StringBuilder(source);
    Tags tags = Tags.strip(text);
    assertEquals(List.of("backend", "cloud"), List.copyOf(tags.on(1, 1)));
    assertEquals(List.of("data", "ops"), List.copyOf(tags.on(2, 2)));
    assertEquals(Set.of(), tags.on(3, 3));
    assertEquals(source.length(), text.length(), "offsets after a tag stay true");
    List<String> lines = text.toString().lines().toList();
    assertEquals("## Work<!--" + " ".repeat(14) + "-->", lines.get(0));
    assertEquals("- item<!--" + " ".repeat(12) + "-->", lines.get(1));
    assertEquals("plain", lines.get(2));
  }

  @Test
  void tagsOfSeveralLinesAreJoinedInOrder() {
    Tags tags = Tags.strip(new StringBuilder("a {.tags=x}\nb {tags='y,x'}\nc\n"));
    assertEquals(List.of("x", "y"), List.copyOf(tags.on(1, 3)));
    assertEquals(Set.of("y", "x"), tags.on(2, 3));
  }

  @Test
  void onlyATrailingAttributeOutsideCodeIsATag() {
    String source = "a {tags=x} b\n```\ncode {tags=y}\n```\nnot {tag=z}\n";
    StringBuilder text = new StringBuilder(source);
    Tags tags = Tags.strip(text);
    assertTrue(tags.isEmpty());
    assertEquals(source, text.toString());
  }

  @Test
  void anEmptyTagListIsRemovedButTagsNothing() {
    StringBuilder text = new StringBuilder("Text {tags=}");
    Tags tags = Tags.strip(text);
    assertTrue(tags.isEmpty());
    assertFalse(text.toString().contains("tags"));
    assertEquals("Text<!-- -->", text.toString());
  }

  @Test
  void aLanguageIsKeptAmongTheTagsAndMayShareTheBracesWithTags() {
    String source = "## Berufserfahrung {lang=de}\n- item {tags=cloud lang=DE_at}\n- both {lang='en, de'}\n";
    StringBuilder text = new StringBuilder(source);
    Tags tags = Tags.strip(text);
    assertEquals(List.of("lang:de"), List.copyOf(tags.on(1, 1)));
    assertEquals(List.of("cloud", "lang:de-at"), List.copyOf(tags.on(2, 2)));
    assertEquals(List.of("lang:en", "lang:de"), List.copyOf(tags.on(3, 3)));
    assertEquals(source.length(), text.length(), "offsets after the attribute stay true");
    assertFalse(text.toString().contains("lang"), text.toString());
  }
}
