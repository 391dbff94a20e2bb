package dev.cvpress.check;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.render.pdf.PdfText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The checks behind {@code cvpress check}: each family of rules reads the résumé's model or its laid-out PDF, finds
 * one kind of problem and says where it is.
 */
public final class Check {
  private Check() {}

  /** The families, in the order their findings are listed when two fall on the same place. */
  private static final List<Rules> FAMILIES = List.of(new FrontMatterRules(), new OutlineRules(), new DateRules(),
      new LinkRules(), new TextRules(), new PageRules(), new LetterRules(), new Spelling(),
      new Grammar(), new LanguageGrammar());

  /**
   * What a check reads: the résumé as rendered, its laid-out PDF and what rendering warned about.
   *
   * @param resume the résumé; for a cover letter, its masthead and body as a résumé without sections
   * @param frontMatterKeys the front-matter keys as written, with where they are
   * @param letter the cover letter checked; null for a résumé
   * @param source the résumé's text as read, to point at a word in it; null when not at hand
   */
  public record Subject(Resume resume, byte[] pdf, int pages, List<Diagnostic> warnings,
      Map<String, SourcePos> frontMatterKeys, Letter letter, String source) {
    /** A résumé's subject. */
    public Subject(Resume resume, byte[] pdf, int pages, List<Diagnostic> warnings,
        Map<String, SourcePos> frontMatterKeys) {
      this(resume, pdf, pages, warnings, frontMatterKeys, null, null);
    }

    /** A résumé's subject, with its text to point into. */
    public Subject(Resume resume, byte[] pdf, int pages, List<Diagnostic> warnings,
        Map<String, SourcePos> frontMatterKeys, String source) {
      this(resume, pdf, pages, warnings, frontMatterKeys, null, source);
    }

    /** A cover letter's subject. */
    public Subject(Resume resume, byte[] pdf, int pages, List<Diagnostic> warnings,
        Map<String, SourcePos> frontMatterKeys, Letter letter) {
      this(resume, pdf, pages, warnings, frontMatterKeys, letter, null);
    }
  }

  /**
   * How the source is read beyond the model.
   *
   * @param source the résumé's file as read (words are placed in it); "" when there is none
   * @param spelling whether to check spelling
   * @param grammar whether to look for grammar slips
   */
  public record Reading(String source, boolean spelling, boolean grammar) {
    public static final Reading NONE = new Reading("", false, false);

    /** Spelling and grammar both, or neither. */
    public Reading(String source, boolean prose) {
      this(source, prose, prose);
    }
  }

  /**
   * What the checks found, and what they left unchecked.
   *
   * @param problems what rendering warned about and what the checks find, in source order
   * @param notes what was not checked, and why (a language with no dictionary)
   */
  public record Result(List<Diagnostic> problems, List<String> notes) {}

  /**
   * What rendering warned about and what the checks find, in source order; the spelling is not checked.
   *
   * @param maxPages the page limit; null for none
   */
  public static List<Diagnostic> run(Path input, Subject subject, Integer maxPages) {
    return run(input, subject, maxPages, Reading.NONE).problems();
  }

  /**
   * The prose checks alone (spelling and grammar slips) on {@code version}, one language of a résumé written in
   * several: the rendered language is checked with the rest, each other one here, in its own dictionary.
   */
  public static Result prose(Path input, Resume version, String source, boolean grammar) {
    List<String> notes = new ArrayList<>();
    Subject subject = new Subject(version, null, 0, List.of(), Map.of(), source);
    Checked checked = new Checked(input, subject, null, null, null, List.of(), new Reading(source, true, grammar), notes);
    List<Diagnostic> problems = new ArrayList<>();
    new Spelling().check(checked, problems);
    new Grammar().check(checked, problems);
    new LanguageGrammar().check(checked, problems);
    return new Result(problems, List.copyOf(notes));
  }

  /**
   * What rendering warned about and what the checks find, in source order, and what they did not check.
   *
   * @param maxPages the page limit; null for none
   */
  public static Result run(Path input, Subject subject, Integer maxPages, Reading reading) {
    PdfText text = null;
    String textProblem = null;
    try {
      text = PdfText.read(subject.pdf());
    } catch (IOException e) {
      textProblem = e.getMessage();
    }
    List<String> notes = new ArrayList<>();
    Checked checked = new Checked(input, subject, maxPages, text, textProblem,
        ResumeText.parts(subject.resume(), input.toString()), reading, notes);
    List<Diagnostic> problems = new ArrayList<>(subject.warnings());
    for (Rules rules : FAMILIES) rules.check(checked, problems);
    problems.sort(Comparator.comparingInt((Diagnostic d) -> d.pos().line()).thenComparingInt(d -> d.pos().column()));
    return new Result(problems, List.copyOf(notes));
  }
}
