package dev.cvpress.check;

import dev.cvpress.model.Resume;
import dev.cvpress.render.pdf.PdfText;
import java.nio.file.Path;
import java.util.List;

/**
 * What the rules read: the subject of the check, the file it came from, and its PDF's text read back once for all.
 *
 * @param maxPages the page limit asked for; null for none
 * @param text the PDF's text; null when it cannot be read back ({@code textProblem} says why)
 * @param parts the words the résumé shows, part by part (see {@link ResumeText})
 * @param reading the source as read and what to check beyond the defaults
 * @param notes where rules say what they did not check, and why
 */
record Checked(Path input, Check.Subject subject, Integer maxPages, PdfText text, String textProblem,
    List<ResumeText.Part> parts, Check.Reading reading, List<String> notes) {
  String file() {
    return input.toString();
  }

  /** Where {@code word} is written, looking from {@code from}, the start of the node that holds it. */
  dev.cvpress.model.SourcePos wordAt(dev.cvpress.model.SourcePos from, String word) {
    return subject.source() == null ? from : dev.cvpress.diag.SourceLines.word(file(), subject.source(), from, word);
  }

  Resume resume() {
    return subject.resume();
  }

  String source() {
    return reading.source();
  }

  boolean spelling() {
    return reading.spelling();
  }

  boolean grammar() {
    return reading.grammar();
  }
}
