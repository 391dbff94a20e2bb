package dev.cvpress.model;

import java.util.List;

/**
 * A whole résumé. Blocks before the first section (an introduction) are kept in {@code intro}.
 */
public record Resume(Meta meta, Header header, List<Block> intro, List<Section> sections) implements Document {
  public Resume {
    if (meta == null || header == null) throw new IllegalArgumentException("meta and header");
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }

  /**
   * What identifies the résumé in messages: the name, else the document title. Not what the page prints as a name:
   * a title such as "About Me" is not one, so writers use {@link Header#name()} alone.
   */
  @Override
  public String displayName() {
    return !header.name().isBlank() ? header.name() : meta.title();
  }
}
