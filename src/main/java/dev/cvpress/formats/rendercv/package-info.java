/**
 * RenderCV YAML in: its {@code cv:} and {@code design.theme} written as the Markdown résumé a person would write,
 * every line remembering the line and column of the YAML value it came from.
 */
package dev.cvpress.formats.rendercv;
