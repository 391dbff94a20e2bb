package dev.cvpress.parse;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.Inline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an entry heading such as {@code 2021.6 ~ Now  XSky Ltd (https://www.xsky.com/)} or
 * {@code Senior Engineer at [Acme](https://acme.com) | 2019 – 2021} into title, org, link and dates.
 */
record EntryHeading(String title, String org, String url, DateRange dates) {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|·•—–@-]|at|@|chez|bei|en|в)\\s+|\\s*[|·•]\\s*");
  private static final String EDGE = "[\\s|·•—–,:;@~-]+";

  static EntryHeading of(List<Inline> inlines) {
    String text = Inline.plain(inlines);
    DateRanges.Found found = DateRanges.find(text);
    DateRange dates = null;
    if (found != null) {
      dates = found.range();
      text = text.substring(0, found.start()) + " " + text.substring(found.end());
    }
    String url = null;
    String linkText = null;
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link) {
        url = link.url();
        linkText = Inline.plain(link.children()).strip();
        break;
      }
    }
    boolean bareUrlInFirstPart = false;
    if (url != null && sameUrl(linkText, url)) {
      // A bare URL names the org's site: "Org (https://org.com)". Drop it from the visible text.
      int at = Math.max(0, text.indexOf(linkText));
      String before = text.substring(0, at).replaceAll("^" + EDGE, "");
      bareUrlInFirstPart = !SEPARATOR.matcher(before).find();
      text = text.replace("(" + linkText + ")", " ").replace(linkText, " ");
      linkText = null;
    }
    text = text.replaceAll("\\(\\s*\\)", " ").replaceAll("(\\S)\\(", "$1 (").replaceAll("\\s+", " ");
    text = text.replaceAll("^" + EDGE, "").replaceAll(EDGE + "$", "").strip();
    if (text.isEmpty()) text = linkText != null ? linkText : (dates != null ? dates.original() : "");

    Matcher m = SEPARATOR.matcher(text);
    if (m.find() && m.start() > 0 && m.end() < text.length()) {
      String left = text.substring(0, m.start()).strip();
      String right = text.substring(m.end()).strip();
      boolean linkOnLeft = linkText != null && left.contains(linkText);
      boolean orgFirst = linkOnLeft || bareUrlInFirstPart;
      return orgFirst ? new EntryHeading(right, left, url, dates) : new EntryHeading(left, right, url, dates);
    }
    return new EntryHeading(null, text, url, dates);
  }

  private static boolean sameUrl(String text, String url) {
    String a = text.replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
    String b = url.replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
    return a.equalsIgnoreCase(b);
  }
}
