package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cvpress.model.Contact;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.Entry;
import dev.cvpress.model.Header;
import dev.cvpress.model.Inline;
import dev.cvpress.model.Meta;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Samples;
import dev.cvpress.model.Section;
import dev.cvpress.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeTextTest {
  private static List<String> texts(List<ResumeText.Part> parts) {
    return ResumeText.all(parts).stream().map(ResumeText.Word::text).toList();
  }

  @Test
  void everyKindOfBlockGivesTheWordsAReaderSeesInOrder() {
    List<String> words = texts(ResumeText.parts(Samples.resume(), "cv.md"));
    // The footnote is set at the foot, after everything else, wherever it was written.
    List<String> expected = new java.util.ArrayList<>(Samples.visibleWords().toList());
    expected.remove("wordfootnote");
    expected.add("wordfootnote");
    assertEquals(expected, words.stream().filter(w -> w.startsWith("word")).toList(),
        "the image's description is not on the page");
    assertEquals(List.of("sample", "person", "all"), words.subList(0, 3));
  }

  @Test
  void partsAreTheMastheadTheContactsTheIntroductionAndEachSection() {
    SourcePos at = new SourcePos("cv.md", 5, 1);
    Entry job = new Entry("Engineer", "Acme", null, "Berlin", "Platform team",
        new DateRange(new PartialDate(2019, 3), null, true, "2019.3 ~ Now"), Set.of(), List.of(), at);
    Resume resume = new Resume(new Meta("", "en", List.of(), null, Map.of(), Map.of()),
        new Header("Ada", List.of(new Inline.Text("Engineer")), List.of(new Contact(Contact.Kind.EMAIL,
            "ada@example.com", "mailto:ada@example.com")), null),
        List.of(new dev.cvpress.model.Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text("10"))),
            new Inline.Text("x faster"), new Inline.Image("chart.png", "a chart", null)), Set.of(), at)),
        List.of(new Section("work", "Work", List.of(job), Set.of(), at), new Section("empty", "", List.of(),
            Set.of(), at)));
    List<ResumeText.Part> parts = ResumeText.parts(resume, "cv.md");
    assertEquals(List.of(List.of("ada", "engineer"), List.of("ada", "example", "com"), List.of("10x", "faster"),
        List.of("work", "engineer", "acme", "berlin", "platform", "team")),
        parts.stream().map(p -> p.words().stream().map(ResumeText.Word::text).toList()).toList(),
        "no dates, no image description, and no part for a section with nothing to show");
    assertEquals(at, parts.get(3).words().get(1).pos(), "a word knows the node that holds it");
  }

  @Test
  void wordsKeepTheirMarksAndLoseJoinersAndFootnoteMarks() {
    assertEquals(List.of("सॉफ्टवेयर", "इंजीनियर"), ResumeText.words("सॉफ्टवेयर इंजीनियर"), "vowel signs are part of a word");
    assertEquals(List.of("میکنم"), ResumeText.words("می\u200Cکنم"), "a zero-width non-joiner is no gap");
    assertEquals(List.of("ada", "lovelace", "engineer"), ResumeText.words("Ada Lovelace¹ Engineer²³"));
    assertEquals(List.of("น", "ั", "ก"), ResumeText.words("นัก"), "Thai is written without spaces, like Chinese");
  }

  @Test
  void chineseAndJapaneseAreReadCharacterByCharacter() {
    assertEquals(List.of("分", "布", "式", "go", "rust", "チ", "ー", "ム"), ResumeText.words("分布式 Go、Rust チーム"));
    assertEquals(List.of("김민수", "데이터"), ResumeText.words("김민수 데이터"), "Korean is written with spaces");
    assertFalse(ResumeText.words("Größe naïve").isEmpty());
  }
}
