package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.pdf.PdfWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whether a redacted PDF still holds a trace of the person: each word of the name (as a whole word) and each handle,
 * address and contact (anywhere), searched in the PDF's text, metadata, link addresses, bookmarks and attachments.
 */
public final class RedactionRules {
  private RedactionRules() {}

  /** The traces left, one problem each with where they are; and a note saying what was searched. */
  public record Found(List<Diagnostic> problems, String note) {}

  public static Found check(String file, Set<String> words, Set<String> strings, byte[] pdf) {
    Map<String, String> places;
    try {
      places = PdfWords.of(pdf);
    } catch (IOException e) {
      return new Found(List.of(Diagnostic.error(Code.REDACTION_LEAK, SourcePos.file(file),
          "the redacted PDF cannot be read to search it: " + e.getMessage(), "render it again with --redact")), "");
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (String trace : new TreeSet<>(union(words, strings))) {
      Pattern p = words.contains(trace)
          ? Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(trace) + "(?![\\p{L}\\p{N}_])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          : Pattern.compile(Pattern.quote(trace), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      List<String> where = places.entrySet().stream().filter(e -> p.matcher(e.getValue()).find())
          .map(Map.Entry::getKey).toList();
      if (where.isEmpty()) continue;
      problems.add(Diagnostic.error(Code.REDACTION_LEAK, SourcePos.file(file), "`" + trace
          + "`, the person's, is still in the redacted PDF's " + String.join(", ", where),
          "make the copy with --redact; if it was, the trace came from where redaction does not reach (a style"
              + " sheet's content, an image) or in a form it does not know: take it out of the source"));
    }
    String note = problems.isEmpty() ? "the redacted PDF was searched for " + union(words, strings).size()
        + " traces of the person (the name's words, handles, addresses, contacts) in its "
        + String.join(", ", places.keySet()) + ": none is left" : "";
    return new Found(problems, note);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    all.removeIf(s -> s.isBlank());
    return all;
  }
}
