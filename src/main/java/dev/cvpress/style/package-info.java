/** How a résumé looks: the themes, the style options and the CSS generated from them. */
package dev.cvpress.style;
