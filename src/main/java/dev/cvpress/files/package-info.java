/** What a résumé may read: the resource policy on real paths, and files read without blocking or overflowing. */
package dev.cvpress.files;
