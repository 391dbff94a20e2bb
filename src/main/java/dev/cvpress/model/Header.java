package dev.cvpress.model;

import java.util.List;

/** The top of the résumé: who, in one line what they do, and how to reach them. */
public record Header(String name, List<Inline> headline, List<Contact> contacts, String photo) {
  public Header {
    if (name == null) name = "";
    headline = List.copyOf(headline);
    contacts = List.copyOf(contacts);
  }
}
