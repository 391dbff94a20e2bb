package dev.cvpress.render;

/**
 * An entry of a document's outline: the title a reader sees in a viewer's side panel, and the id of the element
 * it leads to.
 */
public record Bookmark(String title, String anchor) {
  public Bookmark {
    if (title == null || title.isBlank()) throw new IllegalArgumentException("a bookmark needs a title");
    if (anchor == null || anchor.isBlank()) throw new IllegalArgumentException("a bookmark needs an anchor");
  }
}
