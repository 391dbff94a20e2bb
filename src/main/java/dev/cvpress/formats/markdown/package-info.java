/**
 * Markdown as cvpress writes it: the model written back as Markdown that reads as the same model
 * ({@link dev.cvpress.formats.markdown.MarkdownText}), a whole résumé written the way a person writes one, with
 * front matter and the origin of every line ({@link dev.cvpress.formats.markdown.MarkdownDocument}), and the
 * comment that keeps what another format had and Markdown does not show
 * ({@link dev.cvpress.formats.markdown.KeptComment}). Reading Markdown is {@code parse}'s.
 */
package dev.cvpress.formats.markdown;
