package dev.cvpress.parse;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Contact.Kind;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the ways people write contact details in Markdown: {@code *email*: a@b.c}, {@code Phone: ...},
 * {@code GitHub: [x](url)}, or one line of items separated by {@code |} or {@code ·}.
 */
final class ContactLines {
  private ContactLines() {}

  private static final Pattern LABELLED = Pattern.compile(
      "^[\\s*_]*(e-?mail|mail|phone|tel|telephone|mobile|cell|location|address|city|based in|website|web"
          + "|homepage|home page|site|blog|portfolio|github|gitlab|linkedin|twitter|x|mastodon|telegram"
          + "|wechat|skype)[\\s*_]*[:：][\\s*_]*(.*[^\\s*_])[\\s*_]*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MD_LINK = Pattern.compile("^\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?\\s*\\)$");
  private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");
  private static final Pattern ADDRESS_LIKE = Pattern.compile("^[^\\s@<>()\\[\\],;:/]+@[^\\s@<>()\\[\\],;:/]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[\\d][\\d\\s().-]{5,}\\d$");
  private static final Pattern URLISH = Pattern.compile(
      "^(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?$", Pattern.CASE_INSENSITIVE);
  /** A phone with what kind it is: {@code Phone (mobile): …}, {@code Tel. (office): …}. */
  private static final Pattern QUALIFIED_PHONE = Pattern.compile(
      "^[\\s*_]*(?:phone|tel\\.?|telephone|mobile|cell)\\s*\\(([^()]{1,20})\\)[\\s*_]*[:：][\\s*_]*"
          + "(.*[^\\s*_])[\\s*_]*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A short label, a colon and a value: a detail such as a licence or an ORCID, written as a field. */
  private static final Pattern FIELD = Pattern.compile("^([\\p{L}][\\p{L} .'()-]{1,24})[:：]\\s*(\\S.{0,60})$");
  private static final Pattern EMPTY_FIELD = Pattern.compile("^[\\p{L}][\\p{L} .'-]{0,24}[:：]$");
  private static final int MAX_LENGTH = 1000;
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•]\\s+|\\s*\\|\\s*|\\s+·\\s+");

  /** The contacts written in a paragraph's Markdown source, or null when the paragraph is not a contact block. */
  static List<Contact> read(String markdown) {
    // Contact lines are short; a long paragraph is prose, and splitting it by separators costs time for nothing.
    if (markdown.length() > MAX_LENGTH) return null;
    String[] lines = markdown.strip().split("\n");
    List<Contact> contacts = new ArrayList<>();
    boolean allLabelled = true;
    for (String line : lines) {
      Matcher m = LABELLED.matcher(line.strip());
      // "Mobile: … | ORCID: …" is a line of several items, each read on its own below.
      boolean one = m.matches() || QUALIFIED_PHONE.matcher(line.strip()).matches();
      if (!one || SEPARATORS.split(line.strip()).length > 1) {
        allLabelled = false;
        break;
      }
      Contact c = item(line.strip());
      if (c == null) return null;
      contacts.add(c);
    }
    if (allLabelled && !contacts.isEmpty()) return contacts;
    if (lines.length > 2) return null;
    return separated(markdown.strip().replace('\n', ' '));
  }

  private static List<Contact> separated(String line) {
    String[] parts = SEPARATORS.split(line);
    if (parts.length < 2) {
      // A line holding only an address or a number is a contact line too.
      Contact only = guess(line.strip());
      if (only == null) return null;
      boolean clear = only.kind() == Kind.EMAIL || only.kind() == Kind.PHONE;
      return clear && line.strip().length() <= 80 ? List.of(only) : null;
    }
    List<Contact> contacts = new ArrayList<>();
    int strong = 0;
    for (String raw : parts) {
      String part = raw.strip();
      if (part.isEmpty() || part.length() > 80) return null;
      // "License:" with nothing after it names nothing: the line's other items are still its contacts.
      if (EMPTY_FIELD.matcher(part).matches()) continue;
      Contact c = item(part);
      if (c == null) return null;
      // "License: MA RN #2289145", "ORCID: 0000-0002-…": a labelled detail is as clear a contact as an address.
      if (c.kind() == Kind.OTHER) strong++;
      if (c.kind() != Kind.LOCATION && c.kind() != Kind.OTHER) strong++;
      contacts.add(c);
    }
    if (contacts.size() == 1 && strong == 1) {
      Kind only = contacts.get(0).kind();
      return only == Kind.EMAIL || only == Kind.PHONE ? contacts : null;
    }
    if (strong >= 2 && strong >= contacts.size() - 1) return contacts;
    // "ada@example.com · London": an address or a number with a short place beside it is a contact line too.
    boolean clear = contacts.stream().anyMatch(c -> c.kind() == Kind.EMAIL || c.kind() == Kind.PHONE);
    boolean place = contacts.stream().anyMatch(c -> c.kind() == Kind.LOCATION && PLACE.matcher(c.label()).matches());
    return contacts.size() == 2 && clear && place ? contacts : null;
  }

