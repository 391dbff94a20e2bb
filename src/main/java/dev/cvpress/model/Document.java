package dev.cvpress.model;

/**
 * What cvpress renders: a résumé, or a cover letter that goes with one. Both have the document facts and the same
 * masthead (who, what they do, how to reach them), so that a résumé and its letter look like one set.
 */
public sealed interface Document permits Resume, Letter {
  Meta meta();

  /** The masthead: for a letter, its sender. */
  Header header();

  /** What identifies the document in messages: the name, else the document title. */
  default String displayName() {
    return !header().name().isBlank() ? header().name() : meta().title();
  }
}
