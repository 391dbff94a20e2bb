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
   * @param versions the résumé as it reads in each language its front matter declares, by language
   */
  public static List<Diagnostic> check(Resume whole, Map<String, Resume> versions) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> declared = whole.meta().languages();
    // Each undeclared language once, where it is first used, with how often it is used: one fix for all.
    Map<String, SourcePos> first = new LinkedHashMap<>();
    Map<String, Integer> uses = new LinkedHashMap<>();
    List<Map.Entry<Set<String>, SourcePos>> marked = new ArrayList<>();
    for (Section s : whole.sections()) {
      marked.add(Map.entry(Nodes.languages(s.tags()), s.pos()));
      Nodes.stream(s.blocks()).forEach(n -> marked.add(Map.entry(Nodes.languages(Nodes.tags(n)), n.pos())));
    }
    Nodes.stream(whole.intro()).forEach(n -> marked.add(Map.entry(Nodes.languages(Nodes.tags(n)), n.pos())));
    for (Map.Entry<Set<String>, SourcePos> m : marked) {
      for (String lang : m.getKey()) {
        if (declared.contains(lang) || declared.contains(lang.split("-")[0])) continue;
        first.putIfAbsent(lang, m.getValue());
        uses.merge(lang, 1, Integer::sum);
      }
    }
    first.forEach((lang, pos) -> problems.add(undeclared(lang, uses.get(lang), declared, pos)));
    if (versions.size() < 2) return problems;
    Map<String, Map<String, Entry>> entries = new LinkedHashMap<>();
    versions.forEach((lang, r) -> entries.put(lang, entries(r)));
    Set<SourcePos> reported = new LinkedHashSet<>();
    for (Map.Entry<String, Map<String, Entry>> in : entries.entrySet()) {
      for (Map.Entry<String, Entry> e : in.getValue().entrySet()) {
        List<String> lacking = new ArrayList<>();
        entries.forEach((other, theirs) -> {
          if (!theirs.containsKey(e.getKey())) lacking.add(other);
        });
        if (lacking.isEmpty() || !reported.add(e.getValue().pos())) continue;
        String others = String.join(", ", lacking.stream().map(l -> "`" + l + "`").toList());
        problems.add(Diagnostic.warning(Code.LANGUAGE_MISSING, e.getValue().pos(), "entry `"
            + e.getValue().heading() + "` is in `" + in.getKey() + "`, but " + others + " has no entry with "
            + (e.getValue().dates() != null ? "its dates" : "its organisation"),
            "add a heading marked `{lang=" + String.join(",", lacking) + "}` directly above it, with"
                + " nothing under it: it shares this entry's content"));
      }
    }
    return problems;
  }

  /**
   * "did you mean `de`? " for {@code ed}: a declared language with the same letters in another order, the typo a
   * two-letter code invites. Nearness by edits means little between two-letter codes, so it is not asked.
   */
  private static String swapped(String lang, List<String> declared) {
    String letters = sorted(lang);
    return declared.stream().filter(d -> sorted(d).equals(letters)).findFirst()
        .map(d -> "did you mean `" + d + "`? ").orElse("");
  }

  private static String sorted(String s) {
    return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static Diagnostic undeclared(String lang, int uses, List<String> declared, SourcePos pos) {
    List<String> fixed = new ArrayList<>(declared);
    fixed.add(lang);
    return Diagnostic.warning(Code.LANGUAGE_NOT_DECLARED, pos, "`{lang=" + lang + "}` marks " + (uses == 1
        ? "this" : uses + " places, this the first") + ", but the front matter does not declare `" + lang
        + "` (it declares " + String.join(", ", declared.stream().map(l -> "`" + l + "`").toList()) + ")",
        swapped(lang, declared) + "declare the résumé's languages, `languages: ["
            + String.join(", ", fixed) + "]`, or correct the language");
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