  /**
   * One contact item, as written in a contact line or the front matter's {@code links}: a labelled one
   * ({@code Phone: …}, {@code GitHub: …}), a labelled detail ({@code ORCID: …}, its value perhaps a link), else
   * guessed from what it looks like; null when it has no text to show.
   */
  static Contact item(String part) {
    Matcher qualified = QUALIFIED_PHONE.matcher(part);
    if (qualified.matches()) {
      // The kind of phone stays with the number, as its label shows it: "+44 7700 900123 (mobile)".
      Contact phone = labelled("phone", qualified.group(2).strip());
      return phone == null ? null : new Contact(Kind.PHONE, phone.label() + " (" + qualified.group(1).strip() + ")",
          phone.url());
    }
    Matcher labelled = LABELLED.matcher(part);
    if (labelled.matches()) return labelled(labelled.group(1), labelled.group(2).strip());
    Matcher field = FIELD.matcher(part);
    if (field.matches() && !URLISH.matcher(part).matches()) {
      String[] value = link(field.group(2).strip());
      return new Contact(Kind.OTHER, field.group(1).strip() + ": " + value[0], value[1]);
    }
    return guess(part);
  }

  /**
   * A short place: up to four words, each capitalised ("Berlin, Germany", "New York, NY") or a small linking word
   * ("Frankfurt am Main", "Stratford-upon-Avon"), and no word that names a job.
   */
  private static final Pattern PLACE = Pattern.compile("(?U)(?!.*\\b(?:[A-Za-z]*(?:Engineer|Developer|Manager|Designer"
      + "|Scientist|Architect|Analyst|Consultant|Director|Student|Researcher|Lead|Officer|Specialist|Writer"
      + "|Teacher|Nurse|Intern))\\b)(?=.{2,40}$)\\p{Lu}[\\p{L}'.-]*,?(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|am|an|im|de|del|la"
      + "|le|upon|on|sur|di)\\b,?){0,3}");

  private static Contact labelled(String label, String value) {
    String[] link = link(value);
    String text = link[0];
    String url = link[1];
    if (text.isBlank()) return null; // `Phone: <>` or `[](x)` names nothing
    return switch (label.toLowerCase(Locale.ROOT).replace("-", "")) {
      // A word that is no whole address is still the address (and a warning); a sentence is prose.
      case "email", "mail" -> url == null && text.codePoints().anyMatch(Character::isWhitespace) ? null : email(value);
      case "phone", "tel", "telephone" -> new Contact(Kind.PHONE, text, telUrl(text));
      // "Mobile: …" says what kind of phone it is, as "Phone (mobile): …" does: the kind stays with the number.
      case "mobile", "cell" -> new Contact(Kind.PHONE, withKind(text, label.strip().toLowerCase(Locale.ROOT)),
          telUrl(text));
      case "location", "address", "city", "based in" -> new Contact(Kind.LOCATION, text, null);
      case "github" -> profile(Kind.GITHUB, "github.com", text, url);
      case "linkedin" -> profile(Kind.LINKEDIN, "linkedin.com/in", text, url);
      case "website", "web", "homepage", "home page", "site", "blog", "portfolio" ->
          new Contact(Kind.WEBSITE, display(text), url != null ? url : httpUrl(text));
      default -> new Contact(Kind.OTHER, label.strip() + ": " + text, url);
    };
  }

  /** A phone number followed by its kind, {@code +44 7700 900123 (mobile)}, unless the number says it already. */
  private static String withKind(String number, String kind) {
    return number.toLowerCase(Locale.ROOT).endsWith("(" + kind + ")") ? number : number + " (" + kind + ")";
  }

