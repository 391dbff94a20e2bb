/**
 * LinkedIn data export in: the zip a member downloads, read safely, its résumé CSVs written as a tidy Markdown
 * résumé, every line remembering the file in the zip, row and column it came from.
 */
package dev.cvpress.formats.linkedin;
