package dev.cvpress;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.files.ResourcePolicy;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.output.Rendered;
import dev.cvpress.parse.LetterParser;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.render.pdf.EmbeddedFile;
import dev.cvpress.style.Style;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cover letter through the stages: read, its sender completed from the résumé it names (read under the same rule
 * as an image: a regular file inside the letter's folder), then styled and laid out as that résumé is, on one page.
 */
final class Letters {
  private Letters() {}

  /** Whether {@code input} is a cover letter rather than a résumé. */
  static boolean isLetter(Cvpress.Input input) {
    return Sources.format(input) == dev.cvpress.files.InputNames.Format.MARKDOWN
        && LetterParser.isLetter(input.file().toString(), input.bytes());
  }

  /** Where a cover letter says {@code type: letter}; null when {@code input} is a résumé. */
  static SourcePos typeLine(Cvpress.Input input) {
    if (Sources.format(input) != dev.cvpress.files.InputNames.Format.MARKDOWN) return null;
    return LetterParser.letterType(input.file().toString(), input.bytes());
  }

  /** A letter as read, its sender completed, and the résumé that sender came from (null when it names none). */
  record Read(LetterParser.Result parsed, Letter letter, Resume sender) {}

  static Read read(Cvpress.Input input, Map<String, String> overrides) throws CvpressException {
    String file = input.file().toString();
    LetterParser.Result parsed = LetterParser.parse(file, input.bytes(), overrides, Style.KEYS);
    Letter letter = parsed.letter();
    if (letter.resume() == null) return new Read(parsed, letter, null);
    // The letter's language (--lang, else its own `lang:`) picks the résumé's version of the sender too.
    String lang = overrides.get("lang") != null ? overrides.get("lang")
        : parsed.frontMatterKeys().containsKey("lang") ? letter.meta().lang() : null;
    Resume sender = sender(input, letter.resume(), parsed.values().get("resume"), lang);
    return new Read(parsed, LetterParser.withSender(letter, sender, parsed.frontMatterKeys().keySet()), sender);
  }

  /** The résumé {@code resume:} names, read as {@code cvpress} would render it, in {@code lang} when given. */
  private static Resume sender(Cvpress.Input input, String named, SourcePos at, String lang)
      throws CvpressException {
    String text = new String(input.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    ResourcePolicy.Located located;
    try {
      located = new ResourcePolicy(input.folder(), false).locate(Path.of(named));
    } catch (InvalidPathException e) {
      located = new ResourcePolicy.Located(ResourcePolicy.Verdict.OUTSIDE, null);
    }
    if (!located.verdict().allowed()) {
      String why = ResourcePolicy.why(located.verdict()).replace("résumé's folder", "letter's folder");
      // `resume: cv.md` that is a link leading out: the name is right, where it leads is not.
      boolean link = located.verdict() == ResourcePolicy.Verdict.OUTSIDE && isLink(input.folder(), named);
      throw unusable(input, text, at, "`resume: " + named + "` " + (link ? "is a symbolic link to a file outside the"
          + " letter's folder" : why), link ? "copy the résumé into the letter's folder rather than linking to it,"
          + " or give the sender's `name:` and contacts in the letter itself" : "name a résumé in the letter's"
          + " folder, e.g. `resume: cv.md`, or give the sender's `name:` and contacts in the letter itself");
    }
    byte[] bytes;
    try {
      bytes = ResourcePolicy.read(located, ResumeParser.MAX_BYTES + 1L);
    } catch (IOException e) {
      throw unusable(input, text, at, "cannot read `resume: " + named + "`: " + e.getMessage(),
          "check that the file is readable");
    }
    Cvpress.Input resume = new Cvpress.Input(input.folder().resolve(named), bytes, input.folder());
    if (isLetter(resume)) {
      throw unusable(input, text, at, "`resume: " + named + "` is a cover letter, not a résumé",
          "name the résumé the letter goes with");
    }
    // With --lang, the sender's headline and contacts in that language, as the résumé renders them.
    return Sources.parse(resume, lang == null ? Map.of() : Map.of("lang", lang)).resume();
  }

  private static boolean isLink(Path folder, String named) {
    try {
      return java.nio.file.Files.isSymbolicLink(folder.resolve(named));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static CvpressException unusable(Cvpress.Input input, String text, SourcePos at, String message,
      String hint) {
    SourcePos pos = at != null ? at : SourcePos.start(input.file().toString());
    return new CvpressException(SourceLines.attach(List.of(Diagnostic.error(Code.LETTER_RESUME_UNUSABLE, pos,
        message, hint)), input.file().toString(), text));
  }

  static Rendered render(Cvpress.Input input, Options options) throws CvpressException {
    Read read = read(input, Cvpress.overrides(options));
    List<Diagnostic> warnings = new ArrayList<>(read.parsed().warnings());
    if (options.lang != null) {
      // The letter's own languages: the résumé it names may have more, but its text is the letter's.
      Diagnostic absent = dev.cvpress.transform.Languages.absent(read.parsed().letter(), options.lang);
      if (absent != null) warnings.add(absent);
    }
    // A two-column theme sets the letter as it sets the résumé it goes with, so that the two look alike.
    Prepared prepared = Prepared.of(read.letter(), letter -> read.sender() != null ? read.sender()
        : asResume((Letter) letter), input, options, warnings);
    // A redacted letter carries no source: its Markdown holds the name.
    List<EmbeddedFile> embedded = options.embedSource && options.redact == null ? CarriedFiles.letter(input)
        : List.of();
    return prepared.render(input, options, embedded, asResume((Letter) prepared.document()),
        read.parsed().frontMatterKeys(), warnings);
  }

  /** The letter's masthead and body as a résumé without sections: what the résumé-wide rules can read of it. */
  static Resume asResume(Letter letter) {
    return new Resume(letter.meta(), letter.header(), letter.body(), List.of());
  }
}