  /**
   * A value said to be an email address ({@code email:}, {@code Email: …}) as an email contact, whatever it looks
   * like: a link's text with its {@code mailto:} target, or the address; null when it has no text to show. What is
   * wrong with the address is {@link #emailProblem}'s to say.
   */
  static Contact email(String value) {
    String[] link = link(value);
    String text = link[0];
    String url = link[1];
    if (text.isBlank()) return null;
    if (url != null && url.regionMatches(true, 0, "mailto:", 0, 7)) return new Contact(Kind.EMAIL, text, url);
    String address = stripMailto(text);
    return new Contact(Kind.EMAIL, address, "mailto:" + address);
  }

  /** The address an email contact sends to. */
  static String address(Contact email) {
    return stripMailto(email.url());
  }

  /**
   * What keeps mail from reaching an address, as the end of a sentence that starts with the address ("lacks a
   * domain …"); null when it reads as an address.
   */
  static String emailProblem(String address) {
    if (EMAIL.matcher(address).matches()) return null;
    if (address.codePoints().anyMatch(Character::isWhitespace)) return "has a space in it";
    int at = address.indexOf('@');
    if (at < 0) return "has no `@`";
    if (address.indexOf('@', at + 1) >= 0) return "has more than one `@`";
    if (at == 0) return "has no name before the `@`";
    String domain = address.substring(at + 1);
    if (domain.isEmpty()) return "lacks a domain after the `@`";
    if (!domain.contains(".")) return "lacks a domain: `" + domain + "` has no ending such as `.com` or `.org`";
    if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
      return "has an incomplete domain, `" + domain + "`";
    }
    return "has a character an address cannot hold";
  }

  /** The warning for an address mail cannot reach, at the address. */
  static Diagnostic invalidEmail(SourcePos pos, String address, String problem) {
    return Diagnostic.warning(Code.EMAIL_INVALID, pos, "email address `" + address + "` " + problem
        + "; mail to it cannot arrive", "write the whole address, such as `ada@example.com`");
  }

  /** Guesses what an unlabelled contact item is; null when it has no text to show. */
  static Contact guess(String part) {
    String[] link = link(part);
    String text = link[0];
    String url = link[1];
    if (text.isBlank()) return null;
    String bare = stripMailto(text);
    // A word with an @ inside is an address, if a broken one (`ada@example`): a contact, warned about where it is
    // written, rather than a place that leaves the résumé with no way to reach its author.
    if (EMAIL.matcher(bare).matches() || ADDRESS_LIKE.matcher(bare).matches()) {
      return new Contact(Kind.EMAIL, bare, "mailto:" + bare);
    }
    if (PHONE.matcher(text).matches()) return new Contact(Kind.PHONE, text, telUrl(text));
    String target = url != null ? url : text;
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.contains("github.com/")) return profile(Kind.GITHUB, "github.com", text, url);
    if (lower.contains("linkedin.com/")) return profile(Kind.LINKEDIN, "linkedin.com/in", text, url);
    if (url != null || URLISH.matcher(text).matches()) {
      return new Contact(Kind.WEBSITE, display(text), url != null ? url : httpUrl(text));
    }
    return new Contact(Kind.LOCATION, text, null);
  }

  /** A GitHub or LinkedIn profile given as a user name, a host path or a full URL. */
  static Contact profile(Kind kind, String hostPath, String text, String url) {
    String value = url != null ? url : text;
    String handle = value.replaceFirst("(?i)^(https?://)?(www\\.)?", "").replaceFirst("/+$", "");
    if (!handle.contains("/")) handle = hostPath + "/" + handle.replaceFirst("^@", "");
    String label = url != null && !text.equals(url) ? text : handle;
    return new Contact(kind, label, "https://" + handle);
  }

  private static String[] link(String value) {
    String v = value.strip();
    Matcher m = MD_LINK.matcher(v);
    if (m.matches()) return new String[] {m.group(1).strip(), m.group(2)};
    if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
    return new String[] {v, null};
  }

  private static String stripMailto(String s) {
    return s.replaceFirst("(?i)^mailto:", "");
  }

  private static String telUrl(String phone) {
    return "tel:" + phone.replaceAll("[^+\\d]", "");
  }

  private static String httpUrl(String text) {
    return text.matches("(?i)^https?://.*") ? text : "https://" + text;
  }

  private static String display(String text) {
    return text.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
  }
}
