package dev.cvpress.check;

import dev.cvpress.check.ParserLines.Line;
import dev.cvpress.check.ParserLines.Section;
import dev.cvpress.render.Labels;
import dev.cvpress.transform.PersonName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The last step of a résumé parser: each field taken from the lines by what it looks like. The name is the line of
 * a few words alone that scores best on being large, bold and in the profile; the e-mail address, phone and links
 * are the first text of their shape; in each section an entry starts at a line that opens in bold (after one that
 * does not, or larger than the last, or holding dates), and its heading
 * splits at a dash, bar or "at" into title and organisation, with the first dates of its opening lines.
 */
final class ParserFields {
  private ParserFields() {}

  /** The years of a date range a parser read, and its text; {@code end} is null for one date or "present". */
  record Dates(int start, Integer end, boolean present, String text) {}

  /**
   * An entry as parsed: its heading line's text, title and organisation (either may be null), and dates.
   *
   * @param opening its opening lines joined, where a heading too long for one line goes on
   */
  record ParsedEntry(String heading, String title, String org, Dates dates, String opening) {}

  record ParsedSection(String title, List<ParsedEntry> entries) {}

  /** Everything parsed; a field not found is null. */
  record Parsed(String name, String email, String phone, Set<String> links, List<ParsedSection> sections) {}

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{5,}\\d");
  private static final Pattern LINK = Pattern.compile(
      "(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/[\\w./%~-]*)?",
      Pattern.CASE_INSENSITIVE);
  /** A month before a year: a name (English, German, French, Spanish, Portuguese) or its number. */
  private static final String MONTH = "(?:(?<!\\p{L})(?:jan|feb|fév|fev|m[aä]r|apr|avr|abr|ma[iy]|jun|juin|jul|juil|aug|ago"
      + "|août|sep|set|o[ck]t|out|nov|de[cz]|déc|dic|ene)\\p{L}*\\.?\\s+|\\d{1,2}[./]\\s*)?";
  private static final String YEAR = "(?<!\\d)((?:1[5-9]|20)\\d{2})(?!\\d)";
  private static final String NOW = now();
  private static final Pattern DATES = Pattern.compile(MONTH + YEAR + "(?:\\s*(?:–|—|-|~|to|bis|à|a|até)\\s*(?:"
      + MONTH + YEAR + "|" + NOW + "))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern HEADING_SPLIT = Pattern.compile("\\s+[—–|·@-]\\s+|\\s+at\\s+|,\\s+");
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} .'-]*");
  /** A line that may be a name as written: its words, and commas before a surname's given names or a degree. */
  private static final Pattern WRITTEN_NAME = Pattern.compile("\\p{L}[\\p{L} .,'-]*");
  /** How many lines of an entry its heading and dates may take. */
  private static final int HEADING_LINES = 4;

  /**
   * The words for "until now" a parser knows: each language's word as cvpress prints it and the common ones
   * writers use, the longest first (so "actualidad" is not read as "actual"), with any apostrophe the page may
   * set ("aujourd’hui" or "aujourd'hui") and any spacing ("н. в.").
   */
  private static String now() {
    Set<String> words = new LinkedHashSet<>(Labels.presentWords());
    words.addAll(List.of("present", "now", "current", "today", "ongoing", "heute", "jetzt", "aujourd'hui",
        "actuellement", "actuel", "actualidad", "actual", "atual", "presente", "hoje", "сейчас", "至今", "現在"));
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(ParserFields::asWritten)
        .collect(Collectors.joining("|", "(", ")"));
  }

  /** A pattern for {@code word} with any apostrophe where it has one and any spacing where it has a space. */
  private static String asWritten(String word) {
    StringBuilder out = new StringBuilder();
    word.codePoints().forEach(c -> {
      if ("'’ʼ".indexOf(c) >= 0) out.append("['’ʼ]");
      else if (Character.isWhitespace(c)) out.append("\\s*");
      else if (Character.isLetterOrDigit(c)) out.appendCodePoint(c);
      else out.append(Pattern.quote(Character.toString(c)));
    });
    return out.toString();
  }

  static Parsed parse(List<Section> sections) {
    List<Line> all = sections.stream().flatMap(s -> s.lines().stream()).toList();
    String email = first(EMAIL, all);
    List<Line> withoutEmail = all.stream().map(l -> withText(l, EMAIL.matcher(l.text()).replaceAll(" "))).toList();
    Set<String> links = new LinkedHashSet<>();
    for (Line l : withoutEmail) {
      Matcher m = LINK.matcher(l.text());
      while (m.find()) if (m.group().contains("/") || m.group().startsWith("www.")) links.add(link(m.group()));
    }
    List<ParsedSection> parsed = new ArrayList<>();
    for (Section s : sections) if (s.title() != null) parsed.add(new ParsedSection(s.name(), entries(s.lines())));
    return new Parsed(name(sections), email, phone(sections.get(0).lines(), all), links, parsed);
  }

