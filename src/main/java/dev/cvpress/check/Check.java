package dev.cvpress.check;

import dev.cvpress.diag.Suggestions;
import dev.cvpress.style.Style;
import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks behind {@code cvpress check}: each finds one kind of problem and says where it is. */
public final class Check {
  private Check() {}

  /** Front-matter keys cvpress reads, and those Hugo and Jekyll pages carry that it quietly accepts. */
  public static final List<String> KNOWN_KEYS = List.of("name", "headline", "email", "phone", "location", "website",
      "github", "linkedin", "links", "photo", "lang", "keywords", "style", "title", "date");
  private static final Set<String> SITE_KEYS = Set.of("draft", "description", "summary", "tags", "categories",
      "slug", "weight", "aliases", "author", "authors", "lastmod", "publishdate", "expirydate", "type", "layout",
      "url", "menu", "toc", "comments", "showtoc", "tocopen", "series", "images", "linktitle", "params", "cascade",
      "outputs", "sitemap", "translationkey", "iscjklanguage", "markup", "resources", "headless", "build",
      "permalink", "published", "excerpt", "hidemeta", "disableshare", "cover", "showreadingtime", "id");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern DATES = Pattern.compile("<div class=\"dates\">([^<]*)</div>");
  private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");
  private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");

  /**
   * What a check reads: the résumé as rendered, its laid-out PDF and what rendering warned about.
   *
   * @param frontMatterKeys the front-matter keys as written, with where they are
   */
  public record Subject(Resume resume, String html, byte[] pdf, int pages, List<Diagnostic> warnings,
      Map<String, SourcePos> frontMatterKeys) {}

