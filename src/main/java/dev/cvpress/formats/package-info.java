/**
 * The résumé formats cvpress converts to and from besides reading Markdown: what they share (positions carried
 * over from a converted source, and comparing résumés as content). Each format has a package of its own below;
 * they read and write the model and know nothing of the stages that render it.
 */
package dev.cvpress.formats;
