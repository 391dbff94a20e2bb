/**
 * End-to-end tests: whole résumés rendered through the facade (or the command line) and read back from the PDF,
 * in every theme, for the corpus, hostile input, standards, fitting, pages and reproducibility.
 */
package dev.cvpress.endtoend;
