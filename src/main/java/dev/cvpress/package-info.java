/** The facade: wires parsing, HTML and PDF rendering together for the command line and for library users. */
package dev.cvpress;
