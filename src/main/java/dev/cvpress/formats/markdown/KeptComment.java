package dev.cvpress.formats.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment at the end of a Markdown résumé converted from another format that holds, as JSON, what that format
 * had and the Markdown does not show (a structured address, a project's type, properties of one's own). cvpress's
 * reader skips comments, so the résumé renders as if it were not there; converting the Markdown back reads it and
 * gives those values back. Deleting it lets them go.
 */
public final class KeptComment {
  private KeptComment() {}

  /** The comment's first line, which is how it is found again. */
  public static final String OPENING = "<!-- cvpress: fields kept from JSON Resume that this Markdown does not show";

  private static final Pattern FOUND = Pattern.compile(
      "(?m)^" + Pattern.quote(OPENING) + "[^\\n]*\\n((?:(?!-->)[\\s\\S])*?)^-->[ \\t]*$");

  /** The comment found in a Markdown text: the JSON in it, and the line that JSON starts on. */
  public record Found(String json, int line) {}

  /** The comment holding {@code json} (JSON text in which no {@code --} occurs), ending with a line break. */
  public static String write(String json) {
    return OPENING + ";\n     converting it back to JSON Resume gives them back (delete this comment to drop them).\n"
        + json.replace("--", "-\\u002d") + "\n-->";
  }

  /** The comment in {@code markdown}, or null when it has none. */
  public static Found find(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    Matcher m = FOUND.matcher(text);
    Found found = null;
    while (m.find()) {
      String body = m.group(1);
      int start = m.start(1);
      int brace = body.indexOf('{');
      if (brace < 0) continue;
      int line = 1;
      for (int i = 0; i < start + brace; i++) if (text.charAt(i) == '\n') line++;
      found = new Found(body.substring(brace), line);
    }
    return found;
  }
}
