package dev.cvpress.check.spelling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A set phrase's words are covered where the whole phrase stands, and only there. */
class SetPhrasesTest {
  @Test
  void wordsInsideAPhraseAreCoveredAndAloneTheyAreNot() {
    assertArrayEquals(new boolean[] {false, true, true, true, false, true, false},
        SetPhrases.covered(List.of("graduated", "Summa", "cum", "laude", "and", "née", "laude")));
  }

  @Test
  void degreesAreMatchedAsTheProseCutsThem() {
    // "Dr. rer. nat." and "Dipl.-Ing." reach the check as words without their dots.
    assertArrayEquals(new boolean[] {true, true, true, false, true, true},
        SetPhrases.covered(List.of("Dr", "rer", "nat", "und", "Dipl", "Ing")));
  }
}
