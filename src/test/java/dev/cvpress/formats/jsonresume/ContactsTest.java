package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.model.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text);
  }

  @Test
  void aPlaceIsWrittenOnOneLineAndReadBackIntoItsParts() throws Exception {
    assertEquals("Leeds, GB", Contacts.location(json("{\"city\": \"Leeds\", \"countryCode\": \"GB\"}")));
    assertEquals(json("{\"city\": \"Leeds\", \"countryCode\": \"GB\"}"), Contacts.location("Leeds, GB"));
    assertEquals(json("{\"city\": \"Berlin\", \"region\": \"Germany\"}"), Contacts.location("Berlin, Germany"));
    assertEquals(json("{\"address\": \"1 Main St, Flat 2\", \"city\": \"Austin\", \"region\": \"TX\","
        + " \"countryCode\": \"US\"}"), Contacts.location("1 Main St, Flat 2, Austin, TX, US"));
    for (String place : List.of("Leeds", "Berlin, Germany", "1 Main St, Flat 2, Austin, TX, US")) {
      assertEquals(place, Contacts.location(Contacts.location(place)));
    }
  }

  @Test
  void aProfileIsALinkShownAsNetworkAndName() throws Exception {
    assertEquals("https://github.com/ada", Contacts.link(json("{\"network\": \"GitHub\", \"username\": \"ada\","
        + " \"url\": \"https://github.com/ada\"}")));
    assertEquals("github.com/ada", Contacts.link(json("{\"network\": \"github\", \"username\": \"ada\"}")));
    assertEquals("[SoundCloud: ada](https://soundcloud.example/ada)", Contacts.link(json(
        "{\"network\": \"SoundCloud\", \"username\": \"ada\", \"url\": \"https://soundcloud.example/ada\"}")));
    assertEquals("Twitter: @ada", Contacts.labelledLine(json("{\"network\": \"Twitter\", \"username\": \"@ada\"}")));
    assertNull(Contacts.link(json("{\"network\": \"Pigeon\", \"username\": \"loft 7\"}")));
  }

  @Test
  void theFirstOfEachKindIsABasicsFieldTheRestProfiles() throws Exception {
    ObjectNode basics = JSON.createObjectNode();
    Contacts.toBasics(List.of(
        new Contact(Contact.Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Contact.Kind.PHONE, "+44 20 7946 0000", "tel:+442079460000"),
        new Contact(Contact.Kind.LOCATION, "London, GB", null),
        new Contact(Contact.Kind.WEBSITE, "ada.example", "https://ada.example"),
        new Contact(Contact.Kind.GITHUB, "github.com/ada", "https://github.com/ada"),
        new Contact(Contact.Kind.OTHER, "Twitter: @ada", null),
        new Contact(Contact.Kind.WEBSITE, "My blog", "https://blog.example")), basics);
    assertEquals(json("""
        {"email": "ada@example.com", "phone": "+44 20 7946 0000", "location": {"city": "London", "countryCode": "GB"},
         "url": "https://ada.example",
         "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
                      {"network": "Twitter", "username": "@ada"},
                      {"network": "My blog", "url": "https://blog.example"}]}"""), basics);
  }
}
