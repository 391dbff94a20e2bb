package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Samples;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListItemsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Block.ListItem bullet(Inline... text) {
    return new Block.ListItem(List.of(text), List.of(), null, Set.of(), Samples.POS);
  }

  @Test
  void skillsAreWrittenAsRésumésListThem() throws Exception {
    assertEquals("**Web Development** (Master): HTML, CSS", ListItems.line(Kind.SKILLS,
        JSON.readTree("{\"name\": \"Web Development\", \"level\": \"Master\", \"keywords\": [\"HTML\", \"CSS\"]}")));
    assertEquals("**Languages:** Go, Kotlin", ListItems.line(Kind.SKILLS,
        JSON.readTree("{\"name\": \"Languages\", \"keywords\": [\"Go\", \"Kotlin\"]}")));
    assertEquals("German (C1)", ListItems.line(Kind.LANGUAGES,
        JSON.readTree("{\"language\": \"German\", \"fluency\": \"C1\"}")));
  }

  @Test
  void aBulletInOneOfTheFormsIsReadIntoFields() throws Exception {
    assertEquals(JSON.readTree("{\"name\": \"Languages\", \"keywords\": [\"Go\", \"Kotlin\"]}"),
        ListItems.item(Kind.SKILLS, bullet(new Inline.Strong(Samples.words("Languages:")),
            new Inline.Text(" Go, Kotlin"))));
    assertEquals(JSON.readTree("{\"name\": \"Go\", \"level\": \"Expert\", \"keywords\": [\"gRPC\"]}"),
        ListItems.item(Kind.SKILLS, bullet(new Inline.Strong(Samples.words("Go")), new Inline.Text(" (Expert): gRPC"))));
    assertEquals(JSON.readTree("{\"language\": \"German\", \"fluency\": \"professional, C1\"}"),
        ListItems.item(Kind.LANGUAGES, bullet(new Inline.Text("German (professional, C1)"))));
  }

  @Test
  void anyOtherBulletIsKeptWholeAsTheName() throws Exception {
    assertEquals(JSON.readTree("{\"name\": \"Maintainer of *pgqueue*\"}"), ListItems.item(Kind.SKILLS,
        bullet(new Inline.Text("Maintainer of "), new Inline.Emph(Samples.words("pgqueue")))));
    // Written as `**Go**:` rather than `**Go:**`, it would come back in the other form: kept whole.
    assertEquals(JSON.readTree("{\"name\": \"**Go**: gRPC\"}"), ListItems.item(Kind.SKILLS,
        bullet(new Inline.Strong(Samples.words("Go")), new Inline.Text(": gRPC"))));
  }
}
