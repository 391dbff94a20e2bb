package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.render.Labels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTitlesTest {
  /** Page titles in each language cvpress has labels for. */
  private static final Map<String, List<String>> BY_LANGUAGE = Map.ofEntries(
      Map.entry("en", List.of("About Me", "About", "About me", "Résumé", "Resume", "CV", "Curriculum Vitae",
          "Biography")),
      Map.entry("de", List.of("Lebenslauf", "Über mich", "Mein Lebenslauf")),
      Map.entry("fr", List.of("À propos", "CV", "Qui suis-je ?", "Curriculum vitæ")),
      Map.entry("es", List.of("Sobre mí", "Currículum", "Acerca de mí", "Hoja de vida")),
      Map.entry("pt", List.of("Sobre mim", "Currículo")),
      Map.entry("ru", List.of("Резюме", "Обо мне", "О себе")),
      Map.entry("zh", List.of("简历", "个人简历", "關於我")),
      Map.entry("ja", List.of("履歴書", "職務経歴書", "自己紹介")),
      Map.entry("ko", List.of("이력서", "자기소개")),
      Map.entry("ar", List.of("السيرة الذاتية", "نبذة عني")),
      Map.entry("fa", List.of("رزومه", "درباره من", "دربارهٔ من")),
      Map.entry("he", List.of("קורות חיים", "אודות")));

  @Test
  void everyLabelLanguageHasItsPageTitles() {
    BY_LANGUAGE.forEach((lang, titles) -> {
      if (!lang.equals("en")) {
        assertNotEquals(Labels.forLang("en"), Labels.forLang(lang), lang + " is a language cvpress has labels for");
      }
      for (String title : titles) assertTrue(PageTitles.is(title), lang + ": " + title);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABOUT ME", "about me", "👋 About me!", "C.V.", "Resume / CV", "About | CV", "Ueber mich",
      "A propos", "Sobre mi", "Curriculum-Vitae", "  Résumé  ", "Моё резюме", "Мое резюме",
      "درباره‌ی من", "رزومه ", "زندگي‌نامه"})
  void caseAccentsPunctuationAndSpellingAside(String title) {
    assertTrue(PageTitles.is(title), title);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ada Lovelace", "Jane Doe", "María José Pérez", "张伟", "Jean-Pierre Abouti",
      "Aboutaleb", "Curriculum Vitae of Jane Doe", "Jane Doe / CV", "", " ", "/", "—"})
  void aNameIsNotAPageTitle(String text) {
    assertFalse(PageTitles.is(text), text);
  }

  @Test
  void nothingIsNoTitle() {
    assertFalse(PageTitles.is(null));
  }
}
