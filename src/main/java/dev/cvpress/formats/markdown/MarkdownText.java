package dev.cvpress.formats.markdown;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Nodes;
import dev.cvpress.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline content written back as Markdown that cvpress reads as the same inlines, on one line ({@link MarkdownBlocks}
 * writes the blocks around it). Characters are escaped only where Markdown would read them as markup, so plain text
 * stays plain ({@code C#}, {@code snake_case}, {@code 2 * 3} are written as they are).
 */
public final class MarkdownText {
  private MarkdownText() {}

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern BARE_URL =
      Pattern.compile("(?i)(?:https?://|www\\.)[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*[A-Za-z0-9/]");
  private static final Pattern BARE_EMAIL = Pattern.compile("[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern SHORTCODE = Pattern.compile(":[A-Za-z0-9_+-]+:");
  /** What would start another kind of block at the start of a line. */
  private static final Pattern BLOCK_START = Pattern.compile(
      "^(?:#{1,6}(?:\\s|$)|>|[-+*](?:\\s|$)|\\d{1,9}[.)](?:\\s|$)|[=-]+\\s*$|(?:[*_-]\\s*){3,}$|~~~|:\\s"
          + "|\\[\\^?[^\\]]*\\]:|\\\\(?:newpage|pagebreak)\\s*$|\\+\\+\\+\\s*$)");
  /** A heading's attribute block or a tags attribute at the end of a line, which the reader would take off. */
  private static final Pattern ATTRIBUTES_AT_END = Pattern.compile(
      "\\{(?:\\s*[#.]|\\s*\\.?tags\\s*=)[^{}]*\\}\\s*$", Pattern.CASE_INSENSITIVE);

  // ---- inline content ----

  /** Inline content as Markdown on one line; what it means at the start of a line is the caller's to escape. */
  public static String inlines(List<Inline> inlines) {
    return inlines(inlines, bracketsCloseLater(inlines));
  }

  /** @param brackets whether every bracket in text is escaped (in a link's text, or where one could close) */
  private static String inlines(List<Inline> inlines, boolean brackets) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < inlines.size(); i++) {
      Inline next = i + 1 < inlines.size() ? inlines.get(i + 1) : null;
      inline(inlines.get(i), out, next, brackets);
    }
    return out.toString();
  }

  private static void inline(Inline inline, StringBuilder out, Inline next, boolean brackets) {
    if (inline instanceof Inline.Text t) {
      out.append(references(text(t.text(), out.length() == 0 ? ' ' : out.charAt(out.length() - 1), firstChar(next),
          brackets)));
    } else if (inline instanceof Inline.Emph e) {
      out.append('*').append(inlines(e.children(), brackets)).append('*');
    } else if (inline instanceof Inline.Strong s) {
      out.append("**").append(inlines(s.children(), brackets)).append("**");
    } else if (inline instanceof Inline.Strike s) {
      out.append("~~").append(inlines(s.children(), brackets)).append("~~");
    } else if (inline instanceof Inline.Code c) {
      out.append(code(c.text()));
    } else if (inline instanceof Inline.Link l) {
      out.append(link(l, out.length() == 0 ? ' ' : out.charAt(out.length() - 1), next));
    } else if (inline instanceof Inline.Image img) {
      out.append("![").append(alt(img.alt())).append("](").append(destination(img.src())).append(')');
    } else if (inline instanceof Inline.LineBreak) {
      out.append("<br>");
    } else {
      throw new IllegalStateException("no case for " + inline.getClass().getSimpleName());
    }
  }

  private static char firstChar(Inline next) {
    if (next == null) return ' ';
    if (next instanceof Inline.Text t) return t.text().isEmpty() ? ' ' : t.text().charAt(0);
    if (next instanceof Inline.Emph || next instanceof Inline.Strong) return '*';
    if (next instanceof Inline.Strike) return '~';
    if (next instanceof Inline.Code) return '`';
    if (next instanceof Inline.Link || next instanceof Inline.Image) return '[';
    return '<';
  }

  /** Whether a {@code ](} or {@code ][} anywhere in the run could close a bracket opened in its text. */
  private static boolean bracketsCloseLater(List<Inline> run) {
    String plain = Inline.plain(run);
    return plain.contains("](") || plain.contains("][") || plain.contains("]:");
  }

  /** Plain text as Markdown that reads back as that text, escaped only where Markdown would read markup. */
  public static String plain(String text) {
    return text(text, ' ', ' ', false);
  }

  /** Plain text in italics: {@code *text*}, as an entry's role line is written. */
  public static String italic(String text) {
    return "*" + text(text, '*', '*', false) + "*";
  }

  /**
   * Plain text, escaped where Markdown would read markup: emphasis marks that touch a word, backticks, a
   * backslash before punctuation, a bracket that a later {@code ](} could close, an HTML tag or entity, a double
   * tilde, an emoji shortcode, a site generator's shortcode.
   *
   * @param before the character written just before the text (a space at the start)
   * @param after the first character written after it (a space at the end)
   */
  static String text(String s, char before, char after, boolean bracketsClose) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : before;
      char next = i + 1 < s.length() ? s.charAt(i + 1) : after;
      switch (c) {
        case '\\' -> out.append(i + 1 >= s.length() || isPunct(next) ? "\\\\" : "\\");
        case '*' -> out.append(Character.isWhitespace(prev) && Character.isWhitespace(next) ? "*" : "\\*");
        case '_' -> {
          boolean inWord = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
          boolean loose = Character.isWhitespace(prev) && Character.isWhitespace(next);
          out.append(inWord || loose ? "_" : "\\_");
        }
        case '`' -> out.append("\\`");
        case '[' -> out.append(bracketsClose || next == '^' || prev == '!' ? "\\[" : "[");
        case ']' -> out.append(bracketsClose ? "\\]" : "]");
        case '<' -> out.append(Character.isLetter(next) || next == '/' || next == '!' || next == '?' ? "\\<" : "<");
        case '&' -> out.append(ENTITY.matcher(s).region(i, s.length()).lookingAt() ? "\\&" : "&");
        case '~' -> out.append(next == '~' || prev == '~' ? "\\~" : "~");
        case ':' -> out.append(SHORTCODE.matcher(s).region(i, s.length()).lookingAt() ? "\\:" : ":");
        case '{' -> out.append(next == '{' || next == '%' ? "&#123;" : "{");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A footnote's mark right after a word, as the parser writes a reference ("ms¹"): a reference again. */
  private static final Pattern MARK = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)\\]!?%])[¹²³⁴⁵⁶⁷⁸⁹⁰]+");

  /**
   * The numbers of the notes of the résumé being written on this thread (see {@link #withNotes}); null when no
   * résumé is named, and then every mark in running text is taken for a reference, and none in a heading's parts.
   */
  private static final ThreadLocal<Set<Integer>> NOTES = new ThreadLocal<>();

  /**
   * Runs {@code write} with the notes of the résumé known (see {@link #notes}), so that a mark with no note
   * ({@code 300 m²}) stays text: written as a reference, it would refer to nothing, and the reader would drop it.
   */
  public static <T> T withNotes(Set<Integer> notes, Supplier<T> write) {
    Set<Integer> was = NOTES.get();
    NOTES.set(Set.copyOf(notes));
    try {
      return write.get();
    } finally {
      if (was == null) NOTES.remove();
      else NOTES.set(was);
    }
  }

  /** The numbers of a résumé's footnotes. */
  public static Set<Integer> notes(Resume resume) {
    return Nodes.stream(resume).filter(Block.Footnote.class::isInstance).map(n -> ((Block.Footnote) n).number())
        .collect(Collectors.toSet());
  }

  static String references(String text) {
    return references(text, true);
  }

  /** @param unnamed whether marks are references when no résumé's notes are known */
  static String references(String text, boolean unnamed) {
    Set<Integer> notes = NOTES.get();
    if (notes == null && !unnamed) return text;
    Matcher m = MARK.matcher(text);
    if (!m.find()) return text;
    StringBuilder out = new StringBuilder();
    do {
      StringBuilder digits = new StringBuilder();
      for (char c : m.group().toCharArray()) digits.append("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c));
      boolean note = notes == null || notes.contains(Integer.parseInt(digits.toString()));
      m.appendReplacement(out, Matcher.quoteReplacement(note ? "[^" + digits + "]" : m.group()));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isPunct(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
  }

  private static String code(String text) {
    int longest = 0;
    Matcher m = Pattern.compile("`+").matcher(text);
    while (m.find()) longest = Math.max(longest, m.group().length());
    String fence = "`".repeat(longest + 1);
    boolean pad = text.startsWith("`") || text.endsWith("`")
        || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
    return pad ? fence + " " + text + " " + fence : fence + text + fence;
  }

  private static String link(Inline.Link l, char before, Inline next) {
    String shown = Inline.plain(l.children());
    boolean onlyText = l.children().size() == 1 && l.children().get(0) instanceof Inline.Text;
    char after = firstChar(next);
    boolean separated = (Character.isWhitespace(before) || before == '(')
        && (Character.isWhitespace(after) || (isPunct(after) && after != '/' && after != '_' && after != '-'));
    if (onlyText && separated) {
      String url = l.url();
      if ((shown.equals(url) || ("https://" + shown).equals(url)) && BARE_URL.matcher(shown).matches()) {
        return shown;
      }
      if (url.equals("mailto:" + shown) && BARE_EMAIL.matcher(shown).matches()) return "<" + shown + ">";
    }
    if (onlyText && shown.equals(l.url()) && l.url().matches("(?i)https?://[^\\s<>]+")) return "<" + l.url() + ">";
    // In a link's text every bracket is escaped: one left open or closed would end the text early.
    return "[" + inlines(l.children(), true) + "](" + destination(l.url()) + ")";
  }

  static String destination(String url) {
    boolean plain = !url.isEmpty() && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '('
        || c == ')' || c == '\\');
    if (plain) return url;
    if (url.chars().noneMatch(c -> c == '<' || c == '>' || c == '\n' || c == '\\')) return "<" + url + ">";
    StringBuilder out = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\') {
        out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String alt(String alt) {
    return alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  /**
   * A line of inline Markdown as the first line of a paragraph or a list item: a mark that would start another
   * kind of block there (a heading's {@code #}, a list's {@code -} or {@code 1.}, a quote's {@code >}, a rule, a
   * definition's {@code :}, a footnote, a page-break command) is escaped.
   */
  public static String lineStart(String markdown) {
    if (markdown.isEmpty()) return markdown;
    if (BLOCK_START.matcher(markdown).lookingAt()) {
      char first = markdown.charAt(0);
      if (Character.isDigit(first)) {
        Matcher m = Pattern.compile("^(\\d+)([.)])").matcher(markdown);
        if (m.lookingAt()) return m.group(1) + "\\" + markdown.substring(m.group(1).length());
      }
      if (first == '\\') return "\\" + markdown;
      return "\\" + markdown;
    }
    return markdown;
  }

  /** The end of a line: an attribute block there would be taken off it. */
  static String lineEnd(String markdown) {
    Matcher attributes = ATTRIBUTES_AT_END.matcher(markdown);
    if (!attributes.find()) return markdown;
    return markdown.substring(0, attributes.start()) + "&#123;" + markdown.substring(attributes.start() + 1);
  }

  /** The end of a heading: an attribute block, or a run of {@code #} (a closing sequence), would be taken off. */
  static String headingEnd(String markdown) {
    markdown = lineEnd(markdown);
    Matcher hashes = Pattern.compile("(^|\\s)(#+)\\s*$").matcher(markdown);
    if (!hashes.find()) return markdown;
    return markdown.substring(0, hashes.start(2)) + "\\" + markdown.substring(hashes.start(2));
  }

  /** {@code " {tags=a,b}"} in the order of the alphabet, or "" for none. */
  public static String tags(Set<String> all) {
    if (all.isEmpty()) return "";
    Set<String> tags = Nodes.variantTags(all);
    Set<String> languages = Nodes.languages(all);
    List<String> parts = new java.util.ArrayList<>();
    if (!tags.isEmpty()) parts.add("tags=" + String.join(",", tags.stream().sorted().toList()));
    if (!languages.isEmpty()) parts.add("lang=" + String.join(",", languages.stream().sorted().toList()));
    return " {" + String.join(" ", parts) + "}";
  }
}
