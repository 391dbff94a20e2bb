package dev.cvpress.parse;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Suggestions;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Origin;
import dev.cvpress.model.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the front matter says about the résumé, with {@code --set} overrides applied: the name, headline, contact
 * details, document facts and the style options, each style option with where it was set.
 *
 * <p>Style options come from the {@code style:} map, from top-level keys that name a style option (other tools
 * use those keys too, so such a value is marked as from the top level), and from overrides, in rising precedence.
 */
final class FrontMatterFields {
  /** The front-matter keys cvpress reads (style options aside); the JSON Schema lists them from here. */
  static final List<String> KEYS = List.of("name", "headline", "email", "phone", "location", "website", "github",
      "linkedin", "links", "photo", "lang", "keywords", "style", "title", "date", "languages", "check",
      "check.words");

  private final SourceText src;
  private final FrontMatter fm;
  private final Map<String, Object> data;
  private final Map<String, String> style = new LinkedHashMap<>();
  private final Map<String, SourcePos> stylePos = new LinkedHashMap<>();
  private final Set<String> fromTopLevel = new HashSet<>();
  private final Map<String, Origin> styleOrigins = new LinkedHashMap<>();
  private final Set<String> overridden = new HashSet<>();
  private final List<String> declaredLanguages;

  /**
   * @param overrides {@code key=value} pairs that replace front matter ({@code style.x} or a style key set a style)
   * @param styleKeys the names of the style options, which set a style when written at the top level
   * @param warnings where a {@code style} that is not a map is reported
   */
  FrontMatterFields(SourceText src, FrontMatter fm, Map<String, String> overrides, Collection<String> styleKeys,
      List<Diagnostic> warnings) {
    this.src = src;
    this.fm = fm;
    this.data = new LinkedHashMap<>(fm.data());
    Object styleMap = data.get("style");
    if (styleMap instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        style.put(String.valueOf(k), scalar(v));
        stylePos.put(String.valueOf(k), nestedKeyPos("style", String.valueOf(k)));
      });
    } else if (styleMap != null) {
      warnings.add(src.at(Diagnostic.warning(Code.FRONT_MATTER_VALUE_IGNORED, fm.keyPos(src.file, "style"),
          "`style` is not a map of cvpress options; ignored",
          "cvpress's options go under `style:` as `key: value` lines, e.g. `style: {theme: classic}`")));
    }
    for (String key : styleKeys) {
      Object value = data.get(key);
      if (value != null && !style.containsKey(key)) {
        style.put(key, scalar(value));
        stylePos.put(key, fm.keyPos(src.file, key));
        fromTopLevel.add(key);
      }
    }
    overrides.forEach((k, v) -> {
      String key = k.startsWith("style.") ? k.substring(6) : k;
      if (k.startsWith("style.") || styleKeys.contains(k)) {
        fromTopLevel.remove(key);
        style.put(key, v);
        stylePos.put(key, SourcePos.file("--set " + k));
        styleOrigins.put(key, Origin.COMMAND_LINE);
      } else {
        if (!KEYS.contains(k) && !LetterParser.KEYS.contains(k)) warnings.add(setsNothing(k, styleKeys));
        data.put(k, v);
        overridden.add(k);
      }
    });
    declaredLanguages = FrontMatterLanguages.declared(fm.data().get("lang"), fm.data().get("languages"));
    FrontMatterLanguages.choose(data, lang(), text(fm.data(), "lang"), declaredLanguages,
        (key, lang) -> lang == null ? fm.keyPos(src.file, key) : nestedKeyPos(key, lang), warnings);
  }

  /**
   * The language the résumé is rendered in: {@code --lang} (or {@code --set lang=…}), else the front matter's
   * {@code lang}, else the first of its {@code languages}, else English.
   */
  private String lang() {
    String lang = text("lang");
    return lang != null ? lang : declaredLanguages.get(0);
  }

  /** A {@code --set} key that is neither a style option nor a key cvpress reads: most often a typo. */
  private static Diagnostic setsNothing(String key, Collection<String> styleKeys) {
    String style = Suggestions.closest(key, styleKeys);
    String field = Suggestions.closest(key, KEYS);
    String meant = style != null && (field == null
        || Suggestions.distance(key, style) <= Suggestions.distance(key, field)) ? style : field;
    String hint = meant != null
        ? "did you mean `" + meant + "` (" + (meant.equals(style) ? "a style option" : "a front-matter key")
            + ")? write `--set " + meant + "=…`"
        : "the style options are: " + String.join(", ", styleKeys) + "; the front-matter keys cvpress reads: "
            + String.join(", ", KEYS);
    return Diagnostic.warning(Code.UNKNOWN_FRONT_MATTER_KEY, SourcePos.file("--set " + key),
        "`" + key + "` is neither a style option nor a front-matter key cvpress reads: it changes nothing", hint);
  }

  String name() {
    return text("name");
  }

  /** The names an H1 at the top may repeat: the name, and the front matter's own when {@code --set} replaced it. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    if (name() != null) names.add(name());
    Object written = fm.data().get("name");
    if (written != null && !(written instanceof Map) && !(written instanceof List) && !scalar(written).isBlank()
        && !names.contains(scalar(written).strip())) {
      names.add(scalar(written).strip());
    }
    return names;
  }

  /** Whether {@code --set name=…} gave the name and the front matter has none: an H1 at the top is the one replaced. */
  boolean nameOnlyFromCommandLine() {
    return overridden.contains("name") && !fm.data().containsKey("name");
  }

  String headline() {
    return text("headline");
  }

  String photo() {
    return text("photo");
  }

  String title() {
    return text("title");
  }

  /** Where the title was set: its line in the front matter, or the override. */
  SourcePos titlePos() {
    return overridden.contains("title") ? SourcePos.file("--set title") : fm.keyPos(src.file, "title");
  }

  /**
   * The document facts and style options.
   *
   * @param title the document title, which the body may give when the front matter does not (a "# Résumé")
   */
  Meta meta(String title) {
    return new Meta(title, lang(), keywords(), text("date"), style, stylePos, fromTopLevel, styleOrigins,
        declaredLanguages);
  }

  /** The top-level keys as written in the file (overrides aside), with where each is. */
  Map<String, SourcePos> keys() {
    Map<String, SourcePos> keys = new LinkedHashMap<>();
    for (String key : fm.data().keySet()) keys.put(key, fm.keyPos(src.file, key));
    return keys;
  }

  /**
   * The contacts in {@code email}, {@code phone}, {@code location}, {@code website}, {@code github},
   * {@code linkedin} and {@code links}, in that order; an item with nothing to show is null.
   *
   * @param warnings where {@code links} that is neither a list nor a map is reported
   */
  List<Contact> contacts(List<Diagnostic> warnings) {
    List<Contact> found = new ArrayList<>();
    String email = text("email");
    if (email != null) {
      Contact c = ContactLines.email(email);
      String problem = c == null ? null : ContactLines.emailProblem(ContactLines.address(c));
      if (problem != null) {
        String address = ContactLines.address(c);
        warnings.add(src.at(ContactLines.invalidEmail(valuePos("email", address), address, problem)));
      }
      found.add(c);
    }
    String phone = text("phone");
    if (phone != null) found.add(new Contact(Contact.Kind.PHONE, phone, "tel:" + phone.replaceAll("[^+\\d]", "")));
    String location = text("location");
    if (location != null) found.add(new Contact(Contact.Kind.LOCATION, location, null));
    String website = text("website");
    if (website != null) found.add(ContactLines.guess(website));
    String github = text("github");
    if (github != null) found.add(ContactLines.profile(Contact.Kind.GITHUB, "github.com", github, null));
    String linkedin = text("linkedin");
    if (linkedin != null) found.add(ContactLines.profile(Contact.Kind.LINKEDIN, "linkedin.com/in", linkedin, null));
    Object links = data.get("links");
    if (links instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Object url = m.get("url");
          Object label = m.containsKey("label") ? m.get("label") : m.get("name");
          if (url != null) found.add(ContactLines.guess("[" + (label != null ? label : url) + "](" + url + ")"));
        } else if (o != null) {
          found.add(ContactLines.item(scalar(o)));
        }
      }
    } else if (links instanceof Map<?, ?> m) {
      m.forEach((label, url) -> found.add(ContactLines.guess("[" + label + "](" + url + ")")));
    } else if (links != null) {
      warnings.add(src.at(Diagnostic.warning(Code.FRONT_MATTER_VALUE_IGNORED, fm.keyPos(src.file, "links"),
          "`links` should be a list of URLs; ignored", "write links as a list: `links: [https://example.com]`")));
    }
    return found;
  }

  /** A list of keywords, or one string of them separated by commas. */
  private List<String> keywords() {
    Object k = data.get("keywords");
    if (k instanceof List<?> list) {
      return list.stream().map(FrontMatterFields::scalar).filter(s -> !s.isBlank()).toList();
    }
    if (k != null) {
      return Arrays.stream(scalar(k).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    return List.of();
  }

  /** A key's value as text; null when it is missing, blank, a list or a map. */
  private String text(String key) {
    return text(data, key);
  }

  private static String text(Map<String, Object> data, String key) {
    Object v = data.get(key);
    if (v == null || v instanceof Map || v instanceof List) return null;
    String s = scalar(v).strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * Where a top-level key's value is: the column of {@code value} on the key's line (the key's own position when
   * it is not there, as in a block scalar), or the {@code --set} that gave it.
   */
  private SourcePos valuePos(String key, String value) {
    if (overridden.contains(key)) return SourcePos.file("--set " + key);
    SourcePos toml = fm.tomlValuePos(src.file, key);
    if (toml != null) return toml;
    SourcePos keyPos = fm.keyPos(src.file, key);
    String line = src.line(keyPos.line());
    if (line == null) return keyPos;
    Matcher m = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*[:=]").matcher(line);
    int from = m.find() ? m.end() : 0;
    int at = line.indexOf(value, from);
    return at < 0 ? keyPos : src.pos(keyPos.line(), at + 1);
  }

  /** The line of {@code child:} inside the {@code parent:} block of the front matter. */
  private SourcePos nestedKeyPos(String parent, String child) {
    SourcePos toml = fm.tomlValuePos(src.file, parent, child);
    if (toml != null) return toml;
    SourcePos parentPos = fm.keyPos(src.file, parent);
    Pattern p = Pattern.compile("^(\\s+|.*[{,]\\s*)\"?" + Pattern.quote(child) + "\"?\\s*[:=]");
    for (int line = parentPos.line(); line < fm.bodyLine(); line++) {
      String text = src.line(line);
      if (text == null) break;
      Matcher m = p.matcher(text);
      if (m.find()) return src.pos(line, m.end(1) + 1);
    }
    return parentPos;
  }

  /** A value as text; a list as its items joined by commas. */
  private static String scalar(Object v) {
    if (v instanceof List<?> l) return String.join(",", l.stream().map(FrontMatterFields::scalar).toList());
    return v == null ? "" : String.valueOf(v);
  }
}
