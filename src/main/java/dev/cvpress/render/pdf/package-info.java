/** Lays out HTML + CSS into a tagged PDF with embedded fonts; the only package that sees openhtmltopdf. */
package dev.cvpress.render.pdf;
