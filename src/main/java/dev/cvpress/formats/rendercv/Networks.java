package dev.cvpress.formats.rendercv;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** RenderCV's social networks ({@code network} and {@code username}) as the links its themes make of them. */
final class Networks {
  private Networks() {}

  /** Each network RenderCV knows, by its name in lower case, and the address of a username there. */
  private static final Map<String, String> ADDRESSES = Map.ofEntries(
      Map.entry("linkedin", "https://linkedin.com/in/%s"),
      Map.entry("github", "https://github.com/%s"),
      Map.entry("gitlab", "https://gitlab.com/%s"),
      Map.entry("imdb", "https://imdb.com/name/%s"),
      Map.entry("instagram", "https://instagram.com/%s"),
      Map.entry("orcid", "https://orcid.org/%s"),
      Map.entry("stackoverflow", "https://stackoverflow.com/users/%s"),
      Map.entry("researchgate", "https://researchgate.net/profile/%s"),
      Map.entry("youtube", "https://youtube.com/@%s"),
      Map.entry("google scholar", "https://scholar.google.com/citations?user=%s"),
      Map.entry("telegram", "https://t.me/%s"),
      Map.entry("whatsapp", "https://wa.me/%s"),
      Map.entry("leetcode", "https://leetcode.com/u/%s"),
      Map.entry("x", "https://x.com/%s"),
      Map.entry("bluesky", "https://bsky.app/profile/%s"),
      Map.entry("reddit", "https://reddit.com/user/%s"));

  /** Each network's name as RenderCV spells it, by its name in lower case. */
  private static final java.util.List<String> NAMES = java.util.List.of("LinkedIn", "GitHub", "GitLab", "IMDB",
      "Instagram", "ORCID", "Mastodon", "StackOverflow", "ResearchGate", "YouTube", "Google Scholar", "Telegram",
      "WhatsApp", "Leetcode", "X", "Bluesky", "Reddit");

  /** A network and a username on it, as RenderCV's {@code social_networks} hold them. */
  record Profile(String network, String username) {}

  /**
   * The profile a link of a résumé's header is: the network whose address it has, and the username there (as the
   * label {@code Network: name} wrote it, else from the address); null when it is no network RenderCV knows.
   */
  static Profile of(String label, String url) {
    if (url == null) return null;
    String address = url.replaceFirst("(?i)^https?://(www\\.)?", "https://").replaceFirst("/+$", "");
    for (String name : NAMES) {
      String net = name.toLowerCase(Locale.ROOT);
      String user = user(net, address);
      if (user == null) continue;
      String prefix = name + ": ";
      if (label != null && label.regionMatches(true, 0, prefix, 0, prefix.length())) {
        user = label.substring(prefix.length()).strip();
      }
      return user.isEmpty() ? null : new Profile(name, user);
    }
    return null;
  }

  /** The username in {@code address} on the network {@code net}; null when the address is not that network's. */
  private static String user(String net, String address) {
    if (net.equals("mastodon")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("https://([^/]+)/@([^/?#]+)").matcher(address);
      return m.matches() && !m.group(1).contains("youtube.com") ? "@" + m.group(2) + "@" + m.group(1) : null;
    }
    String pattern = ADDRESSES.get(net);
    String[] around = pattern.split("%s", -1);
    if (!address.regionMatches(true, 0, around[0], 0, around[0].length()) || !address.endsWith(around[1])) return null;
    String user = address.substring(around[0].length(), address.length() - around[1].length());
    if (user.isEmpty() || !net.equals("stackoverflow") && user.contains("/")) return null;
    return java.net.URLDecoder.decode(user, StandardCharsets.UTF_8);
  }

  /** Whether RenderCV knows the network. */
  static boolean known(String network) {
    String net = network.toLowerCase(Locale.ROOT);
    return ADDRESSES.containsKey(net) || net.equals("mastodon");
  }

  /**
   * The front-matter {@code links} item for a profile: {@code github.com/name} and {@code linkedin.com/in/name}
   * as cvpress shows them (with their icons), others as {@code [Network: name](https://…)}.
   */
  static String link(String network, String username) {
    String net = network.toLowerCase(Locale.ROOT);
    String user = username.startsWith("@") && !net.equals("mastodon") ? username.substring(1) : username;
    if (net.equals("github")) return "github.com/" + user;
    if (net.equals("linkedin")) return "linkedin.com/in/" + user;
    String url = url(net, user);
    String label = network + ": " + username;
    return url == null ? label : "[" + label.replace("[", "\\[").replace("]", "\\]") + "](" + url + ")";
  }

  private static String url(String net, String user) {
    if (net.equals("mastodon")) {
      // @name@host, as Mastodon writes it: the profile lives on the host.
      String[] parts = user.replaceFirst("^@", "").split("@");
      return parts.length == 2 ? "https://" + parts[1] + "/@" + parts[0] : null;
    }
    String address = ADDRESSES.get(net);
    if (address == null) return null;
    String path = net.equals("stackoverflow") ? user : URLEncoder.encode(user, StandardCharsets.UTF_8);
    return String.format(address, path);
  }
}
