package dev.cvpress;

import dev.cvpress.check.Check;
import dev.cvpress.check.LanguageRules;
import dev.cvpress.check.JobAd;
import dev.cvpress.check.ParseBack;
import dev.cvpress.check.RedactionRules;
import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.files.CommittedFile;
import dev.cvpress.files.InputFile;
import dev.cvpress.files.InputNames;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.Rendered;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.pdf.EmbeddedFile;
import dev.cvpress.style.Theme;
import dev.cvpress.style.Themes;
import dev.cvpress.transform.Languages;
import dev.cvpress.transform.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The one place where the stages meet, in their order: a résumé in, a rendered résumé or a check report out. */
public final class Cvpress {
  private Cvpress() {}

  /**
   * A résumé to render.
   *
   * @param file its name in messages, and where its links are relative to
   * @param bytes its content as read, in any encoding the parser knows
   * @param folder the folder whose images, fonts and style sheets it may use
   */
  public record Input(Path file, byte[] bytes, Path folder) {
    public Input {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(folder, "folder");
    }

    /** Reads a résumé file; the folder it is in is its folder. */
    public static Input read(Path file) throws CvpressException {
      // One byte past the limit is enough to know the file is too large; the parser says so.
      InputNames.Format format = InputNames.format(file.getFileName().toString());
      String what = format == null ? "Markdown file" : format.label() + " file";
      // A LinkedIn export is a zip of which only a few small files are read; the rest may be large (messages).
      int limit = format == InputNames.Format.LINKEDIN ? MAX_ZIP_BYTES : ResumeParser.MAX_BYTES;
      return new Input(file, InputFile.read(file, limit, what,
          "check the path; `cvpress init resume.md` writes a starter résumé"), Themes.folder(file));
    }

    /** The largest LinkedIn export read. */
    static final int MAX_ZIP_BYTES = 256 * 1024 * 1024;

