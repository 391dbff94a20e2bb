package dev.cvpress.render.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets reach the web page and the PDF: http(s), mailto, tel and relative targets (fragments
 * included). Anything else — {@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:} and every other
 * scheme — is written as plain text. The target is judged as a browser would read it: entities are already
 * decoded by the parser, letter case does not matter, and the tabs, line breaks and leading control characters
 * or spaces that browsers skip are skipped here too.
 */
public final class Links {
  private Links() {}

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
  /** Longer targets are no address a reader could use, and the PDF engine copies a link's target for every line. */
  public static final int MAX_LENGTH = 2_048;
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r]");
  private static final Pattern OUTER_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x20]");
  /** A link's text that is an address with its scheme: what a reader needs is the rest. */
  private static final Pattern SHOWN_SCHEME = Pattern.compile("(?i)(?:https?://|mailto:|tel:)(\\S+)");

  /** Whether a link to {@code url} may be written as a link. */
  public static boolean allowed(String url) {
    if (url == null || url.length() > MAX_LENGTH) return false;
    // Browsers drop tabs and line breaks anywhere in a URL and C0 controls and spaces at its ends.
    String s = OUTER_CONTROLS.matcher(LINE_BREAKS.matcher(url).replaceAll("")).replaceAll("");
    // Any other control or invisible formatting character has no business in a link and might hide a scheme.
    if (s.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      return false;
    }
    Matcher m = SCHEME.matcher(s);
    if (m.find()) return SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    // No scheme before the first '/', '?' or '#': a relative target. A ':' before any of them would be a scheme.
    int colon = s.indexOf(':');
    if (colon < 0) return true;
    String head = s.substring(0, colon);
    return head.contains("/") || head.contains("?") || head.contains("#");
  }

  /**
   * How an address written as a link's text is shown: without its scheme ({@code https://github.com/x/} shows as
   * {@code github.com/x}, {@code mailto:a@b.c} as {@code a@b.c}) and without a trailing slash. Any other text is
   * shown as written; the link's target is never changed.
   */
  public static String shown(String text) {
    Matcher m = SHOWN_SCHEME.matcher(text.strip());
    if (!m.matches()) return text;
    String rest = m.group(1);
    if (rest.endsWith("/") && rest.length() > 1) rest = rest.substring(0, rest.length() - 1);
    return rest.startsWith("/") ? text : rest;
  }

  /** The scheme of a refused target, as a reader would name it ("javascript:"), for a warning. */
  public static String scheme(String url) {
    String s = url == null ? "" : CONTROLS.matcher(url).replaceAll("");
    Matcher m = SCHEME.matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + ":" : "this kind of";
  }
}
