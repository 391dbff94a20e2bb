package dev.cvpress.parse;

import dev.cvpress.diag.CvpressException;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Block;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Origin;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cover letter: Markdown whose front matter says {@code type: letter}. The front matter and the body are read as
 * a résumé's are (name, contacts, style options, tags on paragraphs), and the letter's own keys on top: who it is to,
 * its date, subject, salutation, closing and signature, and the résumé its sender's details may come from.
 */
public final class LetterParser {
  private LetterParser() {}

  /** The front-matter keys only a letter reads. */
  public static final List<String> KEYS = List.of("type", "resume", "recipient", "company", "subject",
      "salutation", "closing", "signature");

  /** The letter's keys that may hold one value per language. */
  private static final List<String> PER_LANGUAGE = List.of("recipient", "company", "address", "date", "subject",
      "salutation", "closing", "signature");

  /**
   * A parsed letter, its sender as the letter itself gives it.
   *
   * @param frontMatterKeys the top-level front-matter keys as written, with where they are
   * @param values where the value of each letter key given is written (line and column), for findings about it
   */
  public record Result(Letter letter, List<Diagnostic> warnings, Map<String, SourcePos> frontMatterKeys,
      Map<String, SourcePos> values) {
    public Result {
      warnings = List.copyOf(warnings);
      frontMatterKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frontMatterKeys));
      values = Map.copyOf(values);
    }
  }

  /** Whether a Markdown file is a cover letter: its front matter has {@code type: letter}. */
  public static boolean isLetter(String file, byte[] content) {
    return letterType(file, content) != null;
  }

  /** Where a cover letter says {@code type: letter}; null when the file is no letter. */
  public static SourcePos letterType(String file, byte[] content) {
    // Most files are résumés: without the words the key and its value are spelt with, no YAML to read for this.
    if (!mayNameLetterType(content)) return null;
    try {
      FrontMatter fm = FrontMatter.split(SourceText.decode(file, content));
      Object type = fm.data().get("type");
      boolean letter = type != null && String.valueOf(type).strip().equalsIgnoreCase("letter");
      return letter ? fm.keyPos(file, "type") : null;
    } catch (CvpressException e) {
      return null; // the résumé parser reports a broken front matter with its position
    }
  }

  /**
   * Whether {@code content} may say {@code type: letter}: it holds {@code type} and, in any case, {@code letter}, or
   * a backslash (a quoted YAML string may spell either with escapes). False only when reading the front matter
   * could not find the key.
   */
  static boolean mayNameLetterType(byte[] content) {
    boolean type = false;
    boolean letter = false;
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if (b == '\\') return true;
      if (!type && b == 't' && i + 3 < content.length && content[i + 1] == 'y' && content[i + 2] == 'p'
          && content[i + 3] == 'e') {
        type = true;
      }
      if (!letter && (b | 0x20) == 'l' && i + 5 < content.length && (content[i + 1] | 0x20) == 'e'
          && (content[i + 2] | 0x20) == 't' && (content[i + 3] | 0x20) == 't' && (content[i + 4] | 0x20) == 'e'
          && (content[i + 5] | 0x20) == 'r') {
        letter = true;
      }
    }
    return type && letter;
  }

  public static Result parse(String file, byte[] content, Map<String, String> overrides,
      Collection<String> styleKeys) throws CvpressException {
    ResumeParser.Result parsed = ResumeParser.parse(file, content, overrides, styleKeys, true);
    SourceText src = SourceText.decode(file, content);
    FrontMatter fm = FrontMatter.split(src);
    Map<String, Object> data = new LinkedHashMap<>(fm.data());
    overrides.forEach((k, v) -> {
      if (KEYS.contains(k)) data.put(k, v);
    });
    // The letter's own keys may be given per language too (`subject: {en: …, de: …}`): the one of its language.
    List<Diagnostic> warnings = new ArrayList<>(parsed.warnings());
    FrontMatterLanguages.choose(data, PER_LANGUAGE, parsed.resume().meta().lang(), text(fm.data().get("lang")),
        parsed.resume().meta().languages(), (key, lang) -> fm.keyPos(src.file, key), warnings);
    Map<String, SourcePos> values = new LinkedHashMap<>();
    for (String key : List.of("date", "resume", "recipient", "salutation", "subject", "closing", "signature")) {
      if (data.containsKey(key)) values.put(key, overrides.containsKey(key) ? SourcePos.file("--set " + key)
          : valuePos(src, fm, key));
    }
    Resume r = parsed.resume();
    Letter letter = new Letter(r.meta(), r.header(), recipient(data), text(data.get("date")), null,
        text(data.get("subject")), text(data.get("salutation")), body(r), text(data.get("closing")),
        text(data.get("signature")), text(data.get("resume")));
    return new Result(dated(letter), warnings, parsed.frontMatterKeys(), values);
  }

  /**
   * The letter with its sender completed from the résumé it names: the name, headline, contacts and photo the letter
   * leaves out, and the résumé's style options under its own, so that the pair share a theme, paper and fonts.
   *
   * @param letterKeys the letter's own front-matter keys, to tell a language it gives from the default
   */
  public static Letter withSender(Letter letter, Resume resume, Set<String> letterKeys) {
    Header own = letter.header();
    Header theirs = resume.header();
    Header header = new Header(own.name().isBlank() ? theirs.name() : own.name(),
        own.headline().isEmpty() ? theirs.headline() : own.headline(),
        own.contacts().isEmpty() ? theirs.contacts() : own.contacts(),
        own.photo() != null ? own.photo() : theirs.photo(), own.name().isBlank() ? theirs.pageTitle() : null);
    Meta m = letter.meta();
    Meta r = resume.meta();
    Map<String, String> style = new LinkedHashMap<>(r.style());
    style.putAll(m.style());
    Map<String, SourcePos> stylePos = new LinkedHashMap<>(r.stylePos());
    stylePos.putAll(m.stylePos());
    Set<String> fromTopLevel = new HashSet<>(r.styleFromTopLevel());
    fromTopLevel.removeAll(m.style().keySet());
    fromTopLevel.addAll(m.styleFromTopLevel());
    Map<String, Origin> origins = new LinkedHashMap<>(r.styleOrigins());
    origins.putAll(m.styleOrigins());
    Meta meta = new Meta(m.title(), letterKeys.contains("lang") ? m.lang() : r.lang(), m.keywords(), m.date(),
        style, stylePos, fromTopLevel, origins);
    return dated(new Letter(meta, header, letter.recipient(), letter.date(), null, letter.subject(),
        letter.salutation(), letter.body(), letter.closing(), letter.signature(), letter.resume()));
  }

  /** The letter with its date understood in its language, and signed with the sender's name when it gives none. */
  private static Letter dated(Letter l) {
    String signature = l.signature().isBlank() ? l.header().name() : l.signature();
    return new Letter(l.meta(), l.header(), l.recipient(), l.date(), LetterDates.read(l.date(), l.meta().lang()),
        l.subject(), l.salutation(), l.body(), l.closing(), signature, l.resume());
  }

  /**
   * The body: what stands before any heading, then each titled part with its title as a heading of its own. A letter
   * has no sections, but a heading written in one is kept, never dropped.
   */
  private static List<Block> body(Resume r) {
    List<Block> body = new ArrayList<>(r.intro());
    for (Section s : r.sections()) {
      if (!s.title().isBlank()) body.add(new Block.SubHeading(3, List.of(new Inline.Text(s.title())), s.pos()));
      body.addAll(s.blocks());
    }
    return body;
  }

  /**
   * The recipient: {@code recipient:} as a name, or as a map of {@code name}, {@code title}, {@code company} and
   * {@code address} (a list of lines, or lines in one string); a top-level {@code company:} fills in the company.
   */
  private static Letter.Recipient recipient(Map<String, Object> data) {
    Object r = data.get("recipient");
    String company = text(data.get("company"));
    if (r instanceof Map<?, ?> m) {
      String own = text(m.get("company"));
      return new Letter.Recipient(text(m.get("name")), text(m.get("title")), own != null ? own : company,
          lines(m.get("address")));
    }
    return new Letter.Recipient(text(r), null, company, lines(data.get("address")));
  }

  private static List<String> lines(Object v) {
    if (v instanceof List<?> l) return l.stream().map(LetterParser::text).filter(s -> s != null).toList();
    String s = text(v);
    return s == null ? List.of() : List.of(s.split("\\s*\n\\s*"));
  }

  /** A value as text, stripped; null when missing, blank, a list or a map. */
  private static String text(Object v) {
    if (v == null || v instanceof Map || v instanceof List) return null;
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? null : s;
  }

  /** Where a top-level key's value starts on its line: just past {@code key:}; the key itself when nothing is there. */
  private static SourcePos valuePos(SourceText src, FrontMatter fm, String key) {
    SourcePos toml = fm.tomlValuePos(src.file, key);
    if (toml != null) return toml;
    SourcePos keyPos = fm.keyPos(src.file, key);
    String line = src.line(keyPos.line());
    if (line == null) return keyPos;
    Matcher m = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*[:=]\\s*").matcher(line);
    if (!m.find() || m.end() >= line.length()) return keyPos;
    return src.pos(keyPos.line(), m.end() + 1);
  }
}
