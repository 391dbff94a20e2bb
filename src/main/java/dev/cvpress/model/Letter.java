package dev.cvpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A cover letter: the sender's masthead (as on the résumé), then in the order a business letter has them the date,
 * the recipient's block, the subject, the salutation, the body, the closing and the signature.
 *
 * @param header the sender: from the letter's front matter, or from the résumé it names
 * @param date the date as written; null when the letter gives none
 * @param day the date understood; null when none is given or it could not be read (then {@code date} is printed)
 * @param subject the subject line; empty when none
 * @param salutation the greeting ("Dear Ms Lee,"); empty when none
 * @param body the letter's paragraphs (and any lists), with their tags kept for the variants
 * @param closing the complimentary close ("Sincerely,")
 * @param signature the name signed under the closing: the sender's name unless given
 * @param resume the résumé named by {@code resume:} as written, null when none: where the sender came from
 */
public record Letter(Meta meta, Header header, Recipient recipient, String date, LocalDate day, String subject,
    String salutation, List<Block> body, String closing, String signature, String resume) implements Document {
  public Letter {
    if (meta == null || header == null || recipient == null) {
      throw new IllegalArgumentException("meta, header, recipient");
    }
    if (subject == null) subject = "";
    if (salutation == null) salutation = "";
    if (closing == null) closing = "";
    if (signature == null) signature = "";
    body = List.copyOf(body);
  }

  /** The same letter with other paragraphs: what choosing tags leaves of it. */
  public Letter withBody(List<Block> kept) {
    return new Letter(meta, header, recipient, date, day, subject, salutation, kept, closing, signature, resume);
  }

  /**
   * Who the letter is to, as an address block prints them: name, title, company, then the address lines.
   * Each part is empty when not given.
   */
  public record Recipient(String name, String title, String company, List<String> address) {
    public Recipient {
      name = name == null ? "" : name;
      title = title == null ? "" : title;
      company = company == null ? "" : company;
      address = List.copyOf(address);
    }

    /** The block's lines in print order, the empty parts left out. */
    public List<String> lines() {
      List<String> lines = new java.util.ArrayList<>();
      for (String s : List.of(name, title, company)) if (!s.isBlank()) lines.add(s);
      for (String s : address) if (!s.isBlank()) lines.add(s);
      return lines;
    }

    public boolean isEmpty() {
      return lines().isEmpty();
    }
  }
}
