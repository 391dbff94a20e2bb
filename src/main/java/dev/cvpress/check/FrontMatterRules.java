package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.parse.LetterParser;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Front-matter keys that cvpress does not read: a typo, most often, that leaves a field out of the résumé. */
final class FrontMatterRules implements Rules {
  /** Front-matter keys cvpress reads. */
  static final List<String> KNOWN_KEYS = ResumeParser.FRONT_MATTER_KEYS;
  /** Keys Hugo and Jekyll pages carry, which cvpress quietly accepts. */
  private static final Set<String> SITE_KEYS = Set.of("draft", "description", "summary", "tags", "categories",
      "slug", "weight", "aliases", "author", "authors", "lastmod", "publishdate", "expirydate", "type", "layout",
      "url", "menu", "toc", "comments", "showtoc", "tocopen", "series", "images", "linktitle", "params", "cascade",
      "outputs", "sitemap", "translationkey", "iscjklanguage", "markup", "resources", "headless", "build",
      "permalink", "published", "excerpt", "hidemeta", "disableshare", "cover", "showreadingtime", "id");

  @Override
  public void check(Checked checked, List<Diagnostic> problems) {
    List<String> known = new ArrayList<>(KNOWN_KEYS);
    known.addAll(Style.KEYS);
    if (checked.subject().letter() != null) known.addAll(LetterParser.KEYS);
    for (var e : checked.subject().frontMatterKeys().entrySet()) {
      String key = e.getKey();
      if (known.contains(key) || SITE_KEYS.contains(key.toLowerCase(Locale.ROOT))) continue;
      problems.add(Diagnostic.warning(Code.UNKNOWN_FRONT_MATTER_KEY, e.getValue(), "unknown front-matter key `"
          + key + "`", Suggestions.didYouMean(key, known) + "cvpress reads: " + String.join(", ", KNOWN_KEYS)));
    }
  }
}