    String text() {
      // A zip's bytes are no text; its problems point into the files inside it.
      if (Sources.format(this) == InputNames.Format.LINKEDIN) return "";
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * What {@code check} found.
   *
   * @param problems everything worth fixing, in source order; empty when the résumé is clean
   * @param upToDate for a check against a committed PDF: whether it is byte-identical to a fresh render
   * @param notes what was not checked, and why
   * @param jobAd which of a job ad's terms the résumé has, and where; null when no job ad was given
   * @param parseBack each field of the résumé, and whether a résumé parser reading the PDF finds it; null when not read
   */
  public record CheckReport(String file, int pages, List<Diagnostic> problems, Boolean upToDate,
      List<String> notes, JobAd.Coverage jobAd, ParseBack.Report parseBack) {
    /** A report with nothing left unchecked and no job ad. */
    public CheckReport(String file, int pages, List<Diagnostic> problems, Boolean upToDate) {
      this(file, pages, problems, upToDate, List.of(), null, null);
    }

    public CheckReport {
      notes = List.copyOf(notes);
    }

    public boolean clean() {
      return problems.isEmpty() && !Boolean.FALSE.equals(upToDate);
    }
  }

  public static Rendered render(Path file, Options options) throws CvpressException {
    return render(Input.read(file), options);
  }

  public static Rendered render(Input input, Options options) throws CvpressException {
    if (Letters.isLetter(input)) return Letters.render(input, options);
    ResumeParser.Result parsed = Sources.parse(input, overrides(options));
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    Resume resume = parsed.resume();
    if (options.lang != null) {
      Diagnostic absent = Sources.format(input) == InputNames.Format.MARKDOWN ? Languages.absent(resume, options.lang)
          : Sources.oneLanguageOnly(input, options.lang, "its labels and dates are in `" + options.lang + "`");
      if (absent != null) warnings.add(absent);
    }
    Prepared prepared = Prepared.of(resume, document -> (Resume) document, input, options, warnings);
    List<EmbeddedFile> embedded = options.embedSource && options.redact == null
        ? CarriedFiles.of(input, overrides(options).isEmpty() ? parsed.resume() : null) : List.of();
    return prepared.render(input, options, embedded, (Resume) prepared.document(), parsed.frontMatterKeys(),
        warnings);
  }

  /** Where a Markdown input says it is a cover letter ({@code type: letter}); null for a résumé. */
  public static SourcePos letterType(Input input) {
    return Letters.typeLine(input);
  }

  /**
   * What stops an input from being read, each at its line and column, found without rendering it: a Markdown
   * file's front matter, or a JSON Resume, RenderCV file or LinkedIn export as a whole; empty when it reads.
   */
  public static List<Diagnostic> readErrors(Input input) {
    return Sources.readErrors(input);
  }

  /**
   * What stops {@code input} from being rendered with {@code options}, found by reading and preparing it without
   * laying it out (its style, theme and extra style sheet, its letter's résumé): a build's plan, which must fail
   * before it writes any output. Empty when it would render.
   */
  public static List<Diagnostic> preparationErrors(Input input, Options options) {
    try {
      if (Letters.isLetter(input)) {
        Letters.Read read = Letters.read(input, overrides(options));
        Prepared.of(read.letter(), letter -> read.sender() != null ? read.sender()
            : Letters.asResume((dev.cvpress.model.Letter) letter), input, options, new ArrayList<>());
      } else {
        Prepared.of(Sources.parse(input, overrides(options)).resume(), document -> (Resume) document, input, options,
            new ArrayList<>());
      }
      return List.of();
    } catch (CvpressException e) {
      return SourceLines.attach(e.diagnostics(), input.file().toString(), input.text());
    }
  }

  /** The front-matter overrides that options make: {@code --set}, the theme, the language. */
  static Map<String, String> overrides(Options options) {
    Map<String, String> overrides = new LinkedHashMap<>(options.set);
    if (options.theme != null) overrides.put("style.theme", options.theme);
    if (options.lang != null) overrides.put("lang", options.lang);
    return overrides;
  }

  /** The files embedded in a PDF, as {@code cvpress extract} writes them out; empty when it carries none. */
  public static List<EmbeddedFile> embeddedFiles(byte[] pdf) throws IOException {
    return EmbeddedFile.read(pdf);
  }

  /**
   * Renders in memory and reports problems a recruiter, an applicant tracking system or a print shop would hit.
   *
   * @param maxPages fail when longer; null for no limit
   * @param committedPdf a PDF that should be the current output of this résumé; null to skip
   */
  public static CheckReport check(Path file, Options options, Integer maxPages, Path committedPdf)
      throws CvpressException {
    return check(Input.read(file), options, maxPages, committedPdf);
  }

  public static CheckReport check(Input input, Options options, Integer maxPages, Path committedPdf)
      throws CvpressException {
    Path file = input.file();
    // A job ad that cannot be read is reported before the résumé is rendered.
    JobAd posting = options.jobAdText != null ? JobAd.read(options.jobAdName, options.jobAdText)
        : options.jobAd == null ? null : JobAd.read(options.jobAd);
    Rendered r = render(input, options);
    Letter letter = r.document() instanceof Letter l ? l : null;
    Check.Result result = Check.run(file, new Check.Subject(r.resume(), r.pdf(), r.pages(), r.warnings(),
        r.frontMatterKeys(), letter, input.text()), maxPages, new Check.Reading(input.text(), options.spelling,
        options.spelling && options.grammar));
    List<Diagnostic> problems = new ArrayList<>(result.problems());
    problems.addAll(languageProblems(input, options));
    List<String> notes = new ArrayList<>(result.notes());
    if (options.spelling && letter == null) otherLanguagesProse(input, options, r.resume(), problems, notes);
    // A letter has no entries for a résumé parser to find; its own rules say what it lacks.
    // A redacted copy has no contacts and only initials, by design: what a parser would miss is not a problem.
    ParseBack.Report parsedBack = letter != null || options.redact != null ? null
        : ParseBack.read(file.toString(), r.resume(), r.pdf());
    if (options.redact != null) problems.removeIf(p -> p.code() == Code.NO_CONTACT);
    if (parsedBack != null) problems.addAll(parsedBack.problems());
    // Under --redact the PDF named is the copy to send, compared with a fresh redacted render; one that is the
    // résumé's current render without redaction is said to be that, once, not each trace of the person in it.
    boolean notRedacted = options.redact != null && committedPdf != null && !CommittedFile.holds(committedPdf,
        r.pdf()) && CommittedFile.holds(committedPdf, render(input, options.unredacted()).pdf());
    if (options.redact != null && !notRedacted) {
      // The copy is searched for the person as the source gives them: the committed PDF when one is named.
      Redaction.Traces traces = Redaction.traces(letter != null ? Letters.read(input, overrides(options)).letter()
          : Sources.parse(input, overrides(options)).resume());
      RedactionRules.Found left = RedactionRules.check(file.toString(), traces.words(), traces.strings(),
          committedPdf != null && Files.isRegularFile(committedPdf) ? readPdf(committedPdf) : r.pdf());
      problems.addAll(left.problems());
      if (!left.note().isEmpty()) notes.add(left.note());
    }
    problems.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.pos().line())
        .thenComparingInt(d -> d.pos().column()));
    String redact = options.redact == null ? "" : options.redact == Redaction.Mode.PLACEHOLDER
        ? "--redact=placeholder" : "--redact";
    Diagnostic stale = committedPdf == null ? null : notRedacted
        ? CommittedFile.unredacted(committedPdf, file, redact)
        : CommittedFile.staleness(committedPdf, r.pdf(), file, redact.isEmpty() ? "" : " with " + redact);
    if (stale != null) problems.add(stale);
    return new CheckReport(file.toString(), r.pages(),
        Diagnostic.limitRepeats(SourceLines.attach(problems, file.toString(), input.text())),
        committedPdf == null ? null : stale == null, List.copyOf(notes),
        posting == null ? null : posting.coverage(r.resume(), file.toString(), input.text()),
        parsedBack);
  }

