package dev.cvpress.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Block;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.model.SourcePos;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A cover letter's front matter and body read into the model. */
class LetterParserTest {
  private static LetterParser.Result parse(String text) throws Exception {
    return LetterParser.parse("letter.md", text.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS);
  }

  @Test
  void readsEveryPartOfALetter() throws Exception {
    LetterParser.Result r = parse("""
        ---
        type: letter
        name: Ada Lovelace
        date: 2026-03-14
        recipient:
          name: Sam Lee
          title: Engineering Manager
          company: Example Corp
          address: |
            100 Main Street
            Springfield
        subject: Application
        salutation: Dear Sam,
        closing: Sincerely,
        ---

        First paragraph, which is no headline.

        jane@example.com | +1 555 010 2030

        # A heading in the body

        Last words.
        """);
    Letter l = r.letter();
    assertEquals(List.of("Sam Lee", "Engineering Manager", "Example Corp", "100 Main Street", "Springfield"),
        l.recipient().lines());
    assertEquals(LocalDate.of(2026, 3, 14), l.day());
    assertEquals("Application", l.subject());
    assertEquals("Dear Sam,", l.salutation());
    assertEquals("Sincerely,", l.closing());
    assertEquals("Ada Lovelace", l.signature(), "signed with the sender's name");
    assertTrue(l.header().headline().isEmpty());
    assertTrue(l.header().contacts().isEmpty(), "a line of contacts in the body is the letter's text");
    assertEquals(4, l.body().size(), l.body().toString());
    assertTrue(l.body().get(2) instanceof Block.SubHeading h
        && Inline.plain(h.inlines()).equals("A heading in the body"), l.body().toString());
    assertEquals(new SourcePos("letter.md", 4, 7), r.values().get("date"));
  }

  @Test
  void aRecipientMayBeANameWithATopLevelCompany() throws Exception {
    Letter l = parse("---\ntype: letter\nrecipient: Hiring team\ncompany: Acme\n---\n\nHi.\n").letter();
    assertEquals(List.of("Hiring team", "Acme"), l.recipient().lines());
    assertNull(l.date());
    assertEquals("", l.signature(), "no name, no signature");
  }

  @Test
  void theResumeGivesWhatTheLetterLeavesOut() throws Exception {
    Resume cv = ResumeParser.parse("cv.md", ("---\nname: Ada Lovelace\nheadline: Engineer\nemail: ada@example.com\n"
        + "lang: de\nstyle: {theme: classic, paper: letter}\n---\n").getBytes(StandardCharsets.UTF_8), Map.of(),
        Style.KEYS).resume();
    LetterParser.Result r = parse("---\ntype: letter\nresume: cv.md\ndate: 14. März 2026\nstyle: {paper: a4}\n"
        + "---\n\nHallo.\n");
    Letter l = LetterParser.withSender(r.letter(), cv, r.frontMatterKeys().keySet());
    assertEquals("Ada Lovelace", l.header().name());
    assertEquals("Ada Lovelace", l.signature());
    assertEquals("Engineer", Inline.plain(l.header().headline()));
    assertEquals("de", l.meta().lang(), "the résumé's language when the letter gives none");
    assertEquals(Map.of("theme", "classic", "paper", "a4"), l.meta().style());
    assertEquals(LocalDate.of(2026, 3, 14), l.day(), "read in the résumé's language");
    assertFalse(LetterParser.isLetter("cv.md", "# Ada\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(LetterParser.isLetter("l.md", "---\ntype: Letter\n---\n".getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'---\\ntype: letter\\n---\\nDear Ada'", "'---\\ntype: LETTER\\n---\\n'", "'---\\n\"typ\\x65\": letter\\n---\\n'",
      "'---\\ntype: \"l\\u0065tter\"\\n---\\n'", "'---\\nname: Ada\\ntype: &t letter\\n---\\n'"})
  void aLetterIsFoundHoweverItsTypeIsSpelt(String text) {
    byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertTrue(LetterParser.isLetter("l.md", bytes), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'---\\nname: Ada\\n---\\n# Ada\\nI wrote a newsletter.'", "'---\\ntype: resume\\n---\\nA newsletter.'",
      "'---\\nname: Ada\\n---\\nA prototype.'", "'---\\nType: letter\\n---\\n'", "'# Ada\\nletter type'"})
  void aResumeIsNoLetter(String text) {
    byte[] bytes = text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertFalse(LetterParser.isLetter("cv.md", bytes), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-03-14 | en", "14 March 2026 | en", "March 14, 2026 | en", "14 Mar 2026 | en", "14.03.2026 | de",
      "14. März 2026 | de", "14 mars 2026 | fr", "14/3/2026 | en-GB"})
  void readsTheDayInTheFormsPeopleWrite(String written, String lang) {
    assertEquals(LocalDate.of(2026, 3, 14), LetterDates.read(written, lang), written);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"soon | en", "2026-02-30 | en", "March 2026 | en", "14 Marz 2026 | en"})
  void aDateThatIsNoDayIsNotRead(String written, String lang) {
    assertNull(LetterDates.read(written, lang), written);
  }

  @Test
  void aLetterKeyGivenOnTheCommandLineReplacesTheFrontMatters() throws Exception {
    LetterParser.Result r = LetterParser.parse("l.md", "---\ntype: letter\nsubject: Old\n---\n\nHi.\n"
        .getBytes(StandardCharsets.UTF_8), Map.of("subject", "New"), Style.KEYS);
    assertEquals("New", r.letter().subject());
    assertEquals(SourcePos.file("--set subject"), r.values().get("subject"));
    assertEquals(Set.of("type", "subject"), r.frontMatterKeys().keySet());
  }
}
