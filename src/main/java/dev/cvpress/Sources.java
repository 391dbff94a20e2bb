package dev.cvpress;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.SourceLines;
import dev.cvpress.files.InputNames;
import dev.cvpress.formats.Comparison;
import dev.cvpress.formats.jsonresume.JsonResume;
import dev.cvpress.formats.jsonresume.JsonResumes;
import dev.cvpress.formats.linkedin.LinkedInExports;
import dev.cvpress.formats.markdown.SourcedMarkdown;
import dev.cvpress.formats.rendercv.RenderCvs;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import dev.cvpress.transform.Languages;
import java.nio.charset.StandardCharsets;
import dev.cvpress.model.Nodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * A résumé source in any format cvpress reads, read into the model: Markdown by the parser; a JSON Resume by
 * writing it as Markdown first, so that rendering it shows what {@code cvpress convert} writes, with every position
 * pointing back into the JSON file.
 */
final class Sources {
  private Sources() {}

  /**
   * The format of an input, by its extension; read without a name (standard input, shown as {@code <stdin>}), by
   * what its text starts with; Markdown when neither names one.
   */
  static InputNames.Format format(Cvpress.Input input) {
    String name = input.file().getFileName() == null ? "" : input.file().getFileName().toString();
    if (name.startsWith("<")) return InputNames.formatOf(input.bytes());
    InputNames.Format f = InputNames.format(name);
    return f != null ? f : InputNames.Format.MARKDOWN;
  }

  /** Reads any résumé, applying {@code overrides} as {@code --set} does. */
  static ResumeParser.Result parse(Cvpress.Input input, Map<String, String> overrides) throws CvpressException {
    String file = input.file().toString();
    if (format(input) == InputNames.Format.RENDERCV || format(input) == InputNames.Format.LINKEDIN) {
      SourcedMarkdown md = sourced(input);
      ResumeParser.Result parsed;
      try {
        parsed = ResumeParser.parse(file, bytes(md.text()), overrides, Style.KEYS);
      } catch (CvpressException e) {
        throw new CvpressException(md.located(e.diagnostics()));
      }
      List<Diagnostic> warnings = new ArrayList<>(md.warnings());
      warnings.addAll(md.located(parsed.warnings()));
      return new ResumeParser.Result(md.located(parsed.resume()), warnings, md.located(parsed.frontMatterKeys()));
    }
    if (format(input) != InputNames.Format.JSON_RESUME) {
      return ResumeParser.parse(file, input.bytes(), overrides, Style.KEYS);
    }
    JsonResume json = json(input);
    SourcedMarkdown md;
    try {
      md = JsonResumes.toMarkdown(json, reader(file), false);
    } catch (CvpressException e) {
      throw withLines(e, input);
    }
    ResumeParser.Result parsed;
    try {
      parsed = ResumeParser.parse(file, md.text().getBytes(StandardCharsets.UTF_8), overrides, Style.KEYS);
    } catch (CvpressException e) {
      throw withLines(new CvpressException(md.located(e.diagnostics())), input);
    }
    List<Diagnostic> warnings = new ArrayList<>(md.warnings());
    warnings.addAll(md.located(parsed.warnings()));
    return new ResumeParser.Result(md.located(parsed.resume()), warnings, md.located(parsed.frontMatterKeys()));
  }

  /**
   * What stops {@code input} from being read, found without rendering it: a Markdown file's front matter, or a JSON
   * Resume, RenderCV file or LinkedIn export as a whole (its syntax and its schema); empty when it reads.
   */
  static List<Diagnostic> readErrors(Cvpress.Input input) {
    try {
      switch (format(input)) {
        case MARKDOWN -> ResumeParser.readFrontMatter(input.file().toString(), input.bytes());
        case JSON_RESUME -> json(input);
        case RENDERCV, LINKEDIN -> sourced(input);
      }
      return List.of();
    } catch (CvpressException e) {
      // The other readers show their lines themselves (withLines); a zip has none.
      return format(input) == InputNames.Format.MARKDOWN
          ? SourceLines.attach(e.diagnostics(), input.file().toString(), input.text()) : e.diagnostics();
    }
  }

  /** The Markdown reader the conversions check themselves with: the résumé as written, no overrides. */
  static JsonResumes.MarkdownReader reader(String file) {
    return markdown -> ResumeParser.parse(file, markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS)
        .resume();
  }

