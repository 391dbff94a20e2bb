package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"ar", "AR", "ar-EG", "fa_IR", "he", "iw", "ur", "yi", "ps", "ckb", "dv", "sd", "ug"})
  void rightToLeftLanguages(String lang) {
    assertTrue(Directions.rightToLeft(lang), lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de-AT", "zh", "ja", "hi", "arn", "", "x-ar"})
  void leftToRightLanguages(String lang) {
    assertFalse(Directions.rightToLeft(lang), lang);
  }

  @Test
  void noLanguageIsLeftToRight() {
    assertFalse(Directions.rightToLeft(null));
  }

  @Test
  void theFirstStrongLetterDecides() {
    assertEquals("rtl", Directions.ofFirstStrongLetter("(2019) مهندس, Java"));
    assertEquals("rtl", Directions.ofFirstStrongLetter("- עברית"));
    assertEquals("ltr", Directions.ofFirstStrongLetter("2019: Java مهندس"));
    assertEquals("ltr", Directions.ofFirstStrongLetter("𝐀 bold maths letter"));
    assertNull(Directions.ofFirstStrongLetter("2019 – 2021, 40 %"));
    assertNull(Directions.ofFirstStrongLetter(""));
  }

  @Test
  void invisibleMarksDoNotDecide() {
    assertEquals("ltr", Directions.ofFirstStrongLetter("\u200FJava"), "a right-to-left mark before Latin text");
    assertEquals("rtl", Directions.ofFirstStrongLetter("\u200E\u00ADعربي"), "a left-to-right mark before Arabic");
  }
}
