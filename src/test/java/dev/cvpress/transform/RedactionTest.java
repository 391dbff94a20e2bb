package dev.cvpress.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model without personal data: what goes, what stays, what the name becomes. */
class RedactionTest {
  private static final SourcePos AT = SourcePos.start("cv.md");

  private static Resume resume(List<Inline> paragraph) {
    Header header = new Header("Ada van Lovelace", List.of(new Inline.Text("Engineer")), List.of(
        new Contact(Contact.Kind.EMAIL, "ada@example.com", "mailto:ada@example.com"),
        new Contact(Contact.Kind.PHONE, "+44 20 7946 0000", "tel:+442079460000"),
        new Contact(Contact.Kind.LOCATION, "London", null),
        new Contact(Contact.Kind.LOCATION, "12 St James's Square, London SW1Y 4JH", null),
        new Contact(Contact.Kind.GITHUB, "github.com/ada", "https://github.com/ada")), "photo.jpg");
    Entry job = new Entry("Engineer", "Acme", "https://acme.example", null, null, null, Set.of(),
        List.of(new Block.Paragraph(paragraph, Set.of(), AT)), AT);
    return new Resume(new Meta("Ada van Lovelace — CV", "en", List.of(), null, Map.of(), Map.of()), header,
        List.of(), List.of(new Section("experience", "Experience", List.of(job), Set.of(), AT)));
  }

  @Test
  void theNameBecomesInitialsOrThePlaceholder() {
    Resume r = resume(List.of(new Inline.Text("x")));
    assertEquals("A. v. L.", Redaction.apply(r, Redaction.Mode.INITIALS).header().name());
    assertEquals("Candidate", Redaction.apply(r, Redaction.Mode.PLACEHOLDER).header().name());
    assertEquals("A. v. L. — CV", Redaction.apply(r, Redaction.Mode.INITIALS).meta().title());
  }

  @Test
  void contactsPhotoAndProfilesGoACityStays() {
    Header h = Redaction.apply(resume(List.of()), Redaction.Mode.INITIALS).header();
    assertEquals(List.of(new Contact(Contact.Kind.LOCATION, "London", null)), h.contacts());
    assertNull(h.photo());
  }

  @Test
  void personalDataInTheTextIsReplacedAndItsLinksUnwrapped() {
    Resume r = resume(List.of(new Inline.Text("Ada van Lovelace answers at ada@example.com or +44 20 7946 0000, "),
        new Inline.Link("https://github.com/ada", List.of(new Inline.Text("code")), AT),
        new Inline.Text(" and built "),
        new Inline.Link("https://acme.example", List.of(new Inline.Text("Acme's engine")), AT),
        new Inline.Text(" from 2019 - 2021.")));
    Entry job = Redaction.apply(r, Redaction.Mode.PLACEHOLDER).sections().get(0).entries().get(0);
    Block.Paragraph p = (Block.Paragraph) job.body().get(0);
    assertEquals(List.of(new Inline.Text("Candidate answers at [redacted] or [redacted], "),
        new Inline.Text("code"), new Inline.Text(" and built "),
        new Inline.Link("https://acme.example", List.of(new Inline.Text("Acme's engine")), AT),
        new Inline.Text(" from 2019 - 2021.")), p.inlines());
    assertEquals("Acme", job.org());
    assertEquals("https://acme.example", job.url());
  }
}
