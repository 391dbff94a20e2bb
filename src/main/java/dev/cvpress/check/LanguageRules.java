package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a résumé written in several languages gets wrong: content in a language the front matter does not declare
 * (most often a typo, {@code {lang=ed}}), and an entry one language has and another lacks.
 */
public final class LanguageRules {
  private LanguageRules() {}

  /**
   * @param whole the résumé as written, every language in it
   * @param versions the résumé as it reads in each of its languages (declared or used), by language
   */
  public static List<Diagnostic> check(Resume whole, Map<String, Resume> versions) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> declared = whole.meta().languages();
    for (Section s : whole.sections()) undeclared(Nodes.languages(s.tags()), declared, s.pos(), problems);
    Nodes.stream(whole).forEach(n -> undeclared(Nodes.languages(Nodes.tags(n)), declared, n.pos(), problems));
    if (versions.size() < 2) return problems;
    Map<String, Map<String, Entry>> entries = new LinkedHashMap<>();
    versions.forEach((lang, r) -> entries.put(lang, entries(r)));
    Set<SourcePos> reported = new LinkedHashSet<>();
    for (Map.Entry<String, Map<String, Entry>> in : entries.entrySet()) {
      for (Map.Entry<String, Entry> e : in.getValue().entrySet()) {
        List<String> lacking = new ArrayList<>();
        entries.forEach((other, theirs) -> {
          if (!theirs.containsKey(e.getKey())) lacking.add("`" + other + "`");
        });
        if (lacking.isEmpty() || !reported.add(e.getValue().pos())) continue;
        problems.add(Diagnostic.warning(Code.LANGUAGE_MISSING, e.getValue().pos(), "entry `"
            + e.getValue().heading() + "` is in `" + in.getKey() + "`, but " + String.join(", ", lacking)
            + " has no entry with " + (e.getValue().dates() != null ? "its dates" : "its organisation"),
            "write it in " + String.join(", ", lacking) + " too: a heading marked so, with nothing under it,"
                + " directly above it shares its content"));
      }
    }
    return problems;
  }

  private static void undeclared(Set<String> languages, List<String> declared, SourcePos pos,
      List<Diagnostic> problems) {
    for (String lang : languages) {
      String base = lang.split("-")[0];
      if (declared.contains(lang) || declared.contains(base)) continue;
      List<String> fixed = new ArrayList<>(declared);
      fixed.add(lang);
      problems.add(Diagnostic.warning(Code.LANGUAGE_NOT_DECLARED, pos, "this is marked `{lang=" + lang
          + "}`, a language the front matter does not declare (" + String.join(", ", declared) + ")",
          "declare the résumé's languages, `languages: [" + String.join(", ", fixed)
              + "]`, or correct the language"));
    }
  }

  /**
   * The entries of one version, by what stays the same across languages: the dates as read (not as written:
   * {@code heute} and {@code Present} are one end), else the organisation. Entries with neither are not compared.
   */
  private static Map<String, Entry> entries(Resume r) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Node n : Nodes.stream(r).toList()) {
      if (!(n instanceof Entry e)) continue;
      String key = key(e);
      if (key != null) out.putIfAbsent(key, e);
    }
    return out;
  }

  private static String key(Entry e) {
    DateRange d = e.dates();
    if (d != null && d.isParsed()) return "dates " + d.start() + " " + d.end() + " " + d.present();
    if (e.org() != null && !e.org().isBlank()) return "org " + e.org().strip().toLowerCase(Locale.ROOT);
    return null;
  }
}
