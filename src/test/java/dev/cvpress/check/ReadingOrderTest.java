package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.SourcePos;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
  private static final SourcePos AT = new SourcePos("cv.md", 1, 1);

  private static ResumeText.Part part(String text) {
    return new ResumeText.Part(ResumeText.words(text).stream().map(w -> new ResumeText.Word(w, AT)).toList());
  }

  private static final List<ResumeText.Part> RESUME = List.of(part("Ada Lovelace Engineer"),
      part("ada@example.com +44 20 7946"), part("Experience Engineer Acme built the analytical engine"),
      part("Skills Go Rust"));

  private static ReadingOrder.Result read(String extracted) {
    return ReadingOrder.read(RESUME, ResumeText.words(extracted));
  }

  private static String lost(String extracted) {
    ReadingOrder.Result r = read(extracted);
    return r.ok() ? null : r.lost().text();
  }

  @Test
  void theModelsOrderWithWordsThePageAdds() {
    assertTrue(read("Ada Lovelace Engineer ada@example.com · +44 20 7946 EXPERIENCE Engineer, Acme Jan 2019 – Present"
        + " • built the analytical engine SKILLS Go Rust Page 1 of 1").ok());
  }

  @Test
  void partsInAnotherOrderEachWhole() {
    // A sidebar: contacts and skills in the side column, drawn before the main column.
    assertTrue(read("CONTACT ada@example.com +44 20 7946 SKILLS Go Rust Ada Lovelace Engineer EXPERIENCE Engineer"
        + " Acme 2019 – 2021 built the analytical engine").ok());
  }

  @Test
  void aNameAndAnEmailThatStartAlikeAreToldApart() {
    List<ResumeText.Part> resume = List.of(part("Alex Rivera Engineer"), part("alex@example.org github.com/alexr"));
    assertTrue(ReadingOrder.read(resume, ResumeText.words("CONTACT alex@example.org github.com/alexr Alex Rivera"
        + " Engineer")).ok());
  }

  @Test
  void columnsMixedLineByLineLoseWords() {
    // An extractor that reads across both columns: the side column's contacts and skills, line by line, between
    // the name and the history. The contacts and the skills read whole; the name is then out of place.
    assertEquals("ada", lost("ada@example.com Ada Lovelace +44 20 7946 Engineer SKILLS EXPERIENCE Go Rust Engineer"
        + " Acme built the analytical engine"));
  }

  @Test
  void aMissingWordIsLost() {
    assertEquals("analytical", lost("Ada Lovelace Engineer ada@example.com +44 20 7946 Experience Engineer Acme"
        + " built the anal ytical engine Skills Go Rust"));
    ReadingOrder.Result r = read("Ada Lovelace");
    assertEquals(2, r.matched(), "how far the reading got");
  }

  @Test
  void aReadingWithoutTheWordsLosesTheFirst() {
    assertEquals("ada", lost(""));
    assertEquals(Arrays.asList("ada", "lovelace"), ResumeText.words("Ada Lovelace"));
  }
}
