package dev.cvpress.model;

import java.util.List;

/**
 * A whole résumé. Blocks before the first section (an introduction) are kept in {@code intro}.
 */
public record Resume(Meta meta, Header header, List<Block> intro, List<Section> sections) {
  public Resume {
    if (meta == null || header == null) throw new IllegalArgumentException("meta and header");
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }

  /** The name to show and to put in the PDF metadata: the header name, else the document title. */
  public String displayName() {
    return !header.name().isBlank() ? header.name() : meta.title();
  }
}
