package dev.cvpress.model;

import java.util.List;

/**
 * The top of the résumé: who, in one line what they do, and how to reach them.
 *
 * @param name the person's name; empty when the résumé gives none
 * @param pageTitle a page title such as "About Me" or "Lebenslauf" that stood where a name is written (the front
 *     matter's {@code title}, or the first H1) and was not taken for the name; null when the résumé has a name or
 *     gave no such title. It tells the author's tools what to ask for: a {@code name}.
 */
public record Header(String name, List<Inline> headline, List<Contact> contacts, String photo, PageTitle pageTitle) {
  public Header {
    if (name == null) name = "";
    headline = List.copyOf(headline);
    contacts = List.copyOf(contacts);
  }

  /** A header with no page title set aside. */
  public Header(String name, List<Inline> headline, List<Contact> contacts, String photo) {
    this(name, headline, contacts, photo, null);
  }

  /** A title that is the page's rather than the person's, as written, and where. */
  public record PageTitle(String text, SourcePos pos) {}
}
