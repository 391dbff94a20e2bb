package dev.cvpress.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Contact.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRowsTest {
  private static final Contact EMAIL = new Contact(Kind.EMAIL, "jane@example.com", "mailto:jane@example.com");
  private static final Contact PHONE = new Contact(Kind.PHONE, "+1 555 010 2030", "tel:+15550102030");
  private static final Contact PLACE = new Contact(Kind.LOCATION, "Berlin, Germany", null);
  private static final Contact GITHUB = new Contact(Kind.GITHUB, "github.com/janedoe", "https://github.com/janedoe");
  private static final Contact LINKEDIN = new Contact(Kind.LINKEDIN, "https://linkedin.com/in/janedoe",
      "https://linkedin.com/in/janedoe");
  private static final Contact SITE = new Contact(Kind.WEBSITE, "jane.example", "https://jane.example");

  private static List<List<String>> labels(List<List<Contact>> rows) {
    return rows.stream().map(r -> r.stream().map(Contact::label).toList()).toList();
  }

  @Test
  void detailsComeFirstThenTheLinksInTheAuthorsOrderWithinAKind() {
    assertEquals(List.of(List.of("jane@example.com", "+1 555 010 2030", "Berlin, Germany", "jane.example",
        "github.com/janedoe")), labels(ContactRows.of(List.of(GITHUB, PLACE, SITE, EMAIL, PHONE), 0)));
  }

  @Test
  void aLineThatFitsIsKeptWhole() {
    // 16 + 15 + 15 + 18 + 23 characters shown, 3 for each icon and divider: 102.
    assertEquals(1, ContactRows.of(List.of(EMAIL, PHONE, PLACE, GITHUB, LINKEDIN), 102).size());
  }

  @Test
  void aLineThatDoesNotFitBreaksBetweenDetailsAndLinks() {
    assertEquals(List.of(List.of("jane@example.com", "+1 555 010 2030", "Berlin, Germany"),
            List.of("github.com/janedoe", "https://linkedin.com/in/janedoe")),
        labels(ContactRows.of(List.of(EMAIL, PHONE, PLACE, GITHUB, LINKEDIN), 101)));
  }

  @Test
  void aGroupTooLongForOneLineIsSharedOutEvenly() {
    // 15 + 15 + 21 + 21 + 26 characters with icons (sites, then GitHub, then LinkedIn): 98, in two rows of 51 and 47.
    var rows = labels(ContactRows.of(List.of(GITHUB, SITE, LINKEDIN, SITE, GITHUB), 60));
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(List.of("jane.example", "jane.example", "github.com/janedoe"), rows.get(0));
  }

  @Test
  void anItemWiderThanTheLineHasARowOfItsOwn() {
    assertEquals(List.of(List.of("jane@example.com"), List.of("+1 555 010 2030")),
        labels(ContactRows.of(List.of(EMAIL, PHONE), 10)));
  }
}
