/** The immutable résumé document, its source positions and diagnostics; knows no library and no format. */
package dev.cvpress.model;
