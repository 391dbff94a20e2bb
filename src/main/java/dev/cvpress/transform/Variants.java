package dev.cvpress.transform;

import dev.cvpress.model.Block;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Selects one version of a tagged résumé: untagged content is always in; tagged content is in when it carries a
 * selected tag (or when no tags are selected), and out when it carries an excluded tag.
 */
public final class Variants {
  private Variants() {}

  public static Resume select(Resume resume, Set<String> include, Set<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) return resume;
    List<Section> sections = new ArrayList<>();
    for (Section s : resume.sections()) {
      if (keep(s.tags(), include, exclude)) {
        sections.add(new Section(s.id(), s.title(), blocks(s.blocks(), include, exclude), s.tags(), s.pos()));
      }
    }
    return new Resume(resume.meta(), resume.header(), blocks(resume.intro(), include, exclude), sections);
  }

  public static boolean keep(Set<String> tags, Set<String> include, Set<String> exclude) {
    if (tags.isEmpty()) return true;
    if (tags.stream().anyMatch(exclude::contains)) return false;
    return include.isEmpty() || tags.stream().anyMatch(include::contains);
  }

  private static List<Block> blocks(List<Block> blocks, Set<String> include, Set<String> exclude) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Entry e) {
        if (keep(e.tags(), include, exclude)) {
          out.add(new Entry(e.title(), e.org(), e.url(), e.location(), e.role(), e.dates(), e.tags(),
              blocks(e.body(), include, exclude), e.pos()));
        }
      } else if (b instanceof Block.Paragraph p) {
        if (keep(p.tags(), include, exclude)) out.add(p);
      } else if (b instanceof Block.BulletList l) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Block.ListItem i : l.items()) {
          if (keep(i.tags(), include, exclude)) {
            items.add(new Block.ListItem(i.text(), blocks(i.children(), include, exclude), i.checked(), i.tags(),
                i.pos()));
          }
        }
        if (!items.isEmpty()) out.add(new Block.BulletList(l.ordered(), items, l.pos()));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
