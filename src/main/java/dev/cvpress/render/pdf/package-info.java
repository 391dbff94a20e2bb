/**
 * Lays out HTML + CSS into a tagged PDF with embedded fonts, adding to the document what only the engine reads
 * (its bookmarks, the page footer's text, CSS for the direction of text); the only package that sees openhtmltopdf.
 */
package dev.cvpress.render.pdf;