  private static byte[] readPdf(Path pdf) throws CvpressException {
    try {
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      throw new CvpressException(Diagnostic.error(Code.UNREADABLE_FILE, SourcePos.file(pdf.toString()),
          "cannot read the PDF to search it: " + e.getMessage(), "check that the file is readable"));
    }
  }

  /**
   * The spelling and grammar of each language of a résumé written in several besides the one laid out, each in its
   * own dictionary; a finding in content every language shares is said once.
   */
  private static void otherLanguagesProse(Input input, Options options, Resume shown, List<Diagnostic> problems,
      List<String> notes) throws CvpressException {
    Resume whole = Sources.parse(input, overrides(options)).resume();
    for (String lang : whole.meta().languages()) {
      if (Languages.in(java.util.Set.of(dev.cvpress.model.Nodes.LANG + lang), shown.meta().lang())) continue;
      Check.Result other = Check.prose(input.file(), Languages.select(whole, lang), input.text(), options.grammar);
      for (Diagnostic d : other.problems()) {
        if (problems.stream().noneMatch(p -> p.pos().equals(d.pos()) && p.code() == d.code())) {
          problems.add(d);
        }
      }
      other.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    }
  }

  /**
   * What is wrong between the languages of a résumé written in several: the résumé as written, and as it reads in
   * each language it declares, compared.
   */
  private static List<Diagnostic> languageProblems(Input input, Options options) throws CvpressException {
    Resume whole = Sources.parse(input, overrides(options)).resume();
    Map<String, Resume> versions = new LinkedHashMap<>();
    for (String lang : whole.meta().languages()) versions.put(lang, Languages.select(whole, lang));
    return LanguageRules.check(whole, versions);
  }

  /**
   * A résumé converted to another format.
   *
   * @param bytes what to write
   * @param warnings what the conversion found worth saying: fields kept aside, values read other than written
   */
  public record Converted(byte[] bytes, List<Diagnostic> warnings) {
    public Converted {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Converts a résumé (Markdown or JSON Resume, by its extension) to {@code to}. Nothing either format holds is
   * dropped: what the other has no place for is kept aside and reported among the warnings.
   */
  public static Converted convert(Input input, InputNames.Format to) throws CvpressException {
    return convert(input, to, null);
  }

  /**
   * Converts a résumé as {@link #convert(Input, InputNames.Format)} does, in one of its languages: a JSON Resume
   * always holds one (the front matter's {@code lang} when {@code lang} is null); Markdown holds them all unless
   * {@code lang} chooses one.
   */
  public static Converted convert(Input input, InputNames.Format to, String lang) throws CvpressException {
    if (Letters.isLetter(input)) {
      throw new CvpressException(Diagnostic.error(dev.cvpress.diag.Code.LETTER_NOT_CONVERTED,
          SourcePos.file(input.file().toString()), "this is a cover letter (`type: letter`); convert writes résumés"
              + " only (JSON Resume and RenderCV have no place for a letter)", "convert the résumé it goes with; render the"
              + " letter as PDF, Word, HTML or text"));
    }
    Converted c = Sources.convert(input, to, lang);
    return new Converted(c.bytes(), Diagnostic.limitRepeats(
        SourceLines.attach(c.warnings(), input.file().toString(), input.text())));
  }

  public static String version() {
    String v = Cvpress.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /** The built-in themes. */
  public static List<Theme> themes() {
    try {
      return Theme.builtIns();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
