package dev.cvpress.check;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.files.InputFile;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A job ad (plain text, Markdown or HTML) and the terms it asks for; {@link #coverage} says which of them the
 * résumé has, and where. No network and no guessing: the same ad and résumé give the same report.
 */
public final class JobAd {
  /** The largest job ad read: far more than any posting. */
  public static final int MAX_BYTES = 512 * 1024;

  private final String file;
  private final List<JobTerms.Term> terms;

  private JobAd(String file, String text) {
    this.file = file;
    this.terms = JobTerms.of(text);
  }

  /**
   * Where a term is in the résumé.
   *
   * @param section the section's title; empty for the introduction and the headline
   */
  public record Place(String section, SourcePos pos) {}

  /** A term of the ad and its first place in the résumé; {@code where} is null when the résumé lacks it. */
  public record Term(String name, Place where) {
    public boolean covered() {
      return where != null;
    }
  }

  /** The ad's terms, in the order it names them, each with where the résumé has it. */
  public record Coverage(String file, List<Term> terms) {
    public Coverage {
      terms = List.copyOf(terms);
    }

    public List<Term> covered() {
      return terms.stream().filter(Term::covered).toList();
    }

    public List<Term> missing() {
      return terms.stream().filter(t -> !t.covered()).toList();
    }

    /** The share of the terms the résumé has, in whole percent (100 for an ad with none). */
    public int percent() {
      return terms.isEmpty() ? 100 : Math.round(100f * covered().size() / terms.size());
    }
  }

  /** Reads a job ad; a file that is not there, not readable or not text is a clear error. */
  public static JobAd read(Path path) throws CvpressException {
    byte[] bytes = InputFile.readAll(path, MAX_BYTES, "job ad", "check the path given to --job");
    return read(path.toString(), bytes);
  }

  /**
   * Reads a job ad from its bytes ({@code --job -}, the ad on standard input); {@code name} is how messages call it,
   * and an HTML name or text starting with a tag reads it as HTML.
   */
  public static JobAd read(String name, byte[] bytes) throws CvpressException {
    if (bytes.length > MAX_BYTES) {
      throw new CvpressException(Diagnostic.error(Code.FILE_TOO_LARGE, SourcePos.file(name),
          "is larger than " + MAX_BYTES / 1024 + " KB, too large for a job ad", "pass the job ad itself"));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CvpressException(Diagnostic.error(Code.NOT_UTF8, SourcePos.file(name),
          "the job ad is not UTF-8 text", "save the posting as UTF-8 text, Markdown or HTML"));
    }
    if (text.indexOf('\0') >= 0) {
      throw new CvpressException(Diagnostic.error(Code.BINARY_FILE, SourcePos.file(name),
          "the job ad is binary data, not text", "save the posting as text, Markdown or HTML"));
    }
    if (text.isBlank()) {
      // An empty ad would cover "0 of 0 terms (100%)": a pipe that sent nothing, or the wrong file.
      throw new CvpressException(Diagnostic.error(Code.EMPTY_FILE, SourcePos.file(name),
          "the job ad is empty", "pass the posting's text: a file (--job posting.txt) or on standard input (--job -)"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || text.stripLeading().startsWith("<");
    return of(name, html ? plainFromHtml(text) : plainFromMarkdown(text));
  }

  /** A job ad from its text. */
  static JobAd of(String file, String text) {
    return new JobAd(file, text);
  }

  /** The names of the ad's terms, in the order it names them. */
  List<String> termNames() {
    return terms.stream().map(JobTerms.Term::name).toList();
  }

  /** Which of the ad's terms {@code resume} has, and the first place of each. */
  public Coverage coverage(Resume resume, String resumeFile, String source) {
    List<ProseWords.Word> words = ProseWords.of(resume, resumeFile, source, true);
    List<JobTerms.Token> tokens = new ArrayList<>();
    List<ProseWords.Word> owners = new ArrayList<>();
    for (ProseWords.Word w : words) {
      // "AWS-managed" has AWS in it: a hyphenated word is matched part by part too.
      for (String part : w.text().split("-")) {
        for (JobTerms.Token t : JobTerms.tokens(part)) {
          tokens.add(t);
          owners.add(w);
        }
      }
      if (w.text().contains("-")) {
        tokens.add(new JobTerms.Token(JobTerms.key(w.text()), w.text()));
        owners.add(w);
      }
    }
    List<Term> out = new ArrayList<>();
    for (JobTerms.Term t : terms) {
      Place where = null;
      for (int i = 0; i < tokens.size() && where == null; i++) {
        if (JobTerms.matchAt(t, tokens, i) > 0) where = new Place(owners.get(i).section(), owners.get(i).pos());
      }
      out.add(new Term(t.name(), where));
    }
    return new Coverage(file, out);
  }

  private static String plainFromHtml(String html) {
    String s = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1\\s*>", " ")
        .replaceAll("(?i)<(br|p|li|div|h[1-6]|tr|ul|ol)\\b[^>]*>", "\n")
        .replaceAll("<[^>]*>", " ");
    return s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&rsquo;", "’");
  }

  private static String plainFromMarkdown(String md) {
    return md.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("(?m)^\\s*(#+|[-*+]|\\d+[.)])\\s+", "\n")
        .replaceAll("[*_`]+", " ");
  }
}
