package dev.cvpress.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cvpress.parse.ManifestParser;
import dev.cvpress.parse.ResumeParser;
import dev.cvpress.style.StyleOption;
import dev.cvpress.style.StyleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The schemas under schemas/ are what the registries write, and they accept the project's own files. */
class JsonSchemasTest {
  private static final Path SCHEMAS = Path.of("schemas");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static boolean update() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
    for (String name : JsonSchemas.NAMES) {
      Path file = SCHEMAS.resolve(name + ".schema.json");
      String generated = JsonSchemas.text(name);
      if (update()) Files.writeString(file, generated, StandardCharsets.UTF_8);
      assertTrue(Files.exists(file), "missing " + file + "; run with -Dgolden.update=true");
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
          file + " is not what the option registry gives; run with -Dgolden.update=true and read the diff");
      JSON.readTree(generated); // valid JSON
    }
  }

  @Test
  void everyKeyTheParsersReadIsInTheSchemas() {
    List<String> frontMatter = JsonSchemas.keys(JsonSchemas.frontMatter());
    assertTrue(frontMatter.containsAll(ResumeParser.FRONT_MATTER_KEYS), frontMatter.toString());
    for (StyleOption<?> o : StyleOptions.ALL) assertTrue(frontMatter.contains(o.key()), o.key());
    @SuppressWarnings("unchecked")
    Map<String, Object> output = (Map<String, Object>) ((Map<String, Object>) JsonSchemas.manifest().get("$defs"))
        .get("output");
    assertEquals(new TreeSet<>(ManifestParser.OUTPUT_KEYS), new TreeSet<>(JsonSchemas.keys(output)));
  }

  @Test
  void theExamplesAndTheStarterFrontMatterAreValid() throws IOException {
    Schema schema = schema("front-matter");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    files.add(Path.of("src/main/resources/starter.md"));
    int checked = 0;
    for (Path file : files) {
      Object data = frontMatter(Files.readString(file, StandardCharsets.UTF_8));
      if (data == null) continue;
      checked++;
      assertEquals(List.of(), messages(schema, data), file.toString());
    }
    assertTrue(checked >= 2, "front matter checked in " + checked + " files");
  }

  @Test
  void theExampleManifestIsValid() throws IOException {
    Object manifest = new Yaml().load(Files.readString(Path.of("examples/cvpress.yaml"), StandardCharsets.UTF_8));
    assertEquals(List.of(), messages(schema("manifest"), manifest));
  }

  @Test
  void typosAndWrongValuesAreFlagged() throws IOException {
    Schema frontMatter = schema("front-matter");
    assertFalse(messages(frontMatter, new Yaml().load("style: {paper: a5}")).isEmpty(), "a paper size not offered");
    assertFalse(messages(frontMatter, new Yaml().load("style: {acent: navy}")).isEmpty(), "a misspelt style key");
    assertFalse(messages(frontMatter, new Yaml().load("icons: maybe")).isEmpty(), "icons is on or off");
    assertEquals(List.of(), messages(frontMatter, new Yaml().load("icons: false\nstyle: {theme: classic}")));
    Schema manifest = schema("manifest");
    assertFalse(messages(manifest, new Yaml().load("outputs:\n  - input: cv.md\n    tagz: [x]")).isEmpty());
    assertFalse(messages(manifest, new Yaml().load("outputs:\n  - output: cv.pdf")).isEmpty(), "no input");
    assertFalse(messages(manifest, new Yaml().load("outputs:\n  - {input: cv.md, format: odt}")).isEmpty());
  }

  private static Schema schema(String name) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.text(name));
  }

  private static List<String> messages(Schema schema, Object yaml) {
    JsonNode node = JSON.valueToTree(plain(yaml));
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(node)) out.add(e.toString());
    return out;
  }

  /** YAML as an editor's schema check sees it: a timestamp is text. */
  private static Object plain(Object yaml) {
    if (yaml instanceof Date d) return d.toInstant().toString();
    if (yaml instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (yaml instanceof List<?> l) return l.stream().map(JsonSchemasTest::plain).toList();
    return yaml;
  }

  private static Object frontMatter(String text) {
    if (!text.startsWith("---\n")) return null;
    int end = text.indexOf("\n---", 4);
    return new Yaml().load(text.substring(4, end));
  }
}
