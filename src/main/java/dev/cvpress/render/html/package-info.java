/**
 * Writes a résumé model as semantic, escaped XHTML with its print CSS, and decides what the page says (its words,
 * which way its text runs, which tables are wide) for the printed document and the web page alike; sees the model
 * only, never the PDF engine.
 */
package dev.cvpress.render.html;
