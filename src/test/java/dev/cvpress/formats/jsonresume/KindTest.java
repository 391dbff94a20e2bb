package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KindTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Experience                 | WORK
      WORK EXPERIENCE            | WORK
      Work expenrience           | WORK
      Berufserfahrung            | WORK
      Expérience professionnelle | WORK
      職歴                        | WORK
      Опыт работы                | WORK
      अनुभव / Experience         | WORK
      ประสบการณ์ Experience       | WORK
      Side projects              | PROJECTS
      Open Source                | PROJECTS
      Ausbildung                 | EDUCATION
      教育背景                     | EDUCATION
      Skills                     | SKILLS
      Kenntnisse                 | SKILLS
      Hobbies                    | INTERESTS
      Talks                      | PUBLICATIONS
      Certifications             | CERTIFICATES
      Honors                     | AWARDS
      Volunteering               | VOLUNTEER
      Languages                  | LANGUAGES
      Sprachen                   | LANGUAGES
      References                 | REFERENCES
      About me                   | SUMMARY
      Profil                     | SUMMARY
      """)
  void aTitleNamesItsSection(String title, Kind kind) {
    assertEquals(kind, Kind.ofTitle(title));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Miscellaneous", "Checklist", "", "Late Title", "Worker's rights"})
  void otherTitlesNameNone(String title) {
    assertNull(Kind.ofTitle(title));
  }

  @Test
  void eachLanguageTitlesItsSections() {
    assertEquals("Experience", Kind.WORK.title("en"));
    assertEquals("Berufserfahrung", Kind.WORK.title("de-AT"));
    assertEquals("Formation", Kind.EDUCATION.title("fr"));
    assertEquals("スキル", Kind.SKILLS.title("ja"));
    assertEquals("Experience", Kind.WORK.title("sw"));
    for (Kind k : Kind.values()) {
      for (String lang : new String[] {"en", "de", "fr", "es", "pt", "ru", "zh", "ja", "ko", "ar", "fa", "he"}) {
        assertEquals(k, Kind.ofTitle(k.title(lang)), k + " in " + lang);
      }
    }
  }
}
