package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Code;
import dev.cvpress.diag.CvpressException;
import dev.cvpress.model.SourcePos;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonResumeReaderTest {
  private static JsonResume read(String json) throws CvpressException {
    return JsonResumeReader.read("cv.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static CvpressException failure(String json) {
    return assertThrows(CvpressException.class, () -> read(json));
  }

  @Test
  void everyValueKnowsItsLineAndColumn() throws Exception {
    JsonResume r = read("{\n  \"basics\": {\"name\": \"Ada\"},\n  \"work\": [\n    {\"name\": \"A\",\n"
        + "     \"highlights\": [\"x\", \"y\"]}\n  ],\n  \"a/b~c\": 1\n}\n");
    assertEquals(new SourcePos("cv.json", 2, 22), r.at("/basics/name"));
    assertEquals(new SourcePos("cv.json", 4, 5), r.at("/work/0"));
    assertEquals(new SourcePos("cv.json", 5, 26), r.at("/work/0/highlights/1"));
    assertEquals(new SourcePos("cv.json", 7, 12), r.at("/a~1b~0c"));
    // A value that is not there is placed at the nearest one that is.
    assertEquals(r.at("/work/0"), r.at("/work/0/summary"));
    assertEquals(new SourcePos("cv.json", 1, 1), r.at("/volunteer/3"));
  }

  @Test
  void numbersKeepHowTheyWereWritten() throws Exception {
    assertEquals("4.0", read("{\"x\": 4.0}").root().get("x").toString());
  }

  @Test
  void aValueOfTheWrongKindIsAnErrorAtItsPlace() {
    CvpressException e = failure("{\n  \"work\": {\"name\": \"A\"}\n}");
    assertEquals(Code.JSON_RESUME_INVALID, e.diagnostics().get(0).code());
    assertEquals(new SourcePos("cv.json", 2, 11), e.diagnostics().get(0).pos());
    assertEquals("/work: expected a list ([ … ]), found an object ({ … })", e.diagnostics().get(0).message());
  }

  @Test
  void aSyntaxErrorNamesWhereItIs() {
    CvpressException e = failure("{\"basics\": {\"name\": \"Ada\",}}");
    assertEquals(Code.JSON_SYNTAX, e.diagnostics().get(0).code());
    assertEquals(new SourcePos("cv.json", 1, 27), e.diagnostics().get(0).pos());
  }

  @Test
  void nestingTooDeepIsRefused() {
    String deep = "{\"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
    assertEquals(Code.NESTED_TOO_DEEPLY, failure(deep).diagnostics().get(0).code());
  }

  @Test
  void aFileThatIsNotUtf8IsSaidToBeSo() {
    byte[] latin1 = "{\"basics\": {\"name\": \"Zo\u00eb\"}}".getBytes(StandardCharsets.ISO_8859_1);
    CvpressException e = assertThrows(CvpressException.class, () -> JsonResumeReader.read("cv.json", latin1));
    assertEquals(Code.JSON_SYNTAX, e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).message().startsWith(
        "invalid JSON at /basics/name: the file is not UTF-8 text: Invalid UTF-8"), e.diagnostics().get(0).message());
  }

  @Test
  void aFileTooLargeIsNotRead() {
    byte[] big = new byte[JsonResumeReader.MAX_BYTES + 1];
    CvpressException e = assertThrows(CvpressException.class, () -> JsonResumeReader.read("cv.json", big));
    assertEquals(Code.FILE_TOO_LARGE, e.diagnostics().get(0).code());
  }
}
