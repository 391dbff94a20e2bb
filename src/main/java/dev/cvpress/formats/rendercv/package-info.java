/**
 * RenderCV YAML in and out: its {@code cv:} and {@code design.theme} written as the Markdown résumé a person would
 * write, every line remembering the line and column of the YAML value it came from; and a résumé written as RenderCV's
 * {@code cv:}, {@code design} and {@code locale}.
 */
package dev.cvpress.formats.rendercv;
