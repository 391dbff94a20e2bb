/** The command line: picocli commands, printing and exit codes; nothing imports this package. */
package dev.cvpress.cli;
