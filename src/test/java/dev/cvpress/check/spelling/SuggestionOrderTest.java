package dev.cvpress.check.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacements are offered fewest edits first, then common words before names for a word in lower case. */
class SuggestionOrderTest {
  @Test
  void aLowerCaseTypoGetsCommonWordsBeforeNames() {
    // The dictionary's own order, as its speller gives it for "belive".
    List<String> found = List.of("believe", "Belize", "relive", "belie", "live", "believed");
    assertEquals(List.of("believe", "relive", "belie"), SuggestionOrder.ranked("belive", found, 3));
  }

  @Test
  void fewerEditsComeFirstWhateverTheDictionarysOrder() {
    assertEquals(List.of("receive", "relieve"),
        SuggestionOrder.ranked("recieve", List.of("received", "receive", "relieve"), 2));
  }

  @Test
  void aCapitalisedTypoKeepsNamesButNotAcronyms() {
    assertEquals(List.of("Hoc", "HOC", "how"), SuggestionOrder.ranked("Hoc", List.of("HOC", "how", "Hoc"), 3));
  }

  @Test
  void swappedLettersAreOneEdit() {
    assertEquals(1, SuggestionOrder.distance("teh", "the"));
    assertEquals(1, SuggestionOrder.distance("belive", "believe"));
    assertEquals(2, SuggestionOrder.distance("warehourse", "warehouses"));
  }
}
