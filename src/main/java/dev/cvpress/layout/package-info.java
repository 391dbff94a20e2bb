/**
 * Laying a résumé out on pages: one render, fitting it to a page count within readability floors, or pulling a
 * last page of a few lines back onto the page before.
 */
package dev.cvpress.layout;
