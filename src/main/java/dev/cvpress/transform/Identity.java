package dev.cvpress.transform;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What identifies the person, gathered from the header: the words of the name (each part alone, in any order and
 * letter case), the handles (the user part of the e-mail address and of each profile address, the name run
 * together as people make user names of it), the profile addresses and the person's own domains. Redaction asks
 * it whether a link points at the person and how the name and handles are found in text.
 */
final class Identity {
  /** Sites where a path names a person: a link to anything under that path is theirs. */
  private static final Set<String> PROFILE_SITES = Set.of("github.com", "gitlab.com", "bitbucket.org",
      "codeberg.org", "linkedin.com", "xing.com", "twitter.com", "x.com", "medium.com", "dev.to", "stackoverflow.com",
      "stackexchange.com", "kaggle.com", "huggingface.co", "instagram.com", "facebook.com", "youtube.com",
      "behance.net", "dribbble.com", "about.me", "orcid.org", "scholar.google.com", "researchgate.net", "keybase.io",
      "npmjs.com", "pypi.org", "hub.docker.com", "sourceforge.net", "mastodon.social", "fosstodon.org",
      "hachyderm.io", "bsky.app", "threads.net", "leetcode.com", "hackerrank.com", "codepen.io", "gist.github.com",
      "wellfound.com", "angel.co", "tiktok.com", "twitch.tv", "reddit.com", "t.me", "speakerdeck.com",
      "slideshare.net", "substack.com", "hashnode.com", "gitee.com", "sr.ht", "git.sr.ht");
  /** Sites that give each person a host of their own: the first label of such a host is a handle. */
  private static final Set<String> HOSTING_SITES = Set.of("github.io", "gitlab.io", "netlify.app", "vercel.app",
      "pages.dev", "substack.com", "medium.com", "wordpress.com", "blogspot.com", "tumblr.com", "hashnode.dev",
      "bsky.social", "neocities.org", "herokuapp.com", "codeberg.page", "wixsite.com", "carrd.co", "notion.site");
  /** Path words of profile addresses that name no one ({@code linkedin.com/in/…}, {@code …/users/123/…}). */
  private static final Set<String> PATH_WORDS = Set.of("in", "pub", "u", "user", "users", "profile", "profiles",
      "people", "c", "channel", "company", "en", "de", "fr", "es", "about", "home", "index.html", "cv", "resume");
  /** The user parts of an e-mail address that say nothing about who it is. */
  private static final Set<String> GENERIC_MAILBOXES = Set.of("me", "hi", "hello", "info", "contact", "mail",
      "email", "cv", "resume", "jobs", "job", "work", "career", "careers", "apply", "office", "post", "hallo",
      "kontakt", "bonjour", "hola", "ola", "ciao", "mailbox", "inbox");
  /** Words that join a name ("van", "de") but alone are ordinary words: replaced only beside the name. */
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di",
      "da", "das", "dos", "du", "la", "le", "lo", "y", "e", "bin", "binti", "ibn", "al", "el", "ter", "ten", "zu",
      "af", "av", "st");
  private static final int WORD = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /** Neither a letter nor a digit: where a whole word or handle starts and ends. */
  private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
  private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}_])";

  /** The name's own words (lower case, with and without accents), never particles or initials. */
  final Set<String> nameWords = new LinkedHashSet<>();
  /** Handles, lower case: user names the person goes by. */
  final Set<String> handles = new LinkedHashSet<>();
  /** Profile addresses, host and path without scheme or "www.", lower case. */
  final Set<String> profiles = new LinkedHashSet<>();
  /** Hosts that are the person's own: a link to one of them, or a subdomain, is theirs. */
  final Set<String> hosts = new LinkedHashSet<>();
  /** A run of the name's words, particles and initials, in any order, with at least one word of the name. */
  final Pattern nameRun;
  /** A handle, or {@code @} and a word of the name, as a whole word. */
  final Pattern handle;

  Identity(Header header, String otherName) {
    String name = header.name().isBlank() && otherName != null ? otherName : header.name();
    Set<String> particles = new LinkedHashSet<>();
    Set<String> initials = new LinkedHashSet<>();
    List<String> significant = new ArrayList<>();
    for (String token : PersonName.of(name).parts()) {
      String t = token.replaceAll("[.]+$", "");
      if (t.isEmpty()) continue;
      initials.add(t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT));
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.codePointCount(0, t.length()) == 1) continue;
      if (PARTICLES.contains(lower)) {
        particles.add(lower);
        continue;
      }
      significant.add(lower);
      addWord(lower);
      for (String piece : lower.split("[-‐]")) if (piece.length() > 1 && !PARTICLES.contains(piece)) addWord(piece);
    }
    if (significant.size() >= 2) nameHandles(significant.get(0), significant.get(significant.size() - 1));
    for (Contact c : header.contacts()) {
      if (c.kind() == Contact.Kind.LOCATION || c.kind() == Contact.Kind.PHONE) continue;
      String address = c.url() != null ? c.url() : c.label();
      if (c.kind() == Contact.Kind.EMAIL || address.startsWith("mailto:")) mailbox(address);
      else if (!address.startsWith("tel:")) profile(address);
    }
    handles.removeAll(nameWords);
    handles.removeIf(h -> h.length() < 3 || h.matches("\\d+"));
    nameRun = nameRun(particles, initials);
    List<String> atWords = new ArrayList<>(handles);
    atWords.addAll(nameWords);
    // "@jane_d", "@doe42", "@jane.doe": a user name made of the name's words, its initials after a mark, and
    // digits is the person's too; "@Janet" and "@jane_smithers" only start with "Jane" and are someone else.
    String letters = initials.isEmpty() ? "(?!)" : alternation(initials);
    String atTail = "(?:[._-]?(?:" + (nameWords.isEmpty() ? "(?!)" : alternation(nameWords)) + "|\\p{N}+)"
        + "|[._-]" + letters + ")*" + EDGE_AFTER;
    handle = atWords.isEmpty() ? null : Pattern.compile(EDGE_BEFORE + "(?:@" + alternation(atWords) + atTail + "|"
        + (handles.isEmpty() ? "(?!)" : alternation(handles)) + EDGE_AFTER + ")", WORD);
  }

  private void addWord(String word) {
    nameWords.add(word);
    nameWords.add(word.replace('\'', '’'));
    nameWords.add(word.replace('’', '\''));
    String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    nameWords.add(plain);
  }

  /** The user names people make of a name: janedoe, jane.doe, jane-doe, jane_doe, doejane, jdoe. */
  private void nameHandles(String first, String last) {
    for (String[] pair : List.of(new String[] {first, last}, new String[] {last, first})) {
      for (String sep : List.of("", ".", "-", "_")) handles.add(pair[0] + sep + pair[1]);
    }
    handles.add(first.substring(0, first.offsetByCodePoints(0, 1)) + last);
  }

  private void mailbox(String address) {
    String mail = address.replaceFirst("^mailto:", "").replaceFirst("\\?.*$", "").toLowerCase(Locale.ROOT);
    int at = mail.lastIndexOf('@');
    if (at <= 0) return;
    String user = mail.substring(0, at).replaceFirst("\\+.*$", "");
    if (!GENERIC_MAILBOXES.contains(user)) handles.add(user);
    String domain = mail.substring(at + 1);
    // A domain of the person's own (jane@doe.family), not an employer's or a mail provider's.
    if (namesThePerson(registrable(domain))) hosts.add(registrable(domain));
  }

  private void profile(String address) {
    Url url = Url.of(address);
    if (url == null) return;
    if (PROFILE_SITES.contains(url.host())) {
      if (url.path().isEmpty()) return;
      profiles.add(url.host() + url.path());
      for (String segment : url.segments()) {
        String s = segment.replaceFirst("^[@~]", "");
        if (!PATH_WORDS.contains(s) && !s.matches("\\d+")) handles.add(s);
      }
      return;
    }
    String hosting = hostingSite(url.host());
    if (hosting != null) {
      hosts.add(url.host());
      handles.add(url.host().substring(0, url.host().length() - hosting.length() - 1).replaceFirst(".*\\.", ""));
      if (!url.path().isEmpty()) profiles.add(url.host() + url.path());
      return;
    }
    String domain = registrable(url.host());
    // The person's site: the whole domain is theirs. A page deep in someone else's site is only that page.
    if (url.path().isEmpty() || namesThePerson(domain)) {
      hosts.add(domain);
      String label = domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.'));
      if (label.length() >= 3) handles.add(label);
    } else {
      profiles.add(url.host() + url.path());
    }
  }

  private boolean namesThePerson(String domain) {
    String label = domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain;
    return handles.contains(label) || nameWords.stream().anyMatch(w -> w.length() >= 3 && label.contains(w));
  }

  private static String hostingSite(String host) {
    for (String site : HOSTING_SITES) if (host.endsWith("." + site)) return site;
    return null;
  }

  /** The domain a person registers: the last two labels, or three under a country's own second level (co.uk). */
  static String registrable(String host) {
    String[] labels = host.split("\\.");
    if (labels.length < 2) return host;
    int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
        && Set.of("co", "com", "org", "net", "ac", "gov", "edu", "or", "ne").contains(labels[labels.length - 2])
        ? 3 : 2;
    return String.join(".", List.of(labels).subList(labels.length - keep, labels.length));
  }

  private Pattern nameRun(Set<String> particles, Set<String> initials) {
    if (nameWords.isEmpty()) return null;
    List<String> tokens = new ArrayList<>(nameWords);
    tokens.addAll(particles);
    String words = alternation(tokens);
    String letters = initials.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
    // An initial is a capital: "a Lovelace fan" keeps its article.
    // Each token ends at a word's edge, so that a run never gives back a word it took (see "alone" below).
    String token = "(?:" + words + "|(?-i:" + letters + ")\\.?)" + EDGE_AFTER;
    String separator = "(?:\\s+|\\s*[-‐]\\s*)";
    // "DOE, JANE": one word of the name before a comma; more would join a list of names into one.
    String rest = "(?:" + separator + token + ")*+";
    // A reversed name stands alone: "Doe, Jane Smith", "Doe, Jane Doe's" and "Doe, Jane, Smith" are two people.
    String alone = "(?!\\s*,\\s*(?-i:\\p{Lu})|\\s+(?-i:\\p{Lu})|['’]s" + EDGE_AFTER + ")";
    String run = EDGE_BEFORE + "(?:" + words + "\\s*,\\s*" + token + rest + alone + "|" + token + rest + ")";
    // Scripts written without spaces between words (Chinese, Japanese, Thai) have no word edges to look for.
    List<String> unspaced = nameWords.stream().filter(w -> UNSPACED.matcher(w).find()).toList();
    return Pattern.compile(unspaced.isEmpty() ? run : run + "|" + alternation(unspaced), WORD);
  }

  private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");

  /** Whether a stretch that {@link #nameRun} matched holds one of the name's own words. */
  boolean holdsName(String run) {
    for (String piece : run.toLowerCase(Locale.ROOT).split("[\\s,.\\-‐]+")) {
      if (nameWords.contains(piece)) return true;
    }
    return false;
  }

  private static String alternation(java.util.Collection<String> words) {
    return "(?:" + words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)") + ")";
  }

  /** Whether {@code address} reaches the person: mail, a phone, a profile of theirs or anything under it. */
  boolean personal(String address) {
    // A link within the document is checked like any other: a section anchor that held the name is renamed
    // before this is asked (Scrub), and a fragment that names the person still names them.
    if (address == null || address.isBlank()) return false;
    String lower = address.strip().toLowerCase(Locale.ROOT);
    if (lower.matches("^(mailto|tel|sms|callto|facetime|skype|whatsapp):.*")) return true;
    // An address with the name or a handle in it ("cv-jane-doe.pdf", "…/speakers/jane"): the address itself
    // would name the person in every link it stays in.
    for (String word : lower.split("[^\\p{L}\\p{N}'’]+")) {
      if (nameWords.contains(word) || handles.contains(word)) return true;
    }
    Url url = Url.of(lower);
    if (url == null) return false;
    for (String host : hosts) if (url.host().equals(host) || url.host().endsWith("." + host)) return true;
    String full = url.host() + url.path();
    for (String p : profiles) if (full.equals(p) || full.startsWith(p + "/")) return true;
    List<String> labels = List.of(url.host().split("\\."));
    for (String label : labels.subList(0, Math.max(0, labels.size() - 1))) if (handles.contains(label)) return true;
    for (String part : url.parts()) if (handles.contains(part.replaceFirst("^[@~]", ""))) return true;
    return false;
  }

  /**
   * An address taken apart: the host without "www." or port, the path without a trailing slash, the path's
   * segments, and every part a person's handle may stand in (segments, query values, fragment).
   */
  record Url(String host, String path, List<String> segments, List<String> parts) {
    private static final Pattern SCHEME = Pattern.compile("^(?:https?|ftp)://", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    static Url of(String address) {
      String a = address.strip().toLowerCase(Locale.ROOT);
      boolean web = SCHEME.matcher(a).find();
      a = SCHEME.matcher(a).replaceFirst("").replaceFirst("^//", "");
      int end = indexOfAny(a, "/?#");
      String authority = end < 0 ? a : a.substring(0, end);
      String rest = end < 0 ? "" : a.substring(end);
      String host = authority.replaceFirst("^.*@", "").replaceFirst(":\\d*$", "").replaceFirst("^www\\.", "");
      // Without a scheme, a host needs a top-level domain of letters ("v1.2" is no host).
      if (!HOST.matcher(host).matches() || !web && !host.matches(".*\\.[a-z]{2,}")) return null;
      String path = rest.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
      List<String> segments = List.of(path.split("/")).stream().filter(s -> !s.isEmpty()).toList();
      List<String> parts = List.of(rest.split("[/?#&=]")).stream().filter(s -> !s.isEmpty())
          .map(s -> s.replaceFirst("\\.(html?|php|png|jpe?g|svg|pdf)$", "")).toList();
      return new Url(host, path, segments, parts);
    }

    private static int indexOfAny(String s, String chars) {
      for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
      return -1;
    }
  }
}