  /** Whether {@code text} is an e-mail address as a parser recognises one. */
  static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }

  /** A link as compared: lower case, without scheme, "www." or a closing slash. */
  static String link(String text) {
    return text.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
        .replaceFirst("/+$", "");
  }

  /** The first dates in {@code text}; null when it has none. */
  static Dates dates(String text) {
    Matcher m = DATES.matcher(text);
    if (!m.find()) return null;
    Integer end = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
    return new Dates(Integer.parseInt(m.group(1)), end, m.group(3) != null, m.group().strip());
  }

  private static String name(List<Section> sections) {
    float largest = 0;
    for (Section s : sections) for (Line l : s.lines()) if (l.page() == 1) largest = Math.max(largest, l.size());
    String best = null;
    int bestScore = 0;
    for (int si = 0; si < sections.size(); si++) {
      List<Line> lines = sections.get(si).lines();
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        String line = ParseBack.unmarked(l.text()); // a footnote mark after the name is no part of it
        if (l.page() != 1 || !WRITTEN_NAME.matcher(line).matches()) continue;
        // "Doe, Jane, PhD", "Dr. Jane Doe, MBA": a parser files the name as Jane Doe, as a recruiter reads it.
        String text = PersonName.of(line).text();
        int words = text.split(" ").length;
        if (!NAME.matcher(text).matches() || words > 4) continue;
        // One word ("Madonna") is a name only as the profile's largest line, where parsers look first.
        if (words == 1 && (si != 0 || l.size() < largest - 0.1f)) continue;
        String[] parts = text.split(" ");
        // A name's first and last words are capitalised ("Ada van Lovelace"); prose is not.
        if (!Character.isUpperCase(parts[0].codePointAt(0))
            || !Character.isUpperCase(parts[parts.length - 1].codePointAt(0))) {
          continue;
        }
        int score = 1 + (l.size() >= largest - 0.1f ? 3 : 0) + (l.bold() ? 1 : 0) + (si == 0 ? 2 : 0)
            + (si == 0 && i < 3 ? 1 : 0);
        if (score > bestScore) {
          best = text;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** The first phone number of the profile, else of the whole text; two years joined by a hyphen are no number. */
  private static String phone(List<Line> profile, List<Line> all) {
    for (List<Line> lines : List.of(profile, all)) {
      for (Line l : lines) {
        Matcher m = PHONE.matcher(EMAIL.matcher(l.text()).replaceAll(" "));
        while (m.find()) {
          String digits = m.group().replaceAll("\\D", "");
          Dates asDates = dates(m.group());
          boolean isDates = asDates != null && asDates.text().equals(m.group().strip());
          if (digits.length() >= 7 && digits.length() <= 15 && !isDates) return m.group().strip();
        }
      }
    }
    return null;
  }

  private static List<ParsedEntry> entries(List<Line> lines) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      // A bold line after one that is not, or a bold line set larger than the last or holding dates: a heading.
      boolean heading = l.startsBold() && (i == 0 || !lines.get(i - 1).startsBold()
          || l.size() > lines.get(i - 1).size() + 0.5f || dates(l.text()) != null);
      if (heading) starts.add(i);
    }
    List<ParsedEntry> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      // A long title wraps, the place and the dates may each take a line; the next entry's heading ends it.
      int next = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      out.add(entry(lines.subList(starts.get(k), Math.min(next, starts.get(k) + HEADING_LINES))));
    }
    return out;
  }

  private static ParsedEntry entry(List<Line> opening) {
    Dates dates = null;
    for (Line l : opening) {
      dates = dates(l.text());
      if (dates != null) break;
    }
    String heading = opening.get(0).text();
    String rest = dates == null ? heading : heading.replace(dates.text(), " ").strip();
    String[] parts = HEADING_SPLIT.split(rest, 2);
    String title = parts[0].isBlank() ? null : parts[0].strip();
    String org = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
    if (org == null && opening.size() > 1 && !opening.get(1).startsBold()) {
      String next = opening.get(1).text();
      if (dates != null) next = next.replace(dates.text(), " ").strip();
      if (!next.isBlank() && !next.startsWith("•")) org = next;
    }
    String joined = String.join(" ", opening.stream().map(Line::text).toList());
    return new ParsedEntry(heading, title, org, dates, joined);
  }

  private static String first(Pattern p, List<Line> lines) {
    for (Line l : lines) {
      Matcher m = p.matcher(l.text());
      if (m.find()) return m.group();
    }
    return null;
  }

  private static Line withText(Line l, String text) {
    return new Line(l.page(), l.y(), l.size(), l.startsBold(), l.bold(), text);
  }
}
