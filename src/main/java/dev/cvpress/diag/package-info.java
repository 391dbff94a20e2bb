/** Problems found in a user's input, kept as data: a code, severity, position, message, hint and the source line. */
package dev.cvpress.diag;
