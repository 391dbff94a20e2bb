package dev.cvpress.parse;

import dev.cvpress.model.Block;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A section still taking blocks and entries; becomes a {@link Section} when the document has been read. */
final class OpenSection {
  final String title;
  final SourcePos pos;
  final Set<String> tags;
  /** Blocks and {@link OpenEntry}s, in the order written. */
  final List<Object> blocks = new ArrayList<>();

  OpenSection(String title, SourcePos pos, Set<String> tags) {
    this.title = title;
    this.pos = pos;
    this.tags = tags;
  }

  /**
   * The section, or null for an untitled one with nothing in it.
   *
   * @param ids the ids given so far; the section's id is added, numbered when its title's is taken
   */
  Section build(Set<String> ids) {
    List<Block> out = new ArrayList<>();
    for (Object o : blocks) out.add(o instanceof OpenEntry e ? e.build() : (Block) o);
    if (title.isEmpty() && out.isEmpty()) return null;
    String base = slug(title);
    String id = base;
    for (int i = 2; !ids.add(id); i++) id = base + "-" + i;
    return new Section(id, title, out, tags, pos);
  }

  /** A title as an id: lower case, accents dropped, runs of anything but letters and digits as one hyphen. */
  static String slug(String title) {
    String s = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    return s.isEmpty() ? "section" : s;
  }
}
