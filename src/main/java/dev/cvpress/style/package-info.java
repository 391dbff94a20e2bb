/** How a résumé looks: the themes, the style-option registry, the bundled font families and the CSS they become. */
package dev.cvpress.style;
