package dev.cvpress.render;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words cvpress itself puts on the page, in the document's language; one entry per language, used by every
 * writer (the HTML and text writers format dates with it, the PDF writer takes its page footer from it).
 *
 * @param present the word for an ongoing range's end
 * @param months short month names, or empty where dates are numeric ({@code numeric} then gives the form)
 * @param numeric a year-month pattern with {@code {y}} and {@code {m}}, for languages that write dates with numbers
 * @param pageOf the page footer, {@code %1$s} the page and {@code %2$s} the number of pages
 * @param contact the heading over contact details where they are listed apart (the sidebar layout)
 */
public record Labels(String present, List<String> months, String numeric, String pageOf, String contact) {
  public Labels {
    months = List.copyOf(months);
    if (months.isEmpty() == (numeric == null)) throw new IllegalArgumentException("months or a numeric form");
    if (!months.isEmpty() && months.size() != 12) throw new IllegalArgumentException("twelve months");
  }

  private static Labels named(String present, String months, String pageOf, String contact) {
    return new Labels(present, List.of(months.split(" ")), null, pageOf, contact);
  }

  private static Labels numeric(String present, String numeric, String pageOf, String contact) {
    return new Labels(present, List.of(), numeric, pageOf, contact);
  }

  private static final Map<String, Labels> BY_LANG = Map.ofEntries(
      Map.entry("en", named("Present", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", "Page %1$s of %2$s",
          "Contact")),
      Map.entry("de", named("heute", "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
          "Seite %1$s von %2$s", "Kontakt")),
      Map.entry("fr", named("aujourd’hui", "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
          "Page %1$s sur %2$s", "Contact")),
      Map.entry("es", named("actualidad", "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
          "Página %1$s de %2$s", "Contacto")),
      Map.entry("pt", named("atual", "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
          "Página %1$s de %2$s", "Contato")),
      Map.entry("ru", named("н. в.", "янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.",
          "Страница %1$s из %2$s", "Контакты")),
      Map.entry("zh", numeric("至今", "{y}年{m}月", "第 %1$s 页，共 %2$s 页", "联系方式")),
      Map.entry("ja", numeric("現在", "{y}年{m}月", "%1$s / %2$s ページ", "連絡先")),
      Map.entry("ko", numeric("현재", "{y}년 {m}월", "%1$s / %2$s 쪽", "연락처")),
      Map.entry("ar", named("حتى الآن", "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
          "صفحة %1$s من %2$s", "التواصل")),
      Map.entry("fa", named("اکنون", "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
          "صفحه %1$s از %2$s", "تماس")),
      Map.entry("he", named("היום", "ינו׳ פבר׳ מרץ אפר׳ מאי יוני יולי אוג׳ ספט׳ אוק׳ נוב׳ דצמ׳",
          "עמוד %1$s מתוך %2$s", "יצירת קשר")));

  /**
   * The words that name a contact where no icon can (a Word document's contact line): e-mail, phone, place and web
   * site per language, in that order; GitHub and LinkedIn are names, the same in every language.
   */
  private static final Map<String, List<String>> CONTACT_WORDS = Map.ofEntries(
      Map.entry("en", List.of("Email", "Phone", "Location", "Web")),
      Map.entry("de", List.of("E-Mail", "Telefon", "Ort", "Web")),
      Map.entry("fr", List.of("E-mail", "Téléphone", "Lieu", "Site")),
      Map.entry("es", List.of("Correo", "Teléfono", "Ubicación", "Web")),
      Map.entry("pt", List.of("E-mail", "Telefone", "Local", "Site")),
      Map.entry("ru", List.of("Почта", "Телефон", "Город", "Сайт")),
      Map.entry("zh", List.of("邮箱", "电话", "地点", "网站")),
      Map.entry("ja", List.of("メール", "電話", "所在地", "ウェブ")),
      Map.entry("ko", List.of("이메일", "전화", "위치", "웹")),
      Map.entry("ar", List.of("البريد", "الهاتف", "الموقع", "الويب")),
      Map.entry("fa", List.of("ایمیل", "تلفن", "مکان", "وب")),
      Map.entry("he", List.of("אימייל", "טלפון", "מיקום", "אתר")));

  /** The word for a kind of contact in {@code lang} (English where cvpress has none); null for an unknown kind. */
  public static String contactKind(dev.cvpress.model.Contact.Kind kind, String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (base.equals("iw")) base = "he";
    List<String> words = CONTACT_WORDS.getOrDefault(base, CONTACT_WORDS.get("en"));
    return switch (kind) {
      case EMAIL -> words.get(0);
      case PHONE -> words.get(1);
      case LOCATION -> words.get(2);
      case WEBSITE -> words.get(3);
      case GITHUB -> "GitHub";
      case LINKEDIN -> "LinkedIn";
      case OTHER -> null;
    };
  }

  /** The labels of a language tag such as {@code de-AT}; English for a language cvpress has no words for. */
  public static Labels forLang(String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (base.equals("iw")) base = "he";
    return BY_LANG.getOrDefault(base, BY_LANG.get("en"));
  }

  /** The word for an ongoing range's end in every language cvpress labels, as the page prints it. */
  public static List<String> presentWords() {
    return BY_LANG.values().stream().map(Labels::present).distinct().toList();
  }

  /** A date range in the house style, e.g. {@code Jun 2021 – Present}; the author's text when not understood. */
  public String format(DateRange range) {
    if (!range.isParsed()) return range.original();
    String start = format(range.start());
    if (range.present()) return start + " – " + present;
    if (range.end() == null) return start;
    return start + " – " + format(range.end());
  }

  /**
   * A letter's date as that language writes a day in full: {@code March 14, 2026}, {@code 14 March 2026} for
   * {@code en-GB}, {@code 14. März 2026}.
   */
  public static String day(java.time.LocalDate day, String lang) {
    return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(lang == null ? "en" : lang)));
  }

  /** What a cover letter is called in each language, for its title where it has none of its own. */
  private static final Map<String, String> COVER_LETTER = Map.of("en", "Cover letter", "de", "Anschreiben",
      "fr", "Lettre de motivation", "es", "Carta de presentación", "pt", "Carta de apresentação",
      "ru", "Сопроводительное письмо", "zh", "求职信");

  /** "Cover letter" in the language of {@code lang}; in English for a language cvpress has no word for. */
  public static String coverLetter(String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return COVER_LETTER.getOrDefault(base, COVER_LETTER.get("en"));
  }

  /** A date range as the writer's options ask: as the author wrote it, or in the house style. */
  public String dates(DateRange range, boolean original) {
    return original ? range.original() : format(range);
  }

  private String format(PartialDate d) {
    if (!d.hasMonth()) return Integer.toString(d.year());
    if (months.isEmpty()) {
      return numeric.replace("{y}", Integer.toString(d.year())).replace("{m}", Integer.toString(d.month()));
    }
    return months.get(d.month() - 1) + " " + d.year();
  }
}
