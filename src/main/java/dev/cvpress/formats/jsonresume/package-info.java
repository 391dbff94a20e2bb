/**
 * JSON Resume (jsonresume.org, schema 1.x), read and written: {@link dev.cvpress.formats.jsonresume.JsonResumeReader}
 * reads a file with the position of every value and checks it against the official {@link
 * dev.cvpress.formats.jsonresume.Schema}; {@link dev.cvpress.formats.jsonresume.JsonResumes} writes one as the
 * Markdown résumé cvpress reads, and writes a résumé model as one. What one side has and the other has no place
 * for is kept aside (in {@code meta.cvpress}, or in a comment at the end of the Markdown) and reported. Jackson
 * and the schema validator stay in this package.
 */
package dev.cvpress.formats.jsonresume;
