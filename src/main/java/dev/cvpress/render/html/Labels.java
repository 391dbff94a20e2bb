package dev.cvpress.render.html;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.Locale;
import java.util.Map;

/** The words cvpress itself puts on the page, in the document's language. */
record Labels(String present, String[] months, String pageOf, boolean cjkDates, String contact) {
  private static final Map<String, Labels> BY_LANG = Map.of(
      "en", new Labels("Present", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" "), "Page %1$s of %2$s", false, "Contact"),
      "de", new Labels("heute", "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(" "), "Seite %1$s von %2$s", false, "Kontakt"),
      "fr", new Labels("aujourd’hui", "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(" "), "Page %1$s sur %2$s", false, "Contact"),
      "es", new Labels("actualidad", "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.".split(" "), "Página %1$s de %2$s", false, "Contacto"),
      "pt", new Labels("atual", "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(" "), "Página %1$s de %2$s", false, "Contato"),
      "ru", new Labels("н. в.", "янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.".split(" "), "Страница %1$s из %2$s", false, "Контакты"),
      "zh", new Labels("至今", null, "第 %1$s 页，共 %2$s 页", true, "联系方式"),
      "ja", new Labels("現在", null, "%1$s / %2$s ページ", true, "連絡先"));

  static Labels forLang(String lang) {
    String base = lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
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
    if (cjkDates) return d.year() + "年" + d.month() + "月";
    return months[d.month() - 1] + " " + d.year();
  }

  /** The footer text as a CSS {@code content} value. */
  String pageFooterContent() {
    String[] parts = pageOf.split("%[12]\\$s", -1);
    return "\"" + parts[0] + "\" counter(page) \"" + parts[1] + "\" counter(pages) \"" + parts[2] + "\"";
  }
}
