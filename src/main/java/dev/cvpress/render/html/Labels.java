package dev.cvpress.render.html;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.Locale;
import java.util.Map;

/**
 * The words cvpress itself puts on the page, in the document's language.
 *
 * @param months short month names, or null where dates are numeric ({@code numeric} then gives the form)
 * @param numeric a year-month pattern with {@code {y}} and {@code {m}}, for languages that write dates with numbers
 */
record Labels(String present, String[] months, String numeric, String pageOf, String contact, boolean rtl) {
  private static Labels named(String present, String months, String pageOf, String contact) {
    return new Labels(present, months.split(" "), null, pageOf, contact, false);
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
      Map.entry("zh", new Labels("至今", null, "{y}年{m}月", "第 %1$s 页，共 %2$s 页", "联系方式", false)),
      Map.entry("ja", new Labels("現在", null, "{y}年{m}月", "%1$s / %2$s ページ", "連絡先", false)),
      Map.entry("ko", new Labels("현재", null, "{y}년 {m}월", "%1$s / %2$s 쪽", "연락처", false)),
      Map.entry("ar", new Labels("حتى الآن",
          "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(" "), null,
          "صفحة %1$s من %2$s", "التواصل", true)),
      Map.entry("fa", new Labels("اکنون",
          "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split(" "), null,
          "صفحه %1$s از %2$s", "تماس", true)),
      Map.entry("he", new Labels("היום", "ינו׳ פבר׳ מרץ אפר׳ מאי יוני יולי אוג׳ ספט׳ אוק׳ נוב׳ דצמ׳".split(" "), null,
          "עמוד %1$s מתוך %2$s", "יצירת קשר", true)));

  static Labels forLang(String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (base.equals("iw")) base = "he";
    return BY_LANG.getOrDefault(base, BY_LANG.get("en"));
  }

  /** A date range in the house style, e.g. {@code Jun 2021 – Present}; the author's text when not understood. */
  String format(DateRange range) {
    if (!range.isParsed()) return range.original();
    String start = format(range.start());
    if (range.present()) return start + " – " + present;
    if (range.end() == null) return start;
    return start + " – " + format(range.end());
  }

  private String format(PartialDate d) {
    if (!d.hasMonth()) return Integer.toString(d.year());
    if (months == null) return numeric.replace("{y}", Integer.toString(d.year())).replace("{m}", Integer.toString(d.month()));
    return months[d.month() - 1] + " " + d.year();
  }

  /** The footer text as a CSS {@code content} value. */
  String pageFooterContent() {
    String[] parts = pageOf.split("%[12]\\$s", -1);
    return "\"" + parts[0] + "\" counter(page) \"" + parts[1] + "\" counter(pages) \"" + parts[2] + "\"";
  }
}
