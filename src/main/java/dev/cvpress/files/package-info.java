/**
 * What a résumé may read and how its files are named: the resource policy on real paths, files read without
 * blocking or overflowing, a résumé's extensions, and whether a committed output is current.
 */
package dev.cvpress.files;
