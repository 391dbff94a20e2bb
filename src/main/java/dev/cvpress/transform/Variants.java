package dev.cvpress.transform;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.model.Block;
import dev.cvpress.model.Document;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Selects one version of a tagged résumé: untagged content is always in; tagged content is in when it carries a
 * selected tag (or when no tags are selected), and out when it carries an excluded tag. Tagged content is found at
 * any depth (in a quote, a definition, a footnote); a list or quote left empty goes too.
 */
public final class Variants {
  private Variants() {}

  public static Resume select(Resume resume, Set<String> include, Set<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) return resume;
    List<Section> sections = resume.sections().stream().filter(s -> keep(s.tags(), include, exclude)).toList();
    Resume kept = new Resume(resume.meta(), resume.header(), resume.intro(), sections);
    return Nodes.rebuild(kept, node -> keep(node, include, exclude));
  }

  /**
   * A warning for each tag asked for (selected or excluded) that nothing in the résumé or letter carries: a misspelt
   * tag would otherwise quietly leave sections or paragraphs out, or keep what was meant to go.
   */
  public static List<Diagnostic> unknownTags(Document document, Set<String> include, Set<String> exclude,
      String file) {
    return unknownTags(document, Set.of(), include, exclude, file);
  }

  /**
   * As {@link #unknownTags(Document, Set, Set, String)}, with tags known from elsewhere: a letter chosen with the tags
   * of the résumé it goes with ({@code tags: [platform, lead]} in a build) need not carry every one of them itself.
   */
  public static List<Diagnostic> unknownTags(Document document, Set<String> alsoKnown, Set<String> include,
      Set<String> exclude, String file) {
    if (include.isEmpty() && exclude.isEmpty()) return List.of();
    Set<String> own = tagsOf(document);
    Set<String> known = new TreeSet<>(alsoKnown);
    known.addAll(own);
    String what = document instanceof Letter ? "letter" : "résumé";
    String whose = own.containsAll(alsoKnown) ? "the " + what + "'s tags are "
        : "the letter's and its résumé's tags are ";
    List<Diagnostic> warnings = new ArrayList<>();
    for (Set<String> asked : List.of(include, exclude)) {
      for (String tag : new TreeSet<>(asked)) {
        if (known.contains(tag)) continue;
        String hint = known.isEmpty() ? "nothing in the " + what + " is tagged; tag a "
            + (document instanceof Letter ? "paragraph" : "section, entry or item") + " with {tags=NAME} after it"
            : Suggestions.didYouMean(tag, known) + whose + String.join(", ", known);
        warnings.add(Diagnostic.warning(Code.UNKNOWN_TAG, SourcePos.file(file),
            "no content is tagged `" + tag + "`" + (asked == include ? ", so only untagged content is in"
                : ", so excluding it leaves nothing out"), hint));
      }
    }
    return warnings;
  }

  /** The tags a résumé or letter carries anywhere, languages left out. */
  public static Set<String> tagsOf(Document document) {
    Set<String> known = new TreeSet<>();
    if (document instanceof Resume resume) {
      resume.sections().forEach(s -> known.addAll(Nodes.variantTags(s.tags())));
      Nodes.stream(resume).forEach(n -> known.addAll(Nodes.variantTags(Nodes.tags(n))));
    } else {
      Nodes.stream(((Letter) document).body()).forEach(n -> known.addAll(Nodes.variantTags(Nodes.tags(n))));
    }
    return known;
  }

  /** The letter's paragraphs chosen the same way: a paragraph tagged for another job is left out. */
  public static Letter select(Letter letter, Set<String> include, Set<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) return letter;
    return letter.withBody(Nodes.rebuild(letter.body(), node -> keep(node, include, exclude)));
  }

  public static boolean keep(Set<String> all, Set<String> include, Set<String> exclude) {
    Set<String> tags = Nodes.variantTags(all); // a language is chosen by Languages, not by tags
    if (tags.isEmpty()) return true;
    if (tags.stream().anyMatch(exclude::contains)) return false;
    return include.isEmpty() || tags.stream().anyMatch(include::contains);
  }

  private static Node keep(Node node, Set<String> include, Set<String> exclude) {
    if (!keep(Nodes.tags(node), include, exclude)) return null;
    if (node instanceof Block.BulletList l && l.items().isEmpty()) return null;
    if (node instanceof Block.Quote q && q.blocks().isEmpty()) return null;
    return node;
  }
}
