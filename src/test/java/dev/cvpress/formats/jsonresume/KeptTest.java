package dev.cvpress.formats.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text);
  }

  @Test
  void keepsWhatDiffersAndWhatTheMarkdownShowedThere() throws Exception {
    List<Kept.Value> kept = Kept.diff(
        json("{\"$schema\": \"x\", \"basics\": {\"name\": \"Ada\", \"location\": {\"city\": \"Leeds\", \"postalCode\": \"LS1\"}},"
            + " \"projects\": [{\"name\": \"p\", \"type\": \"library\"}], \"meta\": {\"cvpress\": {\"lang\": \"de\"}}}"),
        json("{\"basics\": {\"name\": \"Ada\", \"image\": \"\", \"location\": {\"city\": \"Leeds\"}},"
            + " \"projects\": [{\"name\": \"p\"}]}"));
    assertEquals(List.of("/basics/location", "/projects/0/type"), kept.stream().map(Kept.Value::pointer).toList());
    assertEquals(json("{\"/basics/location\": {\"value\": {\"city\": \"Leeds\", \"postalCode\": \"LS1\"},"
        + " \"shown\": {\"city\": \"Leeds\"}}, \"/projects/0/type\": {\"value\": \"library\"}}"), Kept.toJson(kept));
  }

  @Test
  void givesBackOnlyWhereTheMarkdownStillSaysWhatItSaid() throws Exception {
    List<Kept.Value> kept = Kept.fromJson(json("""
        {"/basics/location/city": {"value": "San Francisco", "shown": "California"},
         "/basics/location/postalCode": {"value": "CA 94115"},
         "/work/0/name": {"value": "Acme", "shown": "Acme Inc"},
         "/meta/canonical": {"value": "https://x.example/cv.json"}}"""));
    ObjectNode now = json("{\"basics\": {\"location\": {\"city\": \"California\"}}, \"work\": [{\"name\": \"Globex\"}]}");
    assertEquals(List.of("/work/0/name"), Kept.apply(now, kept));
    assertEquals(json("{\"basics\": {\"location\": {\"city\": \"San Francisco\", \"postalCode\": \"CA 94115\"}},"
        + " \"work\": [{\"name\": \"Globex\"}], \"meta\": {\"canonical\": \"https://x.example/cv.json\"}}"), now);
  }
}
