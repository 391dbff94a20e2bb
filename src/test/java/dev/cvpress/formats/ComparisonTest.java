package dev.cvpress.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Header;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Samples;
import dev.cvpress.model.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Contact EMAIL = new Contact(Contact.Kind.EMAIL, "a@b.c", "mailto:a@b.c");
  private static final Contact GITHUB = new Contact(Contact.Kind.GITHUB, "github.com/a", "https://github.com/a");

  private static Resume resume(List<Contact> contacts, String lang, String sectionText) {
    return new Resume(new Meta("", lang, List.of(), null, Map.of(), Map.of()),
        new Header("Ada", List.of(), contacts, null),
        List.of(), List.of(new Section("s", "S", List.of(new Block.Paragraph(Samples.words(sectionText), Set.of(),
            Samples.POS)), Set.of(), Samples.POS)));
  }

  @Test
  void contactsCompareInTheOrderTheHeaderShowsThem() {
    assertTrue(Comparison.of(resume(List.of(GITHUB, EMAIL), "en", "x"), resume(List.of(EMAIL, GITHUB), "en", "x"))
        .none());
  }

  @Test
  void namesWhatDiffers() {
    Comparison.Differences d = Comparison.of(resume(List.of(EMAIL), "en", "x"), resume(List.of(), "de", "y"));
    assertEquals(List.of("contacts", "lang"), d.header());
    assertEquals(Set.of(0), d.sections());
  }
}
