/** The live preview's web server: the rendered pages and problems of one résumé, on the loopback address only. */
package dev.cvpress.preview;
