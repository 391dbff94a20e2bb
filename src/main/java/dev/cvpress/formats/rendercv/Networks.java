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
