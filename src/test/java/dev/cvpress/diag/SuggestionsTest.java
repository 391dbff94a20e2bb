package dev.cvpress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> THEMES = List.of("modern", "classic", "compact", "sidebar", "ledger");

  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertEquals(1, Suggestions.distance("jnu", "jun"));
    assertEquals(1, Suggestions.distance("thme", "theme"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("", ""));
  }

  @Test
  void suggestsTheClosestKnownNameIgnoringCase() {
    assertEquals("did you mean `classic`? ", Suggestions.didYouMean("Clasic", THEMES));
    assertEquals("compact", Suggestions.closest("compcat", THEMES));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertEquals("", Suggestions.didYouMean("brutalist", THEMES));
    assertNull(Suggestions.closest("x", List.of()));
  }
}
