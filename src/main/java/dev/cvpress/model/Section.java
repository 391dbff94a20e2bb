package dev.cvpress.model;

import java.util.List;
import java.util.Set;

/** A titled part of the résumé ("Experience", "Education"); {@code id} is a stable anchor for links and bookmarks. */
public record Section(String id, String title, List<Block> blocks, Set<String> tags, SourcePos pos) {
  public Section {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id");
    if (title == null) title = "";
    blocks = List.copyOf(blocks);
    tags = Set.copyOf(tags);
  }

  public List<Entry> entries() {
    return blocks.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
  }
}
