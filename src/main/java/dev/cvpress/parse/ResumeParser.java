package dev.cvpress.parse;

import com.vladsch.flexmark.util.ast.Node;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown with front matter to a {@link Resume}. The one public entry of the parse stage.
 *
 * <p>The body is prepared so that every offset in it stays an offset in the file (front matter blanked, shortcodes
 * removed with a map back, variant tags and container markers blanked), parsed, and read top-level block by block
 * into the {@link Outline}; front matter gives the fields it names ({@link FrontMatterFields}).
 */
public final class ResumeParser {
  /** The largest file read as a résumé; callers read at most one byte more, so a huge file costs nothing. */
  public static final int MAX_BYTES = SourceText.MAX_BYTES;
  /** The front-matter keys cvpress reads, style options aside. */
  public static final List<String> FRONT_MATTER_KEYS = FrontMatterFields.KEYS;
  /** The front-matter keys whose value may be given per language ({@code headline: {en: …, de: …}}). */
  public static final List<String> PER_LANGUAGE_KEYS = FrontMatterLanguages.TEXT_KEYS;

  /**
   * A parsed résumé with the warnings found on the way.
   *
   * @param frontMatterKeys the top-level front-matter keys as written, with where they are
   */
  public record Result(Resume resume, List<Diagnostic> warnings, Map<String, SourcePos> frontMatterKeys) {
    public Result {
      warnings = List.copyOf(Diagnostic.limitRepeats(warnings));
      frontMatterKeys = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatterKeys));
    }
  }

  private ResumeParser() {}

  /**
   * The front-matter values a résumé gives per language ({@code headline: {en: …, de: …}}): by key, then by
   * language, as text. What a writer of front matter needs to write them back.
   */
  public static Map<String, Map<String, String>> valuesPerLanguage(String file, byte[] content)
      throws CvpressException {
    SourceText src = SourceText.decode(file, content);
    TextLimits.scan(src);
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    FrontMatterLanguages.perLanguage(FrontMatter.split(src).data()).forEach((key, values) -> {
      Map<String, String> texts = new LinkedHashMap<>();
      values.forEach((lang, v) -> texts.put(lang, v instanceof List<?> l
          ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(v)));
      out.put(key, texts);
    });
    return out;
  }

  /**
   * Reads the front matter alone, as a build's plan does for every input before it renders any: a front matter
   * that is no YAML (TOML, JSON) map, or is not closed, throws with its position.
   */
  public static void readFrontMatter(String file, byte[] content) throws CvpressException {
    SourceText src = SourceText.decode(file, content);
    TextLimits.scan(src);
    FrontMatter.split(src);
  }

  /**
   * A list in the front matter at {@code key.sub}, written as a nested map ({@code check: {words: [...]}}) or a
   * dotted key ({@code check.words:}): its items, or one string of them separated by commas. Empty when it is not
   * there, or when the front matter does not read (parsing reports that).
   */
  public static List<String> frontMatterList(String file, String source, String key, String sub) {
    Object value;
    try {
      FrontMatter fm = FrontMatter.split(SourceText.decode(file, source.getBytes(StandardCharsets.UTF_8)));
      value = fm.data().get(key + "." + sub);
      if (value == null && fm.data().get(key) instanceof Map<?, ?> nested) value = nested.get(sub);
    } catch (CvpressException | RuntimeException e) {
      return List.of();
    }
    if (value instanceof List<?> list) return list.stream().map(String::valueOf).map(String::strip).toList();
    if (value == null || value instanceof Map) return List.of();
    return Arrays.stream(String.valueOf(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Parses one résumé.
   *
   * @param file the name used in diagnostics
   * @param overrides {@code key=value} pairs that replace front matter ({@code style.x} or a style key set a style)
   * @param styleKeys the names of the style options: written as top-level front-matter keys or in
   *     {@code overrides}, these set a style option rather than a field of the résumé
   */
  public static Result parse(String file, byte[] content, Map<String, String> overrides,
      Collection<String> styleKeys) throws CvpressException {
    return parse(file, content, overrides, styleKeys, false);
  }

  /** @param letterBody read the body as a cover letter's: its masthead only from the front matter */
  static Result parse(String file, byte[] content, Map<String, String> overrides,
      Collection<String> styleKeys, boolean letterBody) throws CvpressException {
    SourceText src = SourceText.decode(file, content);
    TextLimits.scan(src);
    // Front matter nests too (TOML and JSON arrays in arrays): it is read with the same deep stack.
    return DeepStack.call(file, () -> read(src, FrontMatter.split(src), overrides, styleKeys, letterBody));
  }

  private static Result read(SourceText src, FrontMatter fm, Map<String, String> overrides,
      Collection<String> styleKeys, boolean letterBody) throws CvpressException {
    List<Diagnostic> warnings = new ArrayList<>();
    FrontMatterFields fields = new FrontMatterFields(src, fm, overrides, styleKeys, warnings);
    // Blank out the front matter rather than cutting it: spaces keep every offset equal to the offset in the file.
    int bodyStart = fm.bodyLine() > 1 ? src.offsetOfLine(fm.bodyLine()) : 0;
    String body = src.text.substring(0, bodyStart).replaceAll("[^\n]", " ") + src.text.substring(bodyStart);
    TextLimits.paragraphLines(src, body);
    TextLimits.nestingOnALine(src, body, null);
    Shortcodes.Stripped stripped = Shortcodes.strip(src, body, bodyStart, warnings);
    StringBuilder markdown = new StringBuilder(stripped.text());
    Tags tags = Tags.strip(markdown);
    Containers.read(markdown);
    MarkdownSource source = MarkdownSource.parse(src, markdown.toString(), stripped.toSource());
    FootnoteNumbers footnotes = new FootnoteNumbers(source.document());
    InlineConverter inlines = new InlineConverter(source, footnotes);
    String headline = fields.headline();
    Outline outline = new Outline(source, inlines, new BlockConverter(source, inlines, tags, footnotes),
        fields.name(), headline != null ? List.of(new Inline.Text(headline)) : null, fields.contacts(warnings));
    outline.givenNames(fields.names(), fields.nameOnlyFromCommandLine());
    if (letterBody) outline.letterBody();
    try {
      for (Node node = source.document().getFirstChild(); node != null; node = node.getNext()) outline.read(node);
    } catch (Limits.Exceeded e) {
      throw e.error();
    }
    warnings.addAll(outline.warnings());
    warnings.addAll(footnotes.problems(source));
    Resume resume = new Resume(fields.meta(outline.title(fields.title())),
        outline.header(fields.photo(), fields.title(), fields.titlePos()), outline.intro(), outline.sections());
    LongWords.check(src, resume);
    return new Result(resume, warnings, fields.keys());
  }
}
