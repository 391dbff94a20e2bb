/**
 * Writes a résumé model as plain text, for pasting into application forms; sees the model and the words the
 * writers share, nothing of the other writers.
 */
package dev.cvpress.render.text;
