package dev.cvpress.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptCommentTest {
  @Test
  void isFoundAgainWithTheLineItsJsonStartsOn() {
    String markdown = "---\nname: Ada\n---\n\n## S\n\nText.\n\n" + KeptComment.write("{\n  \"/a\": {\"value\": 1}\n}")
        + "\n";
    KeptComment.Found found = KeptComment.find(markdown);
    assertEquals("{\n  \"/a\": {\"value\": 1}\n}\n", found.json());
    assertEquals(11, found.line());
  }

  @Test
  void aDoubleDashInsideCannotEndTheComment() throws Exception {
    String json = "{\"/a\": {\"value\": \"x --> y\"}}";
    String markdown = "---\nname: Ada\n---\n\n## S\n\nText.\n\n" + KeptComment.write(json) + "\n";
    assertFalse(KeptComment.write(json).substring(4, KeptComment.write(json).length() - 3).contains("--"));
    // The reader skips the whole comment: nothing of it shows.
    var resume = ResumeParser.parse("x.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of(), Style.KEYS).resume();
    assertEquals(1, resume.sections().get(0).blocks().size());
    assertEquals("{\"/a\": {\"value\": \"x -\\u002d> y\"}}\n", KeptComment.find(markdown).json());
  }

  @Test
  void aResumeWithoutOneHasNone() {
    assertNull(KeptComment.find("## S\n\n<!-- a comment of the author's -->\n"));
  }
}