  /** {@code input} converted to {@code to}: the bytes to write, and what there was to say on the way. */
  static Cvpress.Converted convert(Cvpress.Input input, InputNames.Format to, String lang)
      throws CvpressException {
    String file = input.file().toString();
    InputNames.Format from = format(input);
    if (from != InputNames.Format.MARKDOWN && lang != null) {
      Diagnostic one = oneLanguageOnly(input, lang, "it is converted as it is");
      if (one != null) {
        Cvpress.Converted c = convert(input, to, null);
        List<Diagnostic> warnings = new ArrayList<>(List.of(one));
        warnings.addAll(c.warnings());
        return new Cvpress.Converted(c.bytes(), warnings);
      }
      lang = null;
    }
    if (to == InputNames.Format.RENDERCV) {
      // Any input, read as it renders, in one language (RenderCV holds one): positions point into the input.
      ResumeParser.Result parsed = parse(input, lang == null ? Map.of() : Map.of("lang", lang));
      RenderCvs.Written yaml = RenderCvs.toYaml(Languages.select(parsed.resume(), null), file);
      List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
      if (lang == null) {
        Diagnostic dropped = languagesLeftOut(parsed.resume(), file, to);
        if (dropped != null) warnings.add(dropped);
      }
      warnings.addAll(yaml.warnings());
      return new Cvpress.Converted(bytes(yaml.text()), warnings);
    }
    if (from == InputNames.Format.RENDERCV || from == InputNames.Format.LINKEDIN) {
      SourcedMarkdown md = sourced(input);
      if (to == InputNames.Format.MARKDOWN) return new Cvpress.Converted(bytes(md.text()), md.warnings());
      ResumeParser.Result parsed;
      try {
        parsed = ResumeParser.parse(file, bytes(md.text()), Map.of(), Style.KEYS);
      } catch (CvpressException e) {
        throw new CvpressException(md.located(e.diagnostics()));
      }
      JsonResumes.Converted json = JsonResumes.toJson(parsed.resume(), file, md.text(), reader(file));
      List<Diagnostic> warnings = new ArrayList<>(md.warnings());
      warnings.addAll(md.located(parsed.warnings()));
      warnings.addAll(md.located(json.warnings()));
      return new Cvpress.Converted(bytes(json.text()), warnings);
    }
    if (from == InputNames.Format.JSON_RESUME) {
      JsonResume json = json(input);
      SourcedMarkdown md;
      try {
        md = JsonResumes.toMarkdown(json, reader(file), true);
      } catch (CvpressException e) {
        throw withLines(e, input);
      }
      if (to == InputNames.Format.MARKDOWN) return new Cvpress.Converted(bytes(md.text()), md.warnings());
      // JSON Resume to JSON Resume: through its Markdown, which gives back all it holds; checked and in order.
      JsonResumes.Converted back = JsonResumes.toJson(reader(file).read(md.text()), file, md.text(), reader(file));
      return new Cvpress.Converted(bytes(back.text()), md.warnings());
    }
    ResumeParser.Result parsed = ResumeParser.parse(file, input.bytes(),
        lang == null ? Map.of() : Map.of("lang", lang), Style.KEYS);
    String text = new String(input.bytes(), StandardCharsets.UTF_8);
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    Resume resume = parsed.resume();
    // A JSON Resume holds one language; Markdown holds them all, unless one is asked for.
    boolean allLanguages = to == InputNames.Format.MARKDOWN && lang == null;
    if (!allLanguages) {
      if (lang == null) {
        Diagnostic dropped = languagesLeftOut(resume, file, to);
        if (dropped != null) warnings.add(dropped);
      }
      resume = Languages.select(resume, null);
    }
    JsonResumes.Converted json = JsonResumes.toJson(resume, file, text, reader(file));
    if (to == InputNames.Format.JSON_RESUME) {
      warnings.addAll(json.warnings());
      return new Cvpress.Converted(bytes(json.text()), warnings);
    }
    // What JSON Resume has no place for is no loss in Markdown: only what the Markdown itself would not give back is.
    json.warnings().stream().filter(d -> d.code() == Code.KEPT_FIELD_STALE).forEach(warnings::add);
    // Markdown to Markdown: through JSON Resume, which keeps every field, into the form cvpress writes.
    String memory = file + ".json";
    JsonResume again = JsonResumes.read(memory, bytes(json.text()));
    String markdown = JsonResumes.toMarkdown(again, reader(memory), true).text();
    if (allLanguages) {
      MarkdownDocument.PerLanguage written = MarkdownDocument.withValuesPerLanguage(markdown,
          ResumeParser.valuesPerLanguage(file, input.bytes()));
      markdown = written.text();
      if (!written.notWritten().isEmpty()) {
        warnings.add(Diagnostic.warning(Code.LANGUAGE_MISSING, SourcePos.file(file), "the values per language of "
            + String.join(", ", written.notWritten().stream().map(k -> "`" + k + "`").toList())
            + " are written in `" + resume.meta().lang() + "` only", "convert once per language with --lang"));
      }
    }
    Diagnostic lost = Comparison.notGivenBack(resume, reader(file).read(markdown), file, "Markdown");
    if (lost != null) warnings.add(lost);
    return new Cvpress.Converted(bytes(markdown), warnings);
  }

