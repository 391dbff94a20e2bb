/** Writes a résumé model as plain text, for pasting into application forms; sees the model only. */
package dev.cvpress.render.text;
