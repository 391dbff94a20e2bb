package dev.cvpress.formats.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.formats.markdown.MarkdownDocument;
import dev.cvpress.model.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JSON Resume's {@code basics} contact fields and cvpress's contacts: {@code email}, {@code phone}, {@code url}
 * and {@code location} are the first of their kind; every other contact is a profile ({@code network},
 * {@code username}, {@code url}), shown as {@code Network: username} unless it is GitHub or LinkedIn, which have
 * icons of their own.
 */
final class Contacts {
  private Contacts() {}

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  /** What a Markdown link in a front-matter list may hold and still be read as one. */
  private static final Pattern LINK_LABEL = Pattern.compile("[^\\[\\]\\n]+");
  private static final Pattern LINK_URL = Pattern.compile("[^)\\s<>]+");

  // ---- JSON Resume to Markdown ----

  /** A location object as one line: address, city, region, postal code, country code. */
  static String location(ObjectNode location) {
    if (location == null) return null;
    List<String> parts = new ArrayList<>();
    for (String field : List.of("address", "city", "region", "postalCode", "countryCode")) {
      String v = Json.text(location, field);
      if (v != null) parts.add(v.strip().replaceAll("\\s*\\n\\s*", ", "));
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /**
   * The labelled contact line of a profile with no address on a network cvpress reads such lines for
   * ({@code Twitter: @me}); null for any other profile, which is a link.
   */
  static String labelledLine(JsonNode profile) {
    String network = Json.text(profile, "network");
    String user = Json.text(profile, "username");
    if (network == null || user == null || Json.text(profile, "url") != null
        || !ToMarkdown.LABELLED_NETWORKS.contains(network.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return network.strip() + ": " + user;
  }

  /** A profile as an entry of the front matter's {@code links}; null when it has nothing to link. */
  static String link(JsonNode profile) {
    String network = Json.text(profile, "network");
    String user = Json.text(profile, "username");
    String url = Json.text(profile, "url");
    String net = network == null ? "" : network.strip().toLowerCase(Locale.ROOT);
    if (net.equals("github") || net.equals("linkedin")) {
      if (url != null) return user == null || user.equals(lastSegment(url)) || !linkable(url) ? url : link(user, url);
      if (user == null) return null;
      return (net.equals("github") ? "github.com/" : "linkedin.com/in/") + user;
    }
    if (url == null) return null;
    String label = network != null && user != null ? network + ": " + user : user != null ? user : network;
    return label == null || !linkable(url) ? url : link(label, url);
  }

  private static String link(String label, String url) {
    return LINK_LABEL.matcher(label).matches() ? "[" + label + "](" + url + ")" : url;
  }

  private static boolean linkable(String url) {
    return LINK_URL.matcher(url).matches();
  }

  /**
   * Contacts exactly as a Markdown résumé had them ({@code kind}, {@code label}, {@code url} each), written so that
   * cvpress reads them back the same: front-matter keys, and links for the rest.
   */
  static void write(JsonNode contacts, MarkdownDocument doc, List<String> links, List<String> linkOrigins) {
    boolean email = false;
    boolean phone = false;
    boolean location = false;
    for (int i = 0; i < contacts.size(); i++) {
      JsonNode c = contacts.get(i);
      String kind = String.valueOf(Json.text(c, "kind"));
      String label = Json.text(c, "label");
      String url = Json.text(c, "url");
      String origin = "/meta/cvpress/contacts/" + i;
      if (label == null) continue;
      switch (kind) {
        case "email" -> {
          if (!email) doc.field("email", label, origin);
          else {
            links.add(label);
            linkOrigins.add(origin);
          }
          email = true;
        }
        // A second phone or place, and a labelled detail, are links' items read as a contact line's are.
        case "phone" -> {
          if (!phone) doc.field("phone", label, origin);
          else addLink(links, linkOrigins, "Phone: " + label, origin);
          phone = true;
        }
        case "location" -> {
          if (!location) doc.field("location", label, origin);
          else addLink(links, linkOrigins, "Location: " + label, origin);
          location = true;
        }
        case "other" -> {
          int colon = label.indexOf(": ");
          if (url != null && colon > 0) {
            addLink(links, linkOrigins, label.substring(0, colon) + ": " + link(label.substring(colon + 2), url),
                origin);
          } else {
            addLink(links, linkOrigins, label, origin);
          }
        }
        default -> {
          boolean asShown = url != null && (label.equals(display(url)) || label.equals(handle(url)));
          links.add(url == null ? label : asShown ? url : link(label, url));
          linkOrigins.add(origin);
        }
      }
    }
  }

  private static void addLink(List<String> links, List<String> origins, String item, String origin) {
    links.add(item);
    origins.add(origin);
  }

  /** What the contact fields of {@code basics} are now, to tell whether cvpress's exact list still applies. */
  static String fingerprint(ObjectNode basics) {
    ObjectNode fields = Json.NODES.objectNode();
    for (String f : List.of("email", "phone", "url", "location", "profiles")) {
      JsonNode v = basics == null ? null : Json.pruned(basics.get(f));
      if (v != null) fields.set(f, v);
    }
    return Json.fingerprint(fields);
  }

  // ---- cvpress's contacts to JSON Resume ----

  /** Sets {@code basics}' contact fields from the résumé's contacts, in their order. */
  static void toBasics(List<Contact> contacts, ObjectNode basics) {
    ArrayNode profiles = Json.NODES.arrayNode();
    for (Contact c : contacts) {
      switch (c.kind()) {
        case EMAIL -> {
          if (!basics.has("email")) basics.put("email", c.label());
          else profiles.add(profile("Email", c.label(), c.url()));
        }
        case PHONE -> {
          if (!basics.has("phone")) basics.put("phone", c.label());
          else profiles.add(profile("Phone", c.label(), null));
        }
        case LOCATION -> {
          if (!basics.has("location")) basics.set("location", location(c.label()));
          else profiles.add(profile("Location", c.label(), null));
        }
        case WEBSITE -> {
          if (!basics.has("url") && c.url() != null && c.label().equals(display(c.url()))) {
            basics.put("url", c.url());
          } else {
            profiles.add(named(c.label(), c.url()));
          }
        }
        case GITHUB -> profiles.add(profile("GitHub", user(c), c.url()));
        case LINKEDIN -> profiles.add(profile("LinkedIn", user(c), c.url()));
        case OTHER -> profiles.add(named(c.label(), c.url()));
      }
    }
    if (!profiles.isEmpty()) basics.set("profiles", profiles);
  }

  /** The contacts as they are, for {@code meta.cvpress.contacts}. */
  static ArrayNode exact(List<Contact> contacts) {
    ArrayNode out = Json.NODES.arrayNode();
    for (Contact c : contacts) {
      ObjectNode o = out.addObject();
      o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      o.put("label", c.label());
      if (c.url() != null) o.put("url", c.url());
    }
    return out;
  }

  /** A free-text place as a location: the last part a country code when it is one, then city and region. */
  static ObjectNode location(String label) {
    ObjectNode loc = Json.NODES.objectNode();
    List<String> parts = new ArrayList<>(List.of(label.split(", ")));
    String country = null;
    if (parts.size() > 1 && COUNTRY_CODE.matcher(parts.get(parts.size() - 1)).matches()) {
      country = parts.remove(parts.size() - 1);
    }
    if (parts.size() >= 3) {
      loc.put("address", String.join(", ", parts.subList(0, parts.size() - 2)));
      parts = parts.subList(parts.size() - 2, parts.size());
    }
    if (!parts.isEmpty()) loc.put("city", parts.get(0));
    if (parts.size() > 1) loc.put("region", parts.get(1));
    if (country != null) loc.put("countryCode", country);
    return loc;
  }

  /** {@code Network: username} as a profile; a label without a network names the link. */
  private static ObjectNode named(String label, String url) {
    int colon = label.indexOf(": ");
    if (colon > 0) return profile(label.substring(0, colon), label.substring(colon + 2), url);
    if (url != null && label.equals(display(url))) return profile(null, null, url);
    return profile(label, null, url);
  }

  private static String user(Contact c) {
    if (c.url() == null) return c.label();
    return c.label().equals(handle(c.url())) ? lastSegment(c.url()) : c.label();
  }

  private static ObjectNode profile(String network, String username, String url) {
    ObjectNode p = Json.NODES.objectNode();
    if (network != null) p.put("network", network);
    if (username != null) p.put("username", username);
    if (url != null) p.put("url", url);
    return p;
  }

  /** A web address as cvpress shows it: without its scheme and a trailing slash. */
  static String display(String url) {
    return url.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
  }

  /** A profile's address as cvpress shows GitHub and LinkedIn: {@code github.com/name}. */
  static String handle(String url) {
    return url.replaceFirst("(?i)^(https?://)?(www\\.)?", "").replaceFirst("/+$", "");
  }

  static String lastSegment(String url) {
    String h = handle(url);
    return h.substring(h.lastIndexOf('/') + 1);
  }
}