  /**
   * Why a résumé written in several languages loses all but one when converted to {@code to}, which holds one: the
   * languages left out, and how to write each. Null when it is written in one.
   */
  private static Diagnostic languagesLeftOut(Resume resume, String file, InputNames.Format to) {
    String kept = resume.meta().lang();
    Set<String> all = new LinkedHashSet<>(resume.meta().languages());
    all.addAll(Languages.used(resume));
    List<String> left = all.stream().filter(l -> !Languages.in(Set.of(Nodes.LANG + l), kept)).toList();
    if (left.isEmpty()) return null;
    String name = Path.of(file).getFileName().toString();
    String stem = name.startsWith("<") ? "resume" : InputNames.stem(name); // <stdin> names no file to follow
    return Diagnostic.warning(Code.LANGUAGE_MISSING, SourcePos.file(file), "a " + to.label() + " holds one language:"
        + " this is the `" + kept + "` version; " + String.join(", ", left.stream().map(l -> "`" + l + "`").toList())
        + (left.size() == 1 ? " is" : " are") + " left out", "convert each language with --lang, e.g. `--lang "
        + left.get(0) + " -o " + stem + "." + left.get(0) + "." + to.extensions().get(0) + "`");
  }

  /**
   * Why {@code --lang} selects nothing in {@code input}, a format that holds one language (JSON Resume, RenderCV, a
   * LinkedIn export); null when {@code lang} is that language.
   */
  static Diagnostic oneLanguageOnly(Cvpress.Input input, String lang, String effect) throws CvpressException {
    if (lang == null || format(input) == InputNames.Format.MARKDOWN) return null;
    String has = parse(input, Map.of()).resume().meta().lang();
    if (Languages.in(Set.of(Nodes.LANG + has), lang)) return null;
    return Diagnostic.warning(Code.LANGUAGE_NOT_IN_SOURCE, SourcePos.file("--lang " + lang), "a "
        + format(input).label() + " holds one language, and this one is in `" + has + "`: there is no `" + lang
        + "` version to choose; " + effect, "leave out --lang; a résumé in several languages is written in Markdown"
        + " (`{lang=" + lang + "}` on what is in `" + lang + "`)");
  }

  /** A RenderCV file or a LinkedIn export written as Markdown; errors in a YAML file show their line. */
  private static SourcedMarkdown sourced(Cvpress.Input input) throws CvpressException {
    String file = input.file().toString();
    if (format(input) == InputNames.Format.LINKEDIN) return LinkedInExports.toMarkdown(file, input.bytes());
    try {
      return RenderCvs.toMarkdown(file, input.bytes());
    } catch (CvpressException e) {
      throw withLines(e, input);
    }
  }

  /** Reads a JSON Resume input; its errors show their line. */
  private static JsonResume json(Cvpress.Input input) throws CvpressException {
    try {
      return JsonResumes.read(input.file().toString(), input.bytes());
    } catch (CvpressException e) {
      throw withLines(e, input);
    }
  }

  private static CvpressException withLines(CvpressException e, Cvpress.Input input) {
    return new CvpressException(SourceLines.attach(e.diagnostics(), input.file().toString(),
        new String(input.bytes(), StandardCharsets.UTF_8)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
