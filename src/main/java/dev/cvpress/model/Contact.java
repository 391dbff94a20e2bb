package dev.cvpress.model;

/** One way to reach the person: shown in the header line, with an icon per kind. */
public record Contact(Kind kind, String label, String url) {
  public enum Kind {
    EMAIL, PHONE, LOCATION, WEBSITE, GITHUB, LINKEDIN, OTHER
  }

  public Contact {
    if (kind == null || label == null || label.isBlank()) throw new IllegalArgumentException("kind and label");
  }
}
