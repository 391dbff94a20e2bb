/** Reads Markdown with front matter into the résumé model; the only package that sees flexmark and snakeyaml. */
package dev.cvpress.parse;
