package dev.cvpress.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Titles that a page about a person carries instead of the person's name, such as Hugo's "About Me" or a heading
 * "Lebenslauf", in every language cvpress has labels for. Such a title is the document's, never the name.
 */
final class PageTitles {
  private PageTitles() {}

  // Compiled once: the titles below are keyed when the class is first used, and compiling each pattern anew for
  // each of them was a noticeable part of reading a résumé.
  private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]");

  private static final Pattern DOTS = Pattern.compile("[.'’]");

  private static final Pattern GAPS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

  private static final Pattern PARTS = Pattern.compile("[/|&+·•]");

  private static final Set<String> TITLES = Arrays.stream(new String[] {
      // English
      "About", "About me", "About myself", "Who am I", "Hello", "Home", "Résumé", "Resume", "Resumé", "My résumé",
      "CV", "My CV", "Curriculum vitae", "Curriculum vitæ", "Vita", "Bio", "Biography", "Profile", "My profile",
      "Portfolio",
      // German
      "Lebenslauf", "Mein Lebenslauf", "Tabellarischer Lebenslauf", "Über mich", "Ueber mich", "Zur Person",
      "Profil", "Werdegang",
      // French
      "À propos", "À propos de moi", "Qui suis-je", "Mon CV", "Mon parcours", "Parcours", "Biographie",
      // Spanish
      "Sobre mí", "Acerca de", "Acerca de mí", "Currículum", "Currículum vítae", "Mi currículum", "Mi CV",
      "Hoja de vida", "Perfil", "Biografía",
      // Portuguese
      "Sobre", "Sobre mim", "Currículo", "Meu currículo", "Meu CV",
      // Russian
      "Резюме", "Моё резюме", "Обо мне", "О себе", "Кратко о себе", "Биография", "Автобиография", "Профиль",
      // Chinese
      "简历", "個人簡歷", "个人简历", "簡歷", "履历", "履歷", "简介", "个人简介", "關於我", "关于我", "关于", "關於",
      "自我介绍", "自我介紹",
      // Japanese
      "履歴書", "職務経歴書", "経歴", "略歴", "自己紹介", "プロフィール", "私について",
      // Korean
      "이력서", "자기소개", "자기소개서", "소개", "경력기술서", "프로필", "약력", "나에 대해", "나에 대하여",
      // Arabic
      "السيرة الذاتية", "سيرة ذاتية", "سيرتي الذاتية", "نبذة عني", "نبذة", "عني", "من أنا",
      // Persian
      "رزومه", "درباره من", "دربارهٔ من", "درباره‌ی من", "زندگی‌نامه", "زندگینامه", "سوابق",
      // Hebrew
      "קורות חיים", "אודות", "אודותיי", "עליי", "קצת עליי", "פרופיל",
  }).map(PageTitles::key).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the text is a page title, case, accents, emoji and punctuation aside ("ABOUT ME", "👋 About me!",
   * "C.V."); a title of several such parts ("About / CV") is one too.
   */
  static boolean is(String text) {
    if (text == null) return false;
    String[] parts = PARTS.split(text);
    return parts.length > 0 && Arrays.stream(parts).allMatch(p -> TITLES.contains(key(p)));
  }

  /** The text without case, accents, joiners, symbols or punctuation, so that written forms compare equal. */
  private static String key(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    // Persian written with Arabic letters: yeh and kaf have a form in each.
    s = DOTS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("").replace('ي', 'ی').replace('ك', 'ک');
    return GAPS.matcher(s).replaceAll(" ").strip();
  }
}
