package dev.cvpress.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.model.Letter;
import dev.cvpress.model.Resume;
import dev.cvpress.parse.LetterParser;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A tag asked for that nothing carries is a warning naming the tags there are; a tag that is there is not. */
class VariantsTest {
  private static Resume parse(String markdown) throws Exception {
    return ResumeParser.parse("cv.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
  }

  private static final String TAGGED = "# Ada\n\n## Cloud {tags=cloud}\n\nText\n\n## Experience\n\n"
      + "### Engineer — Acme | 2020 – 2021 {tags=backend}\n\n- Built things {tags=go}\n";

  @Test
  void unknownTagsWarnWithTheKnownOnes() throws Exception {
    Resume resume = parse(TAGGED);
    assertEquals(List.of(), Variants.unknownTags(resume, Set.of("cloud", "go"), Set.of("backend"), "cv.md"));
    List<Diagnostic> warnings = Variants.unknownTags(resume, Set.of("bakend"), Set.of("clod"), "cv.md");
    assertEquals(2, warnings.size());
    for (Diagnostic d : warnings) assertEquals(Code.UNKNOWN_TAG, d.code());
    assertTrue(warnings.get(0).message().contains("`bakend`, so only untagged content is in"));
    assertEquals("did you mean `backend`? the résumé's tags are backend, cloud, go", warnings.get(0).hint());
    assertTrue(warnings.get(1).message().contains("`clod`, so excluding it leaves nothing out"));
    assertEquals("did you mean `cloud`? the résumé's tags are backend, cloud, go", warnings.get(1).hint());
  }

  @Test
  void aResumeWithoutTagsSaysHowToTag() throws Exception {
    List<Diagnostic> warnings = Variants.unknownTags(parse("# Ada\n\nText\n"), Set.of("x"), Set.of(), "cv.md");
    assertTrue(warnings.get(0).hint().startsWith("nothing in the résumé is tagged"), warnings.get(0).hint());
    assertEquals(List.of(), Variants.unknownTags(parse("# Ada\n"), Set.of(), Set.of(), "cv.md"));
  }

  @Test
  void aLetterWarnsOfUnknownTagsAsAResumeDoes() throws Exception {
    Letter letter = LetterParser.parse("letter.md", ("---\ntype: letter\nname: Ada\n---\n\nFor Go. {tags=go}\n\n"
        + "For all.\n").getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).letter();
    assertEquals(List.of(), Variants.unknownTags(letter, Set.of("go"), Set.of(), "letter.md"));
    List<Diagnostic> warnings = Variants.unknownTags(letter, Set.of("og"), Set.of(), "letter.md");
    assertEquals(1, warnings.size());
    assertEquals(Code.UNKNOWN_TAG, warnings.get(0).code());
    assertEquals("did you mean `go`? the letter's tags are go", warnings.get(0).hint());
  }
}
