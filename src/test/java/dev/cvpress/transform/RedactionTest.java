package dev.cvpress.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.model.Block;
import dev.cvpress.model.Contact;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
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

  /** The paragraph {@code written} in the résumé, redacted, as plain text. */
  private static String said(Redaction.Mode mode, Inline... written) {
    Entry job = Redaction.apply(resume(List.of(written)), mode).sections().get(0).entries().get(0);
    return plain(((Block.Paragraph) job.body().get(0)).inlines());
  }

  private static String said(String written) {
    return said(Redaction.Mode.INITIALS, new Inline.Text(written));
  }

  private static String plain(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) out.append(t.text());
      else if (i instanceof Inline.Link l) out.append('<').append(l.url()).append('|').append(plain(l.children()))
          .append('>');
    }
    return out.toString();
  }

  @Test
  void everyPartOfTheNameInAnyOrderAndCaseBecomesTheNameAsShown() {
    assertEquals("A. v. L. led; Ms A. v. L. wrote; A. v. L. signed; A. v. L.'s notes; A. v. L.’s team; A. v. L. too",
        said("Ada led; Ms Lovelace wrote; LOVELACE, ADA signed; ada lovelace's notes; Ada’s team; van Lovelace too"));
    assertEquals("Candidate led.", said(Redaction.Mode.PLACEHOLDER, new Inline.Text("ADA VAN LOVELACE led.")));
    // A full stop that ends both the initials and the sentence is written once.
    assertEquals("signed A. v. L.", said("signed Lovelace, A."));
  }

  @Test
  void wordsThatMerelyContainTheNameAndParticlesAloneStay() {
    String other = "Adam, Adalyn and the Lovelaces drove a van; no Adalovelacex, Lovelacey or ADAM";
    assertEquals("a A. v. L. fan", said("a Lovelace fan"));
    assertEquals(other, said(other));
  }

  @Test
  void aMiddleInitialInTheHeaderFindsTheNameWrittenWithOrWithoutIt() {
    Resume r = resume(List.of(new Inline.Text("Ada Lovelace, Ada B. Lovelace and A. B. Lovelace wrote it.")));
    r = new Resume(r.meta(), new Header("Ada B. Lovelace", List.of(), List.of(), null), r.intro(), r.sections());
    Entry job = Redaction.apply(r, Redaction.Mode.INITIALS).sections().get(0).entries().get(0);
    assertEquals("A. B. L., A. B. L. and A. B. L. wrote it.",
        plain(((Block.Paragraph) job.body().get(0)).inlines()));
  }

  @Test
  void aNameInAScriptWithoutSpacesIsFoundInsideASentence() {
    Resume r = resume(List.of(new Inline.Text("王小明负责迁移。")));
    r = new Resume(r.meta(), new Header("王小明", List.of(), List.of(), null), r.intro(), r.sections());
    Entry job = Redaction.apply(r, Redaction.Mode.PLACEHOLDER).sections().get(0).entries().get(0);
    assertEquals("Candidate负责迁移。", plain(((Block.Paragraph) job.body().get(0)).inlines()));
  }

  @Test
  void handlesFromTheProfilesTheMailboxAndTheNameAreRedacted() {
    assertEquals("ping [redacted], [redacted] or [redacted]; mail [redacted]",
        said("ping @adalovelace, ada_lovelace or @Ada; mail ada@example.com"));
  }

  @Test
  void linksToThePersonGoAddressAndWordsOthersStay() {
    Inline.Link bare = new Inline.Link("https://github.com/ada/engine",
        List.of(new Inline.Text("https://github.com/ada/engine")), AT);
    Inline.Link worded = new Inline.Link("https://www.GitHub.com/Ada/engine?tab=readme",
        List.of(new Inline.Text("the engine")), AT);
    Inline.Link mail = new Inline.Link("mailto:ada@example.com", List.of(new Inline.Text("Ada Lovelace")), AT);
    Inline.Link named = new Inline.Link("https://example.org/speakers/ada-lovelace", List.of(new Inline.Text("talk")), AT);
    Inline.Link file = new Inline.Link("files/cv-Lovelace.pdf", List.of(new Inline.Text("my CV")), AT);
    Inline.Link other = new Inline.Link("https://github.com/acme/adas-tools", List.of(new Inline.Text("tools")), AT);
    assertEquals("[link removed] the engine [link removed] talk my CV <https://github.com/acme/adas-tools|tools>"
        + " see [link removed].", said(Redaction.Mode.INITIALS, bare, new Inline.Text(" "), worded,
            new Inline.Text(" "), mail, new Inline.Text(" "), named, new Inline.Text(" "), file,
            new Inline.Text(" "), other, new Inline.Text(" see github.com/ada/engine/tree/main.")));
  }

  @Test
  void thePersonsOwnSiteGoesWithEverythingUnderIt() {
    Resume r = resume(List.of(new Inline.Link("https://blog.ada.example/post/1", List.of(new Inline.Text("a post")),
        AT), new Inline.Text(" and ada.example/talks, acme.example stays")));
    Header h = r.header();
    List<Contact> contacts = new java.util.ArrayList<>(h.contacts());
    contacts.add(new Contact(Contact.Kind.WEBSITE, "ada.example", "https://ada.example"));
    r = new Resume(r.meta(), new Header(h.name(), h.headline(), contacts, null), r.intro(), r.sections());
    Entry job = Redaction.apply(r, Redaction.Mode.INITIALS).sections().get(0).entries().get(0);
    assertEquals("a post and [link removed], acme.example stays",
        plain(((Block.Paragraph) job.body().get(0)).inlines()));
  }

  @Test
  void aSectionAnchorThatHoldsTheNameIsRenamedAndLinksFollowIt() {
    Resume r = resume(List.of(new Inline.Link("#about-ada-lovelace", List.of(new Inline.Text("about")), AT)));
    Section about = new Section("about-ada-lovelace", "About Ada Lovelace", List.of(), Set.of(), AT);
    List<Section> sections = new java.util.ArrayList<>(r.sections());
    sections.add(about);
    Resume out = Redaction.apply(new Resume(r.meta(), r.header(), r.intro(), sections), Redaction.Mode.INITIALS);
    assertEquals("section-2", out.sections().get(1).id());
    assertEquals("About A. v. L.", out.sections().get(1).title());
    Block.Paragraph p = (Block.Paragraph) out.sections().get(0).entries().get(0).body().get(0);
    assertEquals("<#section-2|about>", plain(p.inlines()));
  }

  @Test
  void aLetterLosesItsSenderAndKeepsItsRecipient() {
    Resume r = resume(List.of());
    Letter.Recipient to = new Letter.Recipient("Grace Hopper", "CTO", "Initech", List.of("1 Main St", "Berlin"));
    Letter letter = new Letter(r.meta(), r.header(), to, "2026-03-14", null, "Application by Ada Lovelace",
        "Dear Ms Hopper,", List.of(new Block.Paragraph(List.of(new Inline.Text("Ada here: +44 20 7946 0000, "),
            new Inline.Link("https://github.com/ada", List.of(new Inline.Text("github.com/ada")), AT)), Set.of(), AT)),
        "Yours,", "Ada Lovelace", "cv.md");
    Letter out = Redaction.apply(letter, Redaction.Mode.INITIALS);
    assertEquals("A. v. L.", out.header().name());
    assertEquals(List.of(new Contact(Contact.Kind.LOCATION, "London", null)), out.header().contacts());
    assertEquals(to, out.recipient());
    assertEquals("Dear Ms Hopper,", out.salutation());
    assertEquals("Application by A. v. L.", out.subject());
    assertEquals("A. v. L.", out.signature());
    assertEquals("A. v. L. here: [redacted], [link removed]", plain(((Block.Paragraph) out.body().get(0)).inlines()));
    assertNull(out.resume());
  }

  @Test
  void aLinkToAnAnchorThatNamesThePersonGoesWhereverTheAnchorIs() {
    Inline.Link missing = new Inline.Link("#lovelace", List.of(new Inline.Text("frag")), AT);
    Inline.Link named = new Inline.Link("#ada-lovelaces-projects", List.of(new Inline.Text("Ada")), AT);
    Inline.Link other = new Inline.Link("#experience", List.of(new Inline.Text("jobs")), AT);
    assertEquals("frag [link removed] <#experience|jobs>", said(Redaction.Mode.INITIALS, missing,
        new Inline.Text(" "), named, new Inline.Text(" "), other));
  }

  @Test
  void aReversedNameIsReadOnlyWhenItStandsAloneSoNoOtherWordGoes() {
    assertEquals("Thanks to Ms A. v. L., A. v. L. Smith and Bob. Contacts: A. v. L., A. v. L.'s friend."
        + " Team: A. v. L., A. v. L., Smith. Signed A. v. L. today.",
        said("Thanks to Ms Lovelace, Ada Smith and Bob. Contacts: Lovelace, Ada Lovelace's friend."
            + " Team: Lovelace, Ada, Smith. Signed LOVELACE, ADA today."));
    assertEquals("a A. v. L. fan and Lovelaces", said("a Lovelace fan and Lovelaces"));
  }

  @Test
  void mailLinksCapitalAddressesAndHandlesThatStartWithTheNameGo() {
    assertEquals("[link removed], [link removed] and [redacted], [redacted] or [redacted].",
        said("mailto:ada@x.example, HTTPS://EXAMPLE.COM/ADA-LOVELACE/CV and @ada@hachyderm.io, @ada_l or @Lovelace42."));
    Inline.Link mail = new Inline.Link("mailto:ada@x.example", List.of(new Inline.Text("mailto:ada@x.example")), AT);
    Inline.Link fedi = new Inline.Link("mailto:ada@hachyderm.io", List.of(new Inline.Text("ada@hachyderm.io")), AT);
    assertEquals("[link removed] and [redacted].", said(Redaction.Mode.INITIALS, mail, new Inline.Text(" and @"),
        fedi, new Inline.Text(".")));
  }

  /** The header's name and the paragraph {@code written} under it, redacted: the header, then the paragraph. */
  private static String named(String name, Redaction.Mode mode, String written) {
    Resume r = resume(List.of(new Inline.Text(written)));
    r = new Resume(r.meta(), new Header(name, List.of(), List.of(), null), r.intro(), r.sections());
    Resume out = Redaction.apply(r, mode);
    Entry job = out.sections().get(0).entries().get(0);
    return out.header().name() + " | " + plain(((Block.Paragraph) job.body().get(0)).inlines());
  }

  @Test
  void aNameWrittenSurnameFirstWithADegreeIsReadAsTheNameAlone() {
    assertEquals("J. D. | J. D. led; J. D. wrote; a PhD in physics.",
        named("Doe, Jane, PhD", Redaction.Mode.INITIALS, "Jane led; Doe wrote; a PhD in physics."));
    assertEquals("J. D. | J. D. led, with an MBA.",
        named("Dr. Jane Doe, MBA", Redaction.Mode.INITIALS, "Jane Doe led, with an MBA."));
    assertEquals("J. M. | J. M. founded it.", named("Jack Ma", Redaction.Mode.INITIALS, "Jack Ma founded it."));
  }

  @Test
  void aHandleThatOnlyStartsWithTheNameIsSomeoneElse() {
    assertEquals("J. D. | thanks @Janet, @Doerte and @Jane_Smithers' team; [redacted], [redacted] and [redacted].",
        named("Jane Doe", Redaction.Mode.INITIALS,
            "thanks @Janet, @Doerte and @Jane_Smithers' team; @jane, @jane_d and @doe42."));
    assertEquals("J. D. | [redacted], [redacted] and [redacted]; @jane_smithers.", named("Jane Doe",
        Redaction.Mode.INITIALS, "@Jane.Doe, @doe_jane_42 and @jane-d; @jane_smithers."));
  }

  @Test
  void particlesHyphensSingleWordsAndOtherScriptsGiveTheirOwnInitials() {
    assertEquals("J. v. d. B. | J. v. d. B. and the van.",
        named("Jan van der Berg", Redaction.Mode.INITIALS, "Jan van der Berg and the van."));
    assertEquals("A.-M. D.-L. | A.-M. D.-L. led.",
        named("Anne-Marie Dupont-Lefèvre", Redaction.Mode.INITIALS, "Anne-Marie Dupont-Lefèvre led."));
    assertEquals("M. | M. sang.", named("Madonna", Redaction.Mode.INITIALS, "Madonna sang."));
    assertEquals("И. П. | И. П. вёл проект.", named("Иван Петров", Redaction.Mode.INITIALS, "Иван Петров вёл проект."));
    // One character of a Chinese or Korean name is a whole syllable: an "initial" would be the surname itself.
    assertEquals("Candidate | Candidate负责迁移。", named("王小明", Redaction.Mode.INITIALS, "王小明负责迁移。"));
    assertEquals("Candidate | Candidate 팀장.", named("김민준", Redaction.Mode.INITIALS, "김민준 팀장."));
  }
}
