/** Laying a résumé out on pages: one render, or fitting it to a page count within readability floors. */
package dev.cvpress.layout;
