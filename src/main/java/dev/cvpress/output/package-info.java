/** What a render produces and the formats it is written as: one registry of output names, file names and writers. */
package dev.cvpress.output;