  public static List<Diagnostic> run(Path input, Subject r, Integer maxPages) {
    String file = input.toString();
    Resume resume = r.resume();
    List<Diagnostic> problems = new ArrayList<>(r.warnings());
    frontMatter(r.frontMatterKeys(), problems);
    header(resume, file, problems);
    for (Section s : resume.sections()) {
      if (s.blocks().isEmpty()) {
        problems.add(Diagnostic.warning(s.pos(), "section `" + s.title() + "` is empty",
            "add content under it or remove the heading"));
      }
      dates(s, problems);
    }
    links(input, resume, problems);
    ats(file, r, problems);
    if (maxPages != null && r.pages() > maxPages) {
      problems.add(Diagnostic.error(overflowStart(r, maxPages, file), r.pages() + " pages, more than the limit of "
          + maxPages + "; page " + (maxPages + 1) + " starts here",
          "cut content, or render with --fit-pages " + maxPages));
    }
    problems.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.pos().line())
        .thenComparingInt(d -> d.pos().column()));
    return problems;
  }

  private static void frontMatter(Map<String, SourcePos> keys, List<Diagnostic> problems) {
    List<String> known = new ArrayList<>(KNOWN_KEYS);
    known.addAll(Style.KEYS);
    for (var e : keys.entrySet()) {
      String key = e.getKey();
      if (known.contains(key) || SITE_KEYS.contains(key.toLowerCase(Locale.ROOT))) continue;
      problems.add(Diagnostic.warning(e.getValue(), "unknown front-matter key `" + key + "`",
          Suggestions.didYouMean(key, known) + "cvpress reads: " + String.join(", ", KNOWN_KEYS)));
    }
  }

  private static void header(Resume resume, String file, List<Diagnostic> problems) {
    SourcePos top = SourcePos.start(file);
    if (resume.displayName().isBlank()) {
      problems.add(Diagnostic.error(top, "the résumé has no name",
          "start with `# Your Name`, or set `name:` in the front matter"));
    }
    boolean reachable = resume.header().contacts().stream()
        .anyMatch(c -> c.kind() == Contact.Kind.EMAIL || c.kind() == Contact.Kind.PHONE);
    if (!reachable) {
      problems.add(Diagnostic.error(top, "no email address or phone number",
          "add `email:` to the front matter, or a line like `Email: you@example.com`"));
    }
  }

  /** Unreadable ranges, ranges that end before they start, overlaps and order within a section. */
  private static void dates(Section s, List<Diagnostic> problems) {
    List<Entry> dated = new ArrayList<>();
    for (Entry e : s.entries()) {
      DateRange d = e.dates();
      if (d == null) continue;
      if (!d.isParsed()) {
        problems.add(Diagnostic.error(e.pos(), "cannot read the date range `" + d.original() + "`",
            "write it like `Jan 2020 – Present`, `2019.3 ~ 2021.6` or `2018 – 2020`"));
        continue;
      }
      if (d.end() != null && d.end().compareTo(d.start()) < 0) {
        problems.add(Diagnostic.error(e.pos(), "date range `" + d.original() + "` ends before it starts",
            "check the years and months for a typo"));
        continue;
      }
      dated.add(e);
    }
    for (int i = 0; i + 1 < dated.size(); i++) {
      Entry a = dated.get(i);
      Entry b = dated.get(i + 1);
      if (after(b.dates().start(), a.dates().start())) {
        problems.add(Diagnostic.warning(b.pos(), "`" + label(b) + "` starts after `" + label(a)
            + "` above it; entries are not in reverse chronological order", "put the most recent entry first"));
      } else if (end(b) != null && after(end(b), a.dates().start())) {
        problems.add(Diagnostic.warning(b.pos(), "`" + label(b) + "` (" + b.dates().original()
            + ") overlaps `" + label(a) + "` (" + a.dates().original() + ")",
            "check the dates; if both really overlapped, this can stay"));
      }
    }
  }

  /**
   * Whether {@code x} is later than {@code y}, at the precision both have: "2017" is not later than "Feb 2017",
   * nor is "Feb 2017" later than "2017".
   */
  private static boolean after(dev.cvpress.model.PartialDate x, dev.cvpress.model.PartialDate y) {
    if (!x.hasMonth() || !y.hasMonth()) return x.year() > y.year();
    return x.compareTo(y) > 0;
  }

  /** An entry as a reader names it: title and org. */
  private static String label(Entry e) {
    return e.title() != null && e.org() != null ? e.title() + ", " + e.org() : e.heading();
  }

  /** Where the first page over the limit starts in the source: the block holding its first line of text. */
  private static SourcePos overflowStart(Subject r, int maxPages, String file) {
    try {
      String page = PdfRenderer.text(r.pdf(), true, maxPages + 1, maxPages + 1);
      for (String line : page.split("\n")) {
        List<String> words = words(line);
        if (words.size() < 2) continue;
        SourcePos pos = locate(r.resume(), String.join(" ", words.subList(0, Math.min(4, words.size()))), file);
        if (pos.line() > 0) return pos;
      }
    } catch (IOException e) {
      // fall through to the file as a whole
    }
    return SourcePos.file(file);
  }

  private static dev.cvpress.model.PartialDate end(Entry e) {
    if (e.dates().present()) return new dev.cvpress.model.PartialDate(9999, 12);
    return e.dates().end() != null ? e.dates().end() : e.dates().start();
  }

  /** Relative links and images that point at files that are not there. */
  private static void links(Path input, Resume resume, List<Diagnostic> problems) {
    Path dir = input.toAbsolutePath().normalize().getParent();
    for (Target t : targets(resume)) {
      if (t.alt() != null && t.alt().isBlank()) {
        problems.add(Diagnostic.warning(t.pos(), "image `" + t.target() + "` has no alternative text",
            "describe it between the brackets, ![like this](" + t.target() + "): screen readers and PDF/UA need it"));
      }
      String target = t.target();
      if (target.isBlank() || target.startsWith("#") || target.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) continue;
      String path = target.replaceFirst("[?#].*$", "");
      Path file;
      try {
        file = dir.resolve(URI.create("x:" + path.replace(" ", "%20")).getSchemeSpecificPart()).normalize();
      } catch (IllegalArgumentException e) {
        file = dir.resolve(path).normalize();
      }
      if (!file.startsWith(dir)) {
        // Not even looked up: a résumé has no business naming files outside its folder.
        problems.add(Diagnostic.error(t.pos(), t.kind() + " `" + target + "` is outside the résumé's folder",
            "keep what the résumé links to or shows next to it, in its folder"));
      } else if (!Files.exists(file)) {
        SourcePos at = t.pos();
        // The render has already warned about this image at the same place; one report is enough.
        problems.removeIf(d -> !d.isError() && d.pos().equals(at) && d.message().startsWith("image not found"));
        problems.add(Diagnostic.error(at, t.kind() + " `" + target + "` not found",
            "the path is relative to the résumé's folder; check its spelling"));
      }
    }
  }

  /** An image or a link target the résumé's body names; {@code alt} is null for a link. */
  private record Target(String kind, String target, SourcePos pos, String alt) {}

  private static List<Target> targets(Resume resume) {
    List<Target> out = new ArrayList<>();
    Nodes.stream(resume).forEach(node -> {
      if (node instanceof Block.Image img) out.add(new Target("image", img.src(), img.pos(), img.alt()));
      Nodes.inlines(node).forEach(i -> {
        if (i instanceof Inline.Link l) {
          out.add(new Target("link target", l.url(), l.pos() != null ? l.pos() : node.pos(), null));
        } else if (i instanceof Inline.Image img) {
          out.add(new Target("image", img.src(), img.pos() != null ? img.pos() : node.pos(), img.alt()));
        }
      });
    });
    return out;
  }

  /**
   * The text an applicant tracking system extracts from the PDF must hold every word on the page, in reading
   * order, with no ligatures, icon characters or hyphenation artefacts.
   */
  private static void ats(String file, Subject r, List<Diagnostic> problems) {
    // Dates sit wherever the theme puts them on the entry's line; their words are checked apart from the order.
    String shown = PdfRenderer.visibleText(DATES.matcher(r.html()).replaceAll(""));
    List<String> dateWords = words(String.join(" ", DATES.matcher(r.html()).results()
        .map(m -> m.group(1)).toList()));
    String extracted;
    String byPosition;
    try {
      extracted = PdfRenderer.text(r.pdf(), false);
      byPosition = PdfRenderer.text(r.pdf(), true);
    } catch (IOException e) {
      problems.add(Diagnostic.error(SourcePos.file(file), "the PDF's text cannot be read back: " + e.getMessage(),
          null));
      return;
    }
    SourcePos where = SourcePos.file(file);
    if (LIGATURE.matcher(extracted).find()) {
      problems.add(Diagnostic.warning(where, "the PDF text contains ligature characters (ﬁ, ﬂ, …)",
          "ATS may not match words such as \"file\"; use a theme or font without ligatures"));
    }
    var pua = PRIVATE_USE.matcher(extracted);
    if (pua.find()) {
      problems.add(Diagnostic.warning(where, String.format("the PDF text contains private-use character U+%04X"
          + " (an icon glyph read as text)", (int) pua.group().charAt(0)), "set `style.icons: false`"));
    }
    List<String> expected = words(shown);
    List<String> all = words(extracted);
    for (String w : dateWords) {
      if (!all.contains(w)) {
        problems.add(Diagnostic.error(locate(r.resume(), w, file),
            "text extracted from the PDF loses the date word \"" + w + "\"",
            "an applicant tracking system would miss it; check the fonts and the theme"));
        break;
      }
    }
    int inDrawingOrder = firstMissing(expected, words(extracted));
    int inPositionOrder = firstMissing(expected, words(byPosition));
    if (inDrawingOrder >= 0 && inPositionOrder >= 0) {
      String word = expected.get(Math.max(inDrawingOrder, inPositionOrder));
      problems.add(Diagnostic.error(locate(r.resume(), word, file),
          "text extracted from the PDF loses the word \"" + word + "\" (or reads it out of order)",
          "an applicant tracking system would miss it; check for hyphenation, unusual characters or a"
              + " layout that reorders columns"));
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The index of the first expected word not found, in order, in {@code actual}; -1 when all are there. */
  private static int firstMissing(List<String> expected, List<String> actual) {
    int j = 0;
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      while (j < actual.size() && !actual.get(j).equals(want)) j++;
      if (j == actual.size()) return i;
      j++;
    }
    return -1;
  }

  /** Where a word first appears in the résumé, for pointing at it. */
  private static SourcePos locate(Resume resume, String words, String file) {
    for (Section s : resume.sections()) {
      if (normalised(s.title()).contains(words)) return s.pos();
      for (Block b : s.blocks()) {
        if (b instanceof Entry e) {
          if (normalised(e.heading() + " " + e.org() + " " + e.role()).contains(words)) return e.pos();
          for (Block inner : e.body()) if (normalised(plain(List.of(inner))).contains(words)) return inner.pos();
        } else if (normalised(plain(List.of(b))).contains(words)) {
          return b.pos();
        }
      }
    }
    return SourcePos.file(file);
  }

  private static String normalised(String text) {
    return String.join(" ", words(text));
  }

  private static String plain(List<Block> blocks) {
    return Nodes.stream(blocks).flatMap(n -> Nodes.runs(n).stream()).map(Inline::plain)
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
