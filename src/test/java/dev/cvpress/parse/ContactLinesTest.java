package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.model.Contact;
import dev.cvpress.model.Contact.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactLinesTest {
  @Test
  void labelledLinesAreReadByTheirLabel() {
    List<Contact> found = ContactLines.read("""
        **Email:** ada@example.com
        Phone: +44 20 7946 0958
        *GitHub*: [ada](https://github.com/ada)
        Based in: London""");
    assertEquals(List.of(
        new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Kind.PHONE, "+44 20 7946 0958", "tel:+442079460958"),
        new Contact(Kind.GITHUB, "ada", "https://github.com/ada"),
        new Contact(Kind.LOCATION, "London", null)), found);
  }

  @Test
  void labelledWebsiteShowsTheAddressWithoutSchemeAndAnUnknownLabelIsKept() {
    assertEquals(List.of(new Contact(Kind.WEBSITE, "ada.dev", "https://ada.dev/")),
        ContactLines.read("Website: https://ada.dev/"));
    assertEquals(List.of(new Contact(Kind.OTHER, "Twitter: @ada", null)), ContactLines.read("Twitter: @ada"));
  }

  @Test
  void aLineOfLabelledItemsIsReadItemByItemKeepingEachLabel() {
    assertEquals(List.of(
        new Contact(Kind.PHONE, "+44 7700 900123 (mobile)", "tel:+447700900123"),
        new Contact(Kind.OTHER, "ORCID: 0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"),
        new Contact(Kind.OTHER, "Licence: UK 123", null)),
        ContactLines.read("Mobile: +44 7700 900123 | ORCID: "
            + "[0000-0002-1825-0097](https://orcid.org/0000-0002-1825-0097) | Licence: UK 123"));
  }

  @Test
  void aPlainLabelThatNamesAKindOfPhoneIsKeptAsItsKind() {
    assertEquals(List.of(new Contact(Kind.PHONE, "+44 7700 900123 (mobile)", "tel:+447700900123")),
        ContactLines.read("Mobile: +44 7700 900123"));
    assertEquals(List.of(new Contact(Kind.PHONE, "+1 202 555 0100 (cell)", "tel:+12025550100")),
        ContactLines.read("**Cell:** +1 202 555 0100"));
    // Said twice, it is said once; a plain "Phone:" names no kind.
    assertEquals(List.of(new Contact(Kind.PHONE, "+44 7700 900123 (mobile)", "tel:+447700900123")),
        ContactLines.read("Mobile: +44 7700 900123 (mobile)"));
    assertEquals(List.of(new Contact(Kind.PHONE, "+44 20 7946 0000", "tel:+442079460000")),
        ContactLines.read("Phone: +44 20 7946 0000"));
  }

  @Test
  void aPhoneKeepsWhatKindItIs() {
    assertEquals(List.of(new Contact(Kind.PHONE, "+44 7700 900123 (mobile)", "tel:+447700900123")),
        ContactLines.read("Phone (mobile): +44 7700 900123"));
    assertEquals(List.of(new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Kind.PHONE, "+44 20 7946 0000 (office)", "tel:+442079460000"),
        new Contact(Kind.OTHER, "Pager (night): 1234", null)),
        ContactLines.read("ada@example.com | Tel. (office): +44 20 7946 0000 | Pager (night): 1234"));
  }

  @Test
  void anItemOfTheFrontMattersLinksIsReadAsAnItemOfAContactLine() {
    assertEquals(new Contact(Kind.PHONE, "+44 7700 900123", "tel:+447700900123"),
        ContactLines.item("Phone: +44 7700 900123"));
    assertEquals(new Contact(Kind.OTHER, "ORCID: 0000-0002-1825-0097", null),
        ContactLines.item("ORCID: 0000-0002-1825-0097"));
    assertEquals(new Contact(Kind.WEBSITE, "Blog", "https://blog.example.org"),
        ContactLines.item("[Blog](https://blog.example.org)"));
    assertEquals(new Contact(Kind.WEBSITE, "ada.dev", "https://ada.dev"), ContactLines.item("https://ada.dev"));
  }

  @Test
  void aLabelWhoseValueIsNotWhatItSaysIsNoContactParagraph() {
    assertNull(ContactLines.read("Email: write to me any time"));
    assertNull(ContactLines.read("Phone: <>"));
  }

  @Test
  void oneLineOfSeparatedItemsIsGuessedItemByItem() {
    assertEquals(List.of(
        new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Kind.PHONE, "+44 20 7946 0958", "tel:+442079460958"),
        new Contact(Kind.LOCATION, "London", null),
        new Contact(Kind.WEBSITE, "ada.dev", "https://ada.dev")),
        ContactLines.read("ada@example.com | +44 20 7946 0958 · London | ada.dev"));
  }

  @Test
  void aLabelledDetailInALineOfItemsIsAContactToo() {
    assertEquals(List.of(
        new Contact(Kind.LINKEDIN, "linkedin.com/in/mokonkwo", "https://linkedin.com/in/mokonkwo"),
        new Contact(Kind.OTHER, "License: MA RN #2289145", null)),
        ContactLines.read("linkedin.com/in/mokonkwo | License: MA RN #2289145"));
    assertEquals(List.of(
        new Contact(Kind.OTHER, "ORCID: 0000-0002-1825-0097", null),
        new Contact(Kind.GITHUB, "github.com/ada", "https://github.com/ada")),
        ContactLines.read("ORCID: 0000-0002-1825-0097 · GitHub: ada"));
    assertNull(ContactLines.read("Note: we moved | Java | Go"), "one field among words is still prose");
    assertEquals(List.of(new Contact(Kind.EMAIL, "a@b.co", "mailto:a@b.co")), ContactLines.read("a@b.co · License:"),
        "a label with nothing after it does not make the line prose");
  }

  @Test
  void separatedWordsWithoutTwoClearContactsAreProse() {
    assertNull(ContactLines.read("Java | Go | Rust"));
    assertNull(ContactLines.read("ada.dev · London"), "a site is no clear contact: it may be a word with a dot");
    assertNull(ContactLines.read("ada@example.com · Senior Engineer"), "a job is no place");
    assertNull(ContactLines.read("ada@example.com · happy to talk about anything"), "nor is a phrase");
    assertNull(ContactLines.read("ada@example.com · London · Java"), "one clear contact and two words");
    assertNull(ContactLines.read("ada@example.com | ada.dev | London | Paris | Rome"),
        "at most one item may be a place or something unknown");
  }

  @Test
  void anAddressOrANumberWithAShortPlaceBesideItIsAContactLine() {
    assertEquals(List.of(new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Kind.LOCATION, "London", null)), ContactLines.read("ada@example.com · London"));
    assertEquals(List.of(new Contact(Kind.LOCATION, "Frankfurt am Main, Germany", null),
        new Contact(Kind.PHONE, "+49 69 1234 5678", "tel:+496912345678")),
        ContactLines.read("Frankfurt am Main, Germany | +49 69 1234 5678"));
    assertEquals(2, ContactLines.read("London | ada@example.com").size());
  }

  @Test
  void aLoneAddressOrNumberIsAContactLineButALoneWordIsNot() {
    assertEquals(List.of(new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com")),
        ContactLines.read("ada@example.com"));
    assertEquals(List.of(new Contact(Kind.PHONE, "+1 555 010 9999", "tel:+15550109999")),
        ContactLines.read("+1 555 010 9999"));
    assertNull(ContactLines.read("London"));
    assertNull(ContactLines.read("ada.dev"), "a site alone may be a word with a dot");
  }

  @Test
  void moreThanTwoUnlabelledLinesOrAVeryLongParagraphAreNotContacts() {
    assertNull(ContactLines.read("ada@example.com\n+44 20 7946 0958\nLondon"));
    assertEquals(2, ContactLines.read("ada@example.com |\n+44 20 7946 0958").size(), "two lines read as one");
    assertNull(ContactLines.read("Email: ada@example.com\n" + "x".repeat(1000)));
  }

  @Test
  void guessTellsEmailPhoneProfilesSitesAndPlacesApart() {
    assertEquals(new Contact(Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        ContactLines.guess("<mailto:ada@example.com>"));
    assertEquals(new Contact(Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        ContactLines.guess("https://www.github.com/ada/"));
    assertEquals(new Contact(Kind.LINKEDIN, "Ada L.", "https://linkedin.com/in/ada"),
        ContactLines.guess("[Ada L.](https://linkedin.com/in/ada)"));
    assertEquals(new Contact(Kind.WEBSITE, "Blog", "https://ada.dev/blog"),
        ContactLines.guess("[Blog](https://ada.dev/blog)"));
    assertEquals(new Contact(Kind.WEBSITE, "ada.dev/blog", "https://ada.dev/blog"), ContactLines.guess("ada.dev/blog"));
    assertEquals(new Contact(Kind.LOCATION, "Berlin, Germany", null), ContactLines.guess("Berlin, Germany"));
    assertNull(ContactLines.guess("<>"));
    assertNull(ContactLines.guess("[](https://x.org)"));
  }

  @Test
  void aProfileIsAUserNameAHostPathOrAUrl() {
    assertEquals(new Contact(Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        ContactLines.profile(Kind.GITHUB, "github.com", "@ada", null));
    assertEquals(new Contact(Kind.LINKEDIN, "linkedin.com/in/ada", "https://linkedin.com/in/ada"),
        ContactLines.profile(Kind.LINKEDIN, "linkedin.com/in", "linkedin.com/in/ada", null));
    assertEquals(new Contact(Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        ContactLines.profile(Kind.GITHUB, "github.com", "https://github.com/ada", "https://github.com/ada"),
        "a link whose text is its URL is labelled by the handle");
  }

  @Test
  void anEmailLabelMakesAnEmailContactAndWhatIsWrongWithTheAddressIsSaid() {
    assertEquals(List.of(new Contact(Kind.EMAIL, "ada@example", "mailto:ada@example")),
        ContactLines.read("Email: ada@example"));
    assertEquals(new Contact(Kind.EMAIL, "Mail me", "mailto:ada@example.com"),
        ContactLines.email("[Mail me](mailto:ada@example.com)"));
    assertNull(ContactLines.emailProblem("ada@example.com"));
    assertEquals("lacks a domain: `example` has no ending such as `.com` or `.org`",
        ContactLines.emailProblem("ada@example"));
    assertEquals("lacks a domain after the `@`", ContactLines.emailProblem("ada@"));
    assertEquals("has no `@`", ContactLines.emailProblem("ada.example.com"));
    assertEquals("has no name before the `@`", ContactLines.emailProblem("@example.com"));
    assertEquals("has more than one `@`", ContactLines.emailProblem("ada@@example.com"));
    assertEquals("has an incomplete domain, `example.`", ContactLines.emailProblem("ada@example."));
  }
}
