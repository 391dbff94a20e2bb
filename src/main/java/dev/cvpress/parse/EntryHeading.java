package dev.cvpress.parse;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.Inline;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an entry heading such as {@code 2021.6 ~ Now  XSky Ltd (https://www.xsky.com/)} or
 * {@code Senior Engineer at [Acme](https://acme.com) | 2019 – 2021} into title, org, link and dates.
 *
 * <p>Punctuation between fields (a bar, a middle dot, a spaced dash) always splits; a word such as "at" or "@"
 * splits only when what follows it reads as an organisation's name, since titles use those words too
 * ("Sparse Mixture-of-Experts at Scale: Efficient Routing", "C++ @ 60 fps"). A heading that holds such a word and
 * no split is kept whole as the title; one with no separator at all names the org. A third part after the org
 * ({@code Engineer — Acme — Berlin | 2020 – 2023}) is the place.
 */
record EntryHeading(String title, String org, String url, String location, DateRange dates) {
  /** Punctuation an author puts between fields. */
  private static final Pattern MARK = Pattern.compile("\\s+[|·•—–-]\\s+|\\s*[|·•]\\s*");
  /** A word that introduces the employer: "Engineer at Acme", "Ingénieur chez Acme", "Entwickler bei Acme". */
  private static final Pattern WORD = Pattern.compile("\\s+(?:at|@|chez|bei|en|в)\\s+");
  private static final Pattern SEPARATOR = Pattern.compile(MARK.pattern() + "|" + WORD.pattern());
  private static final String EDGE = "[\\s|·•—–,:;@~-]+";
  /** Words that make "at X" a phrase rather than a workplace when X is only that word: "at Scale", "at the Edge". */
  private static final Set<String> PHRASES = Set.of("scale", "speed", "rest", "runtime", "home", "work", "night",
      "once", "last", "least", "large", "length", "edge", "heart", "risk", "hand", "first", "best", "times", "play");
  /** Punctuation of a sentence or a subtitle, found in titles of talks and papers, not in "job at org". */
  private static final Pattern SENTENCE = Pattern.compile("[:;?!]");
  /** A season written before a year: part of the dates, never a place. */
  private static final Pattern SEASON = Pattern.compile("(?iu)(?:spring|summer|fall|autumn|winter|sommer|frühling"
      + "|herbst|été|printemps|automne|hiver|verano|primavera|otoño|invierno|verão|outono|inverno)");
  /** A spaced dash with nothing after it, at the end of a heading without dates. */
  private static final Pattern EMPTY_ORG_AT_END = Pattern.compile("\\s[—–-]\\s*$");
  /** A spaced dash with nothing after it before the bar that the dates follow. */
  private static final Pattern EMPTY_ORG_BEFORE_BAR = Pattern.compile("\\s[—–-]\\s*\\|\\s*$");
  /** What follows a title's dash when the organisation's place is left empty and a place comes after it. */
  private static final Pattern PLACE_ONLY = Pattern.compile("[—–-]\\s+(\\S.*)");
  /** An organisation's name runs to a few words and has no subtitle or sentence in it. */
  private static final int MAX_ORG_WORDS = 8;

  /**
   * Where an escaped character is kept while a heading is split: U+F0000 onwards, private use, which no pattern here
   * takes for a separator, a date, a space or an edge.
   */
  private static final int LITERAL = 0xF0000;

  /** {@code text} as characters its author escaped: each kept apart until {@link #restored}. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.appendCodePoint(LITERAL + c));
    return out.toString();
  }

  /** Text with its escaped characters back as they read. */
  static String restored(String text) {
    if (text == null) return null;
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c >= LITERAL && c < LITERAL + 0x10000) out.append((char) (c - LITERAL));
      else out.appendCodePoint(c);
    });
    return out.toString();
  }

  /** Splits a heading read with {@code InlineConverter.inlinesKeepingEscapes}; its parts read as the text does. */
  static EntryHeading of(List<Inline> inlines) {
    EntryHeading h = split(inlines);
    DateRange d = h.dates();
    if (d != null && !restored(d.original()).equals(d.original())) {
      d = new DateRange(d.start(), d.end(), d.present(), restored(d.original()));
    }
    return new EntryHeading(restored(h.title()), restored(h.org()), h.url(), restored(h.location()), d);
  }

  private static EntryHeading split(List<Inline> inlines) {
    String text = Inline.plain(inlines);
    DateRanges.Found found = afterLastBar(text);
    if (found == null) found = datesIn(text);
    // "Freelance Developer — | 2019", "Freelance Developer —": a dash with nothing after it leaves the
    // organisation's place empty, so the one name there is is the title. A dash before dates read without a bar
    // ("Acme – 2019") only separates them.
    boolean noOrg = found == null ? EMPTY_ORG_AT_END.matcher(text).find()
        : text.substring(found.end()).isBlank()
            && EMPTY_ORG_BEFORE_BAR.matcher(text.substring(0, found.start())).find();
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
    if (url != null && sameUrl(linkText, url) && !isMail(url)) {
      // A bare URL names the org's site: "Org (https://org.com)". Drop it from the visible text. An e-mail
      // address is no site: it stays what the heading shows.
      int at = Math.max(0, text.indexOf(linkText));
      String before = text.substring(0, at).replaceAll("^" + EDGE, "");
      bareUrlInFirstPart = !SEPARATOR.matcher(before).find();
      text = text.replace("(" + linkText + ")", " ").replace(linkText, " ");
      linkText = null;
    }
    text = text.replaceAll("\\(\\s*\\)", " ").replaceAll("(\\S)\\(", "$1 (").replaceAll("\\s+", " ");
    text = text.replaceAll("^" + EDGE, "").replaceAll(EDGE + "$", "").strip();
    if (text.isEmpty()) text = linkText != null ? linkText : (dates != null ? dates.original() : "");

    return split(text, linkText, bareUrlInFirstPart, url, dates, noOrg);
  }

  /**
   * The dates when they are all that follows the heading's last bar, as cvpress writes them ({@code Windows 2000
   * Migration — Acme | 2001}): those, not a year in the title before them; null otherwise.
   */
  private static DateRanges.Found afterLastBar(String text) {
    int bar = text.lastIndexOf('|');
    if (bar < 0) return null;
    String tail = text.substring(bar + 1);
    DateRanges.Found f = DateRanges.find(tail);
    if (f == null || !tail.substring(0, f.start()).isBlank() || !tail.substring(f.end()).isBlank()) return null;
    return new DateRanges.Found(f.range(), bar + 1 + f.start(), bar + 1 + f.end());
  }

  /**
   * The first dates in the heading that are not a year among the words of a name ({@code Windows 2000 Migration},
   * {@code PyCon 2019 Summit}): a year between two words, a space either side, names a thing rather than when.
   */
  private static DateRanges.Found datesIn(String text) {
    String searched = text;
    for (int tries = 0; tries < 8; tries++) {
      DateRanges.Found f = DateRanges.find(searched);
      if (f == null || !amongWords(text, f)) return f;
      searched = searched.substring(0, f.start()) + " ".repeat(f.end() - f.start()) + searched.substring(f.end());
    }
    return null;
  }

  private static boolean amongWords(String text, DateRanges.Found f) {
    DateRange r = f.range();
    boolean loneYear = r.isParsed() && r.end() == null && !r.present() && !r.start().hasMonth()
        && text.substring(f.start(), f.end()).matches("\\d{4}");
    return loneYear && WORD_BEFORE.matcher(text.substring(0, f.start())).find()
        && WORD_AFTER.matcher(text.substring(f.end())).lookingAt();
  }

  private static final Pattern WORD_BEFORE = Pattern.compile("\\p{L} $");
  private static final Pattern WORD_AFTER = Pattern.compile(" \\p{L}");

  /** The first separator that splits wins; a link's own text is never cut. */
  private static EntryHeading split(String text, String linkText, boolean orgFirstIfSplit, String url,
      DateRange dates, boolean noOrg) {
    int linkStart = linkText != null ? text.indexOf(linkText) : -1;
    int linkEnd = linkStart < 0 ? -1 : linkStart + linkText.length();
    boolean declined = false;
    Matcher m = SEPARATOR.matcher(text);
    while (m.find()) {
      if (m.start() == 0 || m.end() == text.length()) continue;
      if (linkStart >= 0 && m.start() < linkEnd && m.end() > linkStart) continue;
      boolean word = WORD.matcher(m.group()).matches();
      if (word && (SENTENCE.matcher(text.substring(0, m.start())).find()
          || !namesAnOrg(text.substring(m.end()), linkText))) {
        declined = true;
        continue;
      }
      String left = text.substring(0, m.start()).strip();
      String right = text.substring(m.end()).strip();
      Matcher placeOnly = PLACE_ONLY.matcher(right);
      // "Consultant — — Berlin": the organisation's place between the dashes is empty, the place follows.
      if (!word && placeOnly.matches()) return new EntryHeading(left, null, url, placeOnly.group(1), dates);
      boolean linkOnLeft = linkText != null && left.contains(linkText);
      boolean orgFirst = linkOnLeft || orgFirstIfSplit;
      if (orgFirst) return new EntryHeading(right, left, url, null, dates);
      return withPlace(left, right, linkText, url, dates);
    }
    // "Talk @ 60 fps", "Machine Learning at Scale": a phrase, so a title; a bare "Acme GmbH" names the org.
    return declined || noOrg ? new EntryHeading(text, null, url, null, dates)
        : new EntryHeading(null, text, url, null, dates);
  }

  /** "Acme — Berlin" after the title: the last part after a punctuation mark (outside the link's text) is the place. */
  private static EntryHeading withPlace(String title, String rest, String linkText, String url, DateRange dates) {
    int linkStart = linkText != null ? rest.indexOf(linkText) : -1;
    int linkEnd = linkStart < 0 ? -1 : linkStart + linkText.length();
    Matcher m = MARK.matcher(rest);
    int start = -1;
    int end = -1;
    while (m.find()) {
      if (m.start() == 0 || m.end() == rest.length()) continue;
      if (linkStart >= 0 && m.start() < linkEnd && m.end() > linkStart) continue;
      start = m.start();
      end = m.end();
    }
    if (start < 0) return new EntryHeading(title, rest, url, null, dates);
    String place = rest.substring(end).strip();
    // "Summer 2014": a season before the dates' year belongs with them, never taken for a place.
    if (dates != null && SEASON.matcher(place).matches()) return new EntryHeading(title, rest, url, null, dates);
    // A link written in the place part is not the org's: the org is not linked to it.
    boolean linkInPlace = linkStart >= end;
    return new EntryHeading(title, rest.substring(0, start).strip(), linkInPlace ? null : url, place, dates);
  }

  /** Whether the text after "at" (up to the next punctuation separator) reads as an organisation's name. */
  private static boolean namesAnOrg(String after, String linkText) {
    Matcher mark = MARK.matcher(after);
    String org = (mark.find() ? after.substring(0, mark.start()) : after).strip();
    if (linkText != null && org.startsWith(linkText)) return true;
    if (org.isEmpty() || SENTENCE.matcher(org).find()) return false;
    List<String> words = List.of(org.split("\\s+"));
    if (words.size() > MAX_ORG_WORDS) return false;
    boolean article = words.get(0).equalsIgnoreCase("the") && words.size() > 1;
    String first = words.get(article ? 1 : 0);
    if (words.size() == (article ? 2 : 1) && PHRASES.contains(first.toLowerCase(Locale.ROOT))) return false;
    // A name starts with a capital ("Acme", "eBay", "3M") or is in a script without case; "scale", "60 fps" are not.
    return first.codePoints().anyMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c));
  }

  private static boolean isMail(String url) {
    return url.regionMatches(true, 0, "mailto:", 0, 7);
  }

  private static boolean sameUrl(String text, String url) {
    String a = text.replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
    String b = url.replaceFirst("(?i)^(https?://|mailto:)", "").replaceFirst("/$", "");
    return a.equalsIgnoreCase(b);
  }
}
