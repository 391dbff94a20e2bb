/** Problems found in a user's input, kept as data: severity, position, message, hint and the source line. */
package dev.cvpress.diag;
