package dev.cvpress.formats.linkedin;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.formats.markdown.MarkdownDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the member is and how to reach them, as front matter: {@code Profile.csv}'s name, headline, place, websites
 * and Twitter handles; the primary address of {@code Email Addresses.csv}; the first of {@code PhoneNumbers.csv}.
 * What is private and no résumé shows (birth date, street address, postal code, maiden name) is left out, and
 * said so.
 */
final class Profile {
  private Profile() {}

  /** Profile.csv's columns that are private or not the résumé's: reported, never written. */
  private static final List<String> LEFT_OUT = List.of("Maiden Name", "Address", "Birth Date", "Zip Code",
      "Industry", "Instant Messengers");

  /** {@code [PORTFOLIO:https://…]} or {@code [https://…]}, one per website, as LinkedIn writes them. */
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");

  static void write(String zip, Map<String, CsvTable> files, MarkdownDocument doc, List<Diagnostic> warnings) {
    CsvTable.Row p = files.get("Profile.csv").rows.stream().findFirst().orElse(null);
    if (p != null) {
      String name = String.join(" ", nonNull(p.get("First Name"), p.get("Last Name"))).strip();
      if (!name.isEmpty()) doc.field("name", name, p.origin("First Name"));
      doc.field("headline", p.get("Headline"), p.origin("Headline"));
    }
    email(files.get("Email Addresses.csv"), doc);
    CsvTable phones = files.get("PhoneNumbers.csv");
    if (phones != null) {
      phones.rows.stream().filter(r -> r.get("Number") != null).findFirst()
          .ifPresent(r -> doc.field("phone", r.get("Number"), r.origin("Number")));
    }
    if (p == null) return;
    doc.field("location", p.get("Geo Location"), p.origin("Geo Location"));
    List<String> links = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (String site : bracketed(p.get("Websites"))) {
      // PORTFOLIO:https://…, COMPANY:…, OTHER:…: the kind LinkedIn asks for is no part of the address.
      String url = site.replaceFirst("^[A-Z_]+:(?=\\w+://|www\\.)", "");
      links.add(url);
      origins.add(p.origin("Websites"));
    }
    for (String handle : bracketed(p.get("Twitter Handles"))) {
      String user = handle.replaceFirst("^@", "");
      links.add("[Twitter: @" + user + "](https://x.com/" + user + ")");
      origins.add(p.origin("Twitter Handles"));
    }
    doc.list("links", links, origins);
    List<String> left = LEFT_OUT.stream().filter(c -> p.get(c) != null).toList();
    if (!left.isEmpty()) {
      warnings.add(Diagnostic.warning(Code.FIELD_NOT_CARRIED, new dev.cvpress.model.SourcePos(zip
          + "/Profile.csv", p.line(), p.columns().getOrDefault(left.get(0), 0) + 1), String.join(", ", left)
          + ": left out of the résumé, as private or no résumé's", "add to the Markdown what you want shown"));
    }
  }

  /** The primary address, else the first confirmed, else the first. */
  private static void email(CsvTable emails, MarkdownDocument doc) {
    if (emails == null) return;
    CsvTable.Row chosen = null;
    for (CsvTable.Row r : emails.rows) {
      if (r.get("Email Address") == null) continue;
      if ("Yes".equalsIgnoreCase(r.get("Primary"))) {
        chosen = r;
        break;
      }
      if (chosen == null || "Yes".equalsIgnoreCase(r.get("Confirmed")) && !"Yes".equalsIgnoreCase(
          chosen.get("Confirmed"))) {
        chosen = r;
      }
    }
    if (chosen != null) doc.field("email", chosen.get("Email Address"), chosen.origin("Email Address"));
  }

  /** The bracketed values of a LinkedIn list cell; a cell without brackets is one value, or several by comma. */
  static List<String> bracketed(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) return out;
    Matcher m = BRACKETED.matcher(cell);
    while (m.find()) {
      if (!m.group(1).isBlank()) out.add(m.group(1).strip());
    }
    if (out.isEmpty()) {
      for (String part : cell.split(",")) if (!part.isBlank()) out.add(part.strip());
    }
    return out;
  }

  private static List<String> nonNull(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) if (v != null) out.add(v);
    return out;
  }
}
