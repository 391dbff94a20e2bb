package dev.cvpress.transform;

import dev.cvpress.model.Block;
import dev.cvpress.model.Node;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.util.List;
import java.util.Set;

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
