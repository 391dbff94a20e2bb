/** Writes a résumé model as semantic, escaped XHTML with its print CSS; sees the model only. */
package dev.cvpress.render.html;
